// 对标 over the real server (issue 16): a board through the HTTP API (host token, typed errors,
// exactly-once command ids, all-or-none pastes), the `benchmark` stage on the projector carrying
// the presenter on stage's charts and following a correction, the board shared by the contests
// of a series, the 对标 section in the report PDF and the 对标 sheet of results.xlsx.
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicView } from '../../shared/protocol/index.ts';
import { formatShare } from '../../shared/format.ts';
import { pdfPages, renderPage, tmpPdf } from '../report/poppler.ts';
import { SCREENSHOTS } from '../support/screenshots.ts';
import { api, connect, startServer, tokenOf, HOST_TOKEN, type TestClient } from '../support/server.ts';

const contest = {
  title: '产业发展晒成绩擂台赛',
  criteria: [{ name: '对标成效', max: 100 }],
  judges: [{ name: '评委一' }],
  presenters: [{ unit: '安居区', speaker: '陈志强' }, { unit: '船山区' }],
};
const ANJU_ROWS = [
  { period: '2020', own: '3.21', theirs: '300' },
  { period: '2021', own: '78', theirs: '520' },
  { period: '2022Q1', own: '36.8', theirs: '160' },
  { period: '2022', own: '220', theirs: '800', target: true },
];

type Board = { presenterId: string; scope: string; benchmarks: { id: string; name: string }[]; charts: { points: { period: string; share: number | null; missing: string | null }[] }[] };

