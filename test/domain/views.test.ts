// What each role may see (shared/views.ts), computed from states built through decide/evolve.
import { describe, expect, it } from 'vitest';
import { hostView, judgeView, publicView } from '../../shared/views.ts';
import { created, given, makeDef, SEC, show, SHEETS_375, stateOf, T0 } from './given.ts';

/** p1 in open scoring; j1 gave 25 + 12.5 = 37.5, j2 gave 27.5 + 18.5 = 46, j3 nothing yet. */
const midScoring = () =>
  show().start().next('p1').open().submit('p1', 'j1', [25, 12.5]).submit('p1', 'j2', [27.5, 18.5]);

const DISTINCTIVE = ['37.5', '12.5', '27.5', '18.5'];

describe('before the reveal', () => {
  it('the public view contains no marks of the current presenter, only progress', () => {
    const s = midScoring().state;
    for (const role of ['screen', 'audience'] as const) {
      const v = publicView(s, role);
      const json = JSON.stringify(v);
      for (const value of DISTINCTIVE) expect(json, `${role} view leaks ${value}`).not.toContain(value);
      expect(v.revealed).toEqual([]);
      expect(v.ranking).toEqual([]);
      expect(v.champions).toEqual([]);
      expect(v.progress).toEqual({ submitted: 2, expected: 3 });
      expect(v.current).toEqual({ presenterId: 'p1', phase: 'scoring', scoringOpen: true });
      expect(v.stage).toBe('scoring');
      expect(v.role).toBe(role);
    }
    // The check above would catch a leak: the host does see the values.
    const host = JSON.stringify(hostView(s, new Set()));
    expect(host).toContain('37.5');
    expect(host).toContain('18.5');
  });

  it('still shows no marks while scoring is locked', () => {
    const s = midScoring().submit('p1', 'j3', [20, 10]).lock().state;
    const v = publicView(s);
    for (const value of DISTINCTIVE) expect(JSON.stringify(v)).not.toContain(value);
    expect(v.progress).toEqual({ submitted: 3, expected: 3 });
    expect(v.current?.scoringOpen).toBe(false);
  });

  it('shows a previous presenter’s revealed result but not the current presenter’s marks', () => {
    const h = show()
      .start()
      .turn('p1', [
        [20, 10],
        [21, 10],
        [22, 10],
      ])
      .next('p2')
      .open()
      .submit('p2', 'j1', [25, 12.5]);
    const v = publicView(h.state);
    expect(v.revealed.map((r) => r.presenterId)).toEqual(['p1']);
    expect(JSON.stringify(v)).not.toContain('37.5');
    expect(v.progress).toEqual({ submitted: 1, expected: 3 });
  });

  it('has no progress outside scoring', () => {
    expect(publicView(show().start().next('p1').state).progress).toBeNull();
    expect(publicView(show().start().next('p1').qa().state).progress).toBeNull();
    expect(publicView(show().start().turn('p1', SHEETS_375).state).progress).toBeNull();
  });

  it('a judge sees only their own marks', () => {
    const s = midScoring().state;
    const j1 = judgeView(s, 'j1');
    expect(j1.me).toEqual({ id: 'j1', name: '张评委', title: '', group: null });
    expect(j1.myMarks).toEqual({ p1: { values: [25, 12.5], total: 37.5, at: T0, byHost: false } });
    const json = JSON.stringify(j1);
    expect(json).not.toContain('27.5');
    expect(json).not.toContain('18.5');
    expect(j1.current).toEqual({ presenterId: 'p1', phase: 'scoring', scoringOpen: true });
    expect(j1.scoreStep).toBe(0.5);

    expect(judgeView(s, 'j2').myMarks).toEqual({ p1: { values: [27.5, 18.5], total: 46, at: T0, byHost: false } });
    expect(JSON.stringify(judgeView(s, 'j2'))).not.toContain('12.5');
    expect(judgeView(s, 'j3').myMarks).toEqual({});
  });

  it('a judge keeps seeing their own marks for earlier presenters', () => {
    const h = show().start().turn('p1', SHEETS_375).next('p2').open().submit('p2', 'j1', [30, 20]);
    expect(judgeView(h.state, 'j1').myMarks).toEqual({
      p1: { values: [25, 12.5], total: 37.5, at: T0, byHost: false },
      p2: { values: [30, 20], total: 50, at: T0, byHost: false },
    });
  });

  it('the host view shows every mark with its amendments and a provisional score', () => {
    const h = midScoring().submit('p1', 'j1', [25, 13]).submit('p1', 'j3', [20, 10]);
    const v = hostView(h.state, new Set(['j1', 'j3']));
    expect(v.presenters.find((p) => p.id === 'p1')?.marks).toEqual({
      j1: { values: [25, 13], total: 38, at: T0, amended: 1, correction: null },
      j2: { values: [27.5, 18.5], total: 46, at: T0, amended: 0, correction: null },
      j3: { values: [20, 10], total: 30, at: T0, amended: 0, correction: null },
    });
    expect(v.judges.map((j) => j.online)).toEqual([true, false, true]);
    // Provisional (host only): trimmed mean of 38, 46, 30 = 38.
    expect(v.results.presenters.find((p) => p.presenterId === 'p1')?.final).toBe(38);
    expect(v.results.ranking).toEqual([]); // not ranked before the reveal
    expect(v.screen.revealed).toEqual([]);
    expect(v.canGoBack).toBe(true);
  });
});

