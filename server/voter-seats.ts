// One phone per ballot code at a time (issue 14, "a code used on two phones at once"). A code
// photographed off a neighbour's slip must not vote beside it, but the voter's own phone must
// get back in after a reload or a Wi-Fi drop, when the server may not yet have noticed the old
// connection is gone (up to the ping timeout). So a seat belongs to a device — the random id
// the audience page keeps in its storage — not to a connection: the same device may hold any
// number of connections, another device is refused while the first holds one. A client that
// sends no device id is a device of its own per connection. Seats live in this process's
// memory: a restart frees them all, which costs nothing (phones reconnect and take them again).
// With edges, the authority keeps the one book for every process (cluster/edge-seats.ts).
import { ErrorCode } from '../shared/protocol/index.ts';

/** The refusal of a second device, the same at the authority's door and an edge's. */
export const SEAT_TAKEN = {
  code: ErrorCode.Unauthorized,
  message: '该测评码正在另一台手机上使用；如需换手机，请先关闭原手机上的页面 (this ballot code is in use on another phone)',
} as const;

export class VoterSeats {
  /** contest → voter key → the device seated and its live connections. */
  private readonly seats = new Map<string, Map<string, { device: string; sockets: Set<string> }>>();

  /** Seats `socketId` of `device` for the voter; false when another device holds the seat. */
  take(contestId: string, voterKey: string, device: string, socketId: string): boolean {
    const voters = this.seats.get(contestId) ?? new Map<string, { device: string; sockets: Set<string> }>();
    this.seats.set(contestId, voters);
    const seat = voters.get(voterKey);
    if (seat && seat.device !== device && seat.sockets.size > 0) return false;
    if (!seat || seat.device !== device) voters.set(voterKey, { device, sockets: new Set([socketId]) });
    else seat.sockets.add(socketId);
    return true;
  }

  /** The live connections seated for the voter: socket ids (an edge's named `edge/socket`). */
  connections(contestId: string, voterKey: string): string[] {
    return [...(this.seats.get(contestId)?.get(voterKey)?.sockets ?? [])];
  }

  release(contestId: string, voterKey: string, socketId: string): void {
    const voters = this.seats.get(contestId);
    const seat = voters?.get(voterKey);
    if (!voters || !seat) return;
    seat.sockets.delete(socketId);
    if (seat.sockets.size === 0) voters.delete(voterKey);
    if (voters.size === 0) this.seats.delete(contestId);
  }
}
