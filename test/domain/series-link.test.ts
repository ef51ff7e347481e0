// 所属系列 after the start (shared/domain/series-link.ts): the link moves in any state, the same
// link again is no event, and the projector's 红黑榜 holds it; the event moves only the link.
import { describe, expect, it } from 'vitest';
import { decideSeriesLink } from '../../shared/domain/series-link.ts';
import { publicView } from '../../shared/views.ts';
import { fold, makeDef, Show, SHEETS_375, T0 } from './given.ts';

const MARCH = { seriesId: 's1', tierId: 't1', periodId: 'm1' };
const APRIL = { ...MARCH, periodId: 'm2' };

describe('decideSeriesLink', () => {
  const finished = () => {
    const h = new Show().start();
    for (const id of ['p1', 'p2', 'p3']) h.turn(id, SHEETS_375);
    return h.finish().state;
  };

  it.each([
    ['a finished contest of no series, into one', null, MARCH],
    ['from one period to another', MARCH, APRIL],
    ['out of its series', MARCH, null],
  ])('%s: one event, and only the link changes', (_, from, to) => {
    const before = { ...finished(), def: { ...finished().def, series: from } };
    const d = decideSeriesLink(before, to, T0);
    expect(d).toEqual({ ok: true, events: [{ type: 'SeriesLinkChanged', series: to, at: T0 }] });
    const after = fold(before, d.ok ? d.events : []);
    expect(after.def.series).toEqual(to);
    expect({ ...after, def: { ...after.def, series: from }, rev: before.rev }).toEqual(before);
    expect(publicView(after).ranking).toEqual(publicView(before).ranking);
  });

  it('the same link again is no event (a repeated request writes nothing)', () => {
    const s = new Show(makeDef({ series: MARCH })).start().state;
    expect(decideSeriesLink(s, { ...MARCH }, T0)).toEqual({ ok: true, events: [] });
    expect(decideSeriesLink(new Show().state, null, T0)).toEqual({ ok: true, events: [] });
  });

  it('is refused while the projector shows the 红黑榜, and allowed once it is back to automatic', () => {
    const h = new Show(makeDef({ series: MARCH })).start().turn('p1', SHEETS_375).show('boards');
    const d = decideSeriesLink(h.state, APRIL, T0);
    expect(d).toMatchObject({ ok: false, code: 'wrong_state' });
    expect(d.ok ? '' : d.message).toContain('红黑榜');
    h.show('auto');
    expect(decideSeriesLink(h.state, APRIL, T0).ok).toBe(true);
  });
});
