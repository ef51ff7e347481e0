// Answers of the HTTP API (docs/http-api.md). The server's handlers are typed with these and the
// host console parses every answer with them, so neither side can drift from the other.
import { z } from 'zod';
import { ContestDefinition } from '../definition.ts';

export const ContestStatus = z.enum(['setup', 'running', 'finished']);

/** GET /api/contests: one line per contest. */
export const ContestSummary = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  tier: z.string(),
  status: ContestStatus,
  createdAt: z.number(),
  rev: z.number(),
  /** The series, tier and period the contest belongs to (docs/series.md); null: none. */
  series: z.object({ seriesId: z.string(), tierId: z.string(), periodId: z.string() }).nullable(),
});
export type ContestSummary = z.infer<typeof ContestSummary>;

/** A judge's private link; null once revoked and not reissued. */
export const JudgeLink = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string(),
  group: z.string().nullable(),
  joinUrl: z.string().nullable(),
});
export type JudgeLink = z.infer<typeof JudgeLink>;

/** POST/PUT /api/contests, GET /api/contests/:id/access: every link of a contest. */
export const AccessLinks = z.object({
  id: z.string(),
  title: z.string(),
  hostUrl: z.string(),
  screenUrl: z.string().nullable(),
  audienceUrl: z.string(),
  judges: z.array(JudgeLink),
});
export type AccessLinks = z.infer<typeof AccessLinks>;

/**
 * GET /join/:contestId (public): how the audience joins, for the projector's QR code and join
 * code. `audienceUrl` is the page itself; `joinUrl` the short address to type, `${PUBLIC_URL}/j/<joinCode>`.
 */
export const JoinInfo = z.object({ audienceUrl: z.string(), joinCode: z.string().regex(/^\d{6}$/), joinUrl: z.string() });
export type JoinInfo = z.infer<typeof JoinInfo>;

/** GET /api/contests/:id: the stored (normalised) definition. */
export const StoredContest = z.object({ id: z.string(), status: ContestStatus, rev: z.number(), definition: ContestDefinition });
export type StoredContest = z.infer<typeof StoredContest>;

/** Every refusal: a code, a message, and for definitions one field-naming line per problem. */
export const ErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string(), issues: z.array(z.string()).optional() }) });
export type ErrorBody = z.infer<typeof ErrorBody>;

/** POST /api/contests/:id/ballot-codes: the serial numbers of the codes just issued (the codes themselves only ever on the slips). */
export const IssuedBallotCodes = z.object({ serials: z.array(z.number().int()) });
export type IssuedBallotCodes = z.infer<typeof IssuedBallotCodes>;

/** POST /api/contests/:id/voter: one phone's signed voter token, presented as `voter` at the audience handshake (open electorate). */
export const VoterToken = z.object({ token: z.string().min(1).max(200) });
export type VoterToken = z.infer<typeof VoterToken>;
