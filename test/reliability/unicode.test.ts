// Text that breaks exports: a lone surrogate (half of 𠮷) is refused at every text field of every
// input, naming the field; text that is merely unusual (astral CJK, emoji sequences, combining
// marks, right-to-left) goes through every export intact.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContestDefinition } from '../../shared/definition.ts';
import { api, connect, HOST_TOKEN, startServer, tokenOf, type TestClient } from '../support/server.ts';
import { parseCsv } from '../report/helpers.ts';
import { pdfPages, tmpPdf } from '../report/poppler.ts';

const LONE = 'x\ud800';
const base = {
  title: '擂台赛',
  theme: '主题',
  tier: '村级',
  venue: '会议室',
  criteria: [{ name: '成效', max: 60, description: '说明' }, { name: '表现', max: 40 }],
  judgeGroups: [{ name: '领导', weight: 1 }],
  judges: [{ name: '甲', title: '书记', group: '领导' }, { name: '乙', group: '领导' }],
  presenters: [{ unit: '安居村', speaker: '张三', title: '支书' }, { unit: '岔河乡' }],
  rules: { tieBreak: ['criterion:成效'] },
};

/** Every string in a JSON value, by path (["judges", 0, "name"]). */
function stringPaths(v: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof v === 'string') return [path];
  if (Array.isArray(v)) return v.flatMap((x, i) => stringPaths(x, [...path, i]));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => stringPaths(x, [...path, k]));
  return [];
}
function withValue(v: unknown, path: (string | number)[], value: string): unknown {
  const copy = structuredClone(v) as Record<string | number, unknown>;
  let at = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
  at[path[path.length - 1]!] = value;
  return copy;
}

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

describe('ill-formed Unicode', () => {
  it('is refused in every text field of a definition, naming the field', async () => {
    const paths = stringPaths(base);
    expect(paths.length).toBeGreaterThan(15);
    for (const path of paths) {
      const body = withValue(base, path, LONE);
      const res = await api<{ error: { code: string; issues: string[] } }>(server.url, 'POST', '/api/contests', body);
      expect(res.status, path.join('.')).toBe(400);
      const field = path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
      expect(res.body.error.issues.some((i) => i.startsWith(`${field}: `) && i.includes('ill-formed Unicode')), `${field}: ${res.body.error.issues.join(' | ')}`).toBe(true);
    }
    // The schema itself, without the server: the same rule.
    expect(ContestDefinition.safeParse({ ...base, title: '…\ud800' }).success).toBe(false);
    expect((await api(server.url, 'GET', '/api/contests')).body).toEqual([]);
  });

  it('is refused in every text field of every command, and changes nothing', async () => {
    const created = (await api<{ id: string; judges: { joinUrl: string }[] }>(server.url, 'POST', '/api/contests', base)).body;
    const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
    const judge: TestClient = await connect(server.url, { role: 'judge', token: tokenOf(created.judges[0]!.joinUrl) });
    try {
      for (const type of ['contest:start', 'presenter:next', 'phase:qa'] as const) expect(await host.send(type, {})).toMatchObject({ ok: true });
      const rev = host.view!.rev;
      const cases: [TestClient, string, Record<string, unknown>][] = [
        [judge, 'question:ask', { presenterId: 'p1', text: LONE }],
        [judge, 'comment:add', { presenterId: 'p1', text: LONE }],
        [host, 'question:ask', { presenterId: 'p1', text: LONE }],
        [host, 'bank:load', { questions: ['好问题', LONE] }],
        [host, 'flow:back', { reason: LONE }],
        [host, 'score:correct', { presenterId: 'p1', judgeId: 'j1', values: [1, 1], reason: LONE }],
        [host, 'presenter:skip', { presenterId: LONE }],
      ];
      for (const [client, type, payload] of cases) {
        const ack = await client.raw(type, { commandId: `unicode-${type.replace(':', '-')}-${client === host ? 'h' : 'j'}`, ...payload });
        expect(ack, type).toMatchObject({ ok: false, code: 'invalid' });
        expect(ack.ok === false && ack.message, type).toMatch(/ill-formed Unicode/);
      }
      const fresh = await new Promise<{ rev: number }>((resolve) => host.socket.emit('view:get', resolve as never));
      expect(fresh.rev).toBe(rev);
    } finally {
      host.close();
      judge.close();
    }
  });
});

describe('unusual but valid text', () => {
  const NASTY = {
    astral: '𠮷野家𩸽',
    family: '👨‍👩‍👧‍👦',
    combining: 'Ame\u0301lie',
    rtl: 'مرحبا بالعالم',
  };
  const all = Object.values(NASTY).join(' ');

  it('goes through the CSV, the XLSX and both PDFs intact', async () => {
    const def = {
      ...base,
      title: `擂台赛 ${NASTY.astral} ${NASTY.family}`,
      judges: [{ name: `甲${NASTY.combining}`, title: NASTY.rtl, group: '领导' }, { name: '乙', group: '领导' }],
      presenters: [{ unit: `安居村${NASTY.astral}`, speaker: NASTY.family }, { unit: '岔河乡' }],
    };
    const created = (await api<{ id: string; judges: { joinUrl: string }[] }>(server.url, 'POST', '/api/contests', def)).body;
    const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
    const judges = await Promise.all(created.judges.map((j) => connect(server.url, { role: 'judge', token: tokenOf(j.joinUrl) })));
    try {
      for (const type of ['contest:start', 'presenter:next', 'phase:qa'] as const) expect(await host.send(type, {})).toMatchObject({ ok: true });
      expect(await judges[0]!.send('question:ask', { presenterId: 'p1', text: all })).toMatchObject({ ok: true });
      expect(await judges[1]!.send('comment:add', { presenterId: 'p1', text: all })).toMatchObject({ ok: true });
      expect(await host.send('scoring:open', {})).toMatchObject({ ok: true });
      for (const j of judges) expect(await j.send('score:submit', { presenterId: 'p1', values: [50, 30] })).toMatchObject({ ok: true });
      expect(await host.send('scoring:reveal', {})).toMatchObject({ ok: true });
    } finally {
      host.close();
      judges.forEach((j) => j.close());
    }
    const get = (file: string) => fetch(`${server.url}/api/contests/${created.id}/${file}`, { headers: { authorization: `Bearer ${HOST_TOKEN}` } });

    const csv = await get('results.csv');
    expect(csv.status).toBe(200);
    const rows = parseCsv(await csv.text());
    expect(rows.some((r) => r.includes(`安居村${NASTY.astral}`) && r.includes(NASTY.family))).toBe(true);
    expect(rows.some((r) => r.includes(`甲${NASTY.combining}`))).toBe(true);

    const xlsx = await get('results.xlsx');
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const cells = book.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String));
    expect(cells).toContain(`安居村${NASTY.astral}`);
    expect(cells).toContain(all);

    for (const file of ['report.pdf', 'judge-cards.pdf']) {
      const res = await get(file);
      expect(res.status, file).toBe(200);
      const text = pdfPages(tmpPdf(Buffer.from(await res.arrayBuffer()))).join('\n');
      expect(text, file).toContain(NASTY.astral);
    }
  });
});