describe('after the reveal', () => {
  it('lists every mark, the dropped highest and lowest, the final and the ranking', () => {
    const h = show().start().next('p1').open().scoreAll('p1', SHEETS_375).at(T0 + 5 * SEC).reveal();
    const v = publicView(h.state);
    expect(v.stage).toBe('reveal');
    expect(v.revealed).toEqual([
      {
        presenterId: 'p1',
        marks: [
          { seat: 1, name: null, group: null, total: 37.5, dropped: null, criteria: null },
          { seat: 2, name: null, group: null, total: 40, dropped: 'highest', criteria: null },
          { seat: 3, name: null, group: null, total: 30, dropped: 'lowest', criteria: null },
        ],
        missing: [],
        groups: [{ name: null, weight: 1, result: 37.5, fellBackToMean: false }],
        raw: 37.5,
        penalty: 0,
        overtimeSeconds: 0,
        final: 37.5,
        fellBackToMean: false,
        appraisal: null,
      },
    ]);
    expect(v.ranking).toEqual([{ presenterId: 'p1', rank: 1, shared: false, final: 37.5, penalty: 0 }]);
    expect(v.champions).toEqual([]); // only once the contest is finished
  });

  it('with per-criterion trimming, lists each value and whether it was dropped', () => {
    const def = makeDef({ rules: { aggregation: { method: 'trimmed', dropHighest: 1, dropLowest: 1, scope: 'criterion' } } });
    const h = show(def).start().turn('p1', [
      [25, 15],
      [28, 10],
      [20, 12.5],
    ]);
    const marks = publicView(h.state).revealed[0]?.marks ?? [];
    expect(marks.map((m) => m.criteria)).toEqual([
      [{ value: 25, dropped: null }, { value: 15, dropped: 'highest' }],
      [{ value: 28, dropped: 'highest' }, { value: 10, dropped: 'lowest' }],
      [{ value: 20, dropped: 'lowest' }, { value: 12.5, dropped: null }],
    ]);
    expect(marks.every((m) => m.dropped === null)).toBe(true);
  });

  it('names the group that fell back to the plain mean', () => {
    const def = makeDef({
      judgeGroups: [
        { name: '县级领导', weight: 60 },
        { name: '群众代表', weight: 40 },
      ],
      judges: [
        { name: '张评委', group: '县级领导' },
        { name: '李评委', group: '县级领导' },
        { name: '王评委', group: '县级领导' },
        { name: '赵代表', group: '群众代表' },
        { name: '钱代表', group: '群众代表' },
      ],
    });
    const h = show(def).start().turn('p1', [[25, 15], [28, 10], [20, 12.5], [20, 10], [22, 10]]);
    const groups = publicView(h.state).revealed[0]?.groups ?? [];
    expect(groups.map((g) => [g.name, g.fellBackToMean])).toEqual([
      ['县级领导', false],
      ['群众代表', true],
    ]);
  });

  it('names the judges when revealJudgeNames is set', () => {
    const h = show(makeDef({ rules: { revealJudgeNames: true } })).start().turn('p1', SHEETS_375);
    expect(publicView(h.state).revealed[0]?.marks.map((m) => m.name)).toEqual(['张评委', '李评委', '王评委']);
  });

  it('lists only the marks that were submitted when revealed with missing scores', () => {
    const h = show().start().turn('p1', [[25, 12.5], null, [20, 10]]);
    const r = publicView(h.state).revealed[0];
    expect(r?.marks.map((m) => m.seat)).toEqual([1, 3]);
    // Two marks are too few to drop one highest and one lowest: the plain mean is used.
    expect(r?.fellBackToMean).toBe(true);
    expect(r?.final).toBe(33.75);
  });

  it('ranks the revealed presenters, best first', () => {
    const h = show()
      .start()
      .turn('p1', SHEETS_375)
      .turn('p2', [
        [28, 18],
        [27, 17],
        [26, 16],
      ]);
    expect(publicView(h.state).ranking).toEqual([
      { presenterId: 'p2', rank: 1, shared: false, final: 44, penalty: 0 },
      { presenterId: 'p1', rank: 2, shared: false, final: 37.5, penalty: 0 },
    ]);
  });

  it('applies the overtime penalty recorded when the report ran over', () => {
    const def = makeDef({ rules: { overtimePenalty: { everySeconds: 30, points: 0.5, max: 5 } } });
    const h = show(def).start().next('p1').startTimer().at(T0 + 375 * SEC).qa().open().scoreAll('p1', SHEETS_375).reveal();
    const r = publicView(h.state).revealed[0];
    // 75 s over: three started blocks of 30 s, 0.5 each.
    expect(r).toMatchObject({ overtimeSeconds: 75, raw: 37.5, penalty: 1.5, final: 36 });
    expect(publicView(h.state).ranking[0]).toMatchObject({ final: 36, penalty: 1.5 });
  });

  it('a corrected mark changes the published result', () => {
    const h = show().start().turn('p1', SHEETS_375);
    h.do({ type: 'score:correct', presenterId: 'p1', judgeId: 'j2', values: [15, 10], reason: '录入错误' });
    // 37.5, 25, 30: 37.5 highest, 25 lowest, 30 kept.
    expect(publicView(h.state).revealed[0]?.final).toBe(30);
  });

  it('stepping back from the reveal hides the marks again', () => {
    const h = show().start().turn('p1', SHEETS_375).back();
    const v = publicView(h.state);
    expect(v.revealed).toEqual([]);
    expect(JSON.stringify(v)).not.toContain('37.5');
    expect(v.stage).toBe('scoring');
  });
});

