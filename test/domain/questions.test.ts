// 提问 · 答复: judges ask from their phones, the host moderates (edit, reorder, merge, dismiss)
// and puts one question at a time on the screen, the presenter answers under a timer.
// Also: bank draws, comments, the views of each role and the results document.
import { describe, expect, it } from 'vitest';
import type { ContestDefinition } from '../../shared/definition.ts';
import type { DomainEvent } from '../../shared/domain/events.ts';
import { replay } from '../../shared/domain/evolve.ts';
import { mulberry32 } from '../../shared/domain/prng.ts';
import { QUESTIONS_PER_MINUTE } from '../../shared/domain/questions.ts';
import type { Question, TimerState } from '../../shared/domain/state.ts';
import { resultsDocument } from '../../shared/results.ts';
import { allowedRoles, commandTypes } from '../../shared/protocol/index.ts';
import { hostView, judgeView, publicView } from '../../shared/views.ts';
import { baseInput, given, HOST, judge, makeDef, SEC, show, SHEETS_375, T0, type Show } from './given.ts';

// ── Helpers ───────────────────────────────────────────────────────────────────────────────────

/** A question as QuestionAsked carries it: waiting, nothing shown or answered yet. */
function question(q: Pick<Question, 'id' | 'presenterId' | 'text'> & Partial<Question>): Question {
  return {
    judgeId: null,
    source: 'judge',
    original: q.text,
    askedAt: T0,
    status: 'waiting',
    mergedInto: null,
    shownAt: null,
    firstShownAt: null,
    answeredAt: null,
    answerMs: null,
    summary: '',
    ...q,
  };
}

/** A judge asks through the real decide (at the Show's clock). */
function ask(h: Show, judgeId: string, text: string, presenterId = 'p1'): Show {
  return h.do({ type: 'question:ask', presenterId, text }, { actor: judge(judgeId) });
}

function answerTimer(seconds: number, at: number): TimerState {
  return { kind: 'answer', durationMs: seconds * SEC, running: true, endsAt: at + seconds * SEC, remainingMs: seconds * SEC };
}

/** The base definition with rules.questions set; judges j1 and j3 have titles, j2 has none. */
function qaDef(questions: { autoShow?: boolean; anonymous?: boolean; answerSeconds?: number | null } = {}): ContestDefinition {
  return makeDef({
    judges: [
      { name: '张评委', title: '县委书记' },
      { name: '李评委' },
      { name: '王评委', title: '县长' },
    ],
    rules: { ...baseInput.rules, questions },
  });
}

/** p1 on stage, in Q&A (timer stopped at 3:00). */
const inQa = (def?: ContestDefinition) => show(def).start().next('p1').qa();

describe('question:ask', () => {
  it('a judge asks during Q&A: the question waits in the host’s queue', () => {
    const h = inQa().at(T0 + 5 * SEC);
    const s = given(h.history())
      .when({ type: 'question:ask', presenterId: 'p1', text: '危房改造的资金从哪里来？' }, { actor: judge('j1'), now: T0 + 5 * SEC })
      .then([
        {
          type: 'QuestionAsked',
          question: question({ id: 'q1', presenterId: 'p1', judgeId: 'j1', text: '危房改造的资金从哪里来？', askedAt: T0 + 5 * SEC }),
        },
      ]);
    expect(s.questions).toHaveLength(1);
    expect(s.questions[0]).toMatchObject({ status: 'waiting', source: 'judge', original: '危房改造的资金从哪里来？', shownAt: null });
    expect(s.onScreen).toEqual({ question: null, comment: null });
  });

  it('numbers questions q1, q2, … across presenters', () => {
    const h = show().start().next('p1');
    ask(h, 'j1', '一', 'p1');
    ask(h, 'j2', '二', 'p2');
    ask(h, 'j3', '三', 'p3');
    expect(h.state.questions.map((q) => [q.id, q.presenterId])).toEqual([
      ['q1', 'p1'],
      ['q2', 'p2'],
      ['q3', 'p3'],
    ]);
  });

  it('a judge may ask during the report, and in advance for a presenter still waiting', () => {
    const h = show().start().next('p1');
    given(h.history())
      .when({ type: 'question:ask', presenterId: 'p1', text: '汇报中的问题' }, { actor: judge('j1') })
      .then([{ type: 'QuestionAsked', question: question({ id: 'q1', presenterId: 'p1', judgeId: 'j1', text: '汇报中的问题' }) }]);
    given(h.history())
      .when({ type: 'question:ask', presenterId: 'p3', text: '提前准备的问题' }, { actor: judge('j2') })
      .then([{ type: 'QuestionAsked', question: question({ id: 'q1', presenterId: 'p3', judgeId: 'j2', text: '提前准备的问题' }) }]);
    // Also before the first presenter is called.
    given(show().start().history())
      .when({ type: 'question:ask', presenterId: 'p2', text: '提前准备的问题' }, { actor: judge('j3') })
      .events();
  });

  it('a judge may name themself, never another judge', () => {
    given(inQa().history())
      .when({ type: 'question:ask', presenterId: 'p1', text: '本人', judgeId: 'j2' }, { actor: judge('j2') })
      .then([{ type: 'QuestionAsked', question: question({ id: 'q1', presenterId: 'p1', judgeId: 'j2', text: '本人' }) }]);
    given(inQa().history())
      .when({ type: 'question:ask', presenterId: 'p1', text: '冒名', judgeId: 'j1' }, { actor: judge('j2') })
      .thenFails('forbidden');
  });

  it('the host records a question for a judge, or on their own account', () => {
    given(inQa().history())
      .when({ type: 'question:ask', presenterId: 'p1', text: '代录', judgeId: 'j2' })
      .then([{ type: 'QuestionAsked', question: question({ id: 'q1', presenterId: 'p1', judgeId: 'j2', source: 'host', text: '代录' }) }]);
    given(inQa().history())
      .when({ type: 'question:ask', presenterId: 'p1', text: '主持人提问' })
      .then([{ type: 'QuestionAsked', question: question({ id: 'q1', presenterId: 'p1', judgeId: null, source: 'host', text: '主持人提问' }) }]);
  });

  it('the host asking on behalf of an unknown judge is not_found', () => {
    given(inQa().history()).when({ type: 'question:ask', presenterId: 'p1', text: '代录', judgeId: 'j9' }).thenFails('not_found');
  });

  it('an unknown presenter is not_found', () => {
    given(inQa().history()).when({ type: 'question:ask', presenterId: 'p9', text: '？' }, { actor: judge('j1') }).thenFails('not_found');
  });

  it('asking for a presenter whose Q&A is over is not_current', () => {
    const scoring = inQa().open();
    given(scoring.history()).when({ type: 'question:ask', presenterId: 'p1', text: '晚了' }, { actor: judge('j1') }).thenFails('not_current');
    const done = show().start().turn('p1', SHEETS_375).next('p2');
    given(done.history()).when({ type: 'question:ask', presenterId: 'p1', text: '晚了' }, { actor: judge('j1') }).thenFails('not_current');
    const absent = show().start().do({ type: 'presenter:absent', presenterId: 'p2' });
    given(absent.history()).when({ type: 'question:ask', presenterId: 'p2', text: '缺席' }, { actor: judge('j1') }).thenFails('not_current');
    // The host cannot slip one in afterwards either.
    given(done.history()).when({ type: 'question:ask', presenterId: 'p1', text: '晚了', judgeId: 'j1' }).thenFails('not_current');
  });

  it('nothing can be asked once the contest is finished', () => {
    const h = show().start().turn('p1', SHEETS_375).turn('p2', SHEETS_375).turn('p3', SHEETS_375).finish();
    given(h.history()).when({ type: 'question:ask', presenterId: 'p3', text: '？' }, { actor: judge('j1') }).thenFails('wrong_state');
  });

  it('stores HTML and script text as it is', () => {
    const text = '<script>alert(1)</script><b>&amp;</b>';
    const s = ask(inQa(), 'j1', text).state;
    expect(s.questions[0]?.text).toBe(text);
    expect(s.questions[0]?.original).toBe(text);
  });
});

