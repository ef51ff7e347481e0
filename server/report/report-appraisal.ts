// The 民主测评 page of the score report: how the hall's appraisal was held — the electorate in a
// box, since a show of phones and a vote with printed codes must never be mistaken for each
// other — and a table with each presenter's ballots per option, turnout, satisfaction rate,
// appraisal score, its value on the judges' scale, its part of the final, and the final. Counts
// only: the report never shows a code or who voted what. A 评比 has no penalty: its table ends at
// the final, and its units are not numbered by a speaking order (shared/contest-kind.ts).
import { kindShows, unitWord } from '../../shared/contest-kind.ts';
import { appraisalCells, appraisalStatus, appraisalSummary, combinationText, electorateText, heldInWords } from './appraisal-facts.ts';
import { formatFinal, formatScore } from '../../shared/format.ts';
import { cellText, when, type Value } from './cells.ts';
import { statusText, type PresenterResult } from './format.ts';
import { GRAY, lineHeight } from './pdf-kit-helpers.ts';
import { table, type CellValue, type Column } from './pdf-table.ts';
import { inOrder, type ReportContext } from './report-context.ts';

function electorateBox(c: ReportContext): void {
  const { w } = c;
  const text = `测评方式：${electorateText(c.results.appraisal!)}`;
  const h = w.heightOf(text, w.width - 24, { size: 12, bold: true }) + 12;
  w.ensure(h + 8);
  w.doc.save().lineWidth(1.2).strokeColor('black').rect(w.left, w.y, w.width, h).stroke().restore();
  w.y += 6;
  w.text(text, { size: 12, bold: true, x: w.left + 12, width: w.width - 24, gap: 0 });
  w.y += 14;
}

function notes(c: ReportContext, presenters: PresenterResult[]): string[] {
  const a = c.state.def.appraisal!;
  return presenters.flatMap((p) => {
    if (p.status === 'absent' || !p.revealed) return [`${c.unitName(p.presenterId)}：${statusText(p, c.state.def.kind)}，无测评结果`];
    if (!p.appraisal) return [];
    const status = appraisalStatus(p.appraisal, a);
    return status === '已计入' ? [] : [`${c.unitName(p.presenterId)}：${status}`];
  });
}

function resultsTables(c: ReportContext): void {
  const { w, state, results } = c;
  const a = state.def.appraisal!;
  const presenters = inOrder(results, state);
  const cells = presenters.map((p) => appraisalCells(state, results, p)!);
  const turnout = a.electorate === 'codes';
  const t = (v: Value | undefined) => cellText(v ?? null) || '—';
  const shows = kindShows(state.def.kind);
  const unit: Column = { header: unitWord(state.def.kind), width: 2.6 };
  const num = (header: string, width = 1): Column => ({ header, width, align: 'right' });
  const opts = { size: presenters.length > 20 ? 8.5 : 9, padY: presenters.length > 20 ? 2 : 3 };
  const name = (p: PresenterResult): string => `${shows.order && p.order > 0 ? `${p.order}. ` : ''}${p.unit}`;

  // Two tables rather than one of fifteen columns: every header and number stays on one line.
  w.heading('投票情况', 11.5);
  table(
    w,
    [unit, ...a.options.map((o) => num(o.name)), num('票数'), num('有效票'), ...(turnout ? [num('投票率', 1.2)] : []), num('满意率', 1.2)],
    presenters.map((p, i) => {
      const x = cells[i]!;
      return [name(p), ...x.options.map(t), t(x.ballots), t(x.counted), ...(turnout ? [t(x.turnout)] : []), t(x.satisfaction)];
    }),
    opts,
  );
  w.heading('测评得分与最终得分', 11.5);
  table(
    w,
    [unit, num('测评得分 A', 1.2), num('折算 S'), num('权重', 0.8), num('计入分'), num('评委得分 J', 1.2), ...when(shows.timing, num('得分'), num('超时扣分', 1.1)), num('最终得分', 1.1)],
    presenters.map((p, i): CellValue[] => {
      const x = cells[i]!;
      const scored = p.final !== null;
      const penalty = when<CellValue>(shows.timing, formatFinal(p.raw, c.decimals), scored ? formatScore(p.penalty) : '—');
      return [name(p), t(x.score), t(x.scaled), t(x.weight), t(x.component), t(x.judges), ...penalty, { text: formatFinal(p.final, c.decimals), bold: true }];
    }),
    opts,
  );
  for (const note of notes(c, presenters)) w.text(note, { size: 9, color: GRAY, gap: 2 });
}

/** The 民主测评 page, after the ranking; nothing when the contest has no appraisal. */
export function drawAppraisal(c: ReportContext): void {
  if (!c.state.def.appraisal || !c.results.appraisal) return;
  const { w } = c;
  w.section('民主测评');
  w.heading('民主测评', 16);
  electorateBox(c);
  w.fields(heldInWords(c.state.def, c.results.appraisal).filter(([label]) => label !== '测评方式'), 70, 9.5);
  w.space(6);
  resultsTables(c);
  w.space(4);
  const combined = kindShows(c.state.def.kind).timing ? '得分 = (1 − 权重) × 评委得分 J + 计入分；最终得分 = 得分 − 超时扣分' : '最终得分 = (1 − 权重) × 评委得分 J + 计入分';
  w.text(`说明：票数为收到的全部选票，有效票为计分选项的票数；满意率、测评得分 A 按有效票计算；S 为 A 换算到评委满分后的分值，计入分 = 权重 × S；${combined}。本页只统计票数，不记录任何测评码或投票人。`, {
    size: 8.5,
    color: GRAY,
  });
}

/** The line under a presenter's score, and how J and S made the score when the appraisal counts. */
export function drawAppraisalLine(c: ReportContext, p: PresenterResult): void {
  const a = c.state.def.appraisal;
  if (!a || !p.appraisal) return;
  c.w.ensure(lineHeight(10) * 2);
  c.w.text(appraisalSummary(p.appraisal, a, c.decimals), { size: 10, gap: 2 });
  const formula = combinationText(p.appraisal, p.raw, c.decimals);
  if (formula) c.w.text(formula, { size: 10, gap: 2 });
}
