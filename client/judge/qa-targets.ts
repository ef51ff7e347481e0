// Which presenters a judge may ask about or comment on right now, by the rules in
// shared/domain/questions.ts, so the pad never offers what the server would refuse.
import type { JudgeView } from '../../shared/protocol/index.ts';

const speakingOrder = (view: JudgeView) => (view.order.length ? view.order : view.presenters.map((p) => p.id));
const statusOf = (view: JudgeView, id: string) => view.presenters.find((p) => p.id === id)?.status;

export const unitOf = (view: JudgeView, id: string) => view.presenters.find((p) => p.id === id)?.unit ?? id;

export interface AskTargets {
  /** The presenter on stage while questions are open (report or Q&A), if any. */
  live: string | null;
  /** Presenters still to come, in speaking order: questions may be prepared for them ahead. */
  ahead: string[];
}

export function askTargets(view: JudgeView): AskTargets {
  if (view.contest.status === 'finished') return { live: null, ahead: [] };
  const cur = view.current;
  const live = cur && (cur.phase === 'report' || cur.phase === 'qa') ? cur.presenterId : null;
  const ahead = speakingOrder(view).filter((id) => id !== cur?.presenterId && statusOf(view, id) === 'waiting');
  return { live, ahead };
}

/** The presenter on stage, or when nobody is, the last one who finished. */
export function commentTarget(view: JudgeView): string | null {
  if (view.contest.status !== 'running') return null;
  if (view.current) return view.current.presenterId;
  return [...speakingOrder(view)].reverse().find((id) => statusOf(view, id) === 'done') ?? null;
}