describe('rate limit: at most 3 questions a minute per judge', () => {
  it('the limit is 3', () => {
    expect(QUESTIONS_PER_MINUTE).toBe(3);
  });

  it('refuses a 4th question within 60 s and allows it again after 60 s', () => {
    const h = inQa();
    ask(h.at(T0), 'j1', '一');
    ask(h.at(T0 + 10 * SEC), 'j1', '二');
    ask(h.at(T0 + 20 * SEC), 'j1', '三');
    const cmd = { type: 'question:ask', presenterId: 'p1', text: '四' } as const;
    given(h.history()).when(cmd, { actor: judge('j1'), now: T0 + 30 * SEC }).thenFails('rate_limited');
    given(h.history()).when(cmd, { actor: judge('j1'), now: T0 + 60 * SEC - 1 }).thenFails('rate_limited');
    given(h.history()).when(cmd, { actor: judge('j1'), now: T0 + 60 * SEC }).events();
    // A refused question leaves no trace.
    expect(h.state.questions).toHaveLength(3);
  });

  it('counts questions for every presenter (asked in advance too), one judge at a time', () => {
    const h = show().start().next('p1');
    ask(h, 'j1', '一', 'p1');
    ask(h, 'j1', '二', 'p2');
    ask(h, 'j1', '三', 'p3');
    given(h.history()).when({ type: 'question:ask', presenterId: 'p1', text: '四' }, { actor: judge('j1') }).thenFails('rate_limited');
    // Other judges are not affected, nor is the host typing for j1.
    given(h.history()).when({ type: 'question:ask', presenterId: 'p1', text: '四' }, { actor: judge('j2') }).events();
    given(h.history()).when({ type: 'question:ask', presenterId: 'p1', text: '四', judgeId: 'j1' }, { actor: HOST }).events();
  });
});

describe('the life cycle ask → show → answered', () => {
  it('moves waiting → shown → answered with the times and the summary', () => {
    const h = inQa().startTimer();
    ask(h.at(T0 + 5 * SEC), 'j1', '村级活动场所建设进度如何？');

    const shown = given(h.history())
      .when({ type: 'question:show', questionId: 'q1' }, { now: T0 + 10 * SEC })
      .then([{ type: 'QuestionShown', questionId: 'q1', at: T0 + 10 * SEC, timer: null }]);
    expect(shown.questions[0]).toMatchObject({ status: 'shown', shownAt: T0 + 10 * SEC, answeredAt: null, answerMs: null });
    expect(shown.onScreen).toEqual({ question: 'q1', comment: null });
    // Without answerSeconds the Q&A timer keeps running for the answer.
    expect(shown.timer).toMatchObject({ kind: 'qa', running: true, endsAt: T0 + 180 * SEC });
    expect(judgeView(shown, 'j1').myQuestions[0]?.status).toBe('shown');

    h.at(T0 + 10 * SEC).do({ type: 'question:show', questionId: 'q1' });
    const answered = given(h.history())
      .when({ type: 'question:answered', questionId: 'q1', summary: '已完成 80%，年底前全部完工' }, { now: T0 + 55 * SEC })
      .then([{ type: 'QuestionAnswered', questionId: 'q1', at: T0 + 55 * SEC, answerMs: 45 * SEC, summary: '已完成 80%，年底前全部完工' }]);
    expect(answered.questions[0]).toMatchObject({
      status: 'answered',
      shownAt: T0 + 10 * SEC,
      answeredAt: T0 + 55 * SEC,
      answerMs: 45 * SEC,
      summary: '已完成 80%，年底前全部完工',
    });
    expect(answered.onScreen).toEqual({ question: null, comment: null });
    expect(answered.timer).toMatchObject({ kind: 'qa', running: true });
    expect(judgeView(answered, 'j1').myQuestions[0]?.status).toBe('answered');
  });

  it('a question on screen when the host moves on to scoring waits again, and its asker still reads it was shown', () => {
    const h = ask(inQa().startTimer(), 'j1', '问');
    expect(judgeView(h.state, 'j1').myQuestions[0]).toMatchObject({ status: 'waiting', wasShown: false });
    h.do({ type: 'question:show', questionId: 'q1' }).open();
    expect(h.state.questions[0]).toMatchObject({ status: 'waiting', shownAt: null });
    expect(judgeView(h.state, 'j1').myQuestions[0]).toMatchObject({ status: 'waiting', wasShown: true });
  });

  it('the summary is optional', () => {
    const h = ask(inQa(), 'j1', '问').do({ type: 'question:show', questionId: 'q1' });
    given(h.history())
      .when({ type: 'question:answered', questionId: 'q1' }, { now: T0 + 7 * SEC })
      .then([{ type: 'QuestionAnswered', questionId: 'q1', at: T0 + 7 * SEC, answerMs: 7 * SEC, summary: '' }]);
  });

  it('the answer ends when the host pressed 已答复, not when the summary was typed', () => {
    const h = ask(inQa(), 'j1', '问');
    h.at(T0 + 10 * SEC).do({ type: 'question:show', questionId: 'q1' });
    const answered = (endedAt: number) => given(h.history()).when({ type: 'question:answered', questionId: 'q1', endedAt }, { now: T0 + 60 * SEC });
    // Pressed at 0:10 into the answer, summary sent 40 s later: 0:10 is recorded, as the dialog showed.
    answered(T0 + 20 * SEC).then([{ type: 'QuestionAnswered', questionId: 'q1', at: T0 + 60 * SEC, answerMs: 10 * SEC, summary: '' }]);
    // A host clock ahead of the server's cannot make it later than the arrival, nor earlier than the show.
    expect(answered(T0 + 90 * SEC).after().questions[0]?.answerMs).toBe(50 * SEC);
    expect(answered(T0).after().questions[0]?.answerMs).toBe(0);
  });

  it('answer time counts from the latest time the question went up', () => {
    const h = ask(inQa(), 'j1', '问');
    h.at(T0 + 10 * SEC).do({ type: 'question:show', questionId: 'q1' });
    h.at(T0 + 20 * SEC).do({ type: 'question:hide' });
    expect(h.state.questions[0]).toMatchObject({ status: 'waiting', shownAt: null });
    h.at(T0 + 50 * SEC).do({ type: 'question:show', questionId: 'q1' });
    const s = given(h.history()).when({ type: 'question:answered', questionId: 'q1' }, { now: T0 + 62 * SEC }).after();
    expect(s.questions[0]?.answerMs).toBe(12 * SEC);
  });

  it('an answered, dismissed or merged question cannot be answered again', () => {
    const h = ask(ask(ask(inQa(), 'j1', '一'), 'j2', '二'), 'j3', '三')
      .do({ type: 'question:show', questionId: 'q1' })
      .do({ type: 'question:answered', questionId: 'q1' })
      .do({ type: 'question:dismiss', questionId: 'q2' })
      .do({ type: 'question:merge', questionId: 'q3', intoId: 'q1' });
    for (const id of ['q1', 'q2', 'q3']) given(h.history()).when({ type: 'question:answered', questionId: id }).thenFails('wrong_state');
    given(h.history()).when({ type: 'question:answered', questionId: 'q9' }).thenFails('not_found');
  });

  it('a question answered without going on screen has no answer time', () => {
    const h = ask(inQa(), 'j1', '口头答复');
    const s = given(h.history())
      .when({ type: 'question:answered', questionId: 'q1', summary: '当场口头答复' }, { now: T0 + 9 * SEC })
      .then([{ type: 'QuestionAnswered', questionId: 'q1', at: T0 + 9 * SEC, answerMs: null, summary: '当场口头答复' }]);
    expect(s.questions[0]).toMatchObject({ status: 'answered', shownAt: null, answeredAt: T0 + 9 * SEC, answerMs: null });
    expect(resultsDocument(s).presenters[0]?.questions[0]).toMatchObject({ answerSeconds: null, summary: '当场口头答复' });
  });

  it('question:hide takes the question down and back to the queue', () => {
    const h = ask(inQa(), 'j1', '问').do({ type: 'question:show', questionId: 'q1' });
    const s = given(h.history()).when({ type: 'question:hide' }).then([{ type: 'QuestionHidden', questionId: 'q1' }]);
    expect(s.onScreen.question).toBeNull();
    expect(s.questions[0]).toMatchObject({ status: 'waiting', shownAt: null });
    expect(publicView(s).stage).toBe('presenter');
    given([...h.history(), { type: 'QuestionHidden', questionId: 'q1' }]).when({ type: 'question:hide' }).thenFails('wrong_state');
    given(inQa().history()).when({ type: 'question:hide' }).thenFails('wrong_state');
  });
});

