// Phases of one turn, scoring, reveal, judges' submissions and the host's corrections.
import { describe, expect, it } from 'vitest';
import { publicView } from '../../shared/views.ts';
import { created, given, HOST, judge, qaTimer, SCREEN, SEC, show, SHEETS_375, T0 } from './given.ts';

const onStage = () => show().start().next('p1');
const scoring = () => onStage().open();

describe('phase:qa', () => {
  it('moves from the report to Q&A', () => {
    const s = given(onStage().history())
      .when({ type: 'phase:qa' })
      .then([{ type: 'QaStarted', presenterId: 'p1', reportUsedMs: 0, overtimeMs: 0, reportDurationMs: 300 * SEC, timer: qaTimer() }]);
    expect(s.presenters.p1?.phase).toBe('qa');
  });

  it.each([
    ['before anyone is called', () => show().start().history()],
    ['in Q&A', () => onStage().qa().history()],
    ['in scoring', () => scoring().history()],
    ['after reveal', () => show().start().turn('p1', SHEETS_375).history()],
  ])('is refused %s', (_, history) => {
    given(history()).when({ type: 'phase:qa' }).thenFails('wrong_state');
  });
});

describe('scoring:open', () => {
  it('opens from the report', () => {
    const s = given(onStage().history())
      .when({ type: 'scoring:open' })
      .then([{ type: 'ScoringOpened', presenterId: 'p1', reportUsedMs: 0, overtimeMs: 0 , reportDurationMs: 300 * SEC}]);
    expect(s.presenters.p1).toMatchObject({ phase: 'scoring', scoringOpen: true });
  });

  it('opens from Q&A', () => {
    const s = given(onStage().qa().history())
      .when({ type: 'scoring:open' })
      .then([{ type: 'ScoringOpened', presenterId: 'p1', qaUsedMs: 0 }]);
    expect(s.presenters.p1).toMatchObject({ phase: 'scoring', scoringOpen: true });
  });

  it('re-opens after a lock, keeping the marks', () => {
    const h = scoring().submit('p1', 'j1', [25, 12.5]).lock();
    const s = given(h.history()).when({ type: 'scoring:open' }).then([{ type: 'ScoringOpened', presenterId: 'p1' }]);
    expect(s.presenters.p1?.scoringOpen).toBe(true);
    expect(s.presenters.p1?.marks.j1?.values).toEqual([25, 12.5]);
  });

  it.each([
    ['before anyone is called', () => show().start().history()],
    ['while already open', () => scoring().history()],
    ['after reveal', () => show().start().turn('p1', SHEETS_375).history()],
  ])('is refused %s', (_, history) => {
    given(history()).when({ type: 'scoring:open' }).thenFails('wrong_state');
  });
});

describe('scoring:lock', () => {
  it('locks open scoring', () => {
    const s = given(scoring().history()).when({ type: 'scoring:lock' }).then([{ type: 'ScoringLocked', presenterId: 'p1' }]);
    expect(s.presenters.p1).toMatchObject({ phase: 'scoring', scoringOpen: false });
  });

  it.each([
    ['in the report', () => onStage().history()],
    ['in Q&A', () => onStage().qa().history()],
    ['when already locked', () => scoring().lock().history()],
    ['after reveal', () => show().start().turn('p1', SHEETS_375).history()],
  ])('is refused %s', (_, history) => {
    given(history()).when({ type: 'scoring:lock' }).thenFails('wrong_state');
  });
});

