// Error codes and acks: every command is answered with one of these.
import { z } from 'zod';

export const ErrorCode = {
  Invalid: 'invalid', // payload failed validation
  Unauthorized: 'unauthorized', // no, unknown or revoked token
  Forbidden: 'forbidden', // the role may not do this
  NotFound: 'not_found', // unknown contest, presenter or judge
  WrongState: 'wrong_state', // not possible at this point of the run of show
  NotCurrent: 'not_current', // the presenter is not the one on stage
  ScoringClosed: 'scoring_closed', // scoring is not open for this presenter
  MissingScores: 'missing_scores', // reveal with missing scores needs allowMissing: true
  DuplicateCommandId: 'duplicate_command_id', // a command id reused with different content
  RateLimited: 'rate_limited',
  LimitReached: 'limit_reached', // a cap for good (comments per judge and presenter): retrying cannot help
  StorageFailed: 'storage_failed', // the database could not be written; nothing was applied
  Internal: 'internal',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const AckOk = z.object({ ok: z.literal(true), rev: z.number().int(), duplicate: z.boolean().optional() });
export const AckError = z.object({
  ok: z.literal(false),
  code: z.enum(Object.values(ErrorCode) as [ErrorCode, ...ErrorCode[]]),
  message: z.string(),
});
export const Ack = z.discriminatedUnion('ok', [AckOk, AckError]);
export type AckOk = z.infer<typeof AckOk>;
export type AckError = z.infer<typeof AckError>;
export type Ack = z.infer<typeof Ack>;
