// What a 评比 (kind "rating") adds to the views: where each unit stands, with counts only —
// before a unit is revealed nobody but the host sees a value (docs/protocol.md "评比").
import { z } from 'zod';

/** `waiting`: scoring not opened yet; `open`; `locked` (scoring:lock or a step back); `revealed`. */
export const UnitState = z.enum(['waiting', 'open', 'locked', 'revealed']);
export type UnitState = z.infer<typeof UnitState>;

/** For the projector and the audience: per unit, how many judges have submitted (never what). */
export const RatingPublic = z.object({
  units: z.array(z.object({ presenterId: z.string(), state: UnitState, submitted: z.number(), expected: z.number() })),
  /** Units revealed, of `units.length`. */
  revealed: z.number(),
});
export type RatingPublic = z.infer<typeof RatingPublic>;

/** For a judge: the units to score and how far this judge is (their own marks are in `myMarks`). */
export const RatingJudge = z.object({
  units: z.array(z.object({ presenterId: z.string(), state: UnitState })),
  /** Units this judge has marks for (sent from a phone or entered by the host), of `units.length`. */
  scored: z.number(),
});
export type RatingJudge = z.infer<typeof RatingJudge>;
