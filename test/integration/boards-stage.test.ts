// The 红黑榜 stage over the real server (issue 15): a series of 4 units, a contest in it run to its
// reveals, ledger entries over the HTTP API, then the host puts the boards on the projector. The
// screen's view carries the boards of the contest's tier and period; a ledger entry, a rename and
// another contest's reveal each reach the screen with no command on this contest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostView, PublicBoards, PublicView } from '../../shared/protocol/index.ts';
import { runSeriesContest } from '../support/series-contest.ts';
import { api, connect, startServer, tokenOf, HOST_TOKEN, type TestClient } from '../support/server.ts';

const seriesDef = {
  name: '2026年度村(社区)干部擂台赛',
  issuer: '中共岔河乡委员会',
  tiers: [{ name: '村(社区)干部' }],
  periods: [{ name: '2026年3月' }, { name: '2026年4月' }],
  headings: [{ name: '责任落实' }, { name: '问题化解' }],
  decimals: 1,
  periodScore: { contest: 1, ledger: 1 },
  boards: { red: { by: 'top', count: 2 }, black: { by: 'bottom', count: 1 } },
};

/** The boards as a reader takes them in: who, at which rank, with what score and points. */
const lines = (b: PublicBoards) => ({
  red: b.red.map((l) => [l.unit, l.rank, l.score, l.ledger, l.tiedAtCut]),
  black: b.black.map((l) => [l.unit, l.rank, l.score, l.ledger, l.tiedAtCut, l.consecutive]),
  absent: b.absent,
});

