// evolve for the Q&A events (see questions.ts for the decisions).
import type { DomainEvent } from './events.ts';
import type { ContestState, Question } from './state.ts';

type QaEvent = Extract<DomainEvent, { type: `Question${string}` | `Bank${string}` | `Comment${string}` }>;

function withQuestion(s: ContestState, id: string, patch: (q: Question) => Partial<Question>): ContestState {
  return { ...s, questions: s.questions.map((q) => (q.id === id ? { ...q, ...patch(q) } : q)) };
}

/**
 * An answer countdown belongs to the question on screen; when the question goes, the Q&A
 * countdown it replaced comes back (still counting, since it is kept as endsAt).
 */
function dropAnswerTimer(s: ContestState): ContestState {
  return s.timer?.kind === 'answer' ? { ...s, timer: s.stashedTimer, stashedTimer: null } : s;
}

/** Takes the question on screen down without answering it: it waits again. */
export function takeDownQuestion(s: ContestState): ContestState {
  const id = s.onScreen.question;
  if (!id) return s;
  const next = withQuestion(s, id, (q) => (q.status === 'shown' ? { status: 'waiting', shownAt: null } : {}));
  return dropAnswerTimer({ ...next, onScreen: { ...next.onScreen, question: null } });
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
      const next = withQuestion(s, e.questionId, (q) => ({ status: 'shown', shownAt: e.at, firstShownAt: q.firstShownAt ?? e.at }));
      if (!e.timer) return { ...next, onScreen: { question: e.questionId, comment: null }, screenOverride: null };
      const stash = s.timer?.kind === 'answer' ? s.stashedTimer : s.timer;
      return { ...next, timer: e.timer, stashedTimer: stash, onScreen: { question: e.questionId, comment: null }, screenOverride: null };
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
    case 'CommentShown': {
      const next = e.commentId ? takeDownQuestion(s) : s;
      return { ...next, onScreen: { ...next.onScreen, comment: e.commentId }, screenOverride: null };
    }
    case 'CommentHidden': {
      const hidden = [...s.hiddenComments, { commentId: e.commentId, reason: e.reason, at: e.at }];
      const onScreen = s.onScreen.comment === e.commentId ? { ...s.onScreen, comment: null } : s.onScreen;
      return { ...s, hiddenComments: hidden, onScreen };
    }
  }
}
