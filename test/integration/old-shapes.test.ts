// A log holding every event shape older versions wrote, put into a fresh database through SQLite
// and served by the real server: definitions without ids (0.1), a definition from before Q&A
// settings existed, steps back and a reopening without their time, Q&A and scoring opened from
// the report without the report's allotment. It loads, scores, and the show goes on in the
// current shape.
import { afterEach, describe, expect, it } from 'vitest';
import type { HostView } from '../../shared/protocol/index.ts';
import { writeRawContests, withDatabase } from '../support/raw-log.ts';
import { api, connect, HOST_TOKEN, startServer, tempDir } from '../support/server.ts';

const ID = 'OLDxLOG1';
const T = 1_790_000_000_000;
const report = (remainingMs = 300_000) => ({ kind: 'report', durationMs: 300_000, running: false, endsAt: null, remainingMs });
const qa = () => ({ kind: 'qa', durationMs: 120_000, running: false, endsAt: null, remainingMs: 120_000 });

/** As stored before ids and before the Q&A settings: no ids anywhere, no rules.questions. */
const definition = {
  title: '旧版擂台赛',
  theme: '',
  tier: '',
  venue: '',
  criteria: [
    { name: '工作成效', max: 60, weight: 1 },
    { name: '汇报表现', max: 40, weight: 1 },
  ],
  judgeGroups: [],
  judges: [
    { name: '评委甲', title: '' },
    { name: '评委乙', title: '' },
    { name: '评委丙', title: '' },
  ],
  presenters: [
    { unit: '双江街道', speaker: '陈志强', title: '' },
    { unit: '小街街道', speaker: '刘晓燕', title: '' },
    { unit: '甸中镇', speaker: '普建华', title: '' },
  ],
  rules: {
    reportSeconds: 300,
    qaSeconds: 120,
    warnAtSeconds: [60, 30],
    scoreStep: 0.5,
    aggregation: { method: 'trimmed', dropHighest: 1, dropLowest: 1, scope: 'total' },
    decimals: 2,
    rounding: 'final',
    overtimePenalty: null,
    tieBreak: [],
    revealJudgeNames: false,
  },
};
// The edit before the start swapped the first two judges: 0.1's j1 is then 评委乙.
const edited = { ...definition, judges: [definition.judges[1], definition.judges[0], definition.judges[2]] };
const marks = (presenterId: string, sheets: number[][]) =>
  sheets.map((values, i) => ({ type: 'MarksSubmitted', presenterId, judgeId: `j${i + 1}`, values, at: T + 100 + i }));

const oldLog = [
  { type: 'ContestCreated', contestId: ID, definition, at: T },
  { type: 'DefinitionReplaced', definition: edited },
  { type: 'ContestStarted', at: T + 10 },
  { type: 'PresenterCalled', presenterId: 'p1', timer: report() },
  { type: 'TimerStarted', endsAt: T + 300_020 },
  { type: 'TimerPaused', remainingMs: 100_000 },
  { type: 'QaStarted', presenterId: 'p1', reportUsedMs: 200_000, overtimeMs: 0, timer: qa() }, // no reportDurationMs
  { type: 'ScoringOpened', presenterId: 'p1', qaUsedMs: 5000 },
  ...marks('p1', [[50, 30], [55, 35], [40, 30]]),
  { type: 'MarksRevealed', presenterId: 'p1', missing: [], at: T + 200 },
  // seq 13: no `at`
  { type: 'SteppedBack', presenterId: 'p1', from: 'revealed', to: 'scoring', reason: '亮分太早', current: 'p1', timer: null },
  { type: 'MarksRevealed', presenterId: 'p1', missing: [], at: T + 300 },
  { type: 'PresenterCalled', presenterId: 'p2', timer: report() },
  { type: 'ScoringOpened', presenterId: 'p2', reportUsedMs: 0, overtimeMs: 0 }, // no reportDurationMs
  ...marks('p2', [[45, 30], [50, 35], [55, 36]]),
  { type: 'MarksRevealed', presenterId: 'p2', missing: [], at: T + 400 },
  { type: 'ContestFinished', at: T + 500, partial: true },
  { type: 'ContestReopened', reason: '甸中镇补汇报' }, // no `at`
  { type: 'PresenterCalled', presenterId: 'p3', timer: report() },
  { type: 'QaStarted', presenterId: 'p3', reportUsedMs: 100_000, overtimeMs: 0, timer: qa() }, // no reportDurationMs
];

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.reverse()) await f();
  cleanup = [];
});

