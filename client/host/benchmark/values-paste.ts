// 对标 values pasted from Excel: 期次 本单位 标杆 [目标], tab-separated, a header row optional.
// Read into a preview with each row's problems found here; the server refuses the whole paste
// when any row is wrong (naming rows 第 N 行, counted over the data rows as numbered here).
import { DECIMAL } from '../../../shared/benchmark/commands.ts';

export type ValueProblem = 'period' | 'own' | 'theirs' | 'bothEmpty' | 'duplicate';

export interface PastedValue {
  /** 1-based among the data rows: the server's 第 N 行. */
  line: number;
  period: string;
  own: string | null;
  theirs: string | null;
  target: boolean;
  /** The cells as pasted, to show what could not be read. */
  raw: [string, string, string];
  problems: ValueProblem[];
}

const HEADER = /^(期次|期间|时间|年份|年度|period|year)$/i;
const EMPTY = /^(|—|-|–|\/|无)$/;
const TARGET = /^(目标|预期|计划|是|y|yes|target|1|✓|√)$/i;

/** "1,234.5", "３.２１", "300亿元" → the decimal; "" and "—" → null; anything else is kept to be flagged. */
export function readAmount(cell: string): string | null {
  // A unit of measure written after the number (亿元, 万吨) is dropped; a stray letter is not.
  const s = cell.normalize('NFKC').replace(/[\s,]/g, '').replace(/[\u2212]/g, '-').replace(/[\u4e00-\u9fff]+$/u, '');
  return EMPTY.test(s) ? null : s;
}

export function parseValuesPaste(text: string): PastedValue[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const tabbed = lines.some((l) => l.includes('\t'));
  const rows = lines.map((l) => (tabbed ? l.split('\t') : l.trim().split(/\s*[,，]\s*|\s+/)).map((c) => c.trim()));
  if (rows[0] && HEADER.test(rows[0][0] ?? '')) rows.shift();
  const seen = new Set<string>();
  return rows.map((c, i) => {
    const [period = '', ownText = '', theirsText = '', targetText = ''] = c;
    const own = readAmount(ownText);
    const theirs = readAmount(theirsText);
    const problems: ValueProblem[] = [];
    if (!period) problems.push('period');
    if (own !== null && !DECIMAL.test(own)) problems.push('own');
    if (theirs !== null && !DECIMAL.test(theirs)) problems.push('theirs');
    if (own === null && theirs === null) problems.push('bothEmpty');
    if (period && seen.has(period)) problems.push('duplicate');
    seen.add(period);
    return { line: i + 1, period, own, theirs, target: TARGET.test(targetText), raw: [period, ownText, theirsText], problems };
  });
}

/** The rows to send, or null while any has a problem (nothing is half-imported). */
export function valueRows(rows: readonly PastedValue[]) {
  if (rows.length === 0 || rows.some((r) => r.problems.length > 0)) return null;
  return rows.map(({ period, own, theirs, target }) => ({ period, own, theirs, target }));
}