describe('question:show', () => {
  it('takes down the question on screen first: QuestionHidden, then QuestionShown', () => {
    const h = ask(ask(inQa(), 'j1', '一'), 'j2', '二').do({ type: 'question:show', questionId: 'q1' });
    const s = given(h.history())
      .when({ type: 'question:show', questionId: 'q2' }, { now: T0 + 30 * SEC })
      .then([
        { type: 'QuestionHidden', questionId: 'q1' },
        { type: 'QuestionShown', questionId: 'q2', at: T0 + 30 * SEC, timer: null },
      ]);
    expect(s.onScreen.question).toBe('q2');
    expect(s.questions.map((q) => [q.id, q.status])).toEqual([
      ['q1', 'waiting'],
      ['q2', 'shown'],
    ]);
    expect(s.questions.filter((q) => q.status === 'shown')).toHaveLength(1);
  });

  it('is refused for a question already on screen or already dealt with', () => {
    const h = ask(ask(ask(inQa(), 'j1', '一'), 'j2', '二'), 'j3', '三').do({ type: 'question:show', questionId: 'q1' });
    given(h.history()).when({ type: 'question:show', questionId: 'q1' }).thenFails('wrong_state');
    h.do({ type: 'question:answered', questionId: 'q1' }).do({ type: 'question:dismiss', questionId: 'q2' }).do({ type: 'question:merge', questionId: 'q3', intoId: 'q1' });
    for (const id of ['q1', 'q2', 'q3']) given(h.history()).when({ type: 'question:show', questionId: id }).thenFails('wrong_state');
    given(h.history()).when({ type: 'question:show', questionId: 'q9' }).thenFails('not_found');
  });

  it('is refused outside the current presenter’s Q&A phase', () => {
    // During the report.
    const report = ask(show().start().next('p1'), 'j1', '一');
    given(report.history()).when({ type: 'question:show', questionId: 'q1' }).thenFails('wrong_state');
    // A question for a presenter who is still waiting, during p1's Q&A.
    const other = ask(inQa(), 'j1', '给下一位', 'p2');
    given(other.history()).when({ type: 'question:show', questionId: 'q1' }).thenFails('wrong_state');
    // Scoring has begun.
    const scoring = ask(inQa(), 'j1', '一').open();
    given(scoring.history()).when({ type: 'question:show', questionId: 'q1' }).thenFails('wrong_state');
    // Before anyone is on stage.
    const before = ask(show().start(), 'j1', '一', 'p1');
    given(before.history()).when({ type: 'question:show', questionId: 'q1' }).thenFails('wrong_state');
  });

  it('a question asked in advance can be shown once its presenter reaches Q&A', () => {
    const h = ask(show().start(), 'j1', '提前', 'p2').turn('p1', SHEETS_375).next('p2').qa();
    given(h.history())
      .when({ type: 'question:show', questionId: 'q1' }, { now: T0 })
      .then([{ type: 'QuestionShown', questionId: 'q1', at: T0, timer: null }]);
  });
});

describe('question:edit keeps the original', () => {
  it('fixes a typo and keeps the text as first asked', () => {
    const h = ask(inQa(), 'j1', '村集体经挤收入多少？');
    const s = given(h.history())
      .when({ type: 'question:edit', questionId: 'q1', text: '村集体经济收入多少？' }, { now: T0 + 3 * SEC })
      .then([{ type: 'QuestionEdited', questionId: 'q1', text: '村集体经济收入多少？', at: T0 + 3 * SEC }]);
    expect(s.questions[0]).toMatchObject({ text: '村集体经济收入多少？', original: '村集体经挤收入多少？', status: 'waiting' });
    // A second edit still keeps the very first text.
    h.do({ type: 'question:edit', questionId: 'q1', text: '村集体经济收入多少？' });
    const s2 = given(h.history()).when({ type: 'question:edit', questionId: 'q1', text: '村集体经济年收入多少？' }).after();
    expect(s2.questions[0]).toMatchObject({ text: '村集体经济年收入多少？', original: '村集体经挤收入多少？' });
    // The judge sees the corrected text.
    expect(judgeView(s2, 'j1').myQuestions[0]?.text).toBe('村集体经济年收入多少？');
  });

  it('refuses an edit that changes nothing, and an unknown question', () => {
    const h = ask(inQa(), 'j1', '问');
    given(h.history()).when({ type: 'question:edit', questionId: 'q1', text: '问' }).thenFails('wrong_state');
    given(h.history()).when({ type: 'question:edit', questionId: 'q7', text: '问' }).thenFails('not_found');
  });
});

describe('question:reorder', () => {
  const three = () => ask(ask(ask(inQa(), 'j1', '一'), 'j2', '二'), 'j3', '三');

  it('puts the whole queue in a new order', () => {
    const s = given(three().history())
      .when({ type: 'question:reorder', order: ['q3', 'q1', 'q2'] })
      .then([{ type: 'QuestionsReordered', order: ['q3', 'q1', 'q2'] }]);
    expect(s.questions.map((q) => q.id)).toEqual(['q3', 'q1', 'q2']);
    expect(s.questions.map((q) => q.text)).toEqual(['三', '一', '二']);
  });

  it('a partial list swaps those questions within the places they held', () => {
    const s = given(three().history())
      .when({ type: 'question:reorder', order: ['q3', 'q1'] })
      .then([{ type: 'QuestionsReordered', order: ['q3', 'q2', 'q1'] }]);
    expect(s.questions.map((q) => q.id)).toEqual(['q3', 'q2', 'q1']);
  });

  it('refuses unknown or repeated ids', () => {
    given(three().history()).when({ type: 'question:reorder', order: ['q1', 'q9'] }).thenFails('invalid');
    given(three().history()).when({ type: 'question:reorder', order: ['q1', 'q1', 'q2'] }).thenFails('invalid');
  });

  it('new questions go to the end of a reordered queue', () => {
    const h = three().do({ type: 'question:reorder', order: ['q3', 'q2', 'q1'] });
    expect(ask(h, 'j1', '四').state.questions.map((q) => q.id)).toEqual(['q3', 'q2', 'q1', 'q4']);
  });
});

