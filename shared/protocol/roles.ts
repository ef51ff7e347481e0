// Who is on the other end of a connection, and how they say so at the handshake.
import { z } from 'zod';
import { text } from '../text.ts';
import { Id } from './fields.ts';

export const Role = z.enum(['host', 'judge', 'screen', 'audience']);
export type Role = z.infer<typeof Role>;

/** `io(url, { auth })`: host = host token + contestId; judge/screen = their own token; audience = contestId. */
export const HandshakeAuth = z.union([
  z.strictObject({ role: z.literal('host'), token: text().min(1).max(200), contestId: Id }),
  z.strictObject({ role: z.literal('judge'), token: text().min(1).max(200) }),
  z.strictObject({ role: z.literal('screen'), token: text().min(1).max(200) }),
  z.strictObject({ role: z.literal('audience'), contestId: Id }),
]);
export type HandshakeAuth = z.infer<typeof HandshakeAuth>;
