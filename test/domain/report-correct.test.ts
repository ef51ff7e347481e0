// report:correct — the host corrects a presenter's measured report time (a clock stopped late),
// with a reason; overtime is recomputed from the allotment, the log keeps what was measured.
import { describe, expect, it } from 'vitest';
import { reportTimeCorrectable } from '../../shared/domain/report-time.ts';
import { resultsDocument } from '../../shared/results.ts';
import { hostView } from '../../shared/views.ts';
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

  it('is listed in the results audit, every correction in order, in whole seconds', () => {
    const history = reported().history();
    const once = given(history).when({ type: 'report:correct', presenterId: 'p1', seconds: 295, reason: '计时器停晚了' });
    const first = once.after();
    const twice = given([...history, ...once.events()]).when({ type: 'report:correct', presenterId: 'p1', seconds: 330, reason: '核对录像' }).after();
    const doc = resultsDocument(twice);
    expect(doc.audit.reportCorrections).toEqual([
      { presenterId: 'p1', presenter: '双江街道', wasSeconds: 320, seconds: 295, wasOvertimeSeconds: 20, overtimeSeconds: 0, reason: '计时器停晚了', at: T0 },
      { presenterId: 'p1', presenter: '双江街道', wasSeconds: 295, seconds: 330, wasOvertimeSeconds: 0, overtimeSeconds: 30, reason: '核对录像', at: T0 },
    ]);
    expect(doc.presenters.find((p) => p.presenterId === 'p1')).toMatchObject({ reportSeconds: 330, overtimeSeconds: 30 });
    // The host's card says the time was corrected, with the reason, from what was recorded before.
    expect(hostView(first, new Set()).presenters.find((p) => p.id === 'p1')?.reportCorrection).toEqual({ wasMs: 320 * SEC, reason: '计时器停晚了', at: T0 });
    expect(hostView(reported().state, new Set()).presenters.find((p) => p.id === 'p1')?.reportCorrection).toBeNull();
  });

  it('is offered by the one rule decide() applies', () => {
    expect(reportTimeCorrectable({ reportUsedMs: 320 * SEC, phase: 'scoring' })).toBe(true);
    expect(reportTimeCorrectable({ reportUsedMs: 320 * SEC, phase: 'report' })).toBe(false);
    expect(reportTimeCorrectable({ reportUsedMs: null, phase: 'qa' })).toBe(false);
    expect(reportTimeCorrectable({ reportUsedMs: 320 * SEC, phase: null })).toBe(false);
  });
});
