// report:correct — the host corrects a presenter's measured report time (a clock stopped late),
// with a reason; overtime is recomputed from the allotment, the log keeps what was measured.
import { describe, expect, it } from 'vitest';
import { given, SEC, show, T0 } from './given.ts';

/** p1 reported for 320 s of an allotted 300: 20 s overtime as measured. */
const reported = () => show().start().next().startTimer().after(320 * SEC).open().after(5 * SEC);

describe('report:correct', () => {
  it('replaces the measured time and recomputes overtime from the allotment, keeping what was measured', () => {
    const s = reported();
    expect(s.state.presenters.p1).toMatchObject({ reportUsedMs: 320 * SEC, overtimeMs: 20 * SEC });
    const after = given(s.history())
      .when({ type: 'report:correct', presenterId: 'p1', seconds: 295, reason: '计时器停晚了' })
      .then([
        {
          type: 'ReportTimeCorrected',
          presenterId: 'p1',
          reportUsedMs: 295 * SEC,
          overtimeMs: 0,
          was: { reportUsedMs: 320 * SEC, overtimeMs: 20 * SEC },
          reason: '计时器停晚了',
          at: T0, // given().when() decides at T0
        },
      ]);
    expect(after.presenters.p1).toMatchObject({ reportUsedMs: 295 * SEC, overtimeMs: 0 });
  });

  it('counts added time into the allotment', () => {
    const s = show().start().next().addTime(30).startTimer().after(300 * SEC).open();
    const after = given(s.history()).when({ type: 'report:correct', presenterId: 'p1', seconds: 340, reason: '漏计' }).after();
    expect(after.presenters.p1!.overtimeMs).toBe(10 * SEC);
  });

  it('works after the reveal and after the contest finished', () => {
    const s = reported().do({ type: 'scoring:reveal', allowMissing: true }).finish(true);
    given(s.history()).when({ type: 'report:correct', presenterId: 'p1', seconds: 310, reason: '核对录像' }).after();
  });

  it('is refused while the report is still running, for a presenter not yet called, or with nothing to change', () => {
    const running = show().start().next().startTimer().after(10 * SEC);
    given(running.history()).when({ type: 'report:correct', presenterId: 'p1', seconds: 10, reason: 'x' }).thenFails('wrong_state');
    given(running.history()).when({ type: 'report:correct', presenterId: 'p2', seconds: 10, reason: 'x' }).thenFails('wrong_state');
    given(running.history()).when({ type: 'report:correct', presenterId: 'zz', seconds: 10, reason: 'x' }).thenFails('not_found');
    given(reported().history()).when({ type: 'report:correct', presenterId: 'p1', seconds: 320, reason: 'x' }).thenFails('wrong_state');
  });
});
