// Judge pad weight: the gzip size of the JavaScript and CSS a phone loads to open judge.html,
// beside a minimal page with only React and socket.io-client, both built by the same vite.
import react from '@vitejs/plugin-react';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = path.resolve(import.meta.dirname, '..');

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface PageWeight {
  files: { file: string; bytes: number; gzip: number }[];
  bytes: number;
  gzip: number;
  /** Chunks loaded later on demand (dynamic import), not counted above. */
  lazyGzip: number;
}

/** Everything `entry` loads up front: its chunk, the chunks it imports statically, their CSS. */
function weigh(outDir: string, manifest: Manifest, entry: string): PageWeight {
  const files = new Set<string>();
  const lazy = new Set<string>();
  const walk = (key: string, into: Set<string>) => {
    const chunk = manifest[key];
    if (!chunk || into.has(chunk.file)) return;
    into.add(chunk.file);
    chunk.css?.forEach((c) => into.add(c));
    chunk.imports?.forEach((k) => walk(k, into));
    chunk.dynamicImports?.forEach((k) => walk(k, lazy));
  };
  walk(entry, files);
  for (const f of files) lazy.delete(f);
  const size = (f: string) => {
    const buf = fs.readFileSync(path.join(outDir, f));
    return { file: f, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  };
  const list = [...files].map(size);
  return {
    files: list,
    bytes: list.reduce((a, f) => a + f.bytes, 0),
    gzip: list.reduce((a, f) => a + f.gzip, 0),
    lazyGzip: [...lazy].map(size).reduce((a, f) => a + f.gzip, 0),
  };
}

const readManifest = (outDir: string) => JSON.parse(fs.readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;

const MINIMAL_HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="UTF-8" /><title>minimal</title></head>
<body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>
`;
// The least a live view page can be: React rendering what arrives over socket.io.
const MINIMAL_MAIN = `import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { io } from 'socket.io-client';

function App() {
  const [view, setView] = useState<unknown>(null);
  useEffect(() => {
    const socket = io({ transports: ['websocket', 'polling'] });
    socket.on('view', setView);
    return () => void socket.close();
  }, []);
  return <pre>{JSON.stringify(view)}</pre>;
}
createRoot(document.getElementById('root')!).render(<App />);
`;

export async function measurePageWeight(): Promise<{ judge: PageWeight; minimal: PageWeight }> {
  // Inside the project (gitignored), so that bare imports resolve from its node_modules.
  const work = path.join(root, 'test-output', `bench-pages-${process.pid}`);
  fs.rmSync(work, { recursive: true, force: true });
  try {
    const clientOut = path.join(work, 'client');
    execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', clientOut, '--manifest', '--logLevel', 'warn'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const judge = weigh(clientOut, readManifest(clientOut), 'judge.html');

    const src = path.join(work, 'minimal-src');
    const minimalOut = path.join(work, 'minimal');
    fs.mkdirSync(src, { recursive: true });
    fs.writeFileSync(path.join(src, 'index.html'), MINIMAL_HTML);
    fs.writeFileSync(path.join(src, 'main.tsx'), MINIMAL_MAIN);
    await build({ root: src, configFile: false, logLevel: 'warn', plugins: [react()], build: { outDir: minimalOut, manifest: true, emptyOutDir: true } });
    const minimal = weigh(minimalOut, readManifest(minimalOut), 'index.html');
    return { judge, minimal };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
