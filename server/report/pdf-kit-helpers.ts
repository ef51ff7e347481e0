// A small page writer over pdfkit: a cursor that moves down the page and starts a new one
// when the next block would not fit, paragraphs and tables whose text is laid out by
// layout.ts (per-character font fallback, CJK line breaking), and the running header and
// footer stamped on every page at the end. pdfkit's own margins are 0 so it never inserts a
// page by itself: every page break is decided here, where tables can repeat their header.
import PDFDocument from 'pdfkit';
import { ASCENT, useFont, type FontKey } from './fonts.ts';
import { ellipsize, layout, type Line } from './layout.ts';

export type Align = 'left' | 'center' | 'right';
export interface Style {
  size?: number;
  bold?: boolean;
  color?: string;
  align?: Align;
}

export const A4 = { width: 595.28, height: 841.89 };
export const MARGIN = { top: 58, bottom: 54, left: 48, right: 48 };
export const lineHeight = (size: number) => size * 1.45;
export const GRAY = '#555555';

export function newDocument(title: string, created: Date): PDFKit.PDFDocument {
  return new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    bufferPages: true, // page numbers ("第 3 页 / 共 12 页") need the total, known only at the end
    lang: 'zh-CN',
    info: { Title: title, Creator: 'Leitai 擂台', Producer: 'Leitai 擂台 (pdfkit)', CreationDate: created },
  });
}

/** Collects the document into one Buffer (pdfkit streams its output). */
export function finish(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

export class Writer {
  readonly fonts = new Set<FontKey>();
  y = MARGIN.top;
  readonly left = MARGIN.left;
  readonly width = A4.width - MARGIN.left - MARGIN.right;
  readonly bottom = A4.height - MARGIN.bottom;

  /** What a page that continues the current section starts with ("…（续）"). */
  private continuation: string | null = null;

  constructor(readonly doc: PDFKit.PDFDocument) {}

  addPage(): void {
    this.doc.addPage({ size: 'A4', margin: 0 });
    this.y = MARGIN.top;
    // A page without its section's name would be an orphan once the report is unstapled.
    if (this.continuation) this.text(`${this.continuation}（续）`, { size: 9, color: GRAY, gap: 6 });
  }

  /** Starts a section on a new page; pages it runs onto are labelled with `label`. */
  section(label: string | null): void {
    this.continuation = null;
    this.addPage();
    this.continuation = label;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom) this.addPage();
  }

  space(points: number): void {
    this.y += points;
  }

  /** Draws one laid-out line with its top at `y`, aligned inside [x, x + width]. */
  drawLine(line: Line, x: number, y: number, width: number, s: Style = {}): void {
    const size = s.size ?? 10;
    let at = s.align === 'center' ? x + (width - line.width) / 2 : s.align === 'right' ? x + width - line.width : x;
    this.doc.fillColor(s.color ?? 'black');
    for (const run of line.runs) {
      useFont(this.doc, run.font, this.fonts);
      this.doc.fontSize(size).text(run.text, at, y, { lineBreak: false });
      at += run.width;
    }
  }

  /** A horizontal stroke through a drawn line: the mark of a dropped score (survives B/W print). */
  strike(line: Line, x: number, y: number, width: number, s: Style = {}): void {
    const size = s.size ?? 10;
    const from = s.align === 'center' ? x + (width - line.width) / 2 : s.align === 'right' ? x + width - line.width : x;
    const mid = y + ASCENT * size - 0.33 * size;
    this.doc.save().lineWidth(Math.max(0.7, size / 12)).strokeColor(s.color ?? 'black');
    this.doc.moveTo(from - 1, mid).lineTo(from + line.width + 1, mid).stroke().restore();
  }

  /** A wrapped paragraph at the cursor; breaks across pages between lines. */
  text(text: string, s: Style & { x?: number; width?: number; gap?: number } = {}): void {
    const size = s.size ?? 10;
    const x = s.x ?? this.left;
    const width = s.width ?? this.left + this.width - x;
    const lh = lineHeight(size);
    for (const line of layout(text, width, size, s.bold)) {
      this.ensure(lh);
      this.drawLine(line, x, this.y, width, s);
      this.y += lh;
    }
    this.y += s.gap ?? size * 0.4;
  }

  /** Height `text` would take at `width` (for keeping blocks together). */
  heightOf(text: string, width: number, s: Style = {}): number {
    const size = s.size ?? 10;
    return layout(text, width, size, s.bold).length * lineHeight(size);
  }

  heading(text: string, size = 14): void {
    this.ensure(lineHeight(size) + 40); // never leave a heading alone at the foot of a page
    this.text(text, { size, bold: true, gap: size * 0.5 });
  }

  /** A thin horizontal rule across the text width. */
  rule(color = '#999999'): void {
    this.doc.save().lineWidth(0.5).strokeColor(color).moveTo(this.left, this.y).lineTo(this.left + this.width, this.y).stroke().restore();
    this.y += 6;
  }

  /** Label/value pairs in two columns, the label in gray. */
  fields(pairs: [string, string][], labelWidth = 84, size = 10.5): void {
    for (const [label, value] of pairs) {
      const h = Math.max(this.heightOf(value, this.width - labelWidth, { size }), lineHeight(size));
      this.ensure(h);
      const y = this.y;
      this.drawLine(layout(label, labelWidth, size)[0]!, this.left, y, labelWidth, { size, color: GRAY });
      this.text(value, { x: this.left + labelWidth, size, gap: size * 0.3 });
      this.y = Math.max(this.y, y + h + size * 0.3);
    }
  }

  /**
   * Stamps the running header (contest title, document kind) and footer (page x of n, a
   * short log fingerprint) on every buffered page.
   */
  stampPages(title: string, kind: string, footerLeft: string): void {
    const range = this.doc.bufferedPageRange();
    const size = 8;
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const headerWidth = this.width - 120;
      this.drawLine(ellipsize(title, headerWidth, size), this.left, 28, headerWidth, { size, color: GRAY });
      this.drawLine(layout(kind, 120, size)[0]!, this.left + this.width - 120, 28, 120, { size, color: GRAY, align: 'right' });
      this.doc.save().lineWidth(0.5).strokeColor('#999999').moveTo(this.left, 42).lineTo(this.left + this.width, 42).stroke().restore();
      const fy = A4.height - 34;
      const page = `第 ${i - range.start + 1} 页 / 共 ${range.count} 页`;
      this.drawLine(layout(page, 160, size)[0]!, this.left + (this.width - 160) / 2, fy, 160, { size, color: GRAY, align: 'center' });
      this.drawLine(ellipsize(footerLeft, 180, size), this.left, fy, 180, { size, color: GRAY });
    }
  }
}