describe('question:merge', () => {
  it('merges a waiting duplicate into another question of the same presenter', () => {
    const h = ask(ask(inQa(), 'j1', '资金来源？'), 'j2', '钱从哪来？');
    const s = given(h.history())
      .when({ type: 'question:merge', questionId: 'q2', intoId: 'q1' })
      .then([{ type: 'QuestionMerged', questionId: 'q2', intoId: 'q1' }]);
    expect(s.questions[1]).toMatchObject({ status: 'merged', mergedInto: 'q1' });
    expect(s.questions[0]).toMatchObject({ status: 'waiting', mergedInto: null });
    expect(judgeView(s, 'j2').myQuestions[0]?.status).toBe('merged');
  });

  it('may merge into the question on screen or already answered', () => {
    const h = ask(ask(inQa(), 'j1', '一'), 'j2', '一？').do({ type: 'question:show', questionId: 'q1' });
    given(h.history()).when({ type: 'question:merge', questionId: 'q2', intoId: 'q1' }).events();
    h.do({ type: 'question:answered', questionId: 'q1' });
    given(h.history()).when({ type: 'question:merge', questionId: 'q2', intoId: 'q1' }).events();
  });

  it('only within the same presenter, and not into itself', () => {
    const h = ask(ask(inQa(), 'j1', '一', 'p1'), 'j2', '一', 'p2');
    given(h.history()).when({ type: 'question:merge', questionId: 'q2', intoId: 'q1' }).thenFails('invalid');
    given(h.history()).when({ type: 'question:merge', questionId: 'q1', intoId: 'q1' }).thenFails('invalid');
    given(h.history()).when({ type: 'question:merge', questionId: 'q1', intoId: 'q9' }).thenFails('not_found');
  });

  it('only a waiting question can be merged, and only into a live one', () => {
    const h = ask(ask(ask(ask(inQa(), 'j1', '一'), 'j2', '二'), 'j3', '三'), 'j1', '四')
      .do({ type: 'question:show', questionId: 'q1' })
      .do({ type: 'question:dismiss', questionId: 'q3' })
      .do({ type: 'question:merge', questionId: 'q4', intoId: 'q2' });
    // q1 is on screen.
    given(h.history()).when({ type: 'question:merge', questionId: 'q1', intoId: 'q2' }).thenFails('wrong_state');
    // into a dismissed or a merged question.
    given(h.history()).when({ type: 'question:merge', questionId: 'q2', intoId: 'q3' }).thenFails('wrong_state');
    given(h.history()).when({ type: 'question:merge', questionId: 'q2', intoId: 'q4' }).thenFails('wrong_state');
    // an already merged or answered question.
    given(h.history()).when({ type: 'question:merge', questionId: 'q4', intoId: 'q1' }).thenFails('wrong_state');
    h.do({ type: 'question:answered', questionId: 'q1' });
    given(h.history()).when({ type: 'question:merge', questionId: 'q1', intoId: 'q2' }).thenFails('wrong_state');
  });
});

describe('question:dismiss', () => {
  it('sets a waiting question aside (not used)', () => {
    const h = ask(inQa(), 'j1', '离题');
    const s = given(h.history()).when({ type: 'question:dismiss', questionId: 'q1' }).then([{ type: 'QuestionDismissed', questionId: 'q1' }]);
    expect(s.questions[0]?.status).toBe('dismissed');
    expect(judgeView(s, 'j1').myQuestions[0]?.status).toBe('dismissed');
  });

  it('dismissing the question on screen clears the screen', () => {
    const h = ask(inQa(), 'j1', '问').do({ type: 'question:show', questionId: 'q1' });
    expect(publicView(h.state).stage).toBe('question');
    const s = given(h.history()).when({ type: 'question:dismiss', questionId: 'q1' }).then([{ type: 'QuestionDismissed', questionId: 'q1' }]);
    expect(s.onScreen.question).toBeNull();
    expect(s.questions[0]?.status).toBe('dismissed');
    expect(publicView(s).stage).toBe('presenter');
    expect(publicView(s).qa.question).toBeNull();
  });

  it('dismissing a waiting question leaves the one on screen up', () => {
    const h = ask(ask(inQa(), 'j1', '一'), 'j2', '二').do({ type: 'question:show', questionId: 'q1' });
    const s = given(h.history()).when({ type: 'question:dismiss', questionId: 'q2' }).after();
    expect(s.onScreen.question).toBe('q1');
  });

  it('refuses a question already dealt with', () => {
    const h = ask(ask(inQa(), 'j1', '一'), 'j2', '二').do({ type: 'question:dismiss', questionId: 'q1' }).do({ type: 'question:show', questionId: 'q2' }).do({ type: 'question:answered', questionId: 'q2' });
    given(h.history()).when({ type: 'question:dismiss', questionId: 'q1' }).thenFails('wrong_state');
    given(h.history()).when({ type: 'question:dismiss', questionId: 'q2' }).thenFails('wrong_state');
    given(h.history()).when({ type: 'question:dismiss', questionId: 'q3' }).thenFails('not_found');
  });
});

describe('rules.questions.answerSeconds: a countdown per answer', () => {
  const def = qaDef({ answerSeconds: 60 });

  it('QuestionShown carries a running answer timer that replaces the Q&A timer on screen', () => {
    const h = ask(inQa(def), 'j1', '问');
    const s = given(h.history())
      .when({ type: 'question:show', questionId: 'q1' }, { now: T0 + 10 * SEC })
      .then([{ type: 'QuestionShown', questionId: 'q1', at: T0 + 10 * SEC, timer: answerTimer(60, T0 + 10 * SEC) }]);
    expect(s.timer).toEqual(answerTimer(60, T0 + 10 * SEC));
    expect(publicView(s).timer).toMatchObject({ kind: 'answer', running: true, endsAt: T0 + 70 * SEC });
  });

  it('each question shown gets a fresh countdown', () => {
    const h = ask(ask(inQa(def), 'j1', '一'), 'j2', '二');
    h.at(T0 + 10 * SEC).do({ type: 'question:show', questionId: 'q1' });
    given(h.history())
      .when({ type: 'question:show', questionId: 'q2' }, { now: T0 + 40 * SEC })
      .then([
        { type: 'QuestionHidden', questionId: 'q1' },
        { type: 'QuestionShown', questionId: 'q2', at: T0 + 40 * SEC, timer: answerTimer(60, T0 + 40 * SEC) },
      ]);
  });

  it.each([
    ['answered', { type: 'question:answered', questionId: 'q1' }],
    ['hidden', { type: 'question:hide' }],
    ['dismissed', { type: 'question:dismiss', questionId: 'q1' }],
  ] as const)('the answer timer goes when the question is %s', (_, command) => {
    const h = ask(inQa(def), 'j1', '问').do({ type: 'question:show', questionId: 'q1' });
    expect(h.state.timer?.kind).toBe('answer');
    const s = given(h.history()).when(command).after();
    expect(s.timer?.kind).not.toBe('answer');
    expect(s.onScreen.question).toBeNull();
  });

  it('the answer countdown gets only the warnings shorter than itself', () => {
    const h = ask(inQa(def), 'j1', '问').do({ type: 'question:show', questionId: 'q1' });
    // Default warnings are at 60 s and 30 s; a 60 s countdown keeps only the 30 s one.
    expect(publicView(h.state).timer?.warnAtSeconds).toEqual([30]);
  });

  it('the answer time is still measured from shownAt, not from the timer', () => {
    const h = ask(inQa(def), 'j1', '问');
    h.at(T0 + 10 * SEC).do({ type: 'question:show', questionId: 'q1' });
    h.addTime(30);
    given(h.history())
      .when({ type: 'question:answered', questionId: 'q1', summary: '答' }, { now: T0 + 85 * SEC })
      .then([{ type: 'QuestionAnswered', questionId: 'q1', at: T0 + 85 * SEC, answerMs: 75 * SEC, summary: '答' }]);
  });

  it.each([
    ['answered', { type: 'question:answered', questionId: 'q1' }],
    ['hidden', { type: 'question:hide' }],
    ['dismissed', { type: 'question:dismiss', questionId: 'q1' }],
  ] as const)('the Q&A countdown it replaced comes back, still counting, when the question is %s', (_, command) => {
    const h = ask(inQa(def), 'j1', '问').startTimer(); // Q&A timer running: ends at T0 + 180 s
    h.at(T0 + 10 * SEC).do({ type: 'question:show', questionId: 'q1' });
    expect(h.state.timer).toEqual(answerTimer(60, T0 + 10 * SEC));
    h.at(T0 + 40 * SEC).do(command);
    expect(h.state.timer).toMatchObject({ kind: 'qa', running: true, endsAt: T0 + 180 * SEC, durationMs: 180 * SEC });
    // The host can still pause it, and scoring records the Q&A time used.
    h.at(T0 + 50 * SEC).pauseTimer();
    expect(h.state.timer).toMatchObject({ kind: 'qa', running: false, remainingMs: 130 * SEC });
    h.open();
    expect(h.state.presenters.p1?.qaUsedMs).toBe(50 * SEC);
  });

  it('showing one question after another keeps the Q&A countdown, not the previous answer countdown', () => {
    const h = ask(ask(inQa(def), 'j1', '一'), 'j2', '二').startTimer();
    h.at(T0 + 10 * SEC).do({ type: 'question:show', questionId: 'q1' });
    h.at(T0 + 30 * SEC).do({ type: 'question:show', questionId: 'q2' });
    expect(h.state.timer).toEqual(answerTimer(60, T0 + 30 * SEC));
    h.at(T0 + 60 * SEC).do({ type: 'question:answered', questionId: 'q2' });
    expect(h.state.timer).toMatchObject({ kind: 'qa', running: true, endsAt: T0 + 180 * SEC });
  });

  it('replay gives the same timers as the live state', () => {
    const h = ask(ask(inQa(def), 'j1', '一'), 'j2', '二').startTimer();
    h.at(T0 + 10 * SEC).do({ type: 'question:show', questionId: 'q1' });
    h.at(T0 + 30 * SEC).do({ type: 'question:show', questionId: 'q2' });
    expect(replay(h.history())).toEqual(h.state);
    h.at(T0 + 60 * SEC).do({ type: 'question:answered', questionId: 'q2' });
    expect(replay(h.history())).toEqual(h.state);
  });
});