describe('after finish', () => {
  it('names the champion', () => {
    const h = show()
      .start()
      .turn('p1', SHEETS_375)
      .turn('p2', [
        [28, 18],
        [27, 17],
        [26, 16],
      ])
      .turn('p3', [
        [10, 10],
        [10, 10],
        [10, 10],
      ])
      .finish();
    const v = publicView(h.state);
    expect(v.champions).toEqual(['p2']);
    expect(v.stage).toBe('final');
    expect(v.contest).toMatchObject({ status: 'finished', partial: false });
    expect(v.ranking.map((r) => r.presenterId)).toEqual(['p2', 'p1', 'p3']);
  });

  it('names two champions when rank 1 is shared', () => {
    const h = show()
      .start()
      .turn('p1', SHEETS_375)
      .turn('p2', [
        [10, 10],
        [10, 10],
        [10, 10],
      ])
      .turn('p3', [
        [20, 17.5], // 37.5
        [30, 20], // 50
        [0, 0], // 0
      ])
      .finish();
    const v = publicView(h.state);
    expect(v.champions).toEqual(['p1', 'p3']);
    expect(v.ranking).toEqual([
      { presenterId: 'p1', rank: 1, shared: true, final: 37.5, penalty: 0 },
      { presenterId: 'p3', rank: 1, shared: true, final: 37.5, penalty: 0 },
      { presenterId: 'p2', rank: 3, shared: false, final: 20, penalty: 0 },
    ]);
  });

  it('a partial finish ranks only the revealed presenters', () => {
    const h = show().start().turn('p2', SHEETS_375).finish(true);
    const v = publicView(h.state);
    expect(v.contest.partial).toBe(true);
    expect(v.champions).toEqual(['p2']);
    expect(v.ranking.map((r) => r.presenterId)).toEqual(['p2']);
  });

  it('reopening clears the champions again', () => {
    const h = show().start().turn('p1', SHEETS_375).finish(true).back();
    expect(publicView(h.state).champions).toEqual([]);
  });
});

