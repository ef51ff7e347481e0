// What decide() is given and what it answers, shared by decide.ts and the Q&A deciders
// (questions.ts), so that neither imports the other.
import type { ErrorCode } from '../protocol/errors.ts';
import type { DomainEvent } from './events.ts';

/**
 * Who votes in a 民主测评: a ballot code (codes electorate) or a phone (open electorate), by a
 * key the server derives (a hash: the code itself never reaches the log).
 */
export type Voter = { kind: 'code' | 'device'; key: string };

export type Actor =
  | { role: 'host' }
  | { role: 'judge'; judgeId: string }
  | { role: 'screen' }
  | { role: 'audience'; voter?: Voter | null };

export interface DecideContext {
  now: number;
  actor: Actor;
  /** A secure random 32-bit seed from the server, used only by order:draw. */
  seed: number;
}

export type Decision = { ok: true; events: DomainEvent[] } | { ok: false; code: ErrorCode; message: string };

export const fail = (code: ErrorCode, message: string): Decision => ({ ok: false, code, message });
export const ok = (...events: DomainEvent[]): Decision => ({ ok: true, events });
