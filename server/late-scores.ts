// A judge's score that reached the server after its unit was locked or revealed: the phone held
// it offline while the host revealed anyway (仍然亮分). It is refused — a revealed score never
// changes behind the room's back — and the pad keeps it on screen for 补录; this keeps it for the
// host too, beside the judge's 未评分, with the values a 补录 would take. In memory like presence
// (presence.ts): not a fact of the contest, and the pad still holds it after a restart.
import { z } from 'zod';
import { ErrorCode, type Ack } from '../shared/protocol/index.ts';
import { validateMarks } from '../shared/scoring/marks.ts';
import type { Contests } from './contests.ts';
import type { Presence } from './presence.ts';

type Refusal = Extract<Ack, { ok: false }>;
const Submitted = z.object({ presenterId: z.string(), values: z.array(z.number()) }).loose();

/** What a judge's connection calls with each refused command. */
export type RefusedHook = (type: string, payload: unknown, refusal: Refusal) => void;

export function lateScores(contests: Contests, presence: Pick<Presence, 'refusedLate'>, now: () => number = Date.now) {
  return (contestId: string, judgeId: string): RefusedHook =>
    (type, payload, refusal) => {
      if (type !== 'score:submit' || (refusal.code !== ErrorCode.ScoringClosed && refusal.code !== ErrorCode.NotCurrent)) return;
      const state = contests.get(contestId)?.state;
      const sent = Submitted.safeParse(payload);
      if (!state || !sent.success) return;
      const run = state.presenters[sent.data.presenterId];
      // Late, not early: the unit was scored (locked, or revealed and maybe passed), and this judge has nothing for it.
      const closed = run?.phase === 'revealed' || (run?.phase === 'scoring' && !run.scoringOpen);
      if (!run || !closed || run.marks[judgeId] || validateMarks(state.def, sent.data.values)) return;
      presence.refusedLate(contestId, { judgeId, presenterId: run.id, values: sent.data.values, at: now() });
    };
}