describe('screen stage', () => {
  it('follows the run of show', () => {
    const stages: string[] = [];
    const h = show();
    const look = () => stages.push(publicView(h.state).stage);
    look(); // setup
    h.draw(11);
    look();
    h.start();
    look();
    h.next('p1');
    look();
    h.qa();
    look();
    h.open().scoreAll('p1', SHEETS_375);
    look();
    h.lock();
    look();
    h.reveal();
    look();
    h.next('p2').do({ type: 'presenter:absent', presenterId: 'p2' }); // stage cleared, p1 done
    look();
    h.turn('p3', SHEETS_375).finish();
    look();
    expect(stages).toEqual(['welcome', 'order', 'order', 'presenter', 'presenter', 'scoring', 'scoring', 'reveal', 'ranking', 'final']);
  });

  it('shows the welcome page with a defined or hand-set order, the order page after a draw', () => {
    expect(publicView(stateOf([created()])).stage).toBe('welcome');
    expect(publicView(show().do({ type: 'order:set', order: ['p2', 'p1', 'p3'] }).state).stage).toBe('welcome');
    expect(publicView(show().draw(3).state).stage).toBe('order');
  });

  it('screen:show overrides the stage and auto gives it back', () => {
    const h = show().start().next('p1');
    const s = given(h.history()).when({ type: 'screen:show', stage: 'ranking' }).then([{ type: 'ScreenShown', stage: 'ranking' }]);
    expect(s.screenOverride).toBe('ranking');
    expect(publicView(s).stage).toBe('ranking');
    h.show('ranking');
    const back = given(h.history()).when({ type: 'screen:show', stage: 'auto' }).then([{ type: 'ScreenShown', stage: null }]);
    expect(publicView(back).stage).toBe('presenter');
  });

  it('the override stays through timer and scoring input, and is cleared by the next step of the run of show', () => {
    const h = show().start().next('p1').show('welcome').startTimer().after(10 * SEC).pauseTimer();
    expect(publicView(h.state).stage).toBe('welcome');
    h.qa();
    expect(h.state.screenOverride).toBeNull();
    expect(publicView(h.state).stage).toBe('presenter');

    h.show('order').open().show('final').submit('p1', 'j1', [25, 12.5]);
    expect(publicView(h.state).stage).toBe('final');
    h.submit('p1', 'j2', [25, 15]).submit('p1', 'j3', [20, 10]).reveal();
    expect(publicView(h.state).stage).toBe('reveal');

    h.show('ranking').next('p2');
    expect(publicView(h.state).stage).toBe('presenter');

    h.show('welcome').back();
    expect(publicView(h.state).stage).toBe('reveal');
  });

  it('an override is cleared by order:draw, and shown even after finish', () => {
    const h = show().show('final').draw(4);
    expect(publicView(h.state).stage).toBe('order');
    h.start().turn('p1', SHEETS_375).show('presenter').finish(true);
    expect(publicView(h.state).stage).toBe('final');
    h.show('ranking');
    expect(publicView(h.state).stage).toBe('ranking');
  });
});

describe('view contents', () => {
  it('timers carry the warnings, every view carries the revision', () => {
    const s = show().start().next('p1').startTimer().state;
    const t = { kind: 'report', durationMs: 300 * SEC, running: true, endsAt: T0 + 300 * SEC, remainingMs: 300 * SEC, warnAtSeconds: [60, 30] };
    expect(publicView(s).timer).toEqual(t);
    expect(judgeView(s, 'j1').timer).toEqual(t);
    expect(hostView(s, new Set()).timer).toEqual(t);
    expect(publicView(s).rev).toBe(s.rev);
    expect(judgeView(s, 'j2').rev).toBe(s.rev);
    expect(hostView(s, new Set()).rev).toBe(s.rev);
  });

  it('lists presenters with their status in definition order and the order separately', () => {
    const h = show().do({ type: 'order:set', order: ['p3', 'p1', 'p2'] }).start().do({ type: 'presenter:absent', presenterId: 'p2' }).next();
    const v = publicView(h.state);
    expect(v.presenters.map((p) => [p.id, p.unit, p.status])).toEqual([
      ['p1', '双江街道', 'waiting'],
      ['p2', '小街镇', 'absent'],
      ['p3', '化念镇', 'active'],
    ]);
    expect(v.order).toEqual(['p3', 'p1', 'p2']);
    expect(v.orderMethod).toBe('manual');
    expect(v.contest).toMatchObject({ id: 'c-test', title: '峨山县书记擂台赛', date: '2025-06-01', status: 'running' });
    expect(v.criteria).toEqual([
      { id: 'c1', name: '工作成效', max: 30, weight: 1 },
      { id: 'c2', name: '汇报表现', max: 20, weight: 1 },
    ]);
  });

  it('host canGoBack follows what flow:back accepts', () => {
    expect(hostView(show().start().state, new Set()).canGoBack).toBe(false);
    expect(hostView(show().start().next().state, new Set()).canGoBack).toBe(true);
    expect(hostView(show().start().turn('p1', SHEETS_375).finish(true).state, new Set()).canGoBack).toBe(true);
  });
});

describe('the host view says whether the speaking order may still change', () => {
  it('is open in setup and before anyone is on stage, closed once someone is and at the finish', () => {
    const h = show();
    expect(hostView(h.state, new Set()).orderOpen).toBe(true);
    h.start();
    expect(hostView(h.state, new Set()).orderOpen).toBe(true);
    h.do({ type: 'presenter:absent', presenterId: 'p2' });
    expect(hostView(h.state, new Set()).orderOpen).toBe(true);
    h.next();
    expect(hostView(h.state, new Set()).orderOpen).toBe(false);
    // The flag is the rule decide() applies: the order can no longer be set.
    expect(() => h.do({ type: 'order:set', order: ['p3', 'p1', 'p2'] })).toThrow(/wrong_state/);
    h.open().scoreAll('p1', [[25, 15], [26, 16], [24, 14]]).reveal().finish(true);
    expect(hostView(h.state, new Set()).orderOpen).toBe(false);
  });
});
