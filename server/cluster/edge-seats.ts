// Ballot-code seats taken through edges, kept by the authority in the same book as its own
// sockets' (voter-seats.ts), so "one phone per code" holds whichever process each phone reached.
// A claim is named by the edge and its socket id. An edge that stops cleanly frees its claims
// ('leave'); one that dies cannot say so, so an edge's claims are a lease it renews: when the
// authority has not heard from an edge for the lease time, it frees them all. Otherwise a code
// photographed by a phone on a killed edge would lock its voter out until the authority restarts.
import type { VoterSeats } from '../voter-seats.ts';
import { SEAT_LEASE_MS } from './messages.ts';

interface Claim {
  contestId: string;
  voterKey: string;
}

export class EdgeSeats {
  /** edge id → when it was last heard from, and its claims by socket id. */
  private readonly edges = new Map<string, { heard: number; claims: Map<string, Claim> }>();

  constructor(
    private readonly seats: VoterSeats,
    private readonly leaseMs = SEAT_LEASE_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Anything an edge says renews its lease; answers how many claims are held for it. */
  renew(edge: string): number {
    const known = this.edges.get(edge);
    if (known) known.heard = this.now();
    return known?.claims.size ?? 0;
  }

  /**
   * Seats the edge's socket for the voter (`device`, or the socket as a device of its own); false
   * when another device holds the code, wherever it is connected.
   */
  claim(edge: string, socket: string, contestId: string, voterKey: string, device: string | null): boolean {
    const connection = `${edge}/${socket}`;
    if (!this.seats.take(contestId, voterKey, device ?? connection, connection)) return false;
    const entry = this.edges.get(edge) ?? { heard: this.now(), claims: new Map<string, Claim>() };
    entry.heard = this.now();
    entry.claims.set(socket, { contestId, voterKey });
    this.edges.set(edge, entry);
    return true;
  }

  release(edge: string, socket: string): void {
    const entry = this.edges.get(edge);
    const claim = entry?.claims.get(socket);
    if (!entry || !claim) return;
    entry.claims.delete(socket);
    this.seats.release(claim.contestId, claim.voterKey, `${edge}/${socket}`);
    if (entry.claims.size === 0) this.edges.delete(edge);
  }

  /** Frees every claim of the edge (it is stopping, or its lease ran out). */
  leave(edge: string): void {
    for (const socket of [...(this.edges.get(edge)?.claims.keys() ?? [])]) this.release(edge, socket);
    this.edges.delete(edge);
  }

  /** Frees the claims of every edge silent for longer than the lease; returns those edges. */
  expire(): string[] {
    const gone = [...this.edges].filter(([, e]) => this.now() - e.heard > this.leaseMs).map(([edge]) => edge);
    for (const edge of gone) this.leave(edge);
    return gone;
  }
}
