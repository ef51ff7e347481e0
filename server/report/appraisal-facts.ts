// 民主测评 in the exports, in words and cells: how it was held (the electorate above all, so a
// show of opinion by phone is never mistaken for a vote with printed codes), each presenter's
// line, and the per-presenter columns shared by the CSV, the XLSX and the PDF's 民主测评 page.
// Counts only: no code and no voter ever reaches an export (issue 14 "Secrecy").
import type { Appraisal } from '../../shared/appraisal/definition.ts';
import type { ContestState } from '../../shared/domain/state.ts';
import { formatFinal, formatPercent, formatScore, formatSerial } from '../../shared/format.ts';
import type { ResultsDocument } from '../../shared/results.ts';
import { appraisalWeightText, electorateShort, fullMarks, type PresenterResult } from './format.ts';
import { fixedCell, percentCell, type Value } from './cells.ts';

export type AppraisalLine = NonNullable<PresenterResult['appraisal']>;
type Held = NonNullable<ResultsDocument['appraisal']>;

const PRESETS: Record<Appraisal['preset'], string> = { satisfaction: '满意度', fourLevel: '四档', custom: '自定义' };

/** Codes still able to vote: the denominator of the turnout in the codes electorate. */
const eligible = (held: Held): number => held.issued - held.voided.length;

/** The electorate with its numbers, as the 民主测评 page and sheet print it. */
export function electorateText(held: Held): string {
  if (held.electorate === 'open') return '开放（每台手机一票，不凭测评码）';
  return `凭测评码（发放 ${held.issued} 张，作废 ${held.voided.length} 张，可用 ${eligible(held)} 张；一码一票）`;
}

/** How the appraisal was held, one line per topic: the head of the PDF page and of the XLSX sheet. */
export function heldInWords(def: ContestState['def'], held: Held): [string, string][] {
  const a = def.appraisal!;
  const top = Math.max(0, ...a.options.map((o) => o.points ?? 0));
  const options = a.options.map((o) => `${o.name} ${o.points === null ? '不计分' : `${formatScore(o.points)} 分`}${o.satisfied ? '（计入满意率）' : ''}`);
  const satisfied = a.options.filter((o) => o.satisfied && o.points !== null).map((o) => o.name);
  const voided = held.voided.map((v) => `${formatSerial(v.serial)}（${v.reason}）`);
  return [
    ['测评方式', electorateText(held)],
    ['选项与分值', `${PRESETS[a.preset]}：${options.join('；')}`],
    ['开始时间', a.opens === 'perPresenter' ? '逐个测评：每个单位随评委打分开始，亮分时结束' : '集中测评：全部单位汇报后，一张票评全部单位'],
    ['权重', appraisalWeightText(a)],
    ['无有效票', a.noBallots === 'judgesOnly' ? '某单位无有效票时，只按评委得分计' : '某单位无有效票时，测评按 0 分计入'],
    [
      '计算方法',
      `测评得分 A = Σ 票数 × 分值 ÷ 有效票数（不计分的选项不算有效票）；满意率 = ${satisfied.length > 1 ? `（${satisfied.join(' + ')}）` : satisfied[0] ?? '—'} ÷ 有效票数；` +
        `折算 S = A × ${formatScore(fullMarks(def))} ÷ ${formatScore(top)}（换算到评委满分）；计入分 = ${formatPercent(a.weight, 1)} × S；` +
        `得分 = ${formatPercent(1 - a.weight, 1)} × 评委得分 J + 计入分`,
    ],
    ...(voided.length ? [['作废测评码', voided.join('；')] as [string, string]] : []),
  ];
}

/** What became of the appraisal for a presenter, when its numbers alone do not say. */
export function appraisalStatus(line: AppraisalLine, a: Pick<Appraisal, 'noBallots'>): string {
  if (line.pending) return '测评未结束';
  if (line.noBallots) return '无有效票，按评委得分计';
  if (line.weight === 0) return '仅公布，不计入';
  if (line.counted === 0 && a.noBallots === 'zero') return '无有效票，按 0 分计入';
  return '已计入';
}

/**
 * The line under a presenter's score: "民主测评（凭测评码） 满意 120 · 基本满意 40 · 不满意 5 ·
 * 不了解 3；满意率 96.97%；测评得分 92.12；计入 30%".
 */
