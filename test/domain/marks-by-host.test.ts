// A judge's phone must not say "已提交" for marks the host entered (补录) or corrected: the view
// tells the judge which marks are the staff's, until the judge submits again.
import { describe, expect, it } from 'vitest';
import { resultsDocument } from '../../shared/results.ts';
import { hostView, judgeView, publicView } from '../../shared/views.ts';
import { show, SHEETS_375 } from './given.ts';

describe('marks entered by the host, as the judge sees them', () => {
  it('flags a correction, and clears the flag once the judge submits again', () => {
    const h = show().start().turn('p1', SHEETS_375);
    expect(judgeView(h.state, 'j2').myMarks.p1?.byHost).toBe(false);
    h.do({ type: 'score:correct', presenterId: 'p1', judgeId: 'j2', values: [15, 10], reason: '核对纸质评分表' });
    expect(judgeView(h.state, 'j2').myMarks.p1).toMatchObject({ values: [15, 10], byHost: true });
    expect(judgeView(h.state, 'j1').myMarks.p1?.byHost).toBe(false);
  });

  it('flags marks the host entered for a judge who sent none', () => {
    const h = show().start().next('p1').open().submit('p1', 'j1', [25, 12.5]);
    h.do({ type: 'score:correct', presenterId: 'p1', judgeId: 'j3', values: [20, 10], reason: '评委手机没电，纸质补录' });
    expect(judgeView(h.state, 'j3').myMarks.p1).toMatchObject({ values: [20, 10], byHost: true });
    const again = h.submit('p1', 'j3', [21, 10]);
    expect(judgeView(again.state, 'j3').myMarks.p1).toMatchObject({ values: [21, 10], byHost: false });
  });

  it('takes a judge missing at the reveal off every list of the missing once the host enters their marks', () => {
    const h = show().start().next('p1').open().submit('p1', 'j1', [25, 12.5]).submit('p1', 'j2', [20, 10]).reveal(true);
    const missing = () => ({
      host: hostView(h.state, new Set()).presenters.find((p) => p.id === 'p1')?.revealedWithMissing,
      screen: publicView(h.state).revealed.find((r) => r.presenterId === 'p1')?.missing.map((m) => m.seat),
      results: resultsDocument(h.state).presenters.find((p) => p.presenterId === 'p1')?.missingJudges,
    });
    expect(missing()).toEqual({ host: ['j3'], screen: [3], results: ['j3'] });
    h.do({ type: 'score:correct', presenterId: 'p1', judgeId: 'j3', values: [22, 11], reason: '评委手机离线，亮分后按手机上的分数补录' });
    // Counted, and no longer also shown as 未评分 beside the marks it now has.
    expect(missing()).toEqual({ host: [], screen: [], results: [] });
    expect(publicView(h.state).revealed.find((r) => r.presenterId === 'p1')?.marks.map((m) => m.seat)).toEqual([1, 2, 3]);
  });
});
