// `npm run bench -- --only=series` in miniature: a year of 1 tier × 2 periods × 5 units (a 擂台赛
// with a unit absent on the day, then a 评比 where one unit was renamed and another typed wrong
// and merged back), ledger pasted and corrected, built through the server and read back by a
// fresh `server/main.ts`. Timings are never asserted; the standings the restarted server gives
// must equal a recomputation done here from the judges' marks and the ledger, by docs/series.md.
import { describe, expect, it } from 'vitest';
import { renderSeriesYear } from '../../bench/render.ts';
import { runSeriesYear } from '../../bench/series-year.ts';
import { absentOnTheDay, CRITERIA, listed, marks, oddities, unitName, type YearOptions } from '../../bench/series-year-data.ts';

const YEAR: YearOptions = { tiers: 1, periods: 2, units: 5, judges: 5, ledgerEntries: 200 };

type Standings = {
  period: { lines: { unitId: string; score: number | null; rank: number | null }[] };
  cumulative: { lines: { unitId: string; total: number | null; rank: number | null }[] };
  boards: { red: { unitId: string }[]; black: { unitId: string }[]; absent: string[] };
  units: Record<string, string>;
};
type Series = {
  units: { id: string; name: string; mergedInto: string | null }[];
  ledger: { id: string; unitId: string; periodId: string; points: number; corrects: string | null }[];
};

/** Rounded half away from zero to two decimals, on values that are exact in hundredths or not halves. */
const round2 = (x: number) => Math.sign(x) * Math.round(Math.abs(x) * 100 + 1e-9) / 100;

/** A unit's contest final: each judge's total, the highest and lowest dropped, the mean of the rest. */
function final(p: number, u: number): number {
  const totals = Array.from({ length: YEAR.judges }, (_, j) => marks(0, p, u, j).reduce((a, b) => a + b, 0)).sort((a, b) => a - b);
  const kept = totals.slice(1, -1);
  return round2(kept.reduce((a, b) => a + b, 0) / kept.length);
}

/** Competition ranks (1, 2, 2, 4) of scores, best first. */
const rankOf = (score: number, all: number[]) => 1 + all.filter((s) => s > score).length;

describe('the county-year benchmark in miniature', () => {
  it('builds the year through the server, measures it, and the restarted server stands the units as recomputed here', { timeout: 180_000 }, async () => {
    let checked = false;
    const r = await runSeriesYear(YEAR, () => {}, {
      passes: 1,
      fileRuns: 1,
      page: false,
      inspect: async (url, seriesId, token) => {
        const get = async <T,>(route: string) => (await (await fetch(url + route, { headers: { authorization: `Bearer ${token}` } })).json()) as T;
        const series = await get<Series>(`/api/series/${seriesId}`);
        const odd = oddities(YEAR);
        // Names at the end of the year: unit 0 renamed; the typo merged into unit 1.
        const nameOf = (u: number) => (u === 0 ? odd.renamed(0) : unitName(0, u));
        const unitIdOf = (u: number) => series.units.find((x) => x.name === nameOf(u) && x.mergedInto === null)!.id;
        const canonical = (id: string) => series.units.find((x) => x.id === id)?.mergedInto ?? id;
        expect(series.units.filter((x) => x.mergedInto === null).map((x) => x.name).sort()).toEqual([0, 1, 2, 3, 4].map(nameOf).sort());
        // The ledger as it counts: corrected entries replaced by their corrections.
        const corrected = new Set(series.ledger.flatMap((e) => (e.corrects ? [e.corrects] : [])));
        expect(corrected.size).toBe(2);
        const ledger = (u: number, periodId: string) =>
          series.ledger.filter((e) => !corrected.has(e.id) && e.periodId === periodId && canonical(e.unitId) === unitIdOf(u)).reduce((a, e) => a + e.points, 0);

        let cumulative = new Map<number, number>();
        for (const [p, periodId] of ['m1', 'm2'].entries()) {
          const present = listed(YEAR, 0, p).map((x) => x.u).filter((u) => u !== absentOnTheDay(YEAR, 0, p));
          const score = new Map(present.map((u) => [u, round2(final(p, u) + ledger(u, periodId))]));
          const scores = [...score.values()];
          expect(new Set(scores).size, 'the data should not make ties, or the tie-break chain would decide').toBe(scores.length);
          cumulative = new Map([...new Set([...cumulative.keys(), ...present])].map((u) => [u, round2((cumulative.get(u) ?? 0) + (score.get(u) ?? 0))]));

          const got = await get<Standings>(`/api/series/${seriesId}/standings?tier=t1&period=${periodId}`);
          const absent = [0, 1, 2, 3, 4].filter((u) => !score.has(u));
          const byScore = [...score.entries()].sort((a, b) => b[1] - a[1]);
          expect(got.period.lines.map((l) => [l.unitId, l.score, l.rank])).toEqual([
            ...byScore.map(([u, s]) => [unitIdOf(u), s, rankOf(s, scores)]),
            ...absent.map((u) => [unitIdOf(u), null, null]),
          ]);
          const totals = [...cumulative.values()];
          expect(new Set(got.cumulative.lines.map((l) => l.unitId))).toEqual(new Set([0, 1, 2, 3, 4].map(unitIdOf)));
          for (const [u, total] of cumulative) expect(got.cumulative.lines.find((l) => l.unitId === unitIdOf(u))).toMatchObject({ total, rank: rankOf(total, totals) });
          // Top 3 red; bottom 3 black, a unit on both only on the red board; absent units on neither.
          const red = byScore.slice(0, 3).map(([u]) => unitIdOf(u));
          const black = byScore.slice(-3).reverse().map(([u]) => unitIdOf(u)).filter((id) => !red.includes(id));
          expect(got.boards.red.map((l) => l.unitId)).toEqual(red);
          expect(got.boards.black.map((l) => l.unitId)).toEqual(black);
          expect(got.boards.absent).toEqual(absent.map(unitIdOf));
        }
        checked = true;
      },
    });
    expect(checked).toBe(true);
    expect(r.build).toMatchObject({ contests: 2, rating: 1, ledgerEntries: 200, units: 5 });
    expect(CRITERIA).toHaveLength(4);
    expect(r.standings.all.n).toBe(2);
    expect(r.files.map((f) => f.file)).toEqual(['report.pdf, one tier', 'report.pdf, all tiers', 'poster.pdf A3', 'series.xlsx']);
    for (const f of r.files) expect(f.kb > 1 && f.firstMs > 0).toBe(true);
    expect(r.files[0]!.pages).toBeGreaterThan(2);
    const doc = renderSeriesYear(r, { node: 'v20', cpus: 2, cpu: 'x', memGb: 1 }, [1, 1, 1]);
    expect(doc).toContain('standings and boards of a tier × period < 200 ms');
    expect(doc).toContain('not measured (no built client)');
  });
});
