// Event sourcing invariants: rev counts events, replay rebuilds the state built step by step,
// evolve never mutates the state it is given.
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../shared/domain/events.ts';
import { evolve, initialState, replay } from '../../shared/domain/evolve.ts';
import type { ContestState } from '../../shared/domain/state.ts';
import { created, DEF, stateOf, T0 } from './given.ts';
import { referenceShow } from './reference-show.ts';

/** A whole evening with every kind of event (the one the state-format test records). */
const fullShow = referenceShow;

describe('rev and replay', () => {
  it('the full show runs without refusals and ends finished', () => {
    const s = fullShow().state;
    expect(s).toMatchObject({ status: 'finished', partial: false, order: ['p1', 'p2', 'p3'], orderMethod: 'manual' });
    expect(Object.values(s.presenters).map((p) => p.status)).toEqual(['done', 'absent', 'done']);
    expect(s.presenters.p1?.marks.j1).toMatchObject({ values: [26, 12.5], amended: 1 });
    expect(s.presenters.p3?.marks.j2?.correction?.reason).toBe('补录纸质评分');
  });

  it('rev starts at 1 with ContestCreated and increases by exactly one per event', () => {
    const events = fullShow().history();
    let s = stateOf(events.slice(0, 1));
    expect(s.rev).toBe(1);
    for (const [i, e] of events.slice(1).entries()) {
      const next = evolve(s, e);
      expect(next.rev, `after event ${i + 1} (${e.type})`).toBe(s.rev + 1);
      s = next;
    }
    expect(s.rev).toBe(events.length);
  });

  it('replay(events) equals the state built step by step, at every prefix', () => {
    const script = fullShow().history();
    const steps: ContestState[] = [];
    // Build the same history one event at a time and compare against replay of each prefix.
    let s = initialState(script[0] as Extract<DomainEvent, { type: 'ContestCreated' }>);
    for (let n = 1; n < script.length; n++) {
      s = evolve(s, script[n] as DomainEvent);
      steps.push(s);
      expect(replay(script.slice(0, n + 1))).toEqual(s);
    }
    expect(replay(script)).toEqual(steps.at(-1));
  });

  it('replay of the events a live run appended equals the live state (JSON round trip too)', () => {
    const h = fullShow();
    const live = h.state;
    const stored = JSON.parse(JSON.stringify(h.history())) as DomainEvent[];
    expect(replay(stored)).toEqual(live);
  });

  it('evolve does not mutate the state it is given', () => {
    const events = fullShow().history();
    let s = stateOf(events.slice(0, 1));
    for (const e of events.slice(1)) {
      const before = structuredClone(s);
      const next = evolve(s, e);
      expect(s, `evolve(${e.type}) changed its input`).toEqual(before);
      s = next;
    }
    // Re-check with a frozen state: any in-place write would throw in strict mode.
    const frozen = deepFreeze(stateOf(events.slice(0, 20)));
    expect(() => events.slice(20).reduce(evolve, frozen)).not.toThrow();
  });

  it('replay needs a ContestCreated first', () => {
    expect(replay([])).toBeNull();
    expect(replay([{ type: 'ContestStarted', at: T0 }])).toBeNull();
    expect(replay([created()])).toMatchObject({ id: 'c-test', def: DEF, status: 'setup', rev: 1, order: ['p1', 'p2', 'p3'] });
  });
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
