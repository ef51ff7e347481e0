// Who may get a certificate, with the values each one's certificate is filled with: a contest's
// ranked presenters (its first place = every rank 1: 擂主, or a 评比's 第一名) and the rest, or a
// series period's ranked units with its 红榜 marked. Rank and score are formatted here by the one
// formatter of each kind, so the host's preview and the PDF print the same words; the contest's
// kind goes along to name its first place.
import type { ContestKind } from '../shared/definition.ts';
import type { ContestState } from '../shared/domain/state.ts';
import { formatFinal } from '../shared/format.ts';
import type { Recipient } from '../shared/honours/schema.ts';
import { boards } from '../shared/series/boards.ts';
import { cumulativeStanding, periodStanding, type ContestFinals } from '../shared/series/standings.ts';
import type { SeriesState } from '../shared/series/state.ts';
import { revealedResults } from '../shared/views.ts';
import { cumulativeHeader, cumulativeTotal } from './report/series-text.ts';

export interface Honours {
  /** What {比赛} reads as. */
  contest: string;
  /** A contest's kind (what its first place is called); null for a series. */
  kind: ContestKind | null;
  recipients: Recipient[];
  /** A series' year: what its {得分} is (累计得分, 平均得分, 名次积分); null for a contest or a period. */
  totalWord: string | null;
}

export function contestHonours(s: ContestState): Honours {
  const results = revealedResults(s);
  const finals = new Map(results.presenters.map((p) => [p.presenterId, p.final]));
  const ranks = new Map(results.ranking.map((r) => [r.presenterId, r.rank]));
  const decimals = s.def.rules.decimals;
  const line = (p: ContestState['def']['presenters'][number]): Recipient => {
    const rank = ranks.get(p.id) ?? null;
    const final = finals.get(p.id) ?? null;
    return { id: p.id, unit: p.unit, person: p.speaker, rank, score: final === null ? '' : formatFinal(final, decimals), champion: rank === 1, red: false };
  };
  const all = s.def.presenters.map(line);
  return { contest: s.def.title, kind: s.def.kind, recipients: rankedFirst(all), totalWord: null };
}

export function seriesHonours(s: SeriesState, tierId: string, periodId: string, finals: ContestFinals): Honours {
  const tier = s.def.tiers.find((t) => t.id === tierId)?.name ?? tierId;
  const period = s.def.periods.find((p) => p.id === periodId)?.name ?? periodId;
  const red = new Set(boards(s, tierId, periodId, finals).red.map((l) => l.unitId));
  const name = (id: string) => s.units.find((u) => u.id === id)?.name ?? id;
  const recipients = periodStanding(s, tierId, periodId, finals).lines.map(
    (l): Recipient => ({ id: l.unitId, unit: name(l.unitId), person: '', rank: l.rank, score: l.score === null ? '' : formatFinal(l.score, s.def.decimals), champion: false, red: red.has(l.unitId) }),
  );
  return { contest: `${s.def.name}（${tier}·${period}）`, kind: null, recipients: rankedFirst(recipients), totalWord: null };
}

/**
 * A tier's year so far (年度表彰): the cumulative standing over its periods up to `periodId`, as
 * 排名与红黑榜 shows it, each unit with its cumulative rank and total ({得分}) printed as the series
 * report prints it, and the word the report heads it with (累计得分, 名次积分) for the year's
 * default text. No 红榜 here: the boards are per period, so the choice is the top N or by hand.
 */
export function seriesYearHonours(s: SeriesState, tierId: string, periodId: string, finals: ContestFinals): Honours {
  const tier = s.def.tiers.find((t) => t.id === tierId)?.name ?? tierId;
  const period = s.def.periods.find((p) => p.id === periodId)?.name ?? periodId;
  const name = (id: string) => s.units.find((u) => u.id === id)?.name ?? id;
  const recipients = cumulativeStanding(s, tierId, periodId, finals).lines.map(
    (l): Recipient => ({ id: l.unitId, unit: name(l.unitId), person: '', rank: l.rank, score: l.total === null ? '' : cumulativeTotal(s.def, l.total), champion: false, red: false }),
  );
  return { contest: `${s.def.name}（${tier}·截至${period}累计）`, kind: null, recipients: rankedFirst(recipients), totalWord: cumulativeHeader(s.def) };
}

/** Ranked best first (a stable sort keeps the given order among equals), then the unranked. */
function rankedFirst(all: Recipient[]): Recipient[] {
  return [...all].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
}