describe('scoring:reveal', () => {
  it('reveals when every judge has submitted', () => {
    const h = scoring().scoreAll('p1', SHEETS_375);
    const s = given(h.history())
      .when({ type: 'scoring:reveal' }, { now: T0 + 9 * SEC })
      .then([{ type: 'MarksRevealed', presenterId: 'p1', missing: [], at: T0 + 9 * SEC }]);
    expect(s.presenters.p1).toMatchObject({
      status: 'done',
      phase: 'revealed',
      scoringOpen: false,
      revealedAt: T0 + 9 * SEC,
      revealedWithMissing: [],
    });
    expect(s.current).toBe('p1');
  });

  it('reveals from locked scoring too', () => {
    const h = scoring().scoreAll('p1', SHEETS_375).lock();
    given(h.history())
      .when({ type: 'scoring:reveal' })
      .then([{ type: 'MarksRevealed', presenterId: 'p1', missing: [], at: T0 }]);
  });

  it('refuses with missing scores and names the judges who have not submitted', () => {
    const h = scoring().submit('p1', 'j1', [25, 12.5]);
    const message = given(h.history()).when({ type: 'scoring:reveal' }).thenFails('missing_scores');
    expect(message).toContain('李评委');
    expect(message).toContain('王评委');
    expect(message).not.toContain('张评委');
  });

  it('refuses with no scores at all', () => {
    given(scoring().history()).when({ type: 'scoring:reveal' }).thenFails('missing_scores');
    given(scoring().history()).when({ type: 'scoring:reveal', allowMissing: false }).thenFails('missing_scores');
  });

  it('reveals with allowMissing: true and lists the missing judge ids', () => {
    const h = scoring().submit('p1', 'j2', [25, 15]);
    const s = given(h.history())
      .when({ type: 'scoring:reveal', allowMissing: true })
      .then([{ type: 'MarksRevealed', presenterId: 'p1', missing: ['j1', 'j3'], at: T0 }]);
    expect(s.presenters.p1?.revealedWithMissing).toEqual(['j1', 'j3']);
    // The projector learns which seats did not score (names only when the contest reveals them).
    const shown = publicView(s).revealed.find((r) => r.presenterId === 'p1');
    expect(shown?.marks.map((m) => m.seat)).toEqual([2]);
    expect(shown?.missing).toEqual([
      { seat: 1, name: null, group: null },
      { seat: 3, name: null, group: null },
    ]);
  });

  it('reveals with every judge scored: nobody missing on the projector', () => {
    const s = given(show().start().turn('p1', SHEETS_375).history()).state;
    expect(publicView(s).revealed[0]?.missing).toEqual([]);
  });

  it.each([
    ['before anyone is called', () => show().start().history()],
    ['in the report', () => onStage().history()],
    ['in Q&A', () => onStage().qa().history()],
    ['when already revealed', () => show().start().turn('p1', SHEETS_375).history()],
  ])('is refused %s', (_, history) => {
    given(history()).when({ type: 'scoring:reveal', allowMissing: true }).thenFails('wrong_state');
  });
});

