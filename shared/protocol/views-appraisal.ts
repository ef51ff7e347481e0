// What the 民主测评 looks like in the views: per presenter its line (ballots per option, score,
// satisfaction, its part of the final), and the round of voting that is open, as counts only —
// no view ever says who voted what (ballots are secret; docs/protocol.md "民主测评").
import { z } from 'zod';
import type { AppraisalLine } from '../scoring/appraisal.ts';

/** Mirrors shared/scoring/appraisal.ts `AppraisalLine`. */
export const AppraisalLineSchema = z.object({
  options: z.array(z.object({ id: z.string(), name: z.string(), points: z.number().nullable(), count: z.number() })),
  ballots: z.number(),
  counted: z.number(),
  score: z.number().nullable(),
  satisfaction: z.number().nullable(),
  weight: z.number(),
  scaled: z.number().nullable(),
  component: z.number().nullable(),
  judges: z.number().nullable(),
  pending: z.boolean(),
  noBallots: z.boolean(),
});
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const lineMatches: Same<z.infer<typeof AppraisalLineSchema>, AppraisalLine> = true;
void lineMatches;

/** The ballot as the audience page draws it, and the state of voting, for every public view. */
export const AppraisalPublic = z.object({
  electorate: z.enum(['codes', 'open']),
  opens: z.enum(['perPresenter', 'atEnd']),
  weight: z.number(),
  options: z.array(z.object({ id: z.string(), name: z.string(), points: z.number().nullable() })),
  /** The presenters voting is open on now (one, or all of them on one ballot at the end); [] when closed. */
  open: z.array(z.string()),
  /** Voters who cast a ballot in the open round (codes or phones), counted once however many presenters. */
  turnout: z.number(),
  /** Codes issued and not voided (codes electorate); null for the open electorate. */
  eligible: z.number().nullable(),
});
export type AppraisalPublic = z.infer<typeof AppraisalPublic>;

/** The host's panel: the public state plus the codes (by serial: the host never sees a code's vote). */
export const AppraisalHost = AppraisalPublic.extend({
  issued: z.number(),
  voided: z.array(z.object({ serial: z.number(), reason: z.string(), at: z.number() })),
});
export type AppraisalHost = z.infer<typeof AppraisalHost>;
