// Page weights as a phone receives them: each page and the assets its HTML names, fetched from
// the real server with `Accept-Encoding: gzip`, counting the bytes on the wire (not re-gzipped
// files, as bench/page-weight.ts does). A second visit shows what immutable caching saves.
import http from 'node:http';
import zlib from 'node:zlib';
import { startLeitai } from '../server/app.ts';

export interface WireFile {
  url: string;
  /** Bytes as sent (after compression). */
  wire: number;
  /** Bytes once decoded. */
  bytes: number;
  encoding: string | undefined;
  cacheControl: string | undefined;
}
export interface WirePage {
  page: string;
  files: WireFile[];
  wire: number;
  bytes: number;
  /** What a repeat visit downloads: only files not cached as immutable. */
  repeatWire: number;
}

export const PAGES = ['/judge', '/host', '/screen', '/watch', '/'];

/** GET without decoding, so the compressed size is what we count. */
export function rawGet(base: string, url: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(base + url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

async function file(base: string, url: string): Promise<{ file: WireFile; text: string }> {
  const r = await rawGet(base, url);
  if (r.status !== 200) throw new Error(`${url}: HTTP ${r.status}`);
  const encoding = r.headers['content-encoding'];
  const decoded = encoding === 'gzip' ? zlib.gunzipSync(r.body) : r.body;
  const cc = r.headers['cache-control'];
  return { file: { url, wire: r.body.length, bytes: decoded.length, encoding, cacheControl: cc }, text: decoded.toString('utf8') };
}

/** Scripts, stylesheets and module preloads the HTML names: everything loaded up front. */
function assetsOf(html: string): string[] {
  const urls = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
  return [...new Set(urls)];
}

export async function weighPage(base: string, page: string): Promise<WirePage> {
  const first = await file(base, page);
  const files = [first.file];
  for (const url of assetsOf(first.text)) files.push((await file(base, url)).file);
  const sum = (k: 'wire' | 'bytes', list: WireFile[]) => list.reduce((a, f) => a + f[k], 0);
  return {
    page,
    files,
    wire: sum('wire', files),
    bytes: sum('bytes', files),
    repeatWire: sum('wire', files.filter((f) => !f.cacheControl?.includes('immutable'))),
  };
}

/** Starts Leitai on the built client in `clientDir` and weighs every page. */
export async function measureWireWeight(clientDir: string, dataDir: string): Promise<WirePage[]> {
  const leitai = await startLeitai({ port: 0, host: '127.0.0.1', dataDir, hostToken: 'wire-weight-token-0123456789', clientDir });
  try {
    const out: WirePage[] = [];
    for (const page of PAGES) out.push(await weighPage(leitai.url, page));
    return out;
  } finally {
    await leitai.close();
  }
}

/** `npm run bench` (part `wire`): builds the client into a scratch folder and weighs it. */
export async function measureBuiltWireWeight(): Promise<WirePage[]> {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const { execFileSync } = await import('node:child_process');
  const root = path.resolve(import.meta.dirname, '..');
  const work = path.join(root, 'test-output', `bench-wire-${process.pid}`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leitai-wire-'));
  try {
    execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', work, '--logLevel', 'warn'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    return await measureWireWeight(work, dataDir);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** The table in docs/benchmarks.md, "Page weights over the wire". */
export function renderWireWeight(pages: WirePage[]): string {
  const rows = pages.map((p) => `| \`${p.page}\` | ${p.files.length} | ${kb(p.bytes)} | ${kb(p.wire)} | ${kb(p.repeatWire)} |`);
  return ['| page | files | uncompressed | first load (gzip) | repeat visit |', '| --- | ---: | ---: | ---: | ---: |', ...rows].join('\n');
}

// `npx tsx bench/wire-weight.ts dist/client`: weighs a production build (`npm run build` first).
if (process.argv[1] && import.meta.filename === (await import('node:fs')).realpathSync(process.argv[1])) {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leitai-wire-'));
  try {
    console.log(renderWireWeight(await measureWireWeight(path.resolve(process.argv[2] ?? 'dist/client'), dataDir)));
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