describe('rules.questions.autoShow: questions go straight to the screen in arrival order', () => {
  const def = qaDef({ autoShow: true });

  it('the first question asked in Q&A goes up at once; the next waits', () => {
    const h = inQa(def);
    given(h.history())
      .when({ type: 'question:ask', presenterId: 'p1', text: '一' }, { actor: judge('j1'), now: T0 + 5 * SEC })
      .then([
        { type: 'QuestionAsked', question: question({ id: 'q1', presenterId: 'p1', judgeId: 'j1', text: '一', askedAt: T0 + 5 * SEC }) },
        { type: 'QuestionShown', questionId: 'q1', at: T0 + 5 * SEC, timer: null },
      ]);
    h.at(T0 + 5 * SEC);
    ask(h, 'j1', '一');
    given(h.history())
      .when({ type: 'question:ask', presenterId: 'p1', text: '二' }, { actor: judge('j2'), now: T0 + 8 * SEC })
      .then([{ type: 'QuestionAsked', question: question({ id: 'q2', presenterId: 'p1', judgeId: 'j2', text: '二', askedAt: T0 + 8 * SEC }) }]);
  });

  it('the next waiting question goes up when the one on screen is answered', () => {
    const h = inQa(def);
    ask(h.at(T0 + 5 * SEC), 'j1', '一');
    ask(h.at(T0 + 8 * SEC), 'j2', '二');
    ask(h.at(T0 + 9 * SEC), 'j3', '三');
    const s = given(h.history())
      .when({ type: 'question:answered', questionId: 'q1', summary: '答一' }, { now: T0 + 40 * SEC })
      .then([
        { type: 'QuestionAnswered', questionId: 'q1', at: T0 + 40 * SEC, answerMs: 35 * SEC, summary: '答一' },
        { type: 'QuestionShown', questionId: 'q2', at: T0 + 40 * SEC, timer: null },
      ]);
    expect(s.onScreen.question).toBe('q2');
    expect(publicView(s).qa.question?.text).toBe('二');
    expect(s.questions.map((q) => q.status)).toEqual(['answered', 'shown', 'waiting']);
  });

  it('questions asked during the report go up, first come first, as soon as Q&A begins', () => {
    const h = show(def).start().next('p1');
    ask(h.at(T0 + 5 * SEC), 'j1', '汇报中问一');
    ask(h.at(T0 + 6 * SEC), 'j2', '汇报中问二');
    expect(h.state.onScreen.question).toBeNull();
    const s = given(h.history())
      .when({ type: 'phase:qa' }, { now: T0 + 300 * SEC })
      .then([
        { type: 'QaStarted', presenterId: 'p1', reportUsedMs: 0, overtimeMs: 0, reportDurationMs: 300 * SEC, timer: { kind: 'qa', durationMs: 180 * SEC, running: false, endsAt: null, remainingMs: 180 * SEC } },
        { type: 'QuestionShown', questionId: 'q1', at: T0 + 300 * SEC, timer: null },
      ]);
    expect(publicView(s).stage).toBe('question');
    expect(publicView(s).qa.question?.text).toBe('汇报中问一');
  });

  it('with answerSeconds the auto-shown question gets its countdown', () => {
    const h = inQa(qaDef({ autoShow: true, answerSeconds: 30 }));
    given(h.history())
      .when({ type: 'question:ask', presenterId: 'p1', text: '一' }, { actor: judge('j1'), now: T0 + 5 * SEC })
      .then([
        { type: 'QuestionAsked', question: question({ id: 'q1', presenterId: 'p1', judgeId: 'j1', text: '一', askedAt: T0 + 5 * SEC }) },
        { type: 'QuestionShown', questionId: 'q1', at: T0 + 5 * SEC, timer: answerTimer(30, T0 + 5 * SEC) },
      ]);
  });

  it('nothing goes up outside Q&A: during the report, or for a presenter not on stage', () => {
    const report = show(def).start().next('p1');
    given(report.history())
      .when({ type: 'question:ask', presenterId: 'p1', text: '一' }, { actor: judge('j1') })
      .then([{ type: 'QuestionAsked', question: question({ id: 'q1', presenterId: 'p1', judgeId: 'j1', text: '一' }) }]);
    given(inQa(def).history())
      .when({ type: 'question:ask', presenterId: 'p2', text: '下一位' }, { actor: judge('j1') })
      .then([{ type: 'QuestionAsked', question: question({ id: 'q1', presenterId: 'p2', judgeId: 'j1', text: '下一位' }) }]);
  });

  it('without autoShow nothing goes up by itself', () => {
    const h = ask(ask(inQa(), 'j1', '一'), 'j2', '二');
    expect(h.state.onScreen.question).toBeNull();
    h.do({ type: 'question:show', questionId: 'q1' });
    given(h.history())
      .when({ type: 'question:answered', questionId: 'q1' }, { now: T0 + 10 * SEC })
      .then([{ type: 'QuestionAnswered', questionId: 'q1', at: T0 + 10 * SEC, answerMs: 10 * SEC, summary: '' }]);
  });

  it('a question left on screen when scoring opened does not block auto-show for the next presenter', () => {
    const h = inQa(def);
    ask(h, 'j1', '一'); // goes up
    h.open().scoreAll('p1', SHEETS_375).reveal().next('p2').qa();
    given(h.history())
      .when({ type: 'question:ask', presenterId: 'p2', text: '给第二位' }, { actor: judge('j2'), now: T0 })
      .then([
        { type: 'QuestionAsked', question: question({ id: 'q2', presenterId: 'p2', judgeId: 'j2', text: '给第二位', askedAt: T0 }) },
        { type: 'QuestionShown', questionId: 'q2', at: T0, timer: null },
      ]);
  });
});

describe('leaving Q&A with a question on screen', () => {
  it('opening scoring takes the question off the screen', () => {
    const h = ask(inQa(), 'j1', '问').do({ type: 'question:show', questionId: 'q1' }).open();
    expect(h.state.onScreen.question).toBeNull();
    expect(publicView(h.state).stage).toBe('scoring');
    expect(publicView(h.state).qa.question).toBeNull();
  });

  it('after stepping back from scoring to Q&A the question that was up can be shown again', () => {
    const h = ask(inQa(), 'j1', '问').do({ type: 'question:show', questionId: 'q1' }).open().back('继续提问');
    expect(h.state.presenters.p1?.phase).toBe('qa');
    expect(h.state.onScreen.question).toBeNull();
    given(h.history()).when({ type: 'question:show', questionId: 'q1' }).events();
  });

  // Regression: flow:back used to leave the question on screen while the stage went back.
  it('stepping back from Q&A to the report takes the question on screen down', () => {
    const h = ask(inQa(qaDef({ answerSeconds: 60 })), 'j1', '问').startTimer();
    h.at(T0 + 10 * SEC).do({ type: 'question:show', questionId: 'q1' });
    h.at(T0 + 20 * SEC).back('汇报未完');
    expect(h.state.presenters.p1?.phase).toBe('report');
    expect(h.state.onScreen.question).toBeNull();
    expect(judgeView(h.state, 'j1').myQuestions[0]?.status).toBe('waiting');
  });

  it('the judge no longer sees the question as on screen once scoring opened', () => {
    const h = ask(inQa(), 'j1', '问').do({ type: 'question:show', questionId: 'q1' }).open();
    expect(judgeView(h.state, 'j1').myQuestions[0]?.status).not.toBe('shown');
  });
});

