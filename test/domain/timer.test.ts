// Server-authoritative timers: only {running, endsAt | remainingMs}, time from ctx.now.
import { describe, expect, it } from 'vitest';
import { created, given, qaTimer, reportTimer, SEC, show, T0 } from './given.ts';

const onStage = () => show().start().next('p1');

describe('timer commands without a timer', () => {
  it.each([
    ['before the contest starts', () => [created()]],
    ['before any presenter is called', () => show().start().history()],
    ['in scoring (the report/Q&A timer is gone)', () => onStage().open().history()],
  ])('are refused %s', (_, history) => {
    for (const command of [
      { type: 'timer:start' },
      { type: 'timer:pause' },
      { type: 'timer:add', seconds: 30 },
      { type: 'timer:reset' },
    ] as const)
      given(history()).when(command).thenFails('wrong_state');
  });
});

describe('timer:start / timer:pause', () => {
  it('start sets endsAt = now + remaining', () => {
    const s = given(onStage().history())
      .when({ type: 'timer:start' }, { now: T0 + 5 * SEC })
      .then([{ type: 'TimerStarted', endsAt: T0 + 5 * SEC + 300 * SEC }]);
    expect(s.timer).toEqual({ kind: 'report', durationMs: 300 * SEC, running: true, endsAt: T0 + 305 * SEC, remainingMs: 300 * SEC });
  });

  it('pause 10 s later keeps remaining − 10 s', () => {
    const h = onStage().startTimer();
    const s = given(h.history())
      .when({ type: 'timer:pause' }, { now: T0 + 10 * SEC })
      .then([{ type: 'TimerPaused', remainingMs: 290 * SEC }]);
    expect(s.timer).toEqual({ kind: 'report', durationMs: 300 * SEC, running: false, endsAt: null, remainingMs: 290 * SEC });
  });

  it('resumes from where it was paused', () => {
    const h = onStage().startTimer().after(10 * SEC).pauseTimer().after(60 * SEC);
    given(h.history())
      .when({ type: 'timer:start' }, { now: h.now })
      .then([{ type: 'TimerStarted', endsAt: h.now + 290 * SEC }]);
  });

  it('pausing in overtime keeps a negative remaining', () => {
    const h = onStage().startTimer();
    given(h.history())
      .when({ type: 'timer:pause' }, { now: T0 + 320 * SEC })
      .then([{ type: 'TimerPaused', remainingMs: -20 * SEC }]);
  });

  it('refuses start while running', () => {
    given(onStage().startTimer().history()).when({ type: 'timer:start' }, { now: T0 + SEC }).thenFails('wrong_state');
  });

  it('refuses pause while paused (or never started)', () => {
    given(onStage().history()).when({ type: 'timer:pause' }).thenFails('wrong_state');
    given(onStage().startTimer().after(SEC).pauseTimer().history()).when({ type: 'timer:pause' }).thenFails('wrong_state');
  });
});

describe('timer:add', () => {
  it('adds 30 s while running: endsAt and the allotted duration move', () => {
    const h = onStage().startTimer();
    const s = given(h.history())
      .when({ type: 'timer:add', seconds: 30 }, { now: T0 + 100 * SEC })
      .then([{ type: 'TimerAdjusted', deltaMs: 30 * SEC }]);
    expect(s.timer).toMatchObject({ running: true, endsAt: T0 + 330 * SEC, durationMs: 330 * SEC });
  });

  it('adds 30 s while paused: remaining and the allotted duration move', () => {
    const h = onStage().startTimer().after(10 * SEC).pauseTimer();
    const s = given(h.history())
      .when({ type: 'timer:add', seconds: 30 })
      .then([{ type: 'TimerAdjusted', deltaMs: 30 * SEC }]);
    expect(s.timer).toEqual({ kind: 'report', durationMs: 330 * SEC, running: false, endsAt: null, remainingMs: 320 * SEC });
  });

  it('takes time away with a negative amount', () => {
    const s = given(onStage().history())
      .when({ type: 'timer:add', seconds: -60 })
      .then([{ type: 'TimerAdjusted', deltaMs: -60 * SEC }]);
    expect(s.timer).toMatchObject({ durationMs: 240 * SEC, remainingMs: 240 * SEC });
  });
});

