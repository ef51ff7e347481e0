// What a 公示 publishes, read from its source at the moment of publishing: a finished contest's
// ranking, or a series period's standing and 红黑榜, every number through shared/format.ts, with
// the fingerprint of the source's event log up to what was read (server/report/fingerprint.ts;
// for a series period also each of its contests' logs),
// and the corrections in that log (marks and report times, with reasons) so a republication can say what changed.
import { formatDate, formatFinal, formatPoints, formatScore } from '../shared/format.ts';
import type { SourceFacts } from '../shared/notice/decide.ts';
import type { NoticeSubject, PublishedTable } from '../shared/notice/state.ts';
import { unitName } from '../shared/roster.ts';
import { boards } from '../shared/series/boards.ts';
import { periodStanding } from '../shared/series/standings.ts';
import { revealedResults } from '../shared/views.ts';
import type { Contests } from './contests.ts';
import { seriesFinals } from './http/series.ts';
import { logFingerprint, recordedLog } from './report/fingerprint.ts';
import { rankText } from './report/format.ts';
import { boardNotes } from './report/series-text.ts';
import type { SeriesBook } from './series.ts';
import type { SeriesState } from '../shared/series/state.ts';
import { SERIES_WORDS as W } from '../shared/series/words.ts';
import { ledgerCounts } from '../shared/series/definition.ts';

type Corrections = SourceFacts['corrections'];
/** A contest's corrections: marks and report times, each with its reason. */
const contestCorrections = (events: readonly ContestEventRow[]): Corrections =>
  events.flatMap((e) => (e.data.type === 'MarksCorrected' || e.data.type === 'ReportTimeCorrected' ? [{ seq: e.seq, reason: e.data.reason, at: e.data.at }] : []));
/**
 * A series notice's changes: its ledger entries entered (when points count) or corrected, each with
 * its reason — only those of its tier's units in its period, since a notice publishes one tier and
 * period — and contests
 * counted into or taken out of that period after the start (所属系列 changed later: a contest
 * that ran before its series was set up). The log is folded from its start to know where each
 * contest stood before; a setup save that links a contest where it already was changes nothing.
 */
function seriesCorrections(events: readonly SeriesEventRow[], s: SeriesState, tierId: string, periodId: string): Corrections {
  const ofTier = (unitId: string) => s.units.find((u) => u.id === unitId)?.tierId === tierId;
  const placed = new Map<string, { here: boolean; title: string }>();
  const out: Corrections = [];
  const name = (unitId: string) => s.units.find((u) => u.id === unitId)?.name ?? unitId;
  for (const { seq, event: e } of events) {
    if (e.type === 'LedgerCorrected' && e.entry.periodId === periodId && ofTier(e.entry.unitId)) out.push({ seq, reason: e.reason, at: e.at });
    // Points entered after the publication move the standing as a correction does (when they count).
    if (e.type === 'LedgerEntered' && ledgerCounts(s.def))
      for (const x of e.entries)
        if (x.periodId === periodId && ofTier(x.unitId)) out.push({ seq, reason: `新增积分：${name(x.unitId)} ${formatPoints(x.points)}（${x.reason}）`, at: e.at });
    if (e.type !== 'ContestLinked' && e.type !== 'ContestUnlinked') continue;
    const id = e.type === 'ContestLinked' ? e.contest.contestId : e.contestId;
    const was = placed.get(id);
    const here = e.type === 'ContestLinked' && e.contest.tierId === tierId && e.contest.periodId === periodId;
    const title = e.type === 'ContestLinked' ? e.contest.title : (was?.title ?? id);
    if (here && !was?.here) out.push({ seq, reason: `计入比赛「${title}」`, at: e.at });
    if (!here && was?.here) out.push({ seq, reason: `不再计入比赛「${title}」`, at: e.at });
    placed.set(id, { here, title });
  }
  return out;
}
type ContestEventRow = ReturnType<Contests['store']['events']>[number];
type SeriesEventRow = ReturnType<SeriesBook['store']['events']>[number];

function contestFacts(contests: Contests, contestId: string): SourceFacts | null {
  const state = contests.get(contestId)?.state;
  if (!state) return null;
  // The state and exactly the events it was built from (commands run synchronously).
  const events = contests.store.events(state.id).slice(0, state.rev);
  const results = revealedResults(state);
  const finals = new Map(results.presenters.map((p) => [p.presenterId, p.final]));
  const speaker = (id: string) => state.def.presenters.find((p) => p.id === id)?.speaker ?? '';
  // The 汇报人 column only when the contest names speakers.
  const speakers = state.def.presenters.some((p) => p.speaker !== '');
  const rows = results.ranking.map((l) => [
    rankText(l.rank, l.shared),
    unitName(state.def, l.presenterId),
    ...(speakers ? [speaker(l.presenterId)] : []),
    formatFinal(finals.get(l.presenterId), state.def.rules.decimals),
  ]);
  // An absent unit is listed as the report lists it (— / 缺席), in speaking order: left out, the
  // public asked why it was missing (a QA run's objection was exactly that).
  const absent = state.order.filter((id) => state.presenters[id]?.status === 'absent');
  for (const id of absent) rows.push(['—', unitName(state.def, id), ...(speakers ? [speaker(id)] : []), '缺席']);
  return {
    final: state.status === 'finished',
    frozen: {
      title: state.def.title,
      subtitle: formatDate(state.def.date),
      tables: [{ heading: '成绩排名', columns: ['名次', '单位', ...(speakers ? ['汇报人'] : []), '得分'], rows }],
      fingerprint: logFingerprint(recordedLog(events)),
    },
    corrections: contestCorrections(events),
  };
}

