// Small helpers for the export tests: an RFC 4180 parser, a row matcher for pdftotext
// -layout output, and a one-glyph PDF for render comparisons.
import { finish, newDocument, Writer } from '../../server/report/pdf-kit-helpers.ts';

/** RFC 4180: fields separated by commas, rows by CRLF, quoted fields with "" for a quote. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      (row = []), (field = ''), i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Cells appearing in this order on one line of pdftotext -layout output. */
export function row(...cells: string[]): RegExp {
  return new RegExp(`(^|\\s)${cells.map(escape).join('[ \\t]+')}(\\s|$)`, 'm');
}

/** A page with one character at 60 pt, through the same writer as the report. */
export function glyphPdf(ch: string): Promise<Buffer> {
  const doc = newDocument('glyph', new Date(0));
  const w = new Writer(doc);
  w.addPage();
  w.text(ch, { size: 60 });
  return finish(doc);
}