describe('timer:reset', () => {
  it('resets the report timer to the full, stopped report time', () => {
    const h = onStage().startTimer().after(30 * SEC).addTime(60);
    const s = given(h.history())
      .when({ type: 'timer:reset' }, { now: h.now })
      .then([{ type: 'TimerReset', timer: reportTimer(300) }]);
    expect(s.timer).toEqual(reportTimer(300));
  });

  it('resets the Q&A timer to the Q&A time', () => {
    const h = onStage().qa().startTimer().after(30 * SEC);
    given(h.history())
      .when({ type: 'timer:reset' }, { now: h.now })
      .then([{ type: 'TimerReset', timer: qaTimer(180) }]);
  });
});

describe('report usage and overtime', () => {
  it('phase:qa after the report ran over by 75 s records overtimeMs 75000 and the time used', () => {
    const h = onStage().startTimer();
    const s = given(h.history())
      .when({ type: 'phase:qa' }, { now: T0 + 375 * SEC })
      .then([{ type: 'QaStarted', presenterId: 'p1', reportUsedMs: 375 * SEC, overtimeMs: 75 * SEC, reportDurationMs: 300 * SEC, timer: qaTimer(180) }]);
    expect(s.presenters.p1).toMatchObject({ phase: 'qa', reportUsedMs: 375 * SEC, overtimeMs: 75 * SEC });
    expect(s.timer).toEqual(qaTimer(180));
  });

  it('phase:qa on time records no overtime', () => {
    given(onStage().startTimer().history())
      .when({ type: 'phase:qa' }, { now: T0 + 200 * SEC })
      .then([{ type: 'QaStarted', presenterId: 'p1', reportUsedMs: 200 * SEC, overtimeMs: 0, reportDurationMs: 300 * SEC, timer: qaTimer() }]);
  });

  it('time while paused does not count', () => {
    const h = onStage().startTimer().after(100 * SEC).pauseTimer();
    given(h.history())
      .when({ type: 'phase:qa' }, { now: T0 + 900 * SEC })
      .then([{ type: 'QaStarted', presenterId: 'p1', reportUsedMs: 100 * SEC, overtimeMs: 0, reportDurationMs: 300 * SEC, timer: qaTimer() }]);
  });

  it('time the host added is not overtime', () => {
    const h = onStage().startTimer().after(10 * SEC).addTime(30);
    given(h.history())
      .when({ type: 'phase:qa' }, { now: T0 + 320 * SEC })
      .then([{ type: 'QaStarted', presenterId: 'p1', reportUsedMs: 320 * SEC, overtimeMs: 0, reportDurationMs: 330 * SEC, timer: qaTimer() }]);
    given(h.history())
      .when({ type: 'phase:qa' }, { now: T0 + 345 * SEC })
      .then([{ type: 'QaStarted', presenterId: 'p1', reportUsedMs: 345 * SEC, overtimeMs: 15 * SEC, reportDurationMs: 330 * SEC, timer: qaTimer() }]);
  });

  it('a timer never started records nothing used', () => {
    given(onStage().history())
      .when({ type: 'phase:qa' }, { now: T0 + 900 * SEC })
      .then([{ type: 'QaStarted', presenterId: 'p1', reportUsedMs: 0, overtimeMs: 0, reportDurationMs: 300 * SEC, timer: qaTimer() }]);
  });

  it('scoring:open straight from the report records the overtime too', () => {
    const h = onStage().startTimer();
    const s = given(h.history())
      .when({ type: 'scoring:open' }, { now: T0 + 375 * SEC })
      .then([{ type: 'ScoringOpened', presenterId: 'p1', reportUsedMs: 375 * SEC, overtimeMs: 75 * SEC , reportDurationMs: 300 * SEC}]);
    expect(s.presenters.p1).toMatchObject({ phase: 'scoring', scoringOpen: true, reportUsedMs: 375 * SEC, overtimeMs: 75 * SEC });
    expect(s.timer).toBeNull();
  });

  it('scoring:open from Q&A records the Q&A time and keeps the report overtime', () => {
    const h = onStage().startTimer().at(T0 + 375 * SEC).qa().startTimer();
    const s = given(h.history())
      .when({ type: 'scoring:open' }, { now: T0 + 375 * SEC + 150 * SEC })
      .then([{ type: 'ScoringOpened', presenterId: 'p1', qaUsedMs: 150 * SEC }]);
    expect(s.presenters.p1).toMatchObject({ reportUsedMs: 375 * SEC, overtimeMs: 75 * SEC, qaUsedMs: 150 * SEC });
  });
});
