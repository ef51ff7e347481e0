// Formatting shared by the PDF, CSV and XLSX exports: ranks, statuses, question states, and the
// contest rules in words (the cover prints them so the report explains its numbers). Marks,
// dates and durations read as on the clients: shared/format.ts.
import type { ContestState } from '../../shared/domain/state.ts';
import { kindShows, notRankedWord } from '../../shared/contest-kind.ts';
import type { ContestKind } from '../../shared/definition.ts';
import { CHINA_TIME, formatDateTime, formatDuration, formatPercent, formatScore } from '../../shared/format.ts';
import type { QuestionOutcome, ResultsDocument } from '../../shared/results.ts';
import * as R from '../../shared/scoring/rational.ts';

export type PresenterResult = ResultsDocument['presenters'][number];
export type JudgeResult = PresenterResult['judges'][number];
type Definition = ContestState['def'];

/** Full marks (Σ max × weight), exactly as scoring sums them: 3 × 0.1 is 0.3, not 0.30000000000000004. */
export const fullMarks = (def: Pick<Definition, 'criteria'>): number =>
  R.toNumber(R.sum(def.criteria.map((c) => R.mul(R.fromNumber(c.max), R.fromNumber(c.weight)))));

/** The 民主测评 electorate, short: printed with every appraisal result so a show of phones is never taken for a vote with codes. */
export const electorateShort = (a: { electorate: 'codes' | 'open' }): string => (a.electorate === 'codes' ? '凭测评码' : '开放测评');

export function appraisalWeightText(a: { weight: number }): string {
  return a.weight === 0 ? '仅公布，不计入最终得分' : `计入最终得分 ${formatPercent(a.weight, 1)}（评委得分占 ${formatPercent(1 - a.weight, 1)}）`;
}

export const rankText = (rank: number | null, shared: boolean): string => (rank === null ? '—' : shared ? `${rank}（并列）` : String(rank));

/** Neither absent nor ranked yet: a 擂台赛's unit that never came on stage, a 评比's unit not revealed. */
export const awaiting = (p: PresenterResult, kind: ContestKind): boolean => (kind === 'rating' ? p.status !== 'absent' && !p.revealed : p.status === 'waiting');

export function statusText(p: PresenterResult, kind: ContestKind): string {
  if (p.status === 'absent') return '缺席';
  if (p.revealed) return '已亮分';
  if (awaiting(p, kind)) return notRankedWord(kind);
  return '进行中（未亮分）';
}

export const dropText = (d: 'highest' | 'lowest' | null): string => (d === 'highest' ? '↑去掉最高' : d === 'lowest' ? '↓去掉最低' : '');

/**
 * When a report or spreadsheet was made or an entry entered: 2026年3月18日 14:03:27（北京时间）,
 * the console's and the notices' date and clock (formatDateTime in China time) with seconds,
 * whatever zone the server box happens to be set to (a cloud box in UTC printed 06:03 for 14:03).
 */
export const timestamp = (d: Date): string => `${formatDateTime(d.getTime(), CHINA_TIME, 'zh', true)}（北京时间）`;

/** Whether the report must say 未完成: the contest is still running or was ended early. */
export const unfinished = (s: Pick<ContestState, 'status' | 'partial'>): boolean => s.status !== 'finished' || s.partial;

/** A question's outcome in words (shared/results.ts questionOutcome says which). */
export function questionStatus(outcome: QuestionOutcome, mergedInto: string | null): string {
  switch (outcome) {
    case 'answered':
      return '已答复';
    case 'shown_unanswered':
      return '已上屏，未答复';
    case 'shown_dismissed':
      return '已上屏，未采用';
    case 'dismissed':
      return '未采用';
    case 'merged':
      return `已合并${mergedInto ? `到 ${mergedInto}` : ''}`;
    case 'not_shown':
      return '未上屏';
  }
}

/**
 * The rules in words, one line per topic, as printed on the cover. A 评比's timer and penalty
 * rules have nothing to act on (its setup form hides them): they are left out, not printed.
 */
export function rulesInWords(def: Definition): [string, string][] {
  const r = def.rules;
  const timed = kindShows(def.kind).timing;
  const a = r.aggregation;
  const drops = [a.dropHighest > 0 ? `${a.dropHighest} 个最高分` : '', a.dropLowest > 0 ? `${a.dropLowest} 个最低分` : '']
    .filter(Boolean)
    .join('和 ');
  const within = def.judgeGroups.length > 0 ? '在各评委组内' : '';
  const aggregation =
    a.method === 'mean' || !drops
      ? `${within}取全部评委分数的算术平均`
      : a.scope === 'total'
        ? `${within}每位评委的总分中去掉 ${drops}，其余取平均（有效分数不足时不去分，直接取平均）`
        : `${within}每项评分细则分别去掉 ${drops}后取平均，再按细则相加（有效分数不足时不去分）`;
  const sumW = def.judgeGroups.reduce((t, g) => t + g.weight, 0);
  const groups =
    def.judgeGroups.length === 0
      ? '不分组，全体评委为一组'
      : def.judgeGroups
          .map((g) => `${g.name}（${def.judges.filter((j) => j.group === g.name).length} 人）权重 ${formatScore(g.weight)}（${formatPercent(g.weight, sumW)}）`)
          .join('；') + '。各组分别汇总后按权重加权相加；某组无人评分时，其余各组按权重比例折算';
  const p = r.overtimePenalty;
  const penalty = p ? `汇报超时每 ${p.everySeconds} 秒扣 ${formatScore(p.points)} 分（不足 ${p.everySeconds} 秒按 ${p.everySeconds} 秒计），最多扣 ${formatScore(p.max)} 分` : '超时不扣分';
  // Without a clock nobody ran over: 超时少者居前 never splits a 评比's tie.
  const ties = r.tieBreak.filter((t) => timed || t !== 'lessOvertime').map((t) => (t === 'lessOvertime' ? '超时少者居前' : `「${t.slice('criterion:'.length)}」得分高者居前`));
  const tieBreak = ties.length ? `最终得分相同时依次比较：${ties.join('；')}；仍相同者名次并列` : '最终得分相同者名次并列';
  const warn = r.warnAtSeconds.length ? `（剩余 ${r.warnAtSeconds.map(formatDuration).join('、')} 时提醒）` : '';
  const answer = r.questions.answerSeconds ? `，每个问题答复限时 ${formatDuration(r.questions.answerSeconds)}` : '';
  const rounding = r.rounding === 'final' ? '仅对结果四舍五入' : '每一步计算结果均四舍五入';
  return [
    ['评分细则', def.criteria.map((c) => `${c.name} ${formatScore(c.max)} 分${c.weight !== 1 ? `（权重 ×${formatScore(c.weight)}）` : ''}`).join('；')],
    ['满分', `${formatScore(fullMarks(def))} 分；打分步长 ${formatScore(r.scoreStep)} 分`],
    ['汇总方式', aggregation],
    ['评委分组', groups],
    ...(timed
      ? ([
          ['时间', `汇报限时 ${formatDuration(r.reportSeconds)}${warn}，提问答复限时 ${formatDuration(r.qaSeconds)}${answer}`],
          ['超时扣分', penalty],
        ] as [string, string][])
      : []),
    ['并列规则', tieBreak],
    ['小数位数', `保留 ${r.decimals} 位小数，${rounding}`],
    ...(def.appraisal ? [['民主测评', `${electorateShort(def.appraisal)}；${appraisalWeightText(def.appraisal)}；详见「民主测评」`] as [string, string]] : []),
  ];
}
