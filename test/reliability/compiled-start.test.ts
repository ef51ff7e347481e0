// `npm start` runs the compiled server (scripts/build-if-changed.ts → dist/server/main.js), not
// TypeScript under tsx: this builds it (into test-output/, under the project so node_modules and
// the project folder are found as from dist/) and checks that it starts, serves the API, and that
// the export code it loads only on the first export (PDF, spreadsheet, fonts) is in the build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIfChanged } from '../../scripts/build-if-changed.ts';
import { freePort, killHard, spawnServer } from '../support/child.ts';

const TOKEN = 'compiled-start-token-0123456789';
const outDir = path.resolve(import.meta.dirname, '../../test-output/compiled-server');
let child: ChildProcess | null = null;
let base = '';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leitai-compiled-'));

beforeAll(async () => {
  fs.rmSync(outDir, { recursive: true, force: true });
  expect(await buildIfChanged('server', outDir)).toBe('built');
  const port = await freePort();
  child = await spawnServer(dataDir, port, TOKEN, path.join(outDir, 'main.js'));
  base = `http://127.0.0.1:${port}`;
}, 60_000);

afterAll(async () => {
  if (child) await killHard(child);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const get = (p: string) => fetch(base + p, { headers: { authorization: `Bearer ${TOKEN}` } });

describe('the compiled server (npm start)', () => {
  it('is plain JavaScript, rebuilt only when the server sources change', async () => {
    const main = fs.readFileSync(path.join(outDir, 'main.js'), 'utf8');
    expect(main).not.toMatch(/\binterface \w+ \{|: string\)/);
    expect(await buildIfChanged('server', outDir)).toBe('current');
  });

  it('starts with the demo contests and serves a report PDF and spreadsheet, loaded on first use', async () => {
    const contests = (await (await get('/api/contests')).json()) as { id: string; title: string }[];
    // The arena demo and the 对标 demo (安居区 vs 溧阳市).
    expect(contests).toHaveLength(2);
    expect(contests.map((c) => c.title)).toContain('产业发展晒成绩擂台赛（对标演示）');
    const pdf = await get(`/api/contests/${contests[0]!.id}/report.pdf`);
    expect(pdf.status).toBe(200);
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = await get(`/api/contests/${contests[1]!.id}/results.xlsx`);
    expect(xlsx.status).toBe(200);
    expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
  }, 30_000);

  it('takes a backup when a contest finishes, in the worker built beside it (backup-check.js)', async () => {
    expect(fs.existsSync(path.join(outDir, 'backup-check.js'))).toBe(true);
    const post = (p: string, body: unknown) =>
      fetch(base + p, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const definition = { title: '备份测试', criteria: [{ name: '工作成效', max: 100 }], judges: [{ name: '评委1' }], presenters: [{ unit: '岔河乡' }] };
    const { id } = (await (await post('/api/contests', definition)).json()) as { id: string };
    for (const [type, extra] of [['contest:start', {}], ['contest:finish', { force: true }]] as const)
      expect(await (await post(`/api/contests/${id}/commands`, { type, commandId: `backup-${type.replace(":", "-")}`, ...extra })).json()).toMatchObject({ ok: true });
    const backups = path.join(dataDir, 'backups');
    const ours = () => (fs.existsSync(backups) ? fs.readdirSync(backups).filter((f) => f.includes(`_${id}_rev`)) : []);
    for (let i = 0; i < 100 && ours().length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    const [file] = ours();
    expect(file).toMatch(/_rev3\.sqlite$/);
    expect(fs.readFileSync(path.join(backups, file!)).subarray(0, 15).toString()).toBe('SQLite format 3');
  }, 30_000);
});
