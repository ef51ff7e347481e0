// Who is on the other end of a connection, and how they say so at the handshake.
import { z } from 'zod';
import { text } from '../text.ts';
import { Id } from './fields.ts';

export const Role = z.enum(['host', 'judge', 'screen', 'audience']);
export type Role = z.infer<typeof Role>;

/**
 * Which phone a judge's connection comes from: made once and kept on the phone (the pad's
 * localStorage), so the same phone reconnecting — after its screen locked, say, while the
 * server still holds the dead connection — is not taken for a second device on the link.
 */
export const DeviceId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'device: 8–64 letters, digits, - or _');

/**
 * `views: 'patch'`: the client understands patched views (docs/protocol.md §3): it then gets a
 * full view carrying `seq` on connect and `view:patch` messages after it. `'compact'`: the same,
 * with the views in their compact form (lists of like records as tables, shared/compact.ts), made
 * and patched so; what the bundled pages ask for. Without it, full `view` events as before, so
 * older clients keep working.
 */
export const ViewsMode = z.enum(['patch', 'compact']);
export type ViewsMode = z.infer<typeof ViewsMode>;

/** `io(url, { auth })`: host = host token + contestId; judge/screen = their own token; audience = contestId. */
export const HandshakeAuth = z.union([
  z.strictObject({ role: z.literal('host'), token: text().min(1).max(200), contestId: Id, views: ViewsMode.optional() }),
  z.strictObject({ role: z.literal('judge'), token: text().min(1).max(200), device: DeviceId.optional(), views: ViewsMode.optional() }),
  z.strictObject({ role: z.literal('screen'), token: text().min(1).max(200), views: ViewsMode.optional() }),
  /**
   * `voter`: a ballot code (codes electorate) or the phone's voter token (open electorate), to vote in a 民主测评.
   * `device`: the phone's own random id; a code is held by one device at a time (docs/protocol.md §2).
   */
  z.strictObject({ role: z.literal('audience'), contestId: Id, voter: text().min(1).max(200).optional(), device: DeviceId.optional(), views: ViewsMode.optional() }),
]);
export type HandshakeAuth = z.infer<typeof HandshakeAuth>;