describe('the 红黑榜 stage on the projector', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let seriesId = '';
  let host: TestClient;
  let screen: TestClient;
  let audience: TestClient;
  let contestId = '';
  const command = (body: Record<string, unknown>) => api<{ ok?: boolean }>(server.url, 'POST', `/api/series/${seriesId}/commands`, body);
  const boardsOn = (c: TestClient, pred: (b: PublicBoards) => boolean) => c.waitFor<PublicView>((v) => v.boards !== null && pred(v.boards)).then((v) => v.boards!);

  beforeAll(async () => {
    server = await startServer();
    const made = await api<{ id: string }>(server.url, 'POST', '/api/series', seriesDef);
    expect(made.status).toBe(201);
    seriesId = made.body.id;
    // March: 甲村 90, 乙村 85, 丙村 80, 丁村 70 from the judges.
    const run = await runSeriesContest(server.url, { seriesId, tierId: 't1', periodId: 'm1' }, ['甲村', '乙村', '丙村', '丁村'], [90, 85, 80, 70], { finish: true });
    host = run.host;
    contestId = run.created.id;
    screen = await connect(server.url, { role: 'screen', token: tokenOf(run.created.screenUrl) });
    audience = await connect(server.url, { role: 'audience', contestId });
    const ledger = await command({
      type: 'ledger:add',
      periodId: 'm1',
      by: '李干事',
      rows: [
        { date: '2026-03-05', unit: '乙村', heading: '问题化解', points: -2, reason: '信访件逾期' },
        { date: '2026-03-18', unit: '丙村', heading: '责任落实', points: 3, reason: '按期完成人居环境整治' },
      ],
    });
    expect(ledger.body).toMatchObject({ ok: true });
  }, 60_000);
  afterAll(async () => {
    for (const c of [host, screen, audience]) c?.close();
    await server?.close();
  });

  it('refuses the stage for a contest outside any series', async () => {
    const lone = await api<{ id: string }>(server.url, 'POST', '/api/contests', { title: '单独一场', criteria: [{ name: '综合', max: 100 }], judges: [{ name: '甲' }], presenters: [{ unit: '某村' }] });
    const h = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: lone.body.id });
    expect(await h.send('screen:show', { stage: 'boards' })).toMatchObject({ ok: false, code: 'wrong_state', message: '本场比赛不属于任何系列，没有红黑榜' });
    h.close();
  });

  it('carries no boards until the host shows them, then the tier and period boards to the screen and the audience', async () => {
    expect((screen.view as PublicView).stage).toBe('final');
    expect((screen.view as PublicView).boards).toBeNull();
    expect(await host.send('screen:show', { stage: 'boards' })).toMatchObject({ ok: true });
    const boards = await boardsOn(screen, () => true);
    expect(boards).toMatchObject({
      seriesName: '2026年度村(社区)干部擂台赛',
      tierName: '村(社区)干部',
      periodName: '2026年3月',
      issuer: '中共岔河乡委员会',
      rule: { red: { by: 'top', count: 2 }, black: { by: 'bottom', count: 1 } },
      decimals: 1,
    });
    // 甲 90; 乙 85 − 2 = 83 and 丙 80 + 3 = 83 share second place: both are on the red board (并列入榜).
    expect(lines(boards)).toEqual({
      red: [
        ['甲村', 1, 90, 0, false],
        ['乙村', 2, 83, -2, true],
        ['丙村', 2, 83, 3, true],
      ],
      black: [['丁村', 4, 70, 0, false, false]],
      absent: [],
    });
    expect((await boardsOn(audience, () => true)).red).toEqual(boards.red);
    // The host's preview is the projector's exact view.
    expect((await host.waitFor<HostView>((v) => v.role === 'host' && v.screen.boards !== null)).screen.boards).toEqual(boards);
  });

  it('follows a ledger entry and a rename with no command on the contest', async () => {
    const rev = screen.view!.rev;
    expect((await command({ type: 'ledger:add', periodId: 'm1', by: '李干事', rows: [{ date: '2026-03-25', unit: '丁村', heading: '责任落实', points: 20, reason: '产业项目落地' }] })).body).toMatchObject({ ok: true });
    // 丁 70 + 20 = 90 level with 甲 at the top; 乙 and 丙 now share the last place, both black.
    const after = await boardsOn(screen, (b) => b.red.some((l) => l.unit === '丁村'));
    expect(lines(after)).toEqual({
      red: [
        ['甲村', 1, 90, 0, false],
        ['丁村', 1, 90, 20, false],
      ],
      black: [
        ['乙村', 3, 83, -2, true, false],
        ['丙村', 3, 83, 3, true, false],
      ],
      absent: [],
    });
    expect(screen.view!.rev).toBe(rev);
    await boardsOn(audience, (b) => b.red.some((l) => l.unit === '丁村'));

    const units = (await api<{ units: { id: string; name: string }[] }>(server.url, 'GET', `/api/series/${seriesId}`)).body.units;
    const jia = units.find((u) => u.name === '甲村')!.id;
    expect((await command({ type: 'unit:rename', unitId: jia, name: '甲村社区', reason: '撤村改居' })).body).toMatchObject({ ok: true });
    expect((await boardsOn(screen, (b) => b.red[0]?.unit === '甲村社区')).red.map((l) => l.unit)).toEqual(['甲村社区', '丁村']);
  });

  it("follows another contest's reveal in the same tier and period", async () => {
    // A second March contest for 丁村 alone: its period score becomes the mean of 70 and 50, plus 20.
    const other = await runSeriesContest(server.url, { seriesId, tierId: 't1', periodId: 'm1' }, ['丁村'], [50]);
    const after = await boardsOn(screen, (b) => b.black.some((l) => l.unit === '丁村'));
    expect(lines(after)).toEqual({
      red: [
        ['甲村社区', 1, 90, 0, false],
        ['乙村', 2, 83, -2, true],
        ['丙村', 2, 83, 3, true],
      ],
      black: [['丁村', 4, 80, 20, false, false]],
      absent: [],
    });
    other.host.close();
  });

  it('drops the boards from the view once the stage changes, and sends none to a stage that does not show them', async () => {
    expect(await host.send('screen:show', { stage: 'final' })).toMatchObject({ ok: true });
    const v = await screen.waitFor<PublicView>((x) => x.stage === 'final');
    expect(v.boards).toBeNull();
    const views = screen.views.length;
    expect((await command({ type: 'ledger:add', periodId: 'm1', by: '李干事', rows: [{ date: '2026-03-28', unit: '乙村', heading: '责任落实', points: 1, reason: '补报材料' }] })).body).toMatchObject({ ok: true });
    await new Promise((r) => setTimeout(r, 200));
    expect(screen.views.length).toBe(views);
  });
});
