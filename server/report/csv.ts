// GET /api/contests/:id/results.csv: RFC 4180 (CRLF, fields quoted when needed) with a UTF-8
// byte-order mark, without which Excel on Windows opens the file as GBK and garbles Chinese.
import type { ContestState } from '../../shared/domain/state.ts';
import { resultsDocument } from '../../shared/results.ts';
import { cellText, type Value } from './cells.ts';
import { detailHeader, detailRows } from './table-rows.ts';

export const BOM = '\uFEFF';

/**
 * A text cell that starts with = + - @ (or a tab/CR) is a formula to Excel (CSV injection):
 * such text gets a leading apostrophe. Numbers are written as numbers and never prefixed; a
 * result with the contest's decimals (89.70) and a percentage (96.97%) as the report prints them.
 */
function field(v: Value): string {
  if (typeof v !== 'string') return cellText(v);
  const text = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: Value[][]): string {
  return BOM + rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

export function resultsCsv(state: ContestState): string {
  return toCsv([detailHeader(state), ...detailRows(state, resultsDocument(state))]);
}
