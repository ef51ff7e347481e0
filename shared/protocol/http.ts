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

// ── Series (docs/http-api.md "Series"): the answers the host console reads ──

const Named = z.object({ id: z.string(), name: z.string() });
const SeriesPeriod = Named.extend({ kind: z.enum(['month', 'quarter', 'issue']) });

/** GET/POST /api/series: one line per series. */
export const SeriesSummary = z.object({
  id: z.string(),
  name: z.string(),
  issuer: z.string(),
  tiers: z.array(Named),
  periods: z.array(SeriesPeriod),
  units: z.number(),
  contests: z.number(),
  createdAt: z.number(),
});
export type SeriesSummary = z.infer<typeof SeriesSummary>;

/** The stored definition: every tier, period and heading with its id (shared/series/definition.ts). */
export const StoredSeriesDefinition = z.object({
  name: z.string(),
  issuer: z.string(),
  tiers: z.array(Named),
  periods: z.array(SeriesPeriod),
  headings: z.array(Named),
  decimals: z.number().int(),
  periodScore: z.object({ contest: z.number(), ledger: z.number() }),
  cumulative: z.object({ method: z.enum(['sum', 'average', 'rankPoints']), rankPoints: z.array(z.number()), absent: z.enum(['skip', 'zero']) }),
  tieBreak: z.array(z.enum(['contest', 'ledger', 'latestPeriod'])),
  boards: z.object({
    red: z.union([z.object({ by: z.literal('top'), count: z.number() }), z.object({ by: z.literal('atLeast'), score: z.number() })]),
    black: z.union([z.object({ by: z.literal('bottom'), count: z.number() }), z.object({ by: z.literal('atMost'), score: z.number() })]),
  }),
});
export type StoredSeriesDefinition = z.infer<typeof StoredSeriesDefinition>;

export const SeriesUnitLine = z.object({ id: z.string(), name: z.string(), tierId: z.string(), formerNames: z.array(z.string()), mergedInto: z.string().nullable() });
export type SeriesUnitLine = z.infer<typeof SeriesUnitLine>;

export const LedgerEntryLine = z.object({
  id: z.string(),
  unitId: z.string(),
  periodId: z.string(),
  date: z.string(),
  headingId: z.string(),
  points: z.number(),
  reason: z.string(),
  by: z.string(),
  at: z.number(),
  corrects: z.string().nullable(),
});
export type LedgerEntryLine = z.infer<typeof LedgerEntryLine>;

export const SeriesContestLine = z.object({
  contestId: z.string(),
  title: z.string(),
  tierId: z.string(),
  periodId: z.string(),
  kind: z.enum(['arena', 'rating']),
  units: z.record(z.string(), z.string()),
  status: ContestStatus.nullable(),
  date: z.string().nullable(),
});
export type SeriesContestLine = z.infer<typeof SeriesContestLine>;

/** GET /api/series/:id: the definition, units, every ledger entry and the linked contests. */
export const SeriesDetail = z.object({
  id: z.string(),
  seq: z.number(),
  definition: StoredSeriesDefinition,
  units: z.array(SeriesUnitLine),
  ledger: z.array(LedgerEntryLine),
  contests: z.array(SeriesContestLine),
});
export type SeriesDetail = z.infer<typeof SeriesDetail>;

/** POST /api/series/:id/commands: accepted (a repeated command id answers `duplicate: true`). */
export const SeriesCommandAnswer = z.object({ ok: z.literal(true), seq: z.number(), duplicate: z.literal(true).optional() });

const TieBreakName = z.enum(['contest', 'ledger', 'latestPeriod']).nullable();
const PeriodLine = z.object({
  unitId: z.string(),
  score: z.number().nullable(),
  contest: z.number().nullable(),
  ledger: z.number(),
  rank: z.number().nullable(),
  shared: z.boolean(),
  decidedBy: TieBreakName,
});
const BoardLine = z.object({ unitId: z.string(), rank: z.number(), score: z.number(), ledger: z.number(), tiedAtCut: z.boolean() });

/** GET /api/series/:id/standings?tier=&period=: the period, the cumulative standing up to it, and its boards. */
export const SeriesStandings = z.object({
  tierId: z.string(),
  periodId: z.string(),
  period: z.object({ lines: z.array(PeriodLine), held: z.boolean() }),
  cumulative: z.object({
    method: StoredSeriesDefinition.shape.cumulative,
    lines: z.array(z.object({ unitId: z.string(), total: z.number().nullable(), present: z.number(), rank: z.number().nullable(), shared: z.boolean(), decidedBy: TieBreakName })),
  }),
  boards: z.object({
    red: z.array(BoardLine),
    black: z.array(BoardLine.extend({ consecutive: z.boolean() })),
    absent: z.array(z.string()),
    rule: StoredSeriesDefinition.shape.boards,
  }),
  units: z.record(z.string(), z.string()),
});
export type SeriesStandings = z.infer<typeof SeriesStandings>;

/** GET /api/series/:id/events: the series' log as stored. */
export const SeriesLogLine = z.object({ seq: z.number(), type: z.string(), data: z.unknown(), at: z.number(), actor: z.string().nullable(), commandId: z.string().nullable() });
export type SeriesLogLine = z.infer<typeof SeriesLogLine>;
/** A LedgerCorrected event as stored: the new entry and the correction's own reason. */
export const LedgerCorrectedData = z.object({ entry: z.object({ id: z.string() }), reason: z.string() });
