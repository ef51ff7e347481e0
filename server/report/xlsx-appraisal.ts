// The 民主测评 sheet of results.xlsx: how the appraisal was held (the electorate first: codes or
// open), then one row per presenter with the ballots per option, turnout, satisfaction rate, the
// appraisal score and its part of the final — the same columns as the CSV's appraisal block. A
// 评比's rows have no 出场顺序 and no score before a penalty (shared/contest-kind.ts).
import { kindShows, unitWord } from '../../shared/contest-kind.ts';
import type ExcelJS from 'exceljs';
import type { ContestState } from '../../shared/domain/state.ts';
import type { ResultsDocument } from '../../shared/results.ts';
import { appraisalHeader, appraisalValues, heldInWords } from './appraisal-facts.ts';
import { addValueRow, fixedCell, when, type Value } from './cells.ts';
import { statusText } from './format.ts';
import { inOrder } from './report-context.ts';

const BOLD = { bold: true };
const GRAY_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE4E4E4' } };

/** Adds the sheet when the contest has an appraisal; without one the workbook is as before. */
export function appraisalSheet(wb: ExcelJS.Workbook, state: ContestState, results: ResultsDocument): void {
  if (!state.def.appraisal || !results.appraisal) return;
  const d = state.def.rules.decimals;
  const shows = kindShows(state.def.kind);
  const unit = unitWord(state.def.kind);
  const header = [...when(shows.order, '出场顺序'), unit, '汇报人', '单位状态', ...appraisalHeader(state), ...when(shows.timing, '扣分前得分'), '最终得分'];
  // The first column is wide enough for the labels of the block above the table.
  const widths = header.map((h, i) => (h === unit ? 24 : i === 0 ? 12 : h === '测评状态' ? 22 : 11));
  const ws = wb.addWorksheet('民主测评');
  header.forEach((_, i) => (ws.getColumn(i + 1).width = widths[i]!));

  // The block above the table: label in A, the text across the rest of the table's width.
  ws.addRow(['民主测评']).font = { bold: true, size: 13 };
  const across = widths.slice(1).reduce((a, b) => a + b, 0);
  for (const [label, text] of heldInWords(state.def, results.appraisal)) {
    const row = ws.addRow([label, text]);
    row.getCell(1).font = BOLD;
    if (label === '测评方式') row.getCell(2).font = BOLD;
    ws.mergeCells(row.number, 2, row.number, header.length);
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).alignment = { vertical: 'top' };
    // Excel does not grow a merged row to its wrapped text: about two width units per CJK character.
    const lines = Math.max(1, Math.ceil((text.length * 2) / across));
    row.height = 15 * lines;
  }
  ws.addRow([]);

  const head = ws.addRow(header);
  head.font = BOLD;
  head.fill = GRAY_FILL;
  head.alignment = { wrapText: true, vertical: 'middle' };
  for (const p of inOrder(results, state)) {
    const values: Value[] = [...when<Value>(shows.order, p.order), p.unit, p.speaker, statusText(p, state.def.kind), ...appraisalValues(state, results, p), ...when(shows.timing, fixedCell(p.raw, d)), fixedCell(p.final, d)];
    addValueRow(ws, values);
  }
  ws.views = [{ state: 'frozen', ySplit: head.number }];
  ws.autoFilter = { from: { row: head.number, column: 1 }, to: { row: head.number, column: header.length } };
}