/** The contests linked to a series' tier and period. */
const periodContests = (s: SeriesState, tierId: string, periodId: string) => s.contests.filter((c) => c.tierId === tierId && c.periodId === periodId);

/** The logs of the contests of a series' tier and period, each as far as its state was built from. */
function periodLogs(contests: Contests, s: SeriesState, tierId: string, periodId: string) {
  return periodContests(s, tierId, periodId).flatMap((c) => {
    const state = contests.get(c.contestId)?.state;
    return state ? [{ state, events: contests.store.events(state.id, 0, state.rev) }] : [];
  });
}

/** The corrections in those contests: they change the period's standing too. */
const linkedCorrections = (logs: ReturnType<typeof periodLogs>): Corrections =>
  logs.flatMap(({ state, events }) => contestCorrections(events).map((x) => ({ ...x, contestId: state.id })));

function seriesFacts(contests: Contests, book: SeriesBook, seriesId: string, tierId: string, periodId: string): SourceFacts | null {
  const s = book.get(seriesId);
  const tier = s?.def.tiers.find((t) => t.id === tierId);
  const period = s?.def.periods.find((p) => p.id === periodId);
  if (!s || !tier || !period) return null;
  const events = book.store.events(s.id).slice(0, s.seq);
  const finals = seriesFinals(contests, s);
  const name = (unitId: string) => s.units.find((u) => u.id === unitId)?.name ?? unitId;
  const standing = periodStanding(s, tierId, periodId, finals);
  const b = boards(s, tierId, periodId, finals);
  const score = (x: number | null) => (x === null ? '缺席' : formatFinal(x, s.def.decimals));
  const points = ledgerCounts(s.def);
  const tables: PublishedTable[] = [
    {
      heading: '本期排名',
      // 积分 only where they count (ledgerCounts): a public figure beside the score reads as counted.
      columns: ['名次', '单位', W.contest, ...(points ? [W.ledger] : []), W.period],
      // Ranks and board marks as the report prints them (2（并列）, 并列入榜): two bare 2s read as a mistake.
      rows: standing.lines.map((l) => [rankText(l.rank, l.shared), name(l.unitId), formatFinal(l.contest, s.def.decimals), ...(points ? [formatPoints(l.ledger)] : []), score(l.score)]),
    },
    { heading: '红榜', columns: ['名次', '单位', W.period], rows: b.red.map((l) => [formatScore(l.rank), name(l.unitId), `${score(l.score)}${boardNotes(l)}`]) },
    { heading: '黑榜', columns: ['名次', '单位', W.period], rows: b.black.map((l) => [formatScore(l.rank), name(l.unitId), `${score(l.score)}${boardNotes(l)}`]) },
  ];
  // Contests of the period count once finished; the period is final when every one of them is.
  const linked = periodContests(s, tierId, periodId).map((c) => contests.get(c.contestId)?.state.status);
  const logs = periodLogs(contests, s, tierId, periodId);
  return {
    final: standing.held && linked.every((st) => st === 'finished'),
    frozen: {
      title: `${s.def.name} ${tier.name}`,
      subtitle: period.name,
      tables,
      fingerprint: logFingerprint(events.map((e) => ({ ...e, type: e.event.type }))),
      contests: logs.map(({ state, events: log }) => ({ contestId: state.id, title: state.def.title, fingerprint: logFingerprint(recordedLog(log)) })),
    },
    corrections: [...seriesCorrections(events, s, tierId, periodId), ...linkedCorrections(logs)],
  };
}

export function sourceFacts(contests: Contests, series: SeriesBook, subject: NoticeSubject): SourceFacts | null {
  return subject.kind === 'contest' ? contestFacts(contests, subject.contestId) : seriesFacts(contests, series, subject.seriesId, subject.tierId, subject.periodId);
}

/**
 * The corrections in a notice's source after seq `after` (its current version's), without its
 * tables or fingerprint: what the host's notices show as still to republish, read on every load
 * of the host's list (every 15 s), so only a contest's events after the version are read (a series'
 * log and its period's contests are read whole: a few hundred events).
 */
export function sourceCorrections(contests: Contests, series: SeriesBook, subject: NoticeSubject, after: number): Corrections {
  if (subject.kind === 'contest') {
    const state = contests.get(subject.contestId)?.state;
    return state ? contestCorrections(contests.store.events(state.id, after, state.rev)) : [];
  }
  const s = series.get(subject.seriesId);
  if (!s) return [];
  const logs = periodLogs(contests, s, subject.tierId, subject.periodId);
  // The whole series log: where a contest stood before a change is in events before `after`.
  const own = seriesCorrections(series.store.events(s.id).filter((e) => e.seq <= s.seq), s, subject.tierId, subject.periodId).filter((c) => c.seq > after);
  return [...own, ...linkedCorrections(logs)];
}
