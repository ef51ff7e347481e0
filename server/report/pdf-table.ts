// Tables for the PDF: wrapped cells, a header row repeated after every page break, and cell
// marks that survive black-and-white printing (strikethrough, bold, light gray fill).
import { layout, type Line } from './layout.ts';
import { lineHeight, type Align, type Writer } from './pdf-kit-helpers.ts';

export interface Column {
  header: string;
  /** Relative width; the table is scaled to the text width (or `opts.width`). */
  width: number;
  align?: Align;
}

export interface Cell {
  text: string;
  bold?: boolean;
  /** Struck through: a dropped mark. */
  strike?: boolean;
  color?: string;
  size?: number;
}

export type CellValue = string | Cell;

export interface TableOptions {
  size?: number;
  /** Gray fill for a row, e.g. the champion's line or a footer row. */
  rowFill?: (index: number) => string | null;
  width?: number;
  minRowHeight?: number;
  /** Vertical cell padding; smaller to fit a long judge sheet on one page. */
  padY?: number;
}

const PAD_X = 3;

interface Laid {
  lines: Line[];
  cell: Cell;
  size: number;
}

function lay(value: CellValue, width: number, size: number, bold = false): Laid {
  const cell = typeof value === 'string' ? { text: value } : value;
  const s = cell.size ?? size;
  return { lines: layout(cell.text, Math.max(width - 2 * PAD_X, 4), s, cell.bold ?? bold), cell, size: s };
}

function rowHeight(cells: Laid[], min: number, padY: number): number {
  return Math.max(min, ...cells.map((c) => c.lines.length * lineHeight(c.size) + 2 * padY));
}

function drawRow(w: Writer, cells: Laid[], xs: number[], widths: number[], aligns: Align[], height: number, fill: string | null): void {
  const { doc } = w;
  const total = widths.reduce((a, b) => a + b, 0);
  if (fill) doc.save().rect(xs[0]!, w.y, total, height).fill(fill).restore();
  cells.forEach((c, i) => {
    const x = xs[i]!;
    const width = widths[i]!;
    const lh = lineHeight(c.size);
    let y = w.y + (height - c.lines.length * lh) / 2; // vertically centred
    const style = { size: c.size, color: c.cell.color, align: aligns[i] };
    for (const line of c.lines) {
      w.drawLine(line, x + PAD_X, y, width - 2 * PAD_X, style);
      if (c.cell.strike) w.strike(line, x + PAD_X, y, width - 2 * PAD_X, style);
      y += lh;
    }
    doc.save().lineWidth(0.5).strokeColor('#777777').rect(x, w.y, width, height).stroke().restore();
  });
  w.y += height;
}

/** Draws a table at the cursor, breaking between rows and repeating the header on each page. */
export function table(w: Writer, columns: Column[], rows: CellValue[][], opts: TableOptions = {}): void {
  const size = opts.size ?? 9;
  const totalWidth = opts.width ?? w.width;
  const sum = columns.reduce((a, c) => a + c.width, 0);
  const widths = columns.map((c) => (c.width / sum) * totalWidth);
  const xs = widths.map((_, i) => w.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const aligns = columns.map((c) => c.align ?? 'left');
  const headerCells = columns.map((c, i) => lay({ text: c.header, bold: true }, widths[i]!, size));
  const padY = opts.padY ?? 3;
  const headerHeight = rowHeight(headerCells, lineHeight(size) + 2 * padY, padY);
  const min = opts.minRowHeight ?? lineHeight(size) + 2 * padY;
  const header = () => drawRow(w, headerCells, xs, widths, columns.map(() => 'center'), headerHeight, '#e4e4e4');

  const laid = rows.map((r) => r.map((v, i) => lay(v, widths[i]!, size)));
  // Keep the header with at least the first row.
  w.ensure(headerHeight + (laid[0] ? rowHeight(laid[0], min, padY) : 0));
  header();
  laid.forEach((cells, i) => {
    const h = rowHeight(cells, min, padY);
    if (w.y + h > w.bottom) {
      w.addPage();
      header();
    }
    drawRow(w, cells, xs, widths, aligns, h, opts.rowFill?.(i) ?? null);
  });
  w.y += 8;
}
