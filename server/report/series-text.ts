// Words shared by the series poster, PDF report and spreadsheet: names by stable id, the rules
// in words (so every printed number says how it was made), and the reasons of ledger
// corrections, which live in the series' event log rather than its state.
import { formatFinal, formatPoints, formatScore } from '../../shared/format.ts';
import type { StoredSeriesDef, TieBreak } from '../../shared/series/definition.ts';
import { correctionOf, ledgerEntry } from '../../shared/series/ledger.ts';
import type { LedgerEntry, SeriesEvent, SeriesState } from '../../shared/series/state.ts';
import { SERIES_WORDS as W } from '../../shared/series/words.ts';

export const tierName = (def: StoredSeriesDef, id: string): string => def.tiers.find((t) => t.id === id)?.name ?? id;
export const periodName = (def: StoredSeriesDef, id: string): string => def.periods.find((p) => p.id === id)?.name ?? id;
export const headingName = (def: StoredSeriesDef, id: string): string => def.headings.find((h) => h.id === id)?.name ?? id;
export const unitName = (state: SeriesState, id: string): string => state.units.find((u) => u.id === id)?.name ?? id;

/** The board rule as the poster states it: 红榜：前 3 名；黑榜：后 3 名. */
export function boardRuleText(rule: StoredSeriesDef['boards']): { red: string; black: string } {
  const { red: r, black: b } = rule;
  return {
    red: `红榜：${r.by === 'top' ? `前 ${r.count} 名` : `${formatScore(r.score)} 分及以上`}`,
    black: `黑榜：${b.by === 'bottom' ? `后 ${b.count} 名` : `${formatScore(b.score)} 分及以下`}`,
  };
}

/**
 * A board line's marks in brackets — （并列入榜）, （连续上黑榜）, （并列入榜，连续上黑榜） — or '':
 * the report's boards and the 公示's, so the public reads what the poster and the projector mark.
 */
export function boardNotes(l: { tiedAtCut: boolean; consecutive?: boolean }): string {
  const notes = [l.tiedAtCut ? W.tiedAtCut : '', l.consecutive ? W.again : ''].filter(Boolean);
  return notes.length ? `（${notes.join('，')}）` : '';
}

/** How a period score is made: 期次得分 = 比赛得分 × 1 + 积分 × 1. */
export function periodScoreText(def: StoredSeriesDef): string {
  const { contest: c, ledger: l } = def.periodScore;
  const part = (name: string, w: number) => (w === 1 ? name : `${name} × ${formatScore(w)}`);
  const parts = [c > 0 ? part(W.contest, c) : '', l > 0 ? part(W.ledger, l) : ''].filter(Boolean);
  return `${W.period} = ${parts.join(' + ')}，保留 ${def.decimals} 位小数（四舍五入）`;
}

/** The cumulative rule in words, with how an absence counts. */
export function cumulativeText(def: StoredSeriesDef): string {
  const { method, rankPoints, absent } = def.cumulative;
  if (method === 'sum') return '累计得分 = 各期得分之和（缺席的期次计 0 分）';
  if (method === 'average') return absent === 'skip' ? '累计得分 = 参加各期得分的平均（缺席的期次不计入）' : '累计得分 = 各期得分的平均（缺席的期次按 0 分计入）';
  const points = rankPoints.slice(0, 5).map((p, i) => `第 ${i + 1} 名 ${formatScore(p)} 分`).join('、');
  return `累计名次积分 = 各期按名次所得积分之和（${points}${rankPoints.length > 5 ? ' …' : ''}；其后名次及缺席 0 分；并列者得所并列名次的积分）`;
}

export const cumulativeHeader = (def: StoredSeriesDef): string =>
  def.cumulative.method === 'sum' ? '累计得分' : def.cumulative.method === 'average' ? '平均得分' : '名次积分';

/** A cumulative total as the report prints it: a sum or average of period scores in the series' decimals, rank points whole. */
export const cumulativeTotal = (def: StoredSeriesDef, x: number): string => (def.cumulative.method === 'rankPoints' ? formatScore(x) : formatFinal(x, def.decimals));

const TIE_BREAKS: Record<TieBreak, string> = { contest: W.contest, ledger: W.ledger, latestPeriod: '最近一期得分' };

export function tieBreakText(def: StoredSeriesDef): string {
  return def.tieBreak.length ? `得分相同时依次比较：${def.tieBreak.map((t) => `${TIE_BREAKS[t]}高者居前`).join('；')}；仍相同者名次并列` : '得分相同者名次并列';
}

/** A tie decided by the tie-break chain: 依积分决出. */
export const decidedByText = (t: TieBreak | null): string => (t ? `依${TIE_BREAKS[t]}决出` : '');

/** The reason of each correction, by the id of the correcting entry (LedgerCorrected.reason). */
export function correctionReasons(events: readonly SeriesEvent[]): Map<string, string> {
  return new Map(events.flatMap((e) => (e.type === 'LedgerCorrected' ? [[e.entry.id, e.reason] as const] : [])));
}

/** "更正 e3" / "已被 e7 更正，不计入": how an entry stands in a chain of corrections. */
export function correctionNote(state: SeriesState, e: LedgerEntry, reasons: ReadonlyMap<string, string>): string {
  const parts: string[] = [];
  if (e.corrects) {
    const reason = reasons.get(e.id);
    const old = ledgerEntry(state, e.corrects);
    parts.push(`更正 ${e.corrects}${old ? `（原 ${formatPoints(old.points)}）` : ''}${reason ? `，原因：${reason}` : ''}`);
  }
  const by = correctionOf(state, e.id);
  if (by) parts.push(`已被 ${by.id} 更正，不计入`);
  return parts.join('；');
}
