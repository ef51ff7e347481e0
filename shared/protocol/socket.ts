// The typed Socket.IO event maps (socket.io's ClientToServerEvents/ServerToClientEvents).
import type { Ack } from './errors.ts';
import type { CommandPayload, CommandType } from './commands.ts';
import type { ResultAnswer, ResultGet, ViewPatch } from './patch.ts';
import type { View } from './views.ts';

type AckFn = (ack: Ack) => void;
export type ClientToServerEvents = { [T in CommandType]: (payload: CommandPayload<T>, ack: AckFn) => void } & {
  /** Ask for a fresh full view (after a revision gap; with `views: 'patch'`, the view carries `seq`). */
  'view:get': (ack: (view: View) => void) => void;
  /** One revealed presenter's whole result (patched public views carry the current one's marks only). */
  'result:get': (query: ResultGet, ack: (answer: ResultAnswer) => void) => void;
  /** Clock offset measurement: the server answers with its Date.now(). */
  'clock:ping': (ack: (serverNow: number) => void) => void;
};
export interface ServerToClientEvents {
  /** A full view (with `views: 'patch'`, once on connect, carrying `seq`). */
  view: (view: View) => void;
  /** With `views: 'patch'`: the change from the view whose `seq` is `base` (docs/protocol.md §3). */
  'view:patch': (patch: ViewPatch) => void;
  /** Sent just before the server disconnects a judge whose token was reissued. */
  'session:revoked': (info: { reason: string }) => void;
}
