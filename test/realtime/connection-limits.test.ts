// The flood limits of one connection (docs/protocol.md §9), with a clock moved by hand: buckets
// per connection, write budgets per actor across all their connections, strikes in a window.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Identity } from '../../server/auth.ts';
import { LIMITS, LocalLimits, type ConnectionLimits } from '../../server/rate-limit.ts';

let now: number;
let limits: LocalLimits;
beforeEach(() => {
  now = 1_000_000;
  limits = new LocalLimits(() => now);
});

const judge = (judgeId: string, contestId = 'c1'): Identity => ({ contestId, actor: { role: 'judge', judgeId } });
const HOST: Identity = { contestId: 'c1', actor: { role: 'host' } };
const AUDIENCE: Identity = { contestId: 'c1', actor: { role: 'audience' } };
const SCREEN: Identity = { contestId: 'c1', actor: { role: 'screen' } };
const voter = (key: string): Identity => ({ contestId: 'c1', actor: { role: 'audience', voter: { kind: 'code', key } } });

/** Commands allowed in a row, each stored (as an accepted command would be: nothing given back). */
function writes(c: ConnectionLimits, tries = 100): number {
  let n = 0;
  while (n < tries && c.command()) n++;
  return n;
}

describe('limits of a connection', () => {
  it('admitting a command reserves a write at once (a batch is answered later), and a refusal gives it back', () => {
    const c = limits.connect(judge('reserve'));
    // Admitted in one turn, before any of them is answered: the budget still ends the flood.
    expect(writes(c)).toBe(LIMITS.writes.burst);
    c.unstored(); // one of them was refused (or a repeat): nothing stored, its write comes back
    const again = limits.connect(judge('reserve')); // a fresh connection bucket, the same budget
    expect(again.command()).toBe(true);
    expect(again.command()).toBe(false);
  });

  it('a judge’s stored commands share one budget across all their connections', () => {
    const first = limits.connect(judge('j1'));
    expect(writes(first)).toBe(LIMITS.writes.burst);
    // Reconnecting buys no fresh burst…
    const again = limits.connect(judge('j1'));
    expect(again.command()).toBe(false);
    // …but the other judges, the same judge in another contest, and the host have their own.
    expect(writes(limits.connect(judge('j2')))).toBe(LIMITS.writes.burst);
    expect(writes(limits.connect(judge('j1', 'c2')))).toBe(LIMITS.writes.burst);
    expect(writes(limits.connect(HOST))).toBe(LIMITS.writes.burst);
    // The budget refills at its rate.
    now += 1000;
    expect(writes(limits.connect(judge('j1')))).toBe(LIMITS.writes.perSecond);
  });

  it('refusals and repeats (not stored) do not spend the write budget, only the connection’s bucket', () => {
    const first = limits.connect(judge('j1'));
    let n = 0;
    while (first.command()) (first.unstored(), n++); // answered, but nothing stored
    expect(n).toBe(LIMITS.commands.burst);
    expect(writes(limits.connect(judge('j1')))).toBe(LIMITS.writes.burst);
  });

  it('connections with no write budget (the screen, a phone watching without a voter) are held by the connection bucket alone', () => {
    for (const who of [AUDIENCE, SCREEN]) {
      expect(writes(limits.connect(who))).toBe(LIMITS.commands.burst);
      expect(writes(limits.connect(who))).toBe(LIMITS.commands.burst);
    }
  });

  it('a 民主测评 voter’s ballots share one small budget across their connections; other voters have their own', () => {
    expect(writes(limits.connect(voter('a')))).toBe(LIMITS.ballots.burst);
    expect(writes(limits.connect(voter('a')))).toBe(0);
    expect(writes(limits.connect(voter('b')))).toBe(LIMITS.ballots.burst);
    now += 2000; // one ballot every 2 s
    expect(writes(limits.connect(voter('a')))).toBe(1);
  });

  it('reads have their own bucket per connection', () => {
    const c = limits.connect(judge('j1'));
    let n = 0;
    while (c.read()) n++;
    expect(n).toBe(LIMITS.reads.burst);
    expect(c.command()).toBe(true);
    now += 500;
    expect([c.read(), c.read(), c.read(), c.read(), c.read(), c.read()]).toEqual([true, true, true, true, true, false]);
  });

  it('the 50th strike within 10 s cuts the connection; strikes spread wider do not', () => {
    const c = limits.connect(judge('j1'));
    for (let i = 1; i < LIMITS.strikes.max; i++) expect(c.strike(), `strike ${i}`).toBe(false);
    expect(c.strike()).toBe(true);

    const slow = limits.connect(judge('j2'));
    const gap = LIMITS.strikes.windowMs / 40; // 40 within any window
    for (let i = 0; i < LIMITS.strikes.max * 3; i++) {
      expect(slow.strike(), `strike ${i}`).toBe(false);
      now += gap;
    }
    // Strikes belong to the connection, not the actor.
    expect(limits.connect(judge('j1')).strike()).toBe(false);
  });
});
