// evolve for the Q&A events (see questions.ts for the decisions).
import type { DomainEvent } from './events.ts';
import type { ContestState, Question } from './state.ts';

type QaEvent = Extract<DomainEvent, { type: `Question${string}` | `Bank${string}` | `Comment${string}` }>;

function withQuestion(s: ContestState, id: string, patch: (q: Question) => Partial<Question>): ContestState {
  return { ...s, questions: s.questions.map((q) => (q.id === id ? { ...q, ...patch(q) } : q)) };
}

/** An answer countdown belongs to the question on screen; it goes when the question goes. */
function dropAnswerTimer(s: ContestState): ContestState {
  return s.timer?.kind === 'answer' ? { ...s, timer: null } : s;
}

export function evolveQa(s: ContestState, e: QaEvent): ContestState {
  switch (e.type) {
    case 'QuestionAsked':
      return { ...s, questions: [...s.questions, e.question] };
    case 'QuestionEdited':
      return withQuestion(s, e.questionId, () => ({ text: e.text }));
    case 'QuestionsReordered': {
      const byId = new Map(s.questions.map((q) => [q.id, q]));
      return { ...s, questions: e.order.map((id) => byId.get(id)).filter((q): q is Question => q !== undefined) };
    }
    case 'QuestionMerged':
      return withQuestion(s, e.questionId, () => ({ status: 'merged', mergedInto: e.intoId }));
    case 'QuestionDismissed': {
      const next = withQuestion(s, e.questionId, () => ({ status: 'dismissed' }));
      return s.onScreen.question === e.questionId ? dropAnswerTimer({ ...next, onScreen: { ...next.onScreen, question: null } }) : next;
    }
    case 'QuestionShown': {
      const next = withQuestion(s, e.questionId, () => ({ status: 'shown', shownAt: e.at }));
      return { ...next, timer: e.timer ?? s.timer, onScreen: { question: e.questionId, comment: null }, screenOverride: null };
    }
    case 'QuestionHidden': {
      const next = withQuestion(s, e.questionId, () => ({ status: 'waiting', shownAt: null }));
      return dropAnswerTimer({ ...next, onScreen: { ...next.onScreen, question: null } });
    }
    case 'QuestionAnswered': {
      const next = withQuestion(s, e.questionId, () => ({ status: 'answered', answeredAt: e.at, answerMs: e.answerMs, summary: e.summary }));
      return s.onScreen.question === e.questionId ? dropAnswerTimer({ ...next, onScreen: { ...next.onScreen, question: null } }) : next;
    }
    case 'BankLoaded': {
      // A reloaded bank remembers what was already drawn, so nothing is drawn twice.
      const drawn = new Set(s.bank.filter((b) => b.drawn).map((b) => b.text));
      return { ...s, bank: e.questions.map((text) => ({ text, drawn: drawn.has(text) })) };
    }
    case 'BankDrawn':
      return {
        ...s,
        bank: s.bank.map((b, i) => (i === e.index ? { ...b, drawn: true } : b)),
        questions: [...s.questions, e.question],
      };
    case 'CommentAdded':
      return { ...s, comments: [...s.comments, e.comment] };
    case 'CommentShown':
      return { ...s, onScreen: { question: e.commentId ? null : s.onScreen.question, comment: e.commentId }, screenOverride: null };
  }
}