export function appraisalSummary(line: AppraisalLine, a: Appraisal, decimals: number): string {
  const head = `民主测评（${electorateShort(a)}）`;
  if (line.pending) return `${head} 测评未结束，暂按评委得分计`;
  const counts = line.options.map((o) => `${o.name} ${o.count}`).join(' · ');
  const rate = line.satisfaction === null ? '' : `；满意率 ${formatPercent(line.satisfaction, 1)}`;
  const score = line.score === null ? '' : `；测评得分 ${formatFinal(line.score, decimals)}`;
  const status = appraisalStatus(line, a);
  const counted = status === '已计入' || status.startsWith('无有效票，按 0') ? `；计入 ${formatPercent(line.weight, 1)}` : `；${status}`;
  return `${head} ${counts}${rate}${score}${counted}`;
}

/** "得分 = 70% × 42.00 + 30% × 39.17 = 41.15（测评计入 11.75）" when the appraisal counts, else null. */
export function combinationText(line: AppraisalLine, raw: number | null, decimals: number): string | null {
  if (line.component === null) return null;
  const S = formatFinal(line.scaled ?? 0, decimals);
  return `得分 = ${formatPercent(1 - line.weight, 1)} × ${formatFinal(line.judges, decimals)} + ${formatPercent(line.weight, 1)} × ${S} = ${formatFinal(raw, decimals)}（测评计入 ${formatFinal(line.component, decimals)}）`;
}

/** One presenter's appraisal as cells, by name: the CSV and XLSX columns and the PDF's tables. */
export interface AppraisalCells {
  electorate: Value;
  /** Ballots per option, in the ballot's order. */
  options: Value[];
  ballots: Value;
  counted: Value;
  /** Ballots over the codes still valid; absent in the open electorate, which has no roll. */
  turnout?: Value;
  satisfaction: Value;
  score: Value;
  scaled: Value;
  weight: Value;
  component: Value;
  judges: Value;
  status: Value;
}

/** Empty before the presenter's reveal (absent, not yet scored), and counts empty while voting is open. */
export function appraisalCells(state: ContestState, results: ResultsDocument, p: PresenterResult): AppraisalCells | null {
  const a = state.def.appraisal;
  const held = results.appraisal;
  if (!a || !held) return null;
  const d = state.def.rules.decimals;
  const line = p.appraisal;
  const closed = line && !line.pending ? line : null;
  const counts = new Map(closed?.options.map((o) => [o.id, o.count]));
  const roll = eligible(held);
  return {
    electorate: electorateShort(a),
    options: a.options.map((o) => (closed ? (counts.get(o.id) ?? 0) : null)),
    ballots: closed?.ballots ?? null,
    counted: closed?.counted ?? null,
    ...(a.electorate === 'codes' ? { turnout: closed && roll > 0 ? percentCell(closed.ballots / roll) : null } : {}),
    satisfaction: percentCell(closed?.satisfaction ?? null),
    score: fixedCell(closed?.score ?? null, d),
    scaled: fixedCell(closed?.scaled ?? null, d),
    weight: closed ? percentCell(closed.weight) : null,
    component: fixedCell(closed?.component ?? null, d),
    judges: fixedCell(line?.judges ?? null, d),
    status: line ? appraisalStatus(line, a) : null,
  };
}

/** The per-presenter appraisal columns of the CSV and XLSX (none without an appraisal). */
export function appraisalHeader(state: ContestState): string[] {
  const a = state.def.appraisal;
  if (!a) return [];
  return [
    '测评方式',
    ...a.options.map((o) => `${o.name}（票）`),
    '测评总票数',
    '测评有效票',
    ...(a.electorate === 'codes' ? ['测评投票率'] : []),
    '满意率',
    '测评得分',
    '测评折算',
    '测评权重',
    '测评计入分',
    '评委得分',
    '测评状态',
  ];
}

/** The values under appraisalHeader for one presenter. */
export function appraisalValues(state: ContestState, results: ResultsDocument, p: PresenterResult): Value[] {
  const x = appraisalCells(state, results, p);
  if (!x) return [];
  return [
    x.electorate,
    ...x.options,
    x.ballots,
    x.counted,
    ...('turnout' in x ? [x.turnout ?? null] : []),
    x.satisfaction,
    x.score,
    x.scaled,
    x.weight,
    x.component,
    x.judges,
    x.status,
  ];
}
