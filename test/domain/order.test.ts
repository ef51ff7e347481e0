// Speaking order: drawn by lot (seeded, stored in the event) or set by hand.
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../shared/domain/events.ts';
import { created, given, reportTimer, show, SHEETS_375, stateOf } from './given.ts';

const IDS = ['p1', 'p2', 'p3'];

function drawnOrder(events: DomainEvent[], seed: number): string[] {
  const [e] = given(events).when({ type: 'order:draw' }, { seed }).events();
  if (e?.type !== 'OrderDrawn') throw new Error(`expected OrderDrawn, got ${e?.type}`);
  expect(e.seed).toBe(seed);
  return e.order;
}

describe('order:draw', () => {
  it('stores the drawn order and the seed in the event', () => {
    const order = drawnOrder([created()], 42);
    const s = given([created()])
      .when({ type: 'order:draw' }, { seed: 42 })
      .then([{ type: 'OrderDrawn', order, seed: 42 }]);
    expect(s.order).toEqual(order);
    expect(s.orderMethod).toBe('drawn');
  });

  it('gives the same order for the same seed', () => {
    expect(drawnOrder([created()], 20250601)).toEqual(drawnOrder([created()], 20250601));
    expect(drawnOrder(show().start().history(), 7)).toEqual(drawnOrder([created()], 7));
  });

  it('gives a permutation of the presenters for any seed, and different seeds give different orders', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      const order = drawnOrder([created()], (seed * 2654435761) >>> 0);
      expect([...order].sort()).toEqual(IDS);
      seen.add(order.join(','));
    }
    // 3 presenters have 6 orders; 40 draws that all came out alike would mean no shuffle at all.
    expect(seen.size).toBeGreaterThan(1);
  });

  it('replays to the stored order without recomputing it from the seed', () => {
    // An order that seed 42 need not produce: replay must trust the event, not re-shuffle.
    const stored = ['p3', 'p1', 'p2'];
    const s = stateOf([created(), { type: 'OrderDrawn', order: stored, seed: 42 }]);
    expect(s.order).toEqual(stored);
    const real = show().draw(123456);
    expect(stateOf(real.history()).order).toEqual(real.state.order);
  });

  it('may be drawn again before anyone presents (after start too)', () => {
    const h = show().draw(1).start();
    const order = drawnOrder(h.history(), 99);
    given(h.history())
      .when({ type: 'order:draw' }, { seed: 99 })
      .then([{ type: 'OrderDrawn', order, seed: 99 }]);
  });

  it('presenter:next follows the drawn order', () => {
    const h = show().draw(31337).start();
    const first = h.state.order[0];
    given(h.history())
      .when({ type: 'presenter:next' })
      .then([{ type: 'PresenterCalled', presenterId: first ?? '', timer: reportTimer() }]);
  });

  it('is still allowed when presenters were only marked absent or skipped', () => {
    const h = show().start().do({ type: 'presenter:absent', presenterId: 'p1' }).do({ type: 'presenter:skip', presenterId: 'p2' });
    expect(given(h.history()).when({ type: 'order:draw' }, { seed: 5 }).decision.ok).toBe(true);
  });

  it('is allowed again once the only presenter who began was stepped back to waiting', () => {
    const h = show().start().next('p1').back();
    expect(h.state.presenters.p1?.status).toBe('waiting');
    expect(given(h.history()).when({ type: 'order:draw' }, { seed: 5 }).decision.ok).toBe(true);
  });
});

describe('order:draw and order:set once a presenter has begun', () => {
  const begun: [string, () => DomainEvent[]][] = [
    ['a presenter is in the report', () => show().start().next().history()],
    ['a presenter is in scoring', () => show().start().next().open().history()],
    ['a presenter was revealed', () => show().start().turn('p1', SHEETS_375).history()],
  ];
  it.each(begun)('order:draw is refused when %s', (_, history) => {
    given(history()).when({ type: 'order:draw' }, { seed: 3 }).thenFails('wrong_state');
  });
  it.each(begun)('order:set is refused when %s', (_, history) => {
    given(history()).when({ type: 'order:set', order: ['p3', 'p2', 'p1'] }).thenFails('wrong_state');
  });
});

describe('order:set', () => {
  it('sets the order by hand', () => {
    const s = given([created()])
      .when({ type: 'order:set', order: ['p2', 'p3', 'p1'] })
      .then([{ type: 'OrderSet', order: ['p2', 'p3', 'p1'] }]);
    expect(s.order).toEqual(['p2', 'p3', 'p1']);
    expect(s.orderMethod).toBe('manual');
  });

  it('replaces a drawn order', () => {
    const s = given(show().draw(8).history())
      .when({ type: 'order:set', order: ['p3', 'p2', 'p1'] })
      .then([{ type: 'OrderSet', order: ['p3', 'p2', 'p1'] }]);
    expect(s.orderMethod).toBe('manual');
  });

  it('presenter:next follows the set order', () => {
    const h = show().do({ type: 'order:set', order: ['p3', 'p1', 'p2'] }).start();
    given(h.history())
      .when({ type: 'presenter:next' })
      .then([{ type: 'PresenterCalled', presenterId: 'p3', timer: reportTimer() }]);
    h.turn('p3', SHEETS_375);
    given(h.history())
      .when({ type: 'presenter:next' })
      .then([{ type: 'PresenterCalled', presenterId: 'p1', timer: reportTimer() }]);
  });

  it.each([
    ['a presenter missing', ['p1', 'p2']],
    ['a duplicate', ['p1', 'p2', 'p2']],
    ['a duplicate replacing one', ['p1', 'p1', 'p3']],
    ['an unknown id', ['p1', 'p2', 'p4']],
    ['an extra id', ['p1', 'p2', 'p3', 'p4']],
    ['a presenter listed twice plus all others', ['p1', 'p2', 'p3', 'p1']],
  ])('must be a permutation: refuses %s', (_, order) => {
    given([created()]).when({ type: 'order:set', order }).thenFails('invalid');
  });
});