describe('the question bank', () => {
  const BANK = ['如何巩固脱贫攻坚成果？', '村级集体经济如何增收？', '基层党组织如何发挥战斗堡垒作用？', '农村危房改造还有哪些难点？'];
  const loaded = (def?: ContestDefinition) => inQa(def).do({ type: 'bank:load', questions: BANK });
  /** The entry bank:draw picks with `seed` among the entries not drawn yet. */
  const expectedIndex = (left: number[], seed: number) => left[Math.floor(mulberry32(seed)() * left.length)];

  it('bank:load stores the questions, none drawn', () => {
    const s = given(inQa().history()).when({ type: 'bank:load', questions: BANK }).then([{ type: 'BankLoaded', questions: BANK }]);
    expect(s.bank).toEqual(BANK.map((text) => ({ text, drawn: false })));
    expect(publicView(s).qa.bankRemaining).toBe(4);
    expect(hostView(s, new Set()).bank).toHaveLength(4);
  });

  it('bank:draw picks the entry the seed gives, stores the index and puts it on screen', () => {
    const h = loaded();
    const index = expectedIndex([0, 1, 2, 3], 42) as number;
    const text = BANK[index] as string;
    const q = question({ id: 'q1', presenterId: 'p1', judgeId: null, source: 'bank', text, askedAt: T0 + 20 * SEC });
    const s = given(h.history())
      .when({ type: 'bank:draw' }, { seed: 42, now: T0 + 20 * SEC })
      .then([
        { type: 'BankDrawn', index, seed: 42, question: q },
        { type: 'QuestionShown', questionId: 'q1', at: T0 + 20 * SEC, timer: null },
      ]);
    expect(s.bank[index]).toEqual({ text, drawn: true });
    expect(s.bank.filter((b) => b.drawn)).toHaveLength(1);
    expect(s.questions[0]).toMatchObject({ source: 'bank', status: 'shown', text });
    const pub = publicView(s);
    expect(pub.stage).toBe('question');
    expect(pub.qa.question).toEqual({ id: 'q1', text, asker: null, source: 'bank' });
    expect(pub.qa.bankRemaining).toBe(3);
  });

  it('the same seed on the same state draws the same entry; replay needs only the stored index', () => {
    const h = loaded();
    const a = given(h.history()).when({ type: 'bank:draw' }, { seed: 7 }).events();
    const b = given(h.history()).when({ type: 'bank:draw' }, { seed: 7 }).events();
    expect(a).toEqual(b);
    h.do({ type: 'bank:draw' }, { seed: 7 });
    const live = h.state;
    expect(replay(h.history())).toEqual(live);
    // Replay does not recompute the draw: a log whose seed field says something else still
    // gives the same state, because evolve uses the stored index.
    const tampered = h.history().map((e): DomainEvent => (e.type === 'BankDrawn' ? { ...e, seed: e.seed + 12345 } : e));
    expect(replay(tampered)).toEqual(live);
  });

  it('never draws an entry twice, and refuses when the bank is used up', () => {
    const h = loaded();
    const drawn: number[] = [];
    for (let i = 0; i < BANK.length; i++) {
      // Always the same seed: only the entries left can come out.
      h.after(30 * SEC).do({ type: 'bank:draw' }, { seed: 99 });
      const e = [...h.events].reverse().find((x) => x.type === 'BankDrawn');
      if (e?.type !== 'BankDrawn') throw new Error('no BankDrawn');
      drawn.push(e.index);
    }
    expect([...drawn].sort()).toEqual([0, 1, 2, 3]);
    expect(h.state.bank.every((b) => b.drawn)).toBe(true);
    expect(publicView(h.state).qa.bankRemaining).toBe(0);
    given(h.history()).when({ type: 'bank:draw' }, { seed: 99 }).thenFails('wrong_state');
  });

  it('a second draw takes the drawn question on screen down first', () => {
    const h = loaded().do({ type: 'bank:draw' }, { seed: 1 });
    const events = given(h.history()).when({ type: 'bank:draw' }, { seed: 2 }).events();
    expect(events.map((e) => e.type)).toEqual(['BankDrawn', 'QuestionHidden', 'QuestionShown']);
    expect(events[1]).toEqual({ type: 'QuestionHidden', questionId: 'q1' });
    const s = given(h.history()).when({ type: 'bank:draw' }, { seed: 2 }).after();
    expect(s.questions.map((q) => [q.id, q.status])).toEqual([
      ['q1', 'waiting'],
      ['q2', 'shown'],
    ]);
    expect(s.onScreen.question).toBe('q2');
  });

  it('reloading the bank keeps the drawn flags, so a drawn question is never drawn again', () => {
    const h = loaded().do({ type: 'bank:draw' }, { seed: 3 });
    const first = h.state.questions[0]?.text as string;
    // Reload in another order with one new question.
    const reloaded = ['新增：如何推进移风易俗？', ...[...BANK].reverse()];
    const s = given(h.history()).when({ type: 'bank:load', questions: reloaded }).then([{ type: 'BankLoaded', questions: reloaded }]);
    expect(s.bank.filter((b) => b.drawn).map((b) => b.text)).toEqual([first]);
    h.do({ type: 'bank:load', questions: reloaded });
    // Whatever the seed, the drawn question does not come out again.
    for (let seed = 0; seed < 200; seed++) {
      const ev = given(h.history()).when({ type: 'bank:draw' }, { seed }).events();
      const d = ev.find((e) => e.type === 'BankDrawn');
      expect(d?.type === 'BankDrawn' && d.question.text).not.toBe(first);
    }
  });

  it('an empty bank, or none loaded, is wrong_state', () => {
    given(inQa().history()).when({ type: 'bank:draw' }).thenFails('wrong_state');
    given(inQa().do({ type: 'bank:load', questions: [] }).history()).when({ type: 'bank:draw' }).thenFails('wrong_state');
  });

  it('drawing is only possible in the Q&A phase', () => {
    const bank = { type: 'bank:load', questions: BANK } as const;
    given(show().start().do(bank).history()).when({ type: 'bank:draw' }).thenFails('wrong_state');
    given(show().start().next('p1').do(bank).history()).when({ type: 'bank:draw' }).thenFails('wrong_state');
    given(inQa().do(bank).open().history()).when({ type: 'bank:draw' }).thenFails('wrong_state');
  });

  it('a drawn question gets the answer countdown and is answered like any other', () => {
    const h = loaded(qaDef({ answerSeconds: 90 }));
    h.at(T0 + 10 * SEC).do({ type: 'bank:draw' }, { seed: 5 });
    expect(h.state.timer).toEqual(answerTimer(90, T0 + 10 * SEC));
    h.at(T0 + 70 * SEC).do({ type: 'question:answered', questionId: 'q1', summary: '答' });
    expect(h.state.questions[0]).toMatchObject({ status: 'answered', answerMs: 60 * SEC, judgeId: null, source: 'bank' });
  });
});