async function serve(dir: string) {
  const server = await startServer(dir);
  cleanup.push(() => server.close());
  return server;
}

function oldDataDir() {
  const dir = tempDir();
  const links = writeRawContests(dir, [{ id: ID, events: oldLog, judges: ['j1', 'j2', 'j3'] }]);
  return { dir, links: links.get(ID)! };
}

async function hostView(url: string) {
  const host = await connect(url, { role: 'host', token: HOST_TOKEN, contestId: ID });
  cleanup.push(() => host.close());
  return host;
}

describe('an event log with every old event shape', () => {
  it('loads: ids by position, defaults filled in, times not recorded shown as such, scores as stored', async () => {
    const { dir, links } = oldDataDir();
    const server = await serve(dir);
    const hv = (await hostView(server.url)).view as HostView;
    expect(hv.rev).toBe(oldLog.length);
    expect(hv.definition.judges.map((j) => [j.id, j.name])).toEqual([['j1', '评委乙'], ['j2', '评委甲'], ['j3', '评委丙']]);
    expect(hv.definition.presenters.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    expect(hv.definition.criteria.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(hv.definition.rules.questions).toEqual({ autoShow: false, anonymous: false, answerSeconds: null });
    expect(hv.current).toMatchObject({ presenterId: 'p3', phase: 'qa' });

    const results = (await api<{ ranking: unknown[]; audit: { stepsBack: unknown[] } }>(server.url, 'GET', `/api/contests/${ID}/results`)).body;
    expect(results.ranking).toMatchObject([{ presenterId: 'p2', rank: 1, final: 85 }, { presenterId: 'p1', rank: 2, final: 80 }]);
    expect(results.audit.stepsBack).toEqual([
      { presenterId: 'p1', presenter: '双江街道', from: 'revealed', to: 'scoring', reason: '亮分太早', at: null },
      { presenterId: 'p2', presenter: '小街街道', from: 'finished', to: 'running', reason: '甸中镇补汇报', at: null },
    ]);

    // 0.1's link for its first judge (after the edit) is still that judge.
    const judge = await connect(server.url, { role: 'judge', token: links.get('j1')! });
    cleanup.push(() => judge.close());
    expect(judge.view).toMatchObject({ role: 'judge', me: { id: 'j1', name: '评委乙' } });

    // The log is served as written (the report's fingerprint is recomputed from it), and it is
    // not rewritten on disk (append-only); the upgrade is only in how the server reads it.
    const log = (await api<{ seq: number; data: Record<string, unknown> }[]>(server.url, 'GET', `/api/contests/${ID}/events`)).body;
    expect(log.map((e) => e.data)).toEqual(oldLog);
    const stored = withDatabase(dir, (db) => db.prepare('SELECT data FROM events WHERE contest_id = ? AND seq = 13').pluck().get(ID));
    expect(stored).toBe(JSON.stringify(oldLog[12]));
  });

  it('goes on in the current shape: back to the report with the allotment 0.1 knew, and the same after a restart', async () => {
    const { dir } = oldDataDir();
    const server = await serve(dir);
    const host = await hostView(server.url);
    expect(await host.send('flow:back', { reason: '回到汇报' })).toMatchObject({ ok: true, rev: oldLog.length + 1 });
    // 0.1 did not store time added to a report: the clock comes back at the rules' 5:00, 100 s used.
    const hv = await host.waitFor<HostView>((v) => v.role === 'host' && v.rev === oldLog.length + 1);
    expect(hv.current).toMatchObject({ presenterId: 'p3', phase: 'report' });
    expect(hv.timer).toMatchObject({ kind: 'report', durationMs: 300_000, remainingMs: 200_000, running: false });

    const written = withDatabase(dir, (db) => db.prepare('SELECT data FROM events WHERE contest_id = ? AND seq = ?').pluck().get(ID, oldLog.length + 1));
    expect(JSON.parse(written as string)).toMatchObject({ type: 'SteppedBack', from: 'qa', to: 'report', at: expect.any(Number) });

    await server.close();
    cleanup = [];
    const again = await serve(dir);
    const after = (await hostView(again.url)).view as HostView;
    expect({ ...after, judges: [] }).toEqual({ ...hv, judges: [] }); // presence aside
  });
});
