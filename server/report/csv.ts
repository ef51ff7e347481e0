// GET /api/contests/:id/results.csv: RFC 4180 (CRLF, fields quoted when needed) with a UTF-8
// byte-order mark, without which Excel on Windows opens the file as GBK and garbles Chinese.
import type { ContestState } from '../../shared/domain/state.ts';
import { formatFinal } from '../../shared/format.ts';
import { resultsDocument } from '../../shared/results.ts';
import { detailHeader, detailRows, type Value } from './table-rows.ts';

export const BOM = '\uFEFF';

/**
 * A text cell that starts with = + - @ (or a tab/CR) is a formula to Excel (CSV injection):
 * such text gets a leading apostrophe. Numbers are written as numbers and never prefixed; a
 * result with the contest's decimals (89.70), as the report prints it.
 */
function field(v: Value): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object') return formatFinal(v.fixed, v.decimals);
  const text = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: Value[][]): string {
  return BOM + rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

export function resultsCsv(state: ContestState): string {
  return toCsv([detailHeader(state), ...detailRows(state, resultsDocument(state))]);
}
