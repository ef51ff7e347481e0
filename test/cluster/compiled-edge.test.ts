// `npm run edge` runs the compiled edge (scripts/build-if-changed.ts → dist/server/edge-main.js),
// as `npm start` does the authority (test/reliability/compiled-start.test.ts): this builds the
// server into its own folder under test-output/ (so node_modules and the project are found as
// from dist/), starts the edge on a real Redis beside an authority, and has a phone get its view
// through it. The edge's code must not load the database: an edge has none.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIfChanged } from '../../scripts/build-if-changed.ts';
import { startLeitai, type Leitai } from '../../server/app.ts';
import { freePort, killHard } from '../support/child.ts';
import { spawnEdge, startRedis, type TestRedis } from '../support/redis.ts';
import { api, connect, tempDir, HOST_TOKEN, type TestClient } from '../support/server.ts';

const outDir = path.resolve(import.meta.dirname, '../../test-output/compiled-edge');
let redis: TestRedis;
let authority: Leitai;
let edge: ChildProcess | null = null;
let edgeUrl = '';
let phone: TestClient | null = null;

beforeAll(async () => {
  fs.rmSync(outDir, { recursive: true, force: true });
  expect(await buildIfChanged('server', outDir)).toBe('built');
  redis = await startRedis();
  authority = await startLeitai({ port: 0, host: '127.0.0.1', dataDir: tempDir(), hostToken: HOST_TOKEN, publicUrl: 'http://leitai.test', redisUrl: redis.url });
  const port = await freePort();
  edge = await spawnEdge(redis.url, port, 'http://leitai.test', path.join(outDir, 'edge-main.js'));
  edgeUrl = `http://127.0.0.1:${port}`;
  await new Promise((r) => setTimeout(r, 300)); // the adapter's heartbeat lets the nodes find each other
}, 60_000);
afterAll(async () => {
  phone?.close();
  if (edge) await killHard(edge);
  await authority?.close();
  await redis?.stop();
});

/** The build's files the edge entry loads before anything runs (its static imports, followed). */
function loadedBy(entry: string, seen = new Set<string>()): Set<string> {
  seen.add(entry);
  const text = fs.readFileSync(path.join(outDir, entry), 'utf8');
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*"([^"]+)"|(?:^|\n)\s*import\s*"([^"]+)"/g)) {
    const spec = m[1] ?? m[2]!;
    if (spec.startsWith('./') && !seen.has(spec.slice(2))) loadedBy(spec.slice(2), seen);
    else if (!spec.startsWith('.')) seen.add(`package:${spec}`);
  }
  return seen;
}

describe('the compiled edge (npm run edge)', () => {
  it('is plain JavaScript that loads no database', () => {
    const text = fs.readFileSync(path.join(outDir, 'edge-main.js'), 'utf8');
    expect(text).not.toMatch(/\binterface \w+ \{|: string\)/);
    const loaded = loadedBy('edge-main.js');
    // socket.io is bundled in (scripts/build-if-changed.ts); the Redis adapter stays a package.
    expect(loaded.has('package:@socket.io/redis-streams-adapter')).toBe(true);
    expect(loaded.has('package:better-sqlite3')).toBe(false);
  });

  it('serves a phone its view from the authority', async () => {
    const health = (await (await fetch(`${edgeUrl}/healthz`)).json()) as { edge?: boolean };
    expect(health.edge).toBe(true);
    const definition = { title: '编译边缘', criteria: [{ name: '工作成效', max: 100 }], judges: [{ name: '评委1' }], presenters: [{ unit: '岔河乡' }] };
    const id = (await api<{ id: string }>(authority.url, 'POST', '/api/contests', definition)).body.id;
    phone = await connect(edgeUrl, { role: 'audience', contestId: id });
    expect(phone.view?.rev).toBe(authority.contests.get(id)!.state.rev);
  });
});