describe('score:submit', () => {
  it('records a judge’s marks for the current presenter', () => {
    const s = given(scoring().history())
      .when({ type: 'score:submit', presenterId: 'p1', values: [25, 12.5] }, { actor: judge('j1'), now: T0 + 42 })
      .then([{ type: 'MarksSubmitted', presenterId: 'p1', judgeId: 'j1', values: [25, 12.5], at: T0 + 42 }]);
    expect(s.presenters.p1?.marks).toEqual({ j1: { values: [25, 12.5], at: T0 + 42, amended: 0, correction: null } });
  });

  it('accepts a judgeId in the payload when it is the judge themself', () => {
    given(scoring().history())
      .when({ type: 'score:submit', presenterId: 'p1', judgeId: 'j2', values: [30, 20] }, { actor: judge('j2') })
      .then([{ type: 'MarksSubmitted', presenterId: 'p1', judgeId: 'j2', values: [30, 20], at: T0 }]);
  });

  it('accepts the bounds 0 and the maximum', () => {
    given(scoring().history())
      .when({ type: 'score:submit', presenterId: 'p1', values: [0, 20] }, { actor: judge('j3') })
      .then([{ type: 'MarksSubmitted', presenterId: 'p1', judgeId: 'j3', values: [0, 20], at: T0 }]);
  });

  it.each([
    ['the host', HOST],
    ['the screen', SCREEN],
    ['the audience', { role: 'audience' } as const],
  ])('is forbidden to %s', (_, actor) => {
    given(scoring().history()).when({ type: 'score:submit', presenterId: 'p1', values: [25, 12.5] }, { actor }).thenFails('forbidden');
  });

  it('is forbidden to score as another judge', () => {
    given(scoring().history())
      .when({ type: 'score:submit', presenterId: 'p1', judgeId: 'j2', values: [25, 12.5] }, { actor: judge('j1') })
      .thenFails('forbidden');
  });

  it('refuses an unknown presenter', () => {
    given(scoring().history())
      .when({ type: 'score:submit', presenterId: 'p9', values: [25, 12.5] }, { actor: judge('j1') })
      .thenFails('not_found');
  });

  it('refuses a presenter who is not on stage', () => {
    given(scoring().history())
      .when({ type: 'score:submit', presenterId: 'p2', values: [25, 12.5] }, { actor: judge('j1') })
      .thenFails('not_current');
    given(show().start().history())
      .when({ type: 'score:submit', presenterId: 'p1', values: [25, 12.5] }, { actor: judge('j1') })
      .thenFails('not_current');
  });

  it('refuses a previous presenter after the next one is called', () => {
    const h = show().start().turn('p1', SHEETS_375).next('p2').open();
    given(h.history())
      .when({ type: 'score:submit', presenterId: 'p1', values: [25, 12.5] }, { actor: judge('j1') })
      .thenFails('not_current');
  });

  it.each([
    ['in the report', () => onStage().history()],
    ['in Q&A', () => onStage().qa().history()],
    ['when locked', () => scoring().lock().history()],
    ['after reveal', () => scoring().scoreAll('p1', SHEETS_375).reveal().history()],
    ['after stepping back from reveal (scoring not re-opened)', () => scoring().scoreAll('p1', SHEETS_375).reveal().back().history()],
  ])('refuses when scoring is closed: %s', (_, history) => {
    given(history())
      .when({ type: 'score:submit', presenterId: 'p1', values: [25, 12.5] }, { actor: judge('j1') })
      .thenFails('scoring_closed');
  });

  it.each([
    ['off the 0.5 grid', [25.3, 12.5]],
    ['off the grid on the second criterion', [25, 12.25]],
    ['above the maximum', [30.5, 12.5]],
    ['above the second maximum', [25, 21]],
    ['negative', [-0.5, 12.5]],
    ['too few values', [25]],
    ['too many values', [25, 12.5, 10]],
    ['not finite', [Number.NaN, 12.5]],
  ])('refuses invalid marks: %s', (_, values) => {
    given(scoring().history()).when({ type: 'score:submit', presenterId: 'p1', values }, { actor: judge('j1') }).thenFails('invalid');
  });

  it('lets a judge amend while scoring is open; `amended` counts the amendments', () => {
    const h = scoring().submit('p1', 'j1', [20, 10]);
    const s1 = given(h.history())
      .when({ type: 'score:submit', presenterId: 'p1', values: [25, 12.5] }, { actor: judge('j1'), now: T0 + 5 * SEC })
      .then([{ type: 'MarksSubmitted', presenterId: 'p1', judgeId: 'j1', values: [25, 12.5], at: T0 + 5 * SEC }]);
    expect(s1.presenters.p1?.marks.j1).toEqual({ values: [25, 12.5], at: T0 + 5 * SEC, amended: 1, correction: null });

    h.after(5 * SEC).submit('p1', 'j1', [25, 12.5]).after(5 * SEC).submit('p1', 'j1', [26, 12.5]);
    expect(h.state.presenters.p1?.marks.j1).toMatchObject({ values: [26, 12.5], amended: 2 });
    expect(h.state.presenters.p1?.marks.j2).toBeUndefined();
  });

  it('lets a judge amend after a lock once scoring is re-opened', () => {
    const h = scoring().submit('p1', 'j1', [20, 10]).lock().open().submit('p1', 'j1', [21, 10]);
    expect(h.state.presenters.p1?.marks.j1).toMatchObject({ values: [21, 10], amended: 1 });
  });
});

