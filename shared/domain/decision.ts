// What decide() is given and what it answers, shared by decide.ts and the Q&A deciders
// (questions.ts), so that neither imports the other.
import type { ErrorCode } from '../protocol/errors.ts';
import type { Role } from '../protocol/roles.ts';
import type { DomainEvent } from './events.ts';

export type Actor = { role: 'host' } | { role: 'judge'; judgeId: string } | { role: Exclude<Role, 'host' | 'judge'> };

export interface DecideContext {
  now: number;
  actor: Actor;
  /** A secure random 32-bit seed from the server, used only by order:draw. */
  seed: number;
}

export type Decision = { ok: true; events: DomainEvent[] } | { ok: false; code: ErrorCode; message: string };

export const fail = (code: ErrorCode, message: string): Decision => ({ ok: false, code, message });
export const ok = (...events: DomainEvent[]): Decision => ({ ok: true, events });
