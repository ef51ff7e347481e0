// The Q&A parts of each role's view.
import type { ContestState, Question } from './domain/state.ts';
import type { JudgeView, PublicView } from './protocol/index.ts';
import { judgeById } from './roster.ts';
import { perObject, stable } from './stable.ts';

function judgeOf(s: ContestState, id: string | null) {
  return judgeById(s.def, id) ?? null;
}

/** The asker as the room sees them: title, else name; nothing when the contest is anonymous. */
function askerLabel(s: ContestState, q: Question): string | null {
  if (s.def.rules.questions.anonymous) return null;
  const j = judgeOf(s, q.judgeId);
  return j ? j.title || j.name : null;
}

export function publicQa(s: ContestState): PublicView['qa'] {
  const pub = (q: Question) => ({ id: q.id, text: q.text, asker: askerLabel(s, q), source: q.source });
  const shown = s.onScreen.question ? s.questions.find((q) => q.id === s.onScreen.question) : undefined;
  const comment = s.onScreen.comment ? s.comments.find((c) => c.id === s.onScreen.comment) : undefined;
  const cj = comment ? judgeOf(s, comment.judgeId) : null;
  return {
    question: shown ? pub(shown) : null,
    answered: s.questions
      .filter((q) => q.presenterId === s.current && q.status === 'answered')
      .map((q) => ({ ...pub(q), answerMs: q.answerMs, summary: q.summary })),
    comment: comment ? { id: comment.id, text: comment.text, by: cj ? cj.title || cj.name : null } : null,
    bankRemaining: s.bank.filter((b) => !b.drawn).length,
  };
}

// A judge's own question or comment as their view shows it: the same object while it is.
const myQuestion = perObject((q: Question) => ({ id: q.id, presenterId: q.presenterId, text: q.text, status: q.status, askedAt: q.askedAt, wasShown: q.firstShownAt !== null }));
const myComment = perObject((c: ContestState['comments'][number]) => ({ id: c.id, presenterId: c.presenterId, text: c.text, at: c.at }));

export function judgeQa(s: ContestState, judgeId: string): Pick<JudgeView, 'myQuestions' | 'myComments'> {
  return {
    myQuestions: stable(s.def, `myQuestions:${judgeId}`, s.questions.filter((q) => q.judgeId === judgeId && q.source === 'judge').map(myQuestion)),
    myComments: stable(s.def, `myComments:${judgeId}`, s.comments.filter((c) => c.judgeId === judgeId).map(myComment)),
  };
}

// A comment as the host sees it: one object per comment while it is shown, one once hidden.
const shownComment = perObject((c: ContestState['comments'][number]) => ({ ...c, hidden: null }));
const hiddenComment = perObject((h: ContestState['hiddenComments'][number]) => perObject((c: ContestState['comments'][number]) => ({ ...c, hidden: { reason: h.reason, at: h.at } })));

export function hostQa(s: ContestState) {
  const hidden = new Map(s.hiddenComments.map((h) => [h.commentId, h]));
  const comments = s.comments.map((c) => {
    const h = hidden.get(c.id);
    return h ? hiddenComment(h)(c) : shownComment(c);
  });
  return { questions: s.questions, bank: s.bank, comments: stable(s.def, 'hostComments', comments), onScreen: s.onScreen };
}