describe('score:correct', () => {
  const revealed = () => show().start().turn('p1', SHEETS_375);

  it('corrects marks after the reveal, keeping the reason', () => {
    const h = revealed();
    const s = given(h.history())
      .when(
        { type: 'score:correct', presenterId: 'p1', judgeId: 'j3', values: [28, 18], reason: '评委填错，现场确认' },
        { now: T0 + 99 * SEC },
      )
      .then([
        { type: 'MarksCorrected', presenterId: 'p1', judgeId: 'j3', values: [28, 18], reason: '评委填错，现场确认', at: T0 + 99 * SEC },
      ]);
    expect(s.presenters.p1?.marks.j3).toEqual({
      values: [28, 18],
      at: T0 + 99 * SEC,
      amended: 0,
      correction: { reason: '评委填错，现场确认', at: T0 + 99 * SEC },
    });
    // The other judges' marks are untouched.
    expect(s.presenters.p1?.marks.j1?.values).toEqual([25, 12.5]);
    expect(s.presenters.p1?.phase).toBe('revealed');
  });

  it('changes the published score', () => {
    const h = revealed();
    expect(publicView(h.state).revealed[0]?.final).toBe(37.5);
    // j3 from 30 to 46: 37.5 (j1) is now the lowest, 40 (j2) is kept.
    h.do({ type: 'score:correct', presenterId: 'p1', judgeId: 'j3', values: [28, 18], reason: '录入错误' });
    expect(publicView(h.state).revealed[0]?.final).toBe(40);
  });

  it('keeps the number of amendments of a judge who amended', () => {
    const h = scoring().submit('p1', 'j1', [20, 10]).submit('p1', 'j1', [25, 12.5]).submit('p1', 'j2', [25, 15]).submit('p1', 'j3', [20, 10]).reveal();
    h.do({ type: 'score:correct', presenterId: 'p1', judgeId: 'j1', values: [24, 12.5], reason: '笔误' });
    expect(h.state.presenters.p1?.marks.j1).toMatchObject({ values: [24, 12.5], amended: 1, correction: { reason: '笔误' } });
  });

  it('may also correct during scoring', () => {
    given(scoring().submit('p1', 'j1', [20, 10]).history())
      .when({ type: 'score:correct', presenterId: 'p1', judgeId: 'j1', values: [21, 10], reason: '口头更正' })
      .then([{ type: 'MarksCorrected', presenterId: 'p1', judgeId: 'j1', values: [21, 10], reason: '口头更正', at: T0 }]);
  });

  it('refuses a presenter who has not reached scoring', () => {
    given(onStage().qa().history())
      .when({ type: 'score:correct', presenterId: 'p1', judgeId: 'j1', values: [21, 10], reason: 'x' })
      .thenFails('wrong_state');
    given(revealed().history())
      .when({ type: 'score:correct', presenterId: 'p2', judgeId: 'j1', values: [21, 10], reason: 'x' })
      .thenFails('wrong_state');
  });

  it('refuses an unknown presenter or judge', () => {
    given(revealed().history())
      .when({ type: 'score:correct', presenterId: 'p9', judgeId: 'j1', values: [21, 10], reason: 'x' })
      .thenFails('not_found');
    given(revealed().history())
      .when({ type: 'score:correct', presenterId: 'p1', judgeId: 'j4', values: [21, 10], reason: 'x' })
      .thenFails('not_found');
  });

  it('refuses invalid values', () => {
    for (const values of [[31, 10], [21.2, 10], [21], [-1, 10]])
      given(revealed().history())
        .when({ type: 'score:correct', presenterId: 'p1', judgeId: 'j1', values, reason: 'x' })
        .thenFails('invalid');
  });

  it('refuses a correction before anyone has been scored', () => {
    given([created()])
      .when({ type: 'score:correct', presenterId: 'p1', judgeId: 'j1', values: [21, 10], reason: 'x' })
      .thenFails('wrong_state');
  });
});
