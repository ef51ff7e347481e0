// The rule for marks on a step back past the report: the presenter goes back to the queue and
// is scored afresh when called again; the discarded marks are a MarksDiscarded event with the
// step's reason (the log and the audit keep them). Steps back that stay with the presenter
// (reveal → scoring → Q&A → report) keep the marks, as the host may reopen scoring.
import { describe, expect, it } from 'vitest';
import { given, SEC, show, T0 } from './given.ts';

const scoredThenBackToReport = () =>
  show()
    .start()
    .next()
    .startTimer()
    .after(60 * SEC)
    .open()
    .scoreAll('p1', [[30, 15], [26, 16], [28, 14]])
    .back('还要提问') // scoring → Q&A
    .back('汇报未完'); // Q&A → report

describe('marks on flow:back', () => {
  it('are kept while the presenter stays on stage', () => {
    expect(Object.keys(scoredThenBackToReport().state.presenters.p1!.marks)).toEqual(['j1', 'j2', 'j3']);
  });

  it('are discarded, with the reason, when the presenter is sent back past the report', () => {
    const s = scoredThenBackToReport();
    const after = given(s.history())
      .when({ type: 'flow:back', reason: '叫错了' })
      .then([
        { type: 'SteppedBack', presenterId: 'p1', from: 'report', to: null, reason: '叫错了', current: null, timer: null, at: T0 },
        { type: 'MarksDiscarded', presenterId: 'p1', judgeIds: ['j1', 'j2', 'j3'], reason: '叫错了', at: T0 },
      ]);
    expect(after.presenters.p1).toMatchObject({ status: 'waiting', marks: {} });
  });

  it('do not count again when the presenter is called again', () => {
    const s = scoredThenBackToReport().back('叫错了').next().startTimer().after(SEC).open();
    expect(s.state.presenters.p1!.marks).toEqual({});
  });
});
