// A spreadsheet cell that is a number to Excel and reads as the report prints it: a computed
// result with the contest's decimals (89.70), a share as a percentage (96.97%), ledger points
// with their sign (+2, −1). The CSV writes
// the text, the XLSX the number with a matching number format, the PDF the text.
import type ExcelJS from 'exceljs';
import { formatFinal, formatPercent, formatPoints } from '../../shared/format.ts';

/** A computed result (final, score before penalty) that reads with the contest's decimals. */
export interface Fixed {
  fixed: number;
  decimals: number;
}
/** A share of 1 (0.9697) that reads as a percentage ("96.97%"). */
export interface Percent {
  percent: number;
}
/** Ledger points (积分) that read signed, as formatPoints prints them: +2, −1.5, 0. */
export interface Points {
  points: number;
}
export type Value = string | number | null | Fixed | Percent | Points;

/**
 * formatPoints as an Excel number format: a plus before gains, a true minus (U+2212, not Excel's
 * hyphen) before losses, 0 bare, and never padded (General). Points have at most two decimals,
 * which General shows as entered.
 */
export const POINTS_FORMAT = '+General;"\u2212"General;0';

/** These items when `on`, else none: a column a contest of some kind has (kindShows), spread into a list. */
export const when = <T>(on: boolean, ...items: T[]): T[] => (on ? items : []);

/** A result cell: a number that the CSV writes as "89.70" and the XLSX formats as 0.00. */
export const fixedCell = (x: number | null, decimals: number): Fixed | null => (x === null ? null : { fixed: x, decimals });

/** A percentage cell: "96.97%" in the CSV (Excel reads it back as a percentage), 0.9697 formatted 0.00% in the XLSX. */
export const percentCell = (x: number | null): Percent | null => (x === null ? null : { percent: x });

/** A points cell: "+2" / "−1.5" in the CSV and the PDF, the number signed by POINTS_FORMAT in the XLSX. */
export const pointsCell = (x: number | null): Points | null => (x === null ? null : { points: x });

/** A cell as read: numbers as computed, results and percentages as shared/format.ts prints them, "" for empty. */
export function cellText(v: Value): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v;
  if ('points' in v) return formatPoints(v.points);
  return 'percent' in v ? formatPercent(v.percent, 1) : formatFinal(v.fixed, v.decimals);
}

/** The number a cell stores in the XLSX, and its number format (none: Excel's General). */
export function cellNumber(v: Fixed | Percent | Points): { value: number; numFmt: string } {
  if ('points' in v) return { value: v.points, numFmt: POINTS_FORMAT };
  if ('fixed' in v) return { value: v.fixed, numFmt: v.decimals > 0 ? `0.${'0'.repeat(v.decimals)}` : '0' };
  // As formatPercent: whole percentages without decimals (30%), others with two (96.97%).
  const whole = Number.isInteger(+(v.percent * 100).toFixed(6));
  return { value: v.percent, numFmt: whole ? '0%' : '0.00%' };
}

/** Appends `values` as a row of `ws`: numbers stay numbers (Excel sums and sorts them) and read as the report prints them. */
export function addValueRow(ws: ExcelJS.Worksheet, values: Value[]): ExcelJS.Row {
  const row = ws.addRow(values.map((v) => (v === null ? '' : typeof v === 'object' ? cellNumber(v).value : v)));
  values.forEach((v, i) => {
    if (v !== null && typeof v === 'object') row.getCell(i + 1).numFmt = cellNumber(v).numFmt;
  });
  return row;
}

/** A sheet with a bold, frozen header row, column widths, and result cells in their decimals. */
export function sheet(wb: ExcelJS.Workbook, name: string, header: string[], rows: Value[][], widths: number[], filter = true): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(header);
  for (const r of rows) addValueRow(ws, r);
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE4E4E4' } };
  header.forEach((_, i) => (ws.getColumn(i + 1).width = widths[i] ?? 12));
  if (filter && rows.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  return ws;
}
