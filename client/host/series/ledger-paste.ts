// A month of ledger rows pasted from Excel: 日期 单位 项目 分值 事由, tab-separated, a header row
// optional. Read into a preview with each row's problems found here (the date, the number, an
// empty cell, a unit or 项目 the series does not know) and its warnings (a date outside the
// period); the server then checks again and refuses the whole paste when any row is wrong,
// naming rows as 第 N 行 — counted over the data rows, as numbered here.
import { isCalendarDate, pointsWellFormed } from '../../../shared/series/ledger.ts';
import type { LedgerRow } from '../../../shared/series/commands.ts';
import { unitByName, unitsLike, type SeriesUnit } from '../../../shared/series/state.ts';
import { dateOutsidePeriod } from './period-month.ts';

export type PasteField = 'date' | 'unit' | 'heading' | 'points' | 'reason';
export type PasteProblem =
  | { field: PasteField; code: 'missing' }
  | { field: 'date'; code: 'dateFormat' | 'dateInvalid' }
  | { field: 'points'; code: 'pointsNumber' | 'pointsZero' | 'pointsForm' }
  | { field: 'unit'; code: 'unitUnknown'; like: string[] }
  | { field: 'heading'; code: 'headingUnknown'; known: string[] };
/** Sent all the same, but likely a mistake: said beside the row before 导入. */
export type PasteWarning = { field: 'date'; code: 'dateOutside'; period: string };

export interface PastedRow {
  /** 1-based among the data rows: the server's 第 N 行. */
  line: number;
  /** YYYY-MM-DD when the cell reads as a date (2026/4/3 and 2026年4月3日 too), else as pasted. */
  date: string;
  unit: string;
  heading: string;
  points: number | null;
  pointsText: string;
  reason: string;
  problems: PasteProblem[];
  warnings: PasteWarning[];
}

const FIELDS: readonly PasteField[] = ['date', 'unit', 'heading', 'points', 'reason'];
const HEADER = /^(日期|时间|date)$/i;

/** Cells of each non-empty line; without any tab (typed by hand) commas or spaces separate, the rest is the reason. */
function cells(text: string): string[][] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const tabbed = lines.some((l) => l.includes('\t'));
  return lines.map((l) => {
    if (tabbed) return l.split('\t').map((c) => c.trim());
    const parts = l.trim().split(/\s*[,，]\s*|\s+/);
    return [...parts.slice(0, 4), parts.slice(4).join(' ')];
  });
}

/** 2026-4-3, 2026/04/03, 2026.4.3, 2026年4月3日 → 2026-04-03; anything else unchanged. */
export function normaliseDate(cell: string): string {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(cell.normalize('NFKC').trim());
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : cell.trim();
}

