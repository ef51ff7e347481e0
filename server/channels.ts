// Who a view is for. Every connection of the same contest and actor is sent the same view, so
// a channel is named like an identity, and each channel is one Socket.IO room (rooms also reach
// sockets on other processes once an adapter joins them).
import type { Server, Socket } from 'socket.io';
import type { ContestState } from '../shared/domain/state.ts';
import { ViewsMode, type ClientToServerEvents, type ServerToClientEvents, type View } from '../shared/protocol/index.ts';
import { hostView, judgeView, publicView } from '../shared/views.ts';
import type { Identity } from './auth.ts';
import type { OnlineJudges } from './presence.ts';
import type { ExtrasOf } from './series-boards.ts';

/** What a connection is known by once it authenticated: who it is, and for a judge which device. */
export type SocketData = Identity & { device?: string; /** Opted in to patched (or compact patched) views. */ views?: ViewsMode };
export type IO = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type Sock = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export type Channel = Identity;

/** Every way a client can take its views: whole (no opt-in), patched, compact and patched. */
export const VIEW_FORMS = [undefined, ...ViewsMode.options] as const;

/**
 * A channel's room; with `views`, its room of clients that opted in to patched views in that form
 * (a room of its own, so each room is still one emit). Suffixes `:p` and `:z` (redis.ts knows them).
 */
export function roomOf({ contestId: c, actor }: Channel, views?: ViewsMode): string {
  const room = actor.role === 'judge' ? `c:${c}:judge:${actor.judgeId}` : `c:${c}:${actor.role}`;
  return views === 'patch' ? `${room}:p` : views === 'compact' ? `${room}:z` : room;
}

/**
 * The room an edge's socket of this channel joins. A patched one joins the patch room's twin,
 * which the authority sends the same patches through Redis: the patch room itself stays on the
 * authority, so its own patched sockets (the projector, usually) are served during a Redis outage.
 */
export function edgeRoomOf(channel: Channel, views?: ViewsMode): string {
  return views ? `${roomOf(channel, views)}:e` : roomOf(channel);
}

/** The full view a channel sees of `state` (on connect, on view:get, after a commit). */
export function viewFor({ actor }: Channel, state: ContestState, presence: OnlineJudges, extrasOf: ExtrasOf): View {
  if (actor.role === 'judge') return judgeView(state, actor.judgeId, presence.devices(state.id).get(actor.judgeId) ?? 0);
  // The series' boards and the 对标 charts (outside the contest's state) join the public view
  // here; the host's `screen` is the projector's exact view, so it gets them too.
  const { boards, benchmark } = extrasOf(state);
  const extras = { ...(boards ? { boards } : {}), ...(benchmark ? { benchmark } : {}) };
  if (actor.role === 'host') {
    const view = hostView(state, presence.online(state.id), presence.devices(state.id), presence.late?.(state.id));
    return boards || benchmark ? { ...view, screen: { ...view.screen, ...extras } } : view;
  }
  const view = publicView(state, actor.role);
  return boards || benchmark ? { ...view, ...extras } : view;
}
