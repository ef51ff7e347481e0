// flow:back — undo one run-of-show step with a compensating event (SteppedBack / ContestReopened).
import { describe, expect, it } from 'vitest';
import { created, given, qaTimer, reportTimer, SEC, show, SHEETS_375, T0 } from './given.ts';

const onStage = () => show().start().next('p1');

describe('flow:back from revealed', () => {
  it('returns to scoring, closed, with the marks kept', () => {
    const h = onStage().open().scoreAll('p1', SHEETS_375).reveal();
    const s = given(h.history())
      .when({ type: 'flow:back', reason: '亮分太早' })
      .then([
        { type: 'SteppedBack', presenterId: 'p1', from: 'revealed', to: 'scoring', reason: '亮分太早', current: 'p1', timer: null, at: T0 },
      ]);
    expect(s.current).toBe('p1');
    expect(s.presenters.p1).toMatchObject({
      status: 'active',
      phase: 'scoring',
      scoringOpen: false,
      revealedAt: null,
      revealedWithMissing: [],
    });
    expect(Object.keys(s.presenters.p1?.marks ?? {})).toEqual(['j1', 'j2', 'j3']);
  });

  it('clears revealedWithMissing and lets the host re-open scoring, then reveal again', () => {
    const h = onStage().open().submit('p1', 'j1', [25, 12.5]).reveal(true);
    expect(h.state.presenters.p1?.revealedWithMissing).toEqual(['j2', 'j3']);
    h.back();
    expect(h.state.presenters.p1?.revealedWithMissing).toEqual([]);
    given(h.history()).when({ type: 'scoring:open' }).then([{ type: 'ScoringOpened', presenterId: 'p1' }]);
    h.open().submit('p1', 'j2', [25, 15]).submit('p1', 'j3', [20, 10]);
    given(h.history())
      .when({ type: 'scoring:reveal' }, { now: T0 + 60 * SEC })
      .then([{ type: 'MarksRevealed', presenterId: 'p1', missing: [], at: T0 + 60 * SEC }]);
  });

  it('keeps the reason and the time in the state’s audit trail', () => {
    const h = onStage().open().scoreAll('p1', SHEETS_375).reveal();
    const s = given(h.history()).when({ type: 'flow:back', reason: '核对分数' }, { now: T0 + 5 * SEC }).after();
    expect(s.stepsBack).toEqual([{ presenterId: 'p1', from: 'revealed', to: 'scoring', reason: '核对分数', at: T0 + 5 * SEC }]);
  });
});

describe('flow:back from scoring', () => {
  it('returns to Q&A with a fresh Q&A timer, the marks kept', () => {
    const h = onStage().qa().open().submit('p1', 'j1', [25, 12.5]);
    const s = given(h.history())
      .when({ type: 'flow:back', reason: '还要提问' })
      .then([{ type: 'SteppedBack', presenterId: 'p1', from: 'scoring', to: 'qa', reason: '还要提问', current: 'p1', timer: qaTimer(), at: T0 }]);
    expect(s.presenters.p1).toMatchObject({ status: 'active', phase: 'qa', scoringOpen: false });
    expect(s.presenters.p1?.marks.j1?.values).toEqual([25, 12.5]);
    expect(s.timer).toEqual(qaTimer());
  });

  it('works from locked scoring too', () => {
    const h = onStage().open().lock();
    const [e] = given(h.history()).when({ type: 'flow:back', reason: '退回' }).events();
    expect(e).toMatchObject({ type: 'SteppedBack', from: 'scoring', to: 'qa' });
  });
});

describe('flow:back from Q&A', () => {
  it('returns to the report with the report timer paused where it stopped', () => {
    const h = onStage().startTimer().at(T0 + 120 * SEC).qa();
    const s = given(h.history())
      .when({ type: 'flow:back', reason: '汇报未完' }, { now: T0 + 150 * SEC })
      .then([
        {
          type: 'SteppedBack',
          presenterId: 'p1',
          from: 'qa',
          to: 'report',
          reason: '汇报未完',
          current: 'p1',
          timer: { ...reportTimer(), remainingMs: 180 * SEC },
          at: T0 + 150 * SEC,
        },
      ]);
    expect(s.presenters.p1).toMatchObject({ phase: 'report', status: 'active', scoringOpen: false, reportUsedMs: null, overtimeMs: 0 });
    expect(s.timer).toEqual({ kind: 'report', durationMs: 300 * SEC, running: false, endsAt: null, remainingMs: 180 * SEC });
  });

  it('keeps the overtime on the restored clock, and the next phase:qa counts all of it', () => {
    const h = onStage().startTimer().at(T0 + 375 * SEC).qa();
    h.back();
    expect(h.state.timer).toMatchObject({ running: false, remainingMs: -75 * SEC });
    // The presenter talks 25 s more.
    h.at(T0 + 400 * SEC).startTimer();
    given(h.history())
      .when({ type: 'phase:qa' }, { now: T0 + 425 * SEC })
      .then([{ type: 'QaStarted', presenterId: 'p1', reportUsedMs: 400 * SEC, overtimeMs: 100 * SEC, reportDurationMs: 300 * SEC, timer: qaTimer() }]);
  });

  // Regression: going back used to rebuild the report clock without the time the host added.
  it('restores the report clock including time the host added', () => {
    const h = onStage().startTimer().addTime(30).at(T0 + 100 * SEC).qa();
    expect(h.state.presenters.p1?.reportUsedMs).toBe(100 * SEC);
    // When the report stopped, 230 s of the 330 s allotted were left.
    const [e] = given(h.history()).when({ type: 'flow:back', reason: '退回' }).events();
    expect(e).toMatchObject({ timer: { kind: 'report', durationMs: 330 * SEC, running: false, endsAt: null, remainingMs: 230 * SEC } });
  });

  // A presenter who stayed within the extended time is not charged overtime after the host
  // goes back to the report and forward again.
  it('does not invent overtime after going back from Q&A when time had been added', () => {
    const h = onStage().startTimer().addTime(30).at(T0 + 320 * SEC).qa();
    expect(h.state.presenters.p1?.overtimeMs).toBe(0); // 320 s of 330 s: on time
    h.back();
    given(h.history())
      .when({ type: 'phase:qa' }, { now: h.now })
      .then([{ type: 'QaStarted', presenterId: 'p1', reportUsedMs: 320 * SEC, overtimeMs: 0, reportDurationMs: 330 * SEC, timer: qaTimer() }]);
  });
});

