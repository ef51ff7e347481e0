// The small public view (issue 17) for a 30-presenter × 15-judge contest with everyone revealed:
// measured, not guessed. Plain, it is ~7.3 KB: the 30 presenters (~2.8 KB), the ranking (~2.2 KB)
// and the presenter on stage's 15 marks (~1.4 KB) the pages draw, mostly the same keys on every
// line; in the compact form the bundled pages take, under the 4 KB (docs/protocol.md §3).
import { describe, expect, it } from 'vitest';
import { bigContest } from '../../bench/view-weight.ts';
import { pack, unpack } from '../../shared/compact.ts';
import { smallPublicView, revealedResult } from '../../shared/small-view.ts';
import { publicView } from '../../shared/views.ts';

describe('the small public view', () => {
  const { state } = bigContest();
  const whole = publicView(state, 'audience');
  const small = smallPublicView(whole);

  it('is a seventh of the whole view for 30 × 15, everyone revealed', () => {
    expect(whole.revealed).toHaveLength(30);
    expect(JSON.stringify(whole).length).toBeGreaterThan(45_000);
    expect(JSON.stringify(small).length).toBeLessThan(7_000);
  });

  it('is at most 4 KB of UTF-8 in the compact form, and unpacks to the small view', () => {
    const text = JSON.stringify(pack(small));
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(4096);
    expect(unpack(JSON.parse(text))).toEqual(JSON.parse(JSON.stringify(small)));
  });

  it('keeps the presenter on stage whole, and every final and penalty in the ranking', () => {
    const cur = whole.current!.presenterId;
    expect(small.revealed).toEqual([whole.revealed.find((r) => r.presenterId === cur)]);
    expect(small.ranking).toEqual(whole.ranking);
    const finals = new Map(whole.revealed.map((r) => [r.presenterId, [r.final, r.penalty]]));
    expect(small.ranking.map((l) => [l.final, l.penalty])).toEqual(small.ranking.map((l) => finals.get(l.presenterId)));
  });

  it('keeps the 民主测评 lines of past presenters, for the boards that list them', () => {
    const line = { options: [{ id: 'good', name: '好', points: 100, count: 3 }], ballots: 3, counted: 3, score: 100, satisfaction: 1, weight: 0.2, scaled: 100, component: 20, judges: 80, pending: false, noBallots: false };
    const withLines = { ...whole, revealed: whole.revealed.map((r) => ({ ...r, appraisal: line })) };
    const kept = smallPublicView(withLines).revealed;
    expect(kept).toHaveLength(30);
    expect(kept.filter((r) => r.presenterId !== whole.current!.presenterId).every((r) => r.marks.length === 0 && r.groups.length === 0 && r.appraisal === line)).toBe(true);
  });

  it('gives a past presenter whole on request', () => {
    const past = whole.revealed[0]!;
    expect(revealedResult(whole, past.presenterId)).toEqual(past);
    expect(revealedResult(whole, 'nobody')).toBe('unknown');
  });
});