/** "+3", "-2.5", "−2", "３分" → the number; null when the cell is not one. */
export function readPoints(cell: string): number | null {
  const s = cell.normalize('NFKC').replace(/[\u2212\uFE63]/g, '-').replace(/\s+/g, '').replace(/分$/, '');
  return /^[+-]?\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

/** One row's cells (日期 单位 项目 分值 事由) read and checked: the paste and the one-entry form alike. */
export function readRow(c: readonly string[], line: number): PastedRow {
  const [rawDate = '', unit = '', heading = '', pointsText = '', reason = ''] = c;
  const date = normaliseDate(rawDate);
  const points = readPoints(pointsText);
  const problems: PasteProblem[] = [];
  const values: Record<PasteField, string> = { date: rawDate, unit, heading, points: pointsText, reason };
  for (const f of FIELDS) if (values[f].trim() === '') problems.push({ field: f, code: 'missing' });
  if (rawDate.trim() && !/^\d{4}-\d{2}-\d{2}$/.test(date)) problems.push({ field: 'date', code: 'dateFormat' });
  else if (rawDate.trim() && !isCalendarDate(date)) problems.push({ field: 'date', code: 'dateInvalid' });
  if (pointsText.trim() && points === null) problems.push({ field: 'points', code: 'pointsNumber' });
  else if (points === 0) problems.push({ field: 'points', code: 'pointsZero' });
  else if (points !== null && !pointsWellFormed(points)) problems.push({ field: 'points', code: 'pointsForm' });
  return { line, date, unit, heading, points, pointsText, reason, problems, warnings: [] };
}

/** The preview of a paste: every data row, numbered as the server will number it. */
export function parseLedgerPaste(text: string): PastedRow[] {
  const all = cells(text);
  const body = all.length > 0 && HEADER.test(all[0]![0] ?? '') ? all.slice(1) : all;
  return body.map((c, i) => readRow(c, i + 1));
}

/**
 * Each row whose unit the series does not know in these tiers (the chosen one, or all) gets its
 * problem in the preview, with a name one character off (安居材 → 安居村): found only after 导入,
 * the server's refusal came late. Names before a rename count, as the server takes them.
 */
export function withUnknownUnits(rows: readonly PastedRow[], series: { units: readonly SeriesUnit[] }, tierIds: readonly string[]): PastedRow[] {
  return rows.map((r) => {
    const name = r.unit.trim();
    if (!name || tierIds.some((tierId) => unitByName(series, tierId, name))) return r;
    const like = [...new Set(tierIds.flatMap((tierId) => unitsLike(series, tierId, name).map((u) => u.name)))];
    return { ...r, problems: [...r.problems, { field: 'unit', code: 'unitUnknown', like }] };
  });
}

/**
 * A 项目 the series does not have is refused by the server (没有积分项目「服务成效」) after 导入: the
 * preview names it with the series' own list, short enough to read whole. Matched as the server
 * matches it (decide.ts: the name exactly, or the id).
 */
export function withUnknownHeadings(rows: readonly PastedRow[], headings: readonly { id: string; name: string }[]): PastedRow[] {
  return rows.map((r) => {
    const name = r.heading.trim();
    if (!name || headings.some((h) => h.name === name || h.id === name)) return r;
    return { ...r, problems: [...r.problems, { field: 'heading', code: 'headingUnknown', known: headings.map((h) => h.name) }] };
  });
}

/**
 * A day outside the month the period names (2026-02-28 pasted into 2026年3月) counts in that period
 * all the same: the setup form's rule for a contest's date (dateOutsidePeriod), said as a warning.
 */
export function withDatesOutside(rows: readonly PastedRow[], period: string): PastedRow[] {
  return rows.map((r) => (isCalendarDate(r.date) && dateOutsidePeriod(r.date, period) ? { ...r, warnings: [...r.warnings, { field: 'date', code: 'dateOutside', period }] } : r));
}

/** Every check the preview can make against the series: units, 项目 and the period's month. */
export function checkAgainstSeries(
  rows: readonly PastedRow[],
  series: { units: readonly SeriesUnit[]; definition: { headings: readonly { id: string; name: string }[] } },
  tierIds: readonly string[],
  period: string,
): PastedRow[] {
  return withDatesOutside(withUnknownHeadings(withUnknownUnits(rows, series, tierIds), series.definition.headings), period);
}

/** The rows as ledger:add takes them; null while any row has a problem (nothing is half-sent). */
export function ledgerRows(rows: readonly PastedRow[]): LedgerRow[] | null {
  if (rows.length === 0 || rows.some((r) => r.problems.length > 0)) return null;
  return rows.map((r) => ({ date: r.date, unit: r.unit, heading: r.heading, points: r.points as number, reason: r.reason }));
}

/** The server's refusal split by row: "第 2 行: 没有单位「安居材」" goes to row 2; the rest is general. */
export function issuesByLine(issues: readonly string[]): { rows: Map<number, string[]>; general: string[] } {
  const rows = new Map<number, string[]>();
  const general: string[] = [];
  for (const m of issues) {
    const hit = /^第\s*(\d+)\s*行[:：]\s*(.*)$/.exec(m);
    if (hit) rows.set(Number(hit[1]), [...(rows.get(Number(hit[1])) ?? []), hit[2]!]);
    else general.push(m);
  }
  return { rows, general };
}

/** The cell a server issue is about, from the words of shared/series/decide.ts; null when none is named. */
export function serverIssueField(message: string): PasteField | null {
  if (/^没有单位|在多个层级中|单位不存在/.test(message)) return 'unit';
  if (/^没有积分项目|积分项目不存在/.test(message)) return 'heading';
  if (/^日期无效/.test(message)) return 'date';
  if (/^分值无效/.test(message)) return 'points';
  if (/^请填写事由/.test(message)) return 'reason';
  return null;
}
