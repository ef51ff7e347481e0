// 第 N 位 on the projector and the phones: the place in the speaking order, except for a unit absent
// at its turn and called at the end, which is the last to speak.
import { describe, expect, it } from 'vitest';
import { turnOf } from '../../client/screen/format.ts';
import { publicView } from '../../shared/views.ts';
import { show, SHEETS_375 } from '../domain/given.ts';

describe('the turn of the unit on stage', () => {
  it('counts those who have spoken, so a unit called back from absent is last', () => {
    const h = show().start().turn('p1', SHEETS_375);
    h.next('p2').do({ type: 'presenter:absent', presenterId: 'p2' });
    h.turn('p3', SHEETS_375);
    expect(turnOf(publicView(h.state), 'p3')).toBe(3); // its place, as the 出场顺序 page numbers it
    h.next('p2');
    const v = publicView(h.state);
    expect(v.current?.presenterId).toBe('p2');
    expect(turnOf(v, 'p2')).toBe(3);
    // Anyone not on stage keeps their place in the speaking order.
    expect(turnOf(v, 'p3')).toBe(3);
    expect(turnOf(v, 'p1')).toBe(1);
  });

  it('is the place in the order when everyone speaks in turn', () => {
    const h = show().start().turn('p1', SHEETS_375).next('p2');
    expect(turnOf(publicView(h.state), 'p2')).toBe(2);
  });
});
