// The authority's book of edges' ballot-code claims, on a hand-driven clock: given claims, when
// time passes or an edge speaks, then who holds which code.
import { describe, expect, it } from 'vitest';
import { EdgeSeats } from '../../server/cluster/edge-seats.ts';
import { VoterSeats } from '../../server/voter-seats.ts';

function book() {
  let now = 0;
  const seats = new VoterSeats();
  const edges = new EdgeSeats(seats, 6000, () => now);
  return { seats, edges, tick: (ms: number) => (now += ms) };
}

describe('EdgeSeats', () => {
  it('refuses another device wherever it asks, and lets the same device in on another edge', () => {
    const { seats, edges } = book();
    expect(edges.claim('e1', 's1', 'c', 'code-a', 'phone-1')).toBe(true);
    expect(edges.claim('e2', 's2', 'c', 'code-a', 'phone-2')).toBe(false);
    expect(seats.take('c', 'code-a', 'phone-2', 'local-socket')).toBe(false); // a socket on the authority itself
    expect(edges.claim('e2', 's3', 'c', 'code-a', 'phone-1')).toBe(true);
    edges.release('e1', 's1');
    expect(edges.claim('e2', 's4', 'c', 'code-a', 'phone-2')).toBe(false); // s3 still holds it
    edges.release('e2', 's3');
    expect(edges.claim('e2', 's4', 'c', 'code-a', 'phone-2')).toBe(true);
  });

  it('counts a socket without a device id as a device of its own', () => {
    const { edges } = book();
    expect(edges.claim('e1', 's1', 'c', 'code-a', null)).toBe(true);
    expect(edges.claim('e1', 's2', 'c', 'code-a', null)).toBe(false);
  });

  it('frees the claims of an edge silent for longer than the lease, and only those', () => {
    const { edges, tick } = book();
    edges.claim('quiet', 's1', 'c', 'code-a', 'phone-1');
    edges.claim('alive', 's2', 'c', 'code-b', 'phone-2');
    tick(4000);
    expect(edges.renew('alive')).toBe(1);
    tick(2001);
    expect(edges.expire()).toEqual(['quiet']);
    expect(edges.renew('quiet')).toBe(0); // the edge learns it must claim again
    expect(edges.claim('e3', 's3', 'c', 'code-a', 'phone-3')).toBe(true);
    expect(edges.claim('e3', 's4', 'c', 'code-b', 'phone-3')).toBe(false);
  });

  it('frees every claim of an edge that leaves', () => {
    const { edges } = book();
    edges.claim('e1', 's1', 'c', 'code-a', 'phone-1');
    edges.claim('e1', 's2', 'c', 'code-b', 'phone-2');
    edges.leave('e1');
    expect(edges.renew('e1')).toBe(0);
    expect(edges.claim('e2', 's3', 'c', 'code-a', 'phone-3')).toBe(true);
    expect(edges.claim('e2', 's4', 'c', 'code-b', 'phone-3')).toBe(true);
  });
});
