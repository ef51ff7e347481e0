// Where each unit of a 评比 stands for this judge, from what the server has (myMarks), what the
// phone still holds (the outbox) and what was typed and not submitted (a draft). The list, the
// progress count and "the next unit to score" all read this one rule.
import type { JudgeView } from '../../shared/protocol/index.ts';
import type { ScoreItem } from './storage.ts';
import { loadDraft } from './storage.ts';

/** `pending`: confirmed, held by the phone until the server has it; `byHost`: entered by staff. */
export type UnitStatus = 'unscored' | 'draft' | 'pending' | 'submitted' | 'byHost';

export function unitStatus(view: JudgeView, token: string, outbox: readonly ScoreItem[], presenterId: string): UnitStatus {
  if (outbox.some((i) => i.presenterId === presenterId)) return 'pending';
  const mine = view.myMarks[presenterId];
  if (mine) return mine.byHost ? 'byHost' : 'submitted';
  return loadDraft(token, presenterId)?.some((text) => text.trim() !== '') ? 'draft' : 'unscored';
}

/** Scored from the judge's side: sent, or confirmed and on its way. */
export const isScored = (status: UnitStatus) => status === 'pending' || status === 'submitted' || status === 'byHost';

/** The first unit after `from` (wrapping round) still to score and open for scoring; null when none. */
export function nextToScore(view: JudgeView, statuses: ReadonlyMap<string, UnitStatus>, from: string | null): string | null {
  const units = view.rating?.units ?? [];
  const start = from === null ? 0 : units.findIndex((u) => u.presenterId === from) + 1;
  for (let k = 0; k < units.length; k++) {
    const u = units[(start + k) % units.length]!;
    if (u.state === 'open' && !isScored(statuses.get(u.presenterId) ?? 'unscored')) return u.presenterId;
  }
  return null;
}
