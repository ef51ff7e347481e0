// The client pages over the wire: compressed, hashed assets cached as immutable, pages
// revalidated so a new build reaches every phone. Uses the client built by global-setup.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { rawGet, weighPage } from '../../bench/wire-weight.ts';
import { IMMUTABLE, REVALIDATE } from '../../server/http/client-pages.ts';
import { startServer, tempDir } from '../support/server.ts';

const clientDir = inject('clientDir');
const built = !clientDir.startsWith('BUILD FAILED');
let server: Awaited<ReturnType<typeof startServer>>;

describe.runIf(built)('serving the client', () => {
  beforeAll(async () => {
    server = await startServer(tempDir(), { clientDir });
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  });

  it('sends the judge page gzip-compressed: a fraction of its raw size on first load', async () => {
    const judge = await weighPage(server.url, '/judge');
    const main = judge.files.find((f) => f.url.endsWith('.js'))!;
    expect(main.encoding).toBe('gzip');
    expect(main.wire).toBeLessThan(main.bytes * 0.4);
    expect(judge.wire).toBeLessThan(judge.bytes * 0.4);
    // No absolute size here: under vitest NODE_ENV=test gives a development React build; the
    // production figures are in docs/benchmarks.md (`npm run bench`).
  });

  it('caches hashed assets as immutable and revalidates the pages', async () => {
    const judge = await weighPage(server.url, '/judge');
    expect(judge.files[0]!.cacheControl).toBe(REVALIDATE);
    for (const f of judge.files.slice(1)) expect(f.cacheControl).toBe(IMMUTABLE);
    // A repeat visit fetches only the page itself.
    expect(judge.repeatWire).toBe(judge.files[0]!.wire);
  });

  it('compresses the API answers too, and leaves a client that asks for none uncompressed', async () => {
    const health = await rawGet(server.url, '/healthz');
    expect(health.status).toBe(200);
    const plain = await fetch(server.url + '/judge', { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
  });
});