describe('flow:back from the report', () => {
  it('returns to the previous presenter: current becomes the last revealed one, this one waits again', () => {
    const h = show().start().at(T0 + 1000).turn('p1', SHEETS_375).at(T0 + 2000).next('p2').startTimer();
    const s = given(h.history())
      .when({ type: 'flow:back', reason: '叫错了' })
      .then([{ type: 'SteppedBack', presenterId: 'p2', from: 'report', to: null, reason: '叫错了', current: 'p1', timer: null, at: T0 }]);
    expect(s.current).toBe('p1');
    expect(s.timer).toBeNull();
    expect(s.presenters.p2).toMatchObject({ status: 'waiting', phase: null, scoringOpen: false, reportUsedMs: null, overtimeMs: 0 });
    expect(s.presenters.p1).toMatchObject({ status: 'done', phase: 'revealed' });
  });

  it('picks the most recently revealed presenter, not the one earlier in the order', () => {
    const h = show().start().at(T0 + 1000).turn('p1', SHEETS_375).at(T0 + 2000).turn('p3', SHEETS_375).at(T0 + 3000).next('p2');
    const [e] = given(h.history()).when({ type: 'flow:back', reason: '退回' }).events();
    expect(e).toMatchObject({ type: 'SteppedBack', presenterId: 'p2', to: null, current: 'p3' });
  });

  it('leaves no current presenter when going back from the first one', () => {
    const s = given(onStage().history())
      .when({ type: 'flow:back', reason: '退回' })
      .then([{ type: 'SteppedBack', presenterId: 'p1', from: 'report', to: null, reason: '退回', current: null, timer: null, at: T0 }]);
    expect(s.current).toBeNull();
    expect(s.presenters.p1?.status).toBe('waiting');
  });

  it('the presenter who went back is called again next', () => {
    const h = show().start().at(T0 + 1000).turn('p1', SHEETS_375).next('p2').back();
    given(h.history())
      .when({ type: 'presenter:next' })
      .then([{ type: 'PresenterCalled', presenterId: 'p2', timer: reportTimer() }]);
  });

  it('a presenter called from 缺席 goes back to 缺席, not into the queue', () => {
    const h = show().start().do({ type: 'presenter:absent', presenterId: 'p2' }).at(T0 + 1000).turn('p1', SHEETS_375).next('p2');
    const s = given(h.history()).when({ type: 'flow:back', reason: '误叫缺席单位' }).after();
    expect(s.presenters.p2).toMatchObject({ status: 'absent', phase: null });
    expect(s.current).toBe('p1');
    // 下一位 calls the one still waiting, not the absent one.
    given(h.back().history())
      .when({ type: 'presenter:next' })
      .then([{ type: 'PresenterCalled', presenterId: 'p3', timer: reportTimer() }]);
  });

  it('can go on stepping back into the previous presenter’s reveal', () => {
    const h = show().start().at(T0 + 1000).turn('p1', SHEETS_375).next('p2').back();
    const [e] = given(h.history()).when({ type: 'flow:back', reason: '退回' }).events();
    expect(e).toMatchObject({ type: 'SteppedBack', presenterId: 'p1', from: 'revealed', to: 'scoring', current: 'p1' });
  });
});

describe('flow:back when finished', () => {
  it('reopens the contest', () => {
    const h = show().start().turn('p1', SHEETS_375).finish(true);
    expect(h.state).toMatchObject({ status: 'finished', partial: true });
    const s = given(h.history())
      .when({ type: 'flow:back', reason: '继续比赛' })
      .then([{ type: 'ContestReopened', reason: '继续比赛', at: T0 }]);
    expect(s).toMatchObject({ status: 'running', partial: false, current: 'p1' });
    h.back('继续比赛');
    given(h.history())
      .when({ type: 'presenter:next' })
      .then([{ type: 'PresenterCalled', presenterId: 'p2', timer: reportTimer() }]);
  });
});

describe('flow:back with nothing to undo', () => {
  it.each([
    ['in setup', () => [created()]],
    ['after start, before anyone is called', () => show().start().history()],
    ['after the current presenter was marked absent', () => onStage().do({ type: 'presenter:absent', presenterId: 'p1' }).history()],
  ])('is refused %s', (_, history) => {
    given(history()).when({ type: 'flow:back', reason: '退回' }).thenFails('wrong_state');
  });
});