describe('对标 boards', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let id = '';
  let screenUrl = '';
  const command = (body: Record<string, unknown>, token = HOST_TOKEN) => api<{ ok?: boolean; duplicate?: boolean; error?: { code: string; issues?: string[] } }>(server.url, 'POST', `/api/contests/${id}/benchmarks/commands`, body, token);
  const boards = async () => (await api<{ presenters: Board[] }>(server.url, 'GET', `/api/contests/${id}/benchmarks`)).body.presenters;

  beforeAll(async () => {
    server = await startServer();
    const made = await api<{ id: string; screenUrl: string }>(server.url, 'POST', '/api/contests', contest);
    id = made.body.id;
    screenUrl = made.body.screenUrl;
  }, 30_000);
  afterAll(async () => {
    await server?.close();
  });

  it('needs the host token and a known presenter; a bad value is a typed error that changes nothing', async () => {
    expect((await command({ type: 'benchmark:add', presenterId: 'p1', name: '溧阳市', kind: 'signature' }, 'wrong-token-0123456789')).status).toBe(401);
    expect(await command({ type: 'benchmark:add', presenterId: 'p9', name: '溧阳市', kind: 'signature' })).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect(await command({ type: 'benchmark:add', presenterId: 'p1', name: '溧阳市', kind: 'biggest' })).toMatchObject({ status: 400, body: { error: { code: 'invalid' } } });
    expect(await command({ type: 'benchmark:drop', presenterId: 'p1' })).toMatchObject({ status: 400 });
    expect((await boards())[0]!.benchmarks).toEqual([]);
  });

  it('enters the 安居 board once per command id, and a paste with a bad row imports nothing', async () => {
    const add = { type: 'benchmark:add', presenterId: 'p1', name: '溧阳市', kind: 'signature', commandId: 'add-liyang-1' };
    expect((await command(add)).body).toMatchObject({ ok: true });
    expect((await command(add)).body).toMatchObject({ ok: true, duplicate: true });
    expect((await command({ ...add, name: '常州市' })).body.error?.code).toBe('duplicate_command_id');
    expect((await command({ type: 'indicator:add', presenterId: 'p1', name: '锂电池产值', measure: '亿元' })).body).toMatchObject({ ok: true });
    const bad = await command({ type: 'values:set', presenterId: 'p1', benchmarkId: 'b1', indicatorId: 'i1', rows: [...ANJU_ROWS, { period: '2021', own: '1', theirs: '2' }] });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'invalid', issues: [expect.stringContaining('第 5 行')] } } });
    expect((await boards())[0]!.charts).toEqual([]);
    expect((await command({ type: 'values:set', presenterId: 'p1', benchmarkId: 'b1', indicatorId: 'i1', rows: ANJU_ROWS })).body).toMatchObject({ ok: true });
    const [anju, other] = await boards();
    expect(anju!.scope).toBe('contest');
    expect(anju!.charts[0]!.points.map((p) => formatShare(p.share))).toEqual(['1.07%', '15%', '23%', '27.5%']);
    expect(other!.charts).toEqual([]);
  });

  it('shows the presenter on stage on the projector, and a correction reaches it', async () => {
    const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: id });
    const screen: TestClient = await connect(server.url, { role: 'screen', token: tokenOf(screenUrl) });
    try {
      expect(await host.send('screen:show', { stage: 'benchmark' })).toMatchObject({ ok: false, code: 'wrong_state' });
      expect(await host.send('contest:start', {})).toMatchObject({ ok: true });
      expect(await host.send('presenter:next', {})).toMatchObject({ ok: true });
      expect(await host.send('screen:show', { stage: 'benchmark' })).toMatchObject({ ok: true });
      const shown = await screen.waitFor<PublicView>((v) => v.stage === 'benchmark' && v.benchmark !== null);
      expect(shown.benchmark).toMatchObject({ presenterId: 'p1', unit: '安居区', charts: [{ benchmark: '溧阳市', indicator: '锂电池产值', measure: '亿元' }] });
      await command({ type: 'values:set', presenterId: 'p1', benchmarkId: 'b1', indicatorId: 'i1', rows: [{ period: '2021', own: '78', theirs: '0' }] });
      const fixed = await screen.waitFor<PublicView>((v) => v.benchmark?.charts[0]?.points[1]?.missing === 'benchmark');
      expect(fixed.benchmark!.charts[0]!.points[1]).toMatchObject({ share: null, theirs: '0' });
      await command({ type: 'values:set', presenterId: 'p1', benchmarkId: 'b1', indicatorId: 'i1', rows: [{ period: '2021', own: '78', theirs: '520' }] });
      await screen.waitFor<PublicView>((v) => v.benchmark?.charts[0]?.points[1]?.share === 15);
    } finally {
      host.close();
      screen.close();
    }
  });

  it('prints a 对标 section in the report PDF', async () => {
    const res = await fetch(`${server.url}/api/contests/${id}/report.pdf`, { headers: { authorization: `Bearer ${HOST_TOKEN}` } });
    expect(res.status).toBe(200);
    const file = tmpPdf(Buffer.from(await res.arrayBuffer()));
    const pages = pdfPages(file);
    const n = pages.findIndex((p) => p.includes('对标（与标杆单位比较）'));
    expect(n).toBeGreaterThan(0);
    const page = pages[n]!.replace(/\s+/g, '');
    for (const s of ['安居区', '锂电池产值（亿元）·标杆：溧阳市（特色）', '1.07%', '15%', '23%', '27.5%', '3.21/300', '220/800']) expect(page).toContain(s);
    // The note says what the bars' labels show: 15% beside 1.07%, never padded to 15.00%.
    expect(page).toContain('精确计算后四舍五入，最多两位小数');
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    renderPage(file, n + 1, 96, path.join(SCREENSHOTS, 'benchmark-report.png'));
  }, 30_000);

  it('prints the fingerprint of the 对标 log, recomputable from GET …/benchmarks/events, and a later edit changes it', async () => {
    type Logs = { logs: { scope: string; events: { seq: number; type: string; data: unknown; at: number; commandId: string | null }[] }[] };
    const read = async () => (await api<Logs>(server.url, 'GET', `/api/contests/${id}/benchmarks/events`)).body.logs;
    // As docs/report.md says: the contest log's canonical line, with null for the actor.
    const sha = (events: Logs['logs'][number]['events']) =>
      createHash('sha256').update(events.map((e) => JSON.stringify([e.seq, e.type, e.data, e.at, null, e.commandId])).join('\n'), 'utf8').digest('hex');
    const reportText = async () => {
      const res = await fetch(`${server.url}/api/contests/${id}/report.pdf`, { headers: { authorization: `Bearer ${HOST_TOKEN}` } });
      return pdfPages(tmpPdf(Buffer.from(await res.arrayBuffer()))).join('').replace(/\s+/g, '');
    };
    expect((await api(server.url, 'GET', `/api/contests/${id}/benchmarks/events`, undefined, '')).status).toBe(401);
    const before = await read();
    expect(before.map((l) => l.scope)).toEqual(['contest']);
    expect(before[0]!.events[0]).toMatchObject({ seq: 1, type: 'BenchmarkAdded', data: { type: 'BenchmarkAdded', unit: 'p1' } });
    const first = await reportText();
    expect(first).toContain(`对标数据记录指纹（SHA-256，前${before[0]!.events.length}条事件）：${sha(before[0]!.events)}`);
    // And in the spreadsheet's 报告信息, beside the contest log's.
    const res = await fetch(`${server.url}/api/contests/${id}/results.xlsx`, { headers: { authorization: `Bearer ${HOST_TOKEN}` } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const info = new Map<string, string>();
    wb.getWorksheet('报告信息')!.eachRow((row) => info.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    expect(info.get('对标数据记录指纹（SHA-256）')).toBe(`${sha(before[0]!.events)}（前 ${before[0]!.events.length} 条事件）`);

    // A value edited after the report: the log grows, the new report's fingerprint differs.
    const board = (await boards()).find((b) => b.presenterId === 'p1')!;
    expect((await command({ type: 'values:set', presenterId: 'p1', benchmarkId: board.benchmarks[0]!.id, indicatorId: 'i1', rows: [{ period: '2020', own: '3.3', theirs: '300' }] })).body.ok).toBe(true);
    const after = await read();
    expect(after[0]!.events.length).toBe(before[0]!.events.length + 1);
    const second = await reportText();
    expect(second).toContain(sha(after[0]!.events));
    expect(second).not.toContain(sha(before[0]!.events));
    // As it was, for the tests after this one.
    expect((await command({ type: 'values:set', presenterId: 'p1', benchmarkId: board.benchmarks[0]!.id, indicatorId: 'i1', rows: [{ period: '2020', own: '3.21', theirs: '300' }] })).body.ok).toBe(true);
  }, 30_000);

  it('lists every comparison per period in a 对标 sheet of results.xlsx, as numbers that read as the chart does', async () => {
    const res = await fetch(`${server.url}/api/contests/${id}/results.xlsx`, { headers: { authorization: `Bearer ${HOST_TOKEN}` } });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['排名', '评分明细', '对标', '问答', '报告信息']);
    const rows = (wb.getWorksheet('对标')!.getSheetValues() as unknown[][]).slice(1).map((r) => r.slice(1));
    expect(rows[0]).toEqual(['出场顺序', '汇报单位', '标杆', '类别', '指标', '计量单位', '期次', '目标期', '本单位数值', '标杆数值', '占标杆（%）', '说明']);
    // Only 安居区 has values; the 2022 row is the target, as the dashed bar.
    expect(rows.slice(1).map((r) => [r[1], r[2], r[3], r[4], r[5], r[6], r[7] ?? '', r[8], r[9], r[10]])).toEqual([
      ['安居区', '溧阳市', '特色', '锂电池产值', '亿元', '2020', '', 3.21, 300, 1.07],
      ['安居区', '溧阳市', '特色', '锂电池产值', '亿元', '2021', '', 78, 520, 15],
      ['安居区', '溧阳市', '特色', '锂电池产值', '亿元', '2022Q1', '', 36.8, 160, 23],
      ['安居区', '溧阳市', '特色', '锂电池产值', '亿元', '2022', '是', 220, 800, 27.5],
    ]);
    // In Excel's General format the share reads as the chart's label does (formatShare).
    const shares = (await boards())[0]!.charts[0]!.points.map((p) => formatShare(p.share));
    expect(rows.slice(1).map((r) => `${String(r[10])}%`)).toEqual(shares);
  });

  it('keeps a series unit’s board across its contests', async () => {
    const series = await api<{ id: string }>(server.url, 'POST', '/api/series', {
      name: '2022年度晒成绩',
      tiers: [{ name: '区县' }],
      periods: [{ name: '一季度' }, { name: '二季度' }],
    });
    expect(series.status).toBe(201);
    const link = (periodId: string) => ({ ...contest, series: { seriesId: series.body.id, tierId: 't1', periodId } });
    const q1 = (await api<{ id: string }>(server.url, 'POST', '/api/contests', link('m1'))).body.id;
    const q2 = (await api<{ id: string }>(server.url, 'POST', '/api/contests', link('m2'))).body.id;
    const set = await api<{ ok: boolean }>(server.url, 'POST', `/api/contests/${q1}/benchmarks/commands`, { type: 'benchmark:add', presenterId: 'p1', name: '溧阳市', kind: 'signature' });
    expect(set.body).toMatchObject({ ok: true });
    const later = (await api<{ presenters: Board[] }>(server.url, 'GET', `/api/contests/${q2}/benchmarks`)).body.presenters;
    expect(later[0]).toMatchObject({ scope: 'series', benchmarks: [{ name: '溧阳市' }] });
    expect(later[1]!.benchmarks).toEqual([]);
  });

  it('reads every board back after a restart, a removed benchmark staying removed', async () => {
    // A benchmark added by mistake, given values, then removed: off the board with its values.
    expect((await command({ type: 'benchmark:add', presenterId: 'p2', name: '德阳市', kind: 'other' })).body).toMatchObject({ ok: true });
    const added = (await boards()).find((p) => p.presenterId === 'p2')!.benchmarks.find((b) => b.name === '德阳市')!;
    expect((await command({ type: 'benchmark:remove', presenterId: 'p2', benchmarkId: added.id })).body).toMatchObject({ ok: true });
    expect((await command({ type: 'benchmark:remove', presenterId: 'p2', benchmarkId: added.id })).status).toBe(404);
    const dir = server.dataDir;
    const before = await boards();
    expect(before.find((p) => p.presenterId === 'p2')!.benchmarks.map((b) => b.name)).not.toContain('德阳市');
    await server.close();
    server = await startServer(dir);
    expect(await boards()).toEqual(before);
  }, 30_000);
});
