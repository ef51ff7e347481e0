// What one judge link can put into the host's console and the report is bounded: a few comments
// and questions per presenter. The host can leave a comment out of the report, with a reason the
// audit keeps.
import { describe, expect, it } from 'vitest';
import { COMMENTS_PER_PRESENTER, QUESTIONS_PER_PRESENTER } from '../../shared/domain/limits.ts';
import { resultsDocument } from '../../shared/results.ts';
import { Commands } from '../../shared/protocol/index.ts';
import { hostView, publicView } from '../../shared/views.ts';
import { given, judge, SEC, show, T0 } from './given.ts';

const inQa = () => show().start().next('p1').qa();

describe('caps on what one judge sends about one presenter', () => {
  it(`takes ${COMMENTS_PER_PRESENTER} comments from a judge for a presenter, then refuses for good; others are not affected`, () => {
    const h = inQa();
    for (let i = 0; i < COMMENTS_PER_PRESENTER; i++) h.do({ type: 'comment:add', presenterId: 'p1', text: `点评${i}` }, { actor: judge('j1') });
    given(h.history()).when({ type: 'comment:add', presenterId: 'p1', text: '又一条' }, { actor: judge('j1') }).thenFails('limit_reached');
    // Another judge, and the host typing for this very judge, still can.
    given(h.history()).when({ type: 'comment:add', presenterId: 'p1', text: '我的' }, { actor: judge('j2') }).events();
    given(h.history()).when({ type: 'comment:add', presenterId: 'p1', text: '代录', judgeId: 'j1' }).events();
    // The next presenter starts from zero.
    h.open().scoreAll('p1', [[20, 10], [20, 10], [20, 10]]).reveal().next('p2');
    given(h.history()).when({ type: 'comment:add', presenterId: 'p2', text: '新单位' }, { actor: judge('j1') }).events();
  });

  it(`takes ${QUESTIONS_PER_PRESENTER} questions from a judge for a presenter, however slowly they come`, () => {
    const h = show();
    for (let i = 0; i < QUESTIONS_PER_PRESENTER; i++) h.after(30 * SEC).do({ type: 'question:ask', presenterId: 'p1', text: `问题${i}` }, { actor: judge('j1'), now: T0 + i * 30 * SEC });
    given(h.history())
      .when({ type: 'question:ask', presenterId: 'p1', text: '再问' }, { actor: judge('j1'), now: T0 + 3600 * SEC })
      .thenFails('limit_reached');
    given(h.history()).when({ type: 'question:ask', presenterId: 'p2', text: '问别人' }, { actor: judge('j1'), now: T0 + 3600 * SEC }).events();
  });
});

describe('comment:hide', () => {
  const withComments = () => inQa().do({ type: 'comment:add', presenterId: 'p1', text: '有用的点评' }, { actor: judge('j1') }).do({ type: 'comment:add', presenterId: 'p1', text: '刷屏内容' }, { actor: judge('j2') });

  it('needs a reason, and only the host may do it', () => {
    expect(Commands['comment:hide'].safeParse({ commandId: 'cmd-12345678', commentId: 'c2', reason: '  ' }).success).toBe(false);
    given(withComments().history()).when({ type: 'comment:hide', commentId: 'c2', reason: '重复' }, { actor: judge('j1') }).thenFails('forbidden');
    given(withComments().history()).when({ type: 'comment:hide', commentId: 'c9', reason: '重复' }).thenFails('not_found');
  });

  it('takes the comment off the screen and out of the report, keeps it in the host view and lists it in the audit', () => {
    const h = withComments().do({ type: 'comment:show', commentId: 'c2' });
    expect(publicView(h.state).qa.comment?.id).toBe('c2');
    const s = given(h.history())
      .when({ type: 'comment:hide', commentId: 'c2', reason: '与汇报无关' }, { now: T0 + 100 * SEC })
      .then([{ type: 'CommentHidden', commentId: 'c2', reason: '与汇报无关', at: T0 + 100 * SEC }]);
    expect(publicView(s).qa.comment).toBeNull();
    expect(hostView(s, new Set()).comments.map((c) => [c.id, c.hidden])).toEqual([
      ['c1', null],
      ['c2', { reason: '与汇报无关', at: T0 + 100 * SEC }],
    ]);
    const doc = resultsDocument(s);
    expect(doc.presenters.find((p) => p.presenterId === 'p1')!.comments.map((c) => c.text)).toEqual(['有用的点评']);
    expect(doc.audit.hiddenComments).toEqual([
      { commentId: 'c2', presenterId: 'p1', presenter: '双江街道', judge: '李评委', text: '刷屏内容', reason: '与汇报无关', at: T0 + 100 * SEC },
    ]);
  });

  it('cannot put a hidden comment on screen, nor hide it twice; works after the finish', () => {
    const h = withComments().do({ type: 'comment:hide', commentId: 'c2', reason: '重复' });
    given(h.history()).when({ type: 'comment:show', commentId: 'c2' }).thenFails('wrong_state');
    given(h.history()).when({ type: 'comment:hide', commentId: 'c2', reason: '再隐藏' }).thenFails('wrong_state');
    const done = withComments().open().scoreAll('p1', [[20, 10], [20, 10], [20, 10]]).reveal().finish(true);
    given(done.history()).when({ type: 'comment:hide', commentId: 'c1', reason: '会后整理' }).events();
  });
});