describe('comments (点评)', () => {
  it('a judge comments as themself', () => {
    const h = inQa().at(T0 + 90 * SEC);
    const s = given(h.history())
      .when({ type: 'comment:add', presenterId: 'p1', text: '汇报扎实，亮点突出' }, { actor: judge('j2'), now: T0 + 90 * SEC })
      .then([
        {
          type: 'CommentAdded',
          comment: { id: 'c1', presenterId: 'p1', judgeId: 'j2', by: 'judge', text: '汇报扎实，亮点突出', at: T0 + 90 * SEC },
        },
      ]);
    expect(s.comments).toHaveLength(1);
    expect(judgeView(s, 'j2').myComments).toEqual([{ id: 'c1', presenterId: 'p1', text: '汇报扎实，亮点突出', at: T0 + 90 * SEC }]);
    expect(judgeView(s, 'j1').myComments).toEqual([]);
  });

  it('a judge naming another judge is forbidden; naming themself is fine', () => {
    given(inQa().history()).when({ type: 'comment:add', presenterId: 'p1', text: '冒名', judgeId: 'j1' }, { actor: judge('j2') }).thenFails('forbidden');
    given(inQa().history()).when({ type: 'comment:add', presenterId: 'p1', text: '本人', judgeId: 'j2' }, { actor: judge('j2') }).events();
  });

  it('the host records a comment for a judge (or for nobody in particular)', () => {
    given(inQa().history())
      .when({ type: 'comment:add', presenterId: 'p1', text: '代录点评', judgeId: 'j1' })
      .then([{ type: 'CommentAdded', comment: { id: 'c1', presenterId: 'p1', judgeId: 'j1', by: 'host', text: '代录点评', at: T0 } }]);
    given(inQa().history())
      .when({ type: 'comment:add', presenterId: 'p1', text: '领导点评' })
      .then([{ type: 'CommentAdded', comment: { id: 'c1', presenterId: 'p1', judgeId: null, by: 'host', text: '领导点评', at: T0 } }]);
    given(inQa().history()).when({ type: 'comment:add', presenterId: 'p1', text: '？', judgeId: 'j9' }).thenFails('not_found');
  });

  it('comments are for a presenter on stage or done, not one still waiting', () => {
    given(inQa().history()).when({ type: 'comment:add', presenterId: 'p2', text: '太早' }, { actor: judge('j1') }).thenFails('not_current');
    given(inQa().history()).when({ type: 'comment:add', presenterId: 'p9', text: '？' }, { actor: judge('j1') }).thenFails('not_found');
    const done = show().start().turn('p1', SHEETS_375).next('p2');
    given(done.history()).when({ type: 'comment:add', presenterId: 'p1', text: '补充点评' }, { actor: judge('j1') }).events();
    // During scoring too: the leader's comment often comes after the questions.
    given(inQa().open().history()).when({ type: 'comment:add', presenterId: 'p1', text: '点评' }, { actor: judge('j3') }).events();
  });

  it('comment:show puts a comment on screen; comment:show null takes it down', () => {
    const h = inQa(qaDef()).do({ type: 'comment:add', presenterId: 'p1', text: '很好' }, { actor: judge('j1') });
    const s = given(h.history()).when({ type: 'comment:show', commentId: 'c1' }).then([{ type: 'CommentShown', commentId: 'c1' }]);
    expect(s.onScreen).toEqual({ question: null, comment: 'c1' });
    expect(publicView(s).stage).toBe('comment');
    expect(publicView(s).qa.comment).toEqual({ id: 'c1', text: '很好', by: '县委书记' });
    h.do({ type: 'comment:show', commentId: 'c1' });
    const hidden = given(h.history()).when({ type: 'comment:show', commentId: null }).then([{ type: 'CommentShown', commentId: null }]);
    expect(hidden.onScreen).toEqual({ question: null, comment: null });
    expect(publicView(hidden).stage).toBe('presenter');
    expect(publicView(hidden).qa.comment).toBeNull();
    given(h.history()).when({ type: 'comment:show', commentId: 'c9' }).thenFails('not_found');
  });

  it('a comment replaces the question on screen, and a question replaces the comment', () => {
    const h = ask(ask(inQa(), 'j1', '一'), 'j2', '二')
      .do({ type: 'question:show', questionId: 'q1' })
      .do({ type: 'comment:add', presenterId: 'p1', text: '点评' }, { actor: judge('j3') })
      .do({ type: 'comment:show', commentId: 'c1' });
    expect(h.state.onScreen).toEqual({ question: null, comment: 'c1' });
    expect(publicView(h.state).stage).toBe('comment');
    h.do({ type: 'question:show', questionId: 'q2' });
    expect(h.state.onScreen).toEqual({ question: 'q2', comment: null });
    expect(publicView(h.state).stage).toBe('question');
  });

  it('a comment shown over a question puts the question back in the queue', () => {
    const h = ask(inQa(), 'j1', '问')
      .do({ type: 'question:show', questionId: 'q1' })
      .do({ type: 'comment:add', presenterId: 'p1', text: '点评' })
      .do({ type: 'comment:show', commentId: 'c1' });
    expect(h.state.questions[0]).toMatchObject({ status: 'waiting', shownAt: null });
    expect(judgeView(h.state, 'j1').myQuestions[0]?.status).toBe('waiting');
    // …and it can be shown again afterwards.
    given(h.history()).when({ type: 'question:show', questionId: 'q1' }).events();
  });

  it('the screen shows the commenting judge by title, else name, else nothing', () => {
    const h = inQa(qaDef())
      .do({ type: 'comment:add', presenterId: 'p1', text: '一' }, { actor: judge('j2') })
      .do({ type: 'comment:add', presenterId: 'p1', text: '二' })
      .do({ type: 'comment:show', commentId: 'c1' });
    expect(publicView(h.state).qa.comment?.by).toBe('李评委');
    h.do({ type: 'comment:show', commentId: 'c2' });
    expect(publicView(h.state).qa.comment?.by).toBeNull();
  });

  it('answering a question after a comment replaced it on screen stops its answer countdown', () => {
    const h = ask(inQa(qaDef({ answerSeconds: 60 })), 'j1', '问')
      .do({ type: 'question:show', questionId: 'q1' })
      .do({ type: 'comment:add', presenterId: 'p1', text: '点评' }, { actor: judge('j3') })
      .do({ type: 'comment:show', commentId: 'c1' })
      .do({ type: 'question:answered', questionId: 'q1' });
    expect(h.state.timer?.kind).not.toBe('answer');
  });
});

