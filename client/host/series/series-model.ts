// Reading a series as the pages show it: names by id, the contests of a cell, the period after
// a period, and which entries a correction replaced. Pure, so the pages stay plain rendering.
import type { LedgerEntryLine, SeriesContestLine, SeriesDetail, SeriesUnitLine } from '../../../shared/protocol/http.ts';
import { normaliseDate } from './ledger-paste.ts';
import { monthOfPeriod } from './period-month.ts';

type Def = SeriesDetail['definition'];

export const nameOf = (items: readonly { id: string; name: string }[], id: string): string => items.find((x) => x.id === id)?.name ?? id;

/** The tier × period cell's contests, in the order they were linked. */
export const contestsIn = (s: SeriesDetail, tierId: string, periodId: string): SeriesContestLine[] =>
  s.contests.filter((c) => c.tierId === tierId && c.periodId === periodId);

/** The period after this one in the series' order; null for the last. */
export function nextPeriod(def: Def, periodId: string): string | null {
  const i = def.periods.findIndex((p) => p.id === periodId);
  return i >= 0 && i + 1 < def.periods.length ? def.periods[i + 1]!.id : null;
}

/** Units of a tier: active first (in the order they appeared), merged ones after. */
export const unitsOf = (s: SeriesDetail, tierId: string): SeriesUnitLine[] => {
  const here = s.units.filter((u) => u.tierId === tierId);
  return [...here.filter((u) => !u.mergedInto), ...here.filter((u) => u.mergedInto)];
};

export const activeUnits = (s: SeriesDetail, tierId?: string): SeriesUnitLine[] =>
  s.units.filter((u) => u.mergedInto === null && (tierId === undefined || u.tierId === tierId));

export const tierOfUnit = (s: SeriesDetail, unitId: string): string | null => s.units.find((u) => u.id === unitId)?.tierId ?? null;

/** What a merge moves into the unit it goes into: its contests and its ledger entries. */
export function mergeMoves(s: SeriesDetail, unitId: string): { contests: SeriesContestLine[]; entries: LedgerEntryLine[] } {
  return {
    contests: s.contests.filter((c) => Object.values(c.units).includes(unitId)),
    entries: s.ledger.filter((e) => e.unitId === unitId),
  };
}

/** The correction of each corrected entry, by the corrected entry's id. */
export function correctionsByEntry(ledger: readonly LedgerEntryLine[]): Map<string, LedgerEntryLine> {
  return new Map(ledger.flatMap((e) => (e.corrects ? [[e.corrects, e] as const] : [])));
}

/** A unit's current name for an entry that may name a merged unit. */
export function unitLabel(s: SeriesDetail, unitId: string): string {
  const u = s.units.find((x) => x.id === unitId);
  if (!u) return unitId;
  return u.mergedInto ? nameOf(s.units, u.mergedInto) : u.name;
}

/**
 * Where the ledger opens: the latest period with a contest or a ledger entry, in the tier of its
 * latest contest (else the first tier); the first period of a fresh series. With `results`, where
 * the standings and 表彰 open: only contests that have started count, so next month's contest,
 * set up ahead (复制为下期), does not open them on a period with nothing to show yet.
 */
export function defaultPlace(s: SeriesDetail, results = false): { tierId: string; periodId: string } {
  const { periods, tiers } = s.definition;
  const tierOf = new Map(s.units.map((u) => [u.id, u.tierId]));
  const started = s.contests.filter((c) => c.status === 'running' || c.status === 'finished');
  const contests = results && started.length > 0 ? started : s.contests;
  const used = [...contests.map((c) => ({ periodId: c.periodId, tierId: c.tierId })), ...s.ledger.map((e) => ({ periodId: e.periodId, tierId: tierOf.get(e.unitId) ?? '' }))];
  const order = (periodId: string) => periods.findIndex((p) => p.id === periodId);
  const latest = used.reduce<(typeof used)[number] | null>((best, x) => (best === null || order(x.periodId) > order(best.periodId) ? x : best), null);
  const contest = [...contests].reverse().find((c) => c.periodId === latest?.periodId);
  return { periodId: latest?.periodId ?? periods[0]?.id ?? '', tierId: contest?.tierId ?? latest?.tierId ?? tiers[0]?.id ?? '' };
}

/**
 * Where a contest most likely goes in a series: the tier named as its 参赛对象, the period named
 * after its month (2026年3月). Exact matches only; otherwise the first tier and period, for the
 * host to pick. The setup form's 所属系列 and 关联已有比赛 both start from it.
 */
export function guessPlace(def: Pick<SeriesDetail['definition'], 'tiers' | 'periods'>, c: { tier: string; date: string | null }): { tierId: string; periodId: string } {
  const tier = def.tiers.find((x) => x.name.trim() === c.tier.trim()) ?? tierNamedIn(def.tiers, c.tier) ?? def.tiers[0];
  // 2026-03-18, or as typed in the setup form (2026年3月18日, 2026/3/18).
  const day = normaliseDate(c.date ?? '');
  const period = (/^\d{4}-\d{2}-\d{2}$/.test(day) && def.periods.find((p) => monthOfPeriod(p.name) === day.slice(0, 7))) || def.periods[0];
  return { tierId: tier?.id ?? '', periodId: period?.id ?? '' };
}

/** Brackets and spaces as typed either way: 村（社区） and 村(社区) are one name. */
const bare = (text: string) => text.replace(/（/g, '(').replace(/）/g, ')').replace(/\s+/g, '');

/**
 * The tier a contest's 参赛对象 names in its own words: 村（社区）党组织书记 belongs to 村(社区)干部.
 * A tier's name without its 干部/书记 ending is looked for in the 参赛对象; the longest wins
 * (村(社区) before 村). Without one the caller falls back to the first tier, which it says.
 */
function tierNamedIn<T extends { name: string }>(tiers: readonly T[], said: string): T | undefined {
  const text = bare(said);
  if (!text) return undefined;
  const core = (name: string) => bare(name).replace(/(党组织书记|书记|干部)$/, '');
  return tiers
    .filter((x) => core(x.name).length > 0 && text.includes(core(x.name)))
    .sort((a, b) => core(b.name).length - core(a.name).length)[0];
}

/**
 * A date inside the period, for the 积分 form's example: the date of one of its contests, or the
 * first of the month its name says (2026年3月 → 2026-03-01), or today. A fixed example date
 * (it was 2026-04-03 in every period) invites entries dated outside the period.
 */
export function periodDateHint(s: Pick<SeriesDetail, 'definition' | 'contests'>, periodId: string, today: string): string {
  const held = s.contests.find((c) => c.periodId === periodId && c.date !== null)?.date;
  if (held) return normaliseDate(held);
  const month = monthOfPeriod(s.definition.periods.find((p) => p.id === periodId)?.name ?? '');
  return month ? `${month}-01` : today;
}
