// One evening with every kind of event (each ScoringOpened case too), run through the real
// decide: the event-log schema must read all of it unchanged, and the state-format test keeps
// what evolve folds it into.
import { judge, makeDef, SEC, show, SHEETS_375, voter } from './given.ts';

export function referenceShow() {
  const s = show();
  // Written by the HTTP setup, not by decide.
  s.events.push({ type: 'DefinitionReplaced', definition: makeDef({ appraisal: {} }) });
  // Made by the server with a secure random source, over HTTP.
  s.events.push({ type: 'BallotCodesIssued', codes: [1, 2, 3].map((serial) => ({ serial, hash: `h${serial}` })), at: s.now });
  s.do({ type: 'bank:load', questions: ['题库一', '题库二'] })
    .draw(20250601)
    .show('welcome')
    .do({ type: 'screen:mute', muted: true })
    .do({ type: 'order:set', order: ['p3', 'p1', 'p2'] })
    .start()
    .do({ type: 'presenter:skip', presenterId: 'p3' }) // order p1, p2, p3
    .next()
    .startTimer()
    .after(100 * SEC)
    .addTime(30)
    .after(260 * SEC)
    .pauseTimer()
    .qa()
    .do({ type: 'question:ask', presenterId: 'p1', text: '第一个问题' }, { actor: judge('j1') })
    .do({ type: 'question:ask', presenterId: 'p1', text: '第二个问题' }, { actor: judge('j2') })
    .do({ type: 'question:ask', presenterId: 'p1', text: '第二个问题？' }, { actor: judge('j3') })
    .do({ type: 'question:edit', questionId: 'q1', text: '第一个问题（改）' })
    .do({ type: 'question:reorder', order: ['q2', 'q1', 'q3'] })
    .do({ type: 'question:merge', questionId: 'q3', intoId: 'q2' })
    .do({ type: 'question:show', questionId: 'q2' })
    .after(20 * SEC)
    .do({ type: 'question:answered', questionId: 'q2', summary: '已答复' })
    .do({ type: 'question:show', questionId: 'q1' })
    .do({ type: 'question:hide' })
    .do({ type: 'question:dismiss', questionId: 'q1' })
    .do({ type: 'bank:draw' }, { seed: 7 })
    .do({ type: 'comment:add', presenterId: 'p1', text: '汇报扎实' }, { actor: judge('j1') })
    .do({ type: 'comment:show', commentId: 'c1' })
    .do({ type: 'comment:add', presenterId: 'p1', text: '与汇报无关' }, { actor: judge('j2') })
    .do({ type: 'comment:hide', commentId: 'c2', reason: '与汇报无关' })
    .startTimer()
    .after(60 * SEC)
    .back('汇报未完')
    .startTimer()
    .after(10 * SEC)
    .qa()
    .after(30 * SEC)
    .open() // from Q&A; the hall's voting opens with it (perPresenter)
    .do({ type: 'appraisal:vote', choices: { p1: 'o1' } }, { actor: voter('h1') })
    .do({ type: 'appraisal:vote', choices: { p1: 'o2' } }, { actor: voter('h2') })
    .do({ type: 'appraisal:vote', choices: { p1: 'o3' } }, { actor: voter('h1') }) // changed
    .do({ type: 'appraisal:void', serial: 2, reason: '测评票遗失' })
    .scoreAll('p1', SHEETS_375)
    .submit('p1', 'j1', [26, 12.5])
    .lock()
    .open() // again, after a lock
    .after(SEC)
    .reveal()
    .back('亮分前核对')
    .after(SEC)
    .reveal()
    .next()
    .open() // scored, then sent back past the report: MarksDiscarded
    .scoreAll('p2', [[20, 10]])
    .back('还要提问')
    .back('汇报未完')
    .back('叫错了') // AppraisalWithdrawn with the MarksDiscarded
    .next()
    .do({ type: 'timer:reset' })
    .do({ type: 'presenter:absent', presenterId: 'p2' })
    .next()
    .startTimer()
    .after(90 * SEC)
    .open() // from the report
    .scoreAll('p3', [[30, 20], null, [10, 5]])
    .after(SEC)
    .reveal(true)
    .do({ type: 'score:correct', presenterId: 'p3', judgeId: 'j2', values: [15, 15], reason: '补录纸质评分' })
    .do({ type: 'report:correct', presenterId: 'p3', seconds: 88, reason: '计时器停晚了' });
  s.events.push({ type: 'JudgeLinkReissued', judgeId: 'j2', at: s.now });
  // Counted in a series set up after the evening began (PUT /api/contests/:id/series).
  s.events.push({ type: 'SeriesLinkChanged', series: { seriesId: 's1', tierId: 't1', periodId: 'm1' }, at: s.now });
  return s.finish().back('重新开放').show('ranking').finish();
}

/** A 评比 (kind "rating"): the events only it writes (RatingOpened), with the reveals and steps it shares. */
export function ratingReferenceShow() {
  const s = show(makeDef({ kind: 'rating' }));
  s.start()
    .do({ type: 'presenter:absent', presenterId: 'p2' })
    .do({ type: 'scoring:openAll' })
    .scoreAll('p3', SHEETS_375)
    .submit('p1', 'j2', [20, 10])
    .lock()
    .do({ type: 'scoring:openAll' })
    .do({ type: 'scoring:reveal', presenterId: 'p3' })
    .back('亮分前核对')
    .do({ type: 'scoring:revealAll', allowMissing: true });
  return s.finish();
}