describe('views', () => {
  it('the screen shows the asker’s title, else the name; null for the host’s own and bank questions', () => {
    const h = inQa(qaDef());
    ask(h, 'j1', '一'); // 县委书记
    ask(h, 'j2', '二'); // no title: 李评委
    h.do({ type: 'question:ask', presenterId: 'p1', text: '三' }); // the host, for nobody
    h.do({ type: 'question:ask', presenterId: 'p1', text: '四', judgeId: 'j3' }); // the host, for 县长
    const askers: (string | null)[] = [];
    for (const id of ['q1', 'q2', 'q3', 'q4']) {
      h.do({ type: 'question:show', questionId: id });
      const qa = publicView(h.state).qa;
      expect(qa.question?.id).toBe(id);
      askers.push(qa.question?.asker ?? null);
    }
    expect(askers).toEqual(['县委书记', '李评委', null, '县长']);
  });

  it('rules.questions.anonymous hides every asker on the screen (the host still knows)', () => {
    const h = ask(inQa(qaDef({ anonymous: true })), 'j1', '匿名问题').do({ type: 'question:show', questionId: 'q1' });
    const pub = publicView(h.state);
    expect(pub.qa.question).toEqual({ id: 'q1', text: '匿名问题', asker: null, source: 'judge' });
    expect(JSON.stringify(pub)).not.toContain('县委书记');
    expect(JSON.stringify(publicView(h.state, 'audience'))).not.toContain('张评委');
    expect(hostView(h.state, new Set()).questions[0]?.judgeId).toBe('j1');
    // Answered questions are anonymous too.
    h.do({ type: 'question:answered', questionId: 'q1' });
    expect(publicView(h.state).qa.answered[0]?.asker).toBeNull();
  });

  it('stage is question while a question is on screen in Q&A, comment while a comment is shown', () => {
    const h = ask(inQa(), 'j1', '一');
    expect(publicView(h.state).stage).toBe('presenter');
    h.do({ type: 'question:show', questionId: 'q1' });
    expect(publicView(h.state).stage).toBe('question');
    expect(publicView(h.state, 'audience').stage).toBe('question');
    h.do({ type: 'question:answered', questionId: 'q1' });
    expect(publicView(h.state).stage).toBe('presenter');
    h.do({ type: 'comment:add', presenterId: 'p1', text: '点评' }).do({ type: 'comment:show', commentId: 'c1' });
    expect(publicView(h.state).stage).toBe('comment');
    // A host-forced stage wins; the next Q&A step on screen clears it.
    h.show('ranking');
    expect(publicView(h.state).stage).toBe('ranking');
    h.do({ type: 'comment:show', commentId: 'c1' });
    expect(publicView(h.state).stage).toBe('comment');
  });

  it('the screen lists the questions answered in this turn, with answer time and summary', () => {
    const h = show(qaDef()).start().next('p1').qa();
    ask(h, 'j1', '一').do({ type: 'question:show', questionId: 'q1' });
    h.after(20 * SEC).do({ type: 'question:answered', questionId: 'q1', summary: '摘要一' });
    ask(h, 'j2', '二').do({ type: 'question:show', questionId: 'q2' });
    let qa = publicView(h.state).qa;
    expect(qa.question).toEqual({ id: 'q2', text: '二', asker: '李评委', source: 'judge' });
    expect(qa.answered).toEqual([{ id: 'q1', text: '一', asker: '县委书记', source: 'judge', answerMs: 20 * SEC, summary: '摘要一' }]);
    // The next presenter starts with an empty list.
    h.do({ type: 'question:answered', questionId: 'q2' }).open().scoreAll('p1', SHEETS_375).reveal().next('p2').qa();
    qa = publicView(h.state).qa;
    expect(qa.answered).toEqual([]);
    expect(qa.question).toBeNull();
  });

  it('a judge sees only their own questions, each with its status', () => {
    const h = inQa();
    ask(h, 'j1', '我的一');
    ask(h, 'j2', '别人的');
    ask(h, 'j1', '我的二');
    ask(h, 'j1', '我的三');
    h.after(61 * SEC);
    ask(h, 'j1', '我的四', 'p2');
    h.do({ type: 'question:show', questionId: 'q1' })
      .do({ type: 'question:answered', questionId: 'q1' })
      .do({ type: 'question:dismiss', questionId: 'q3' })
      .do({ type: 'question:merge', questionId: 'q4', intoId: 'q2' })
      .do({ type: 'question:show', questionId: 'q2' });
    const mine = judgeView(h.state, 'j1').myQuestions;
    expect(mine).toEqual([
      { id: 'q1', presenterId: 'p1', text: '我的一', status: 'answered', askedAt: T0, wasShown: true },
      { id: 'q3', presenterId: 'p1', text: '我的二', status: 'dismissed', askedAt: T0, wasShown: false },
      { id: 'q4', presenterId: 'p1', text: '我的三', status: 'merged', askedAt: T0, wasShown: false },
      { id: 'q5', presenterId: 'p2', text: '我的四', status: 'waiting', askedAt: T0 + 61 * SEC, wasShown: false },
    ]);
    expect(JSON.stringify(judgeView(h.state, 'j1'))).not.toContain('别人的');
    expect(judgeView(h.state, 'j2').myQuestions).toEqual([{ id: 'q2', presenterId: 'p1', text: '别人的', status: 'shown', askedAt: T0, wasShown: true }]);
    expect(judgeView(h.state, 'j3').myQuestions).toEqual([]);
  });

  it('the host sees every question with asker, time, original text and the bank', () => {
    const h = ask(inQa(), 'j2', '错别字');
    h.do({ type: 'question:edit', questionId: 'q1', text: '正确' }).do({ type: 'bank:load', questions: ['甲'] });
    const v = hostView(h.state, new Set());
    expect(v.questions).toEqual([question({ id: 'q1', presenterId: 'p1', judgeId: 'j2', text: '正确', original: '错别字' })]);
    expect(v.bank).toEqual([{ text: '甲', drawn: false }]);
    expect(v.onScreen).toEqual({ question: null, comment: null });
    expect(v.comments).toEqual([]);
  });

  it('HTML comes back verbatim in every view', () => {
    const html = '<img src=x onerror=alert(1)><script>alert(1)</script>';
    const h = ask(inQa(), 'j1', html).do({ type: 'question:show', questionId: 'q1' });
    h.do({ type: 'comment:add', presenterId: 'p1', text: html }, { actor: judge('j1') });
    expect(publicView(h.state).qa.question?.text).toBe(html);
    expect(judgeView(h.state, 'j1').myQuestions[0]?.text).toBe(html);
    expect(judgeView(h.state, 'j1').myComments[0]?.text).toBe(html);
    expect(hostView(h.state, new Set()).questions[0]?.text).toBe(html);
    expect(hostView(h.state, new Set()).comments[0]?.text).toBe(html);
  });
});

describe('the results document', () => {
  it('lists per presenter the questions (asker, text, times, answer, summary) and the comments with names', () => {
    const h = show(qaDef()).start().next('p1').qa();
    h.at(T0 + 5 * SEC);
    ask(h, 'j1', '错字问题');
    h.do({ type: 'question:edit', questionId: 'q1', text: '正字问题' });
    ask(h.at(T0 + 6 * SEC), 'j2', '第二问');
    h.at(T0 + 10 * SEC).do({ type: 'question:show', questionId: 'q1' });
    h.at(T0 + 41 * SEC).do({ type: 'question:answered', questionId: 'q1', summary: '已答复' });
    h.do({ type: 'question:dismiss', questionId: 'q2' });
    h.do({ type: 'comment:add', presenterId: 'p1', text: '评委点评' }, { actor: judge('j3') });
    h.do({ type: 'comment:add', presenterId: 'p1', text: '代录点评', judgeId: 'j2' });
    ask(h, 'j3', '给第二位', 'p2');

    const doc = resultsDocument(h.state);
    const p1 = doc.presenters.find((p) => p.presenterId === 'p1');
    expect(p1?.questions).toEqual([
      {
        id: 'q1',
        asker: '张评委',
        askerTitle: '县委书记',
        source: 'judge',
        text: '正字问题',
        original: '错字问题',
        status: 'answered',
        outcome: 'answered',
        mergedInto: null,
        askedAt: T0 + 5 * SEC,
        shownAt: T0 + 10 * SEC,
        firstShownAt: T0 + 10 * SEC,
        answerSeconds: 31,
        summary: '已答复',
      },
      {
        id: 'q2',
        asker: '李评委',
        askerTitle: '',
        source: 'judge',
        text: '第二问',
        original: null,
        status: 'dismissed',
        outcome: 'dismissed',
        mergedInto: null,
        askedAt: T0 + 6 * SEC,
        shownAt: null,
        firstShownAt: null,
        answerSeconds: null,
        summary: '',
      },
    ]);
    expect(p1?.comments).toEqual([
      { id: 'c1', judge: '王评委', by: 'judge', text: '评委点评', at: T0 + 41 * SEC },
      { id: 'c2', judge: '李评委', by: 'host', text: '代录点评', at: T0 + 41 * SEC },
    ]);
    const p2 = doc.presenters.find((p) => p.presenterId === 'p2');
    expect(p2?.questions.map((q) => [q.id, q.asker, q.text, q.status])).toEqual([['q3', '王评委', '给第二位', 'waiting']]);
    expect(p2?.comments).toEqual([]);
  });

  it('bank questions have no asker', () => {
    const h = inQa().do({ type: 'bank:load', questions: ['题库题'] }).do({ type: 'bank:draw' }, { seed: 1 });
    const q = resultsDocument(h.state).presenters[0]?.questions[0];
    expect(q).toMatchObject({ asker: null, askerTitle: '', source: 'bank', text: '题库题', status: 'shown' });
  });
});

describe('who may send Q&A commands (allowedRoles)', () => {
  const qa = commandTypes.filter((t) => /^(question|bank|comment):/.test(t));

  it('covers the thirteen Q&A commands', () => {
    expect(qa.sort()).toEqual(
      [
        'bank:draw',
        'bank:load',
        'comment:add',
        'comment:hide',
        'comment:show',
        'question:answered',
        'question:ask',
        'question:dismiss',
        'question:edit',
        'question:hide',
        'question:merge',
        'question:reorder',
        'question:show',
      ].sort(),
    );
  });

  it('judges may only ask and comment; the host may do everything; screen and audience nothing', () => {
    for (const t of qa) {
      expect(allowedRoles[t], t).toContain('host');
      expect(allowedRoles[t], t).not.toContain('screen');
      expect(allowedRoles[t], t).not.toContain('audience');
      expect(allowedRoles[t].includes('judge'), t).toBe(t === 'question:ask' || t === 'comment:add');
    }
  });
});
