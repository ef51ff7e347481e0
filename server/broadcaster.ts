// Delivers each role's view of a committed state to whoever watches it. The pipeline calls
// `publish` after every commit; what happens then (now: one Socket.IO emit per room) is this
// module's business, so batching per tick or patches can replace it without touching commands.
import type { Actor } from '../shared/domain/decide.ts';
import type { ContestState } from '../shared/domain/state.ts';
import { isPublicRole, ViewsMode, type View } from '../shared/protocol/index.ts';
import { judgeView } from '../shared/views.ts';
import { edgeRoomOf, roomOf, viewFor, type Channel, type IO } from './channels.ts';
import type { OnlineJudges } from './presence.ts';
import type { ExtrasOf } from './series-boards.ts';
import type { PatchRooms } from './view-patches.ts';

export interface Broadcaster {
  /**
   * After a commit: every role's view of `state`, the screen first. `beforeAudience` (the batch's
   * acks) runs before the audience's, so no ack waits for the audience fan-out. With `senders`
   * (who sent the batch's commands), only their views go before the acks, and the host's and the
   * other judges' after the audience's: the hall does not wait for the views of people who did
   * not act (docs/protocol.md §3). Without, the host and every judge go before the acks.
   */
  publish(state: ContestState, beforeAudience?: () => void, senders?: readonly Actor[]): void;
  /** After a presence change: the host's view alone (same rev, `online` and `devices` updated). */
  publishHost(state: ContestState): void;
  /** After a change of a judge's devices: that judge's view (same rev, `otherDevices` updated). */
  publishJudge(state: ContestState, judgeId: string): void;
}

/**
 * Whether anybody watches a channel. A view nobody watches is not built: the host view is the
 * costliest thing a commit makes. Asked of the broadcaster's own seam, never of local rooms
 * directly, because with fan-out to other processes the watchers may all be elsewhere.
 */
export interface Subscribers {
  /** `views`: asks about the channel's room of clients that take patched views in that form. */
  any(channel: Channel, views?: ViewsMode): boolean;
}

/** Watchers on this process only: right while every socket connects to this process. */
export class LocalSubscribers implements Subscribers {
  constructor(private readonly io: IO) {}

  any(channel: Channel, views?: ViewsMode): boolean {
    return (this.io.of('/').adapter.rooms.get(roomOf(channel, views))?.size ?? 0) > 0;
  }
}

/**
 * One emit per room, never per socket (the views memoize their costly parts per state,
 * shared/views.ts). Emits go through the server's adapter, so they reach a room's remote
 * sockets too once an adapter connects processes.
 */
export class SocketBroadcaster implements Broadcaster {
  // A judge is sent a view only when it changed: when another judge submits, theirs differs in
  // rev alone, and views are whole (no patches), so a skipped rev leaves no gap to repair. For
  // that, the last view sent to each judge room is kept (without rev); a room nobody watches
  // forgets it, since whoever joins later gets the current view on connecting.
  private readonly lastJudgeView = new Map<string, string>();

  constructor(
    private readonly io: IO,
    private readonly subscribers: Subscribers,
    private readonly presence: OnlineJudges,
    /** The series' boards or 对标 charts for a contest whose screen shows them (none without the books). */
    private readonly extrasOf: ExtrasOf = () => ({ boards: null, benchmark: null }),
    /** The last view of each patch room; without it, no patch room is sent anything (nobody can be in one). */
    private readonly patches: PatchRooms | null = null,
    /** With edges: the public patch rooms' changes also go to their edge twins (channels.ts edgeRoomOf). */
    private readonly edges = false,
  ) {}

  publish(state: ContestState, beforeAudience?: () => void, senders?: readonly Actor[]): void {
    const c = state.id;
    // The series' boards and 对标 charts, when the screen shows them, are computed once for the screen, the host and the audience.
    let extras: ReturnType<ExtrasOf> | undefined;
    const once: ExtrasOf = (s) => (extras ??= this.extrasOf(s));
    const devices = this.presence.devices(c);
    // Whose views go before the acks: every one's, or the senders' only.
    const hostEarly = !senders || senders.some((s) => s.role === 'host');
    const judgeEarly = (id: string) => !senders || senders.some((s) => s.role === 'judge' && s.judgeId === id);
    const judgeIds = state.def.judges.map((j) => j.id);
    const judge = (id: string) => this.sendJudge(state, id, devices.get(id) ?? 0);
    // The projector first (the hall watches it), then whoever must see their command before its ack.
    this.send({ contestId: c, actor: { role: 'screen' } }, (ch) => viewFor(ch, state, this.presence, once));
    if (hostEarly) this.publishHost(state, once);
    judgeIds.filter(judgeEarly).forEach(judge);
    beforeAudience?.();
    this.send({ contestId: c, actor: { role: 'audience' } }, (ch) => viewFor(ch, state, this.presence, once));
    if (!hostEarly) this.publishHost(state, once);
    judgeIds.filter((id) => !judgeEarly(id)).forEach(judge);
  }

  publishHost(state: ContestState, extrasOf: ExtrasOf = this.extrasOf): void {
    this.send({ contestId: state.id, actor: { role: 'host' } }, (ch) => viewFor(ch, state, this.presence, extrasOf));
  }

  publishJudge(state: ContestState, judgeId: string): void {
    this.sendJudge(state, judgeId, this.presence.devices(state.id).get(judgeId) ?? 0);
  }

  private send(channel: Channel, view: (channel: Channel) => View): void {
    let made: View | undefined;
    const once = () => (made ??= view(channel));
    if (this.subscribers.any(channel)) this.io.to(roomOf(channel)).emit('view', once());
    this.sendPatch(channel, once);
  }

  /** The patch rooms' share of a view: for each form, the change since the last view sent to that room. */
  private sendPatch(channel: Channel, view: () => View): void {
    if (!this.patches) return;
    const edgeTwin = this.edges && isPublicRole(channel.actor.role);
    for (const form of ViewsMode.options) {
      const room = roomOf(channel, form);
      if (!this.subscribers.any(channel, form)) {
        this.patches.forget(room);
        continue;
      }
      const sent = this.patches.next(room, view(), form);
      for (const to of edgeTwin ? [room, edgeRoomOf(channel, form)] : [room]) this.emitChange(to, sent);
    }
  }

  private emitChange(room: string, sent: ReturnType<PatchRooms['next']>): void {
    if (sent && 'patch' in sent) this.io.to(room).emit('view:patch', sent.patch);
    else if (sent) this.io.to(room).emit('view', sent.view);
  }

  private sendJudge(state: ContestState, judgeId: string, devices: number): void {
    const channel: Channel = { contestId: state.id, actor: { role: 'judge', judgeId } };
    const room = roomOf(channel);
    let made: View | undefined;
    const view = () => (made ??= judgeView(state, judgeId, devices));
    this.sendPatch(channel, view);
    if (!this.subscribers.any(channel)) return void this.lastJudgeView.delete(room);
    this.sendFullJudge(room, view());
  }

  private sendFullJudge(room: string, view: View): void {
    const content = JSON.stringify({ ...view, rev: 0 });
    if (this.lastJudgeView.get(room) === content) return;
    this.lastJudgeView.set(room, content);
    this.io.to(room).emit('view', view);
  }
}
