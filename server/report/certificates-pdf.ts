// 荣誉证书: A4 landscape, one certificate per page, to print on plain or certificate paper. A red
// outer frame inside a gold double line with corner marks, the title in large spaced red type,
// the honour text (the host's template, filled per recipient) centred in the sheet and shrunk to
// fit rather than overflow, and the issuing body and date bottom right with the seal stamped over
// them, as an office stamps a certificate over its name.
import type { ContestKind } from '../../shared/definition.ts';
import type { CertificateSettings, Recipient } from '../../shared/honours/schema.ts';
import { fillTemplate, honourValues } from '../../shared/honours/template.ts';
import { formatDate } from '../../shared/format.ts';
import { runs, useFont, advance } from './fonts.ts';
import { clean, ellipsize, layout, widthOf, type Line } from './layout.ts';
import { finish, newDocument, Writer } from './pdf-kit-helpers.ts';

export interface CertificatesInput {
  settings: CertificateSettings;
  seal: Buffer | null;
  /** What {比赛} reads as. */
  contest: string;
  /** The contest's kind, naming its first place in {名次} (擂主 / 第一名); null for a series. */
  kind: ContestKind | null;
  recipients: readonly Recipient[];
  /** YYYY-MM-DD printed under the issuer (and {日期}). */
  date: string;
  generatedAt: Date;
}

const W = 841.89;
const H = 595.28;
const RED = '#b3151b';
const GOLD = '#c59a2c';
const INK = '#1f1f1f';
const PAPER = '#fffcf3';

/** The body's box: everything the template says must fit inside it. */
const BODY = { x: 130, y: 190, width: W - 260, height: 205 };
/** The centre line of the issuer and date column, and its width. */
const SIGN = { cx: W - 250, width: 320, y: 430 };
const SEAL_SIDE = 128;

function frame(doc: PDFKit.PDFDocument): void {
  doc.save().rect(0, 0, W, H).fill('white').restore();
  doc.save().rect(40, 40, W - 80, H - 80).fill(PAPER).restore();
  doc.save().lineWidth(9).strokeColor(RED).rect(24, 24, W - 48, H - 48).stroke().restore();
  doc.save().lineWidth(2).strokeColor(GOLD).rect(36, 36, W - 72, H - 72).stroke().restore();
  doc.save().lineWidth(0.8).strokeColor(GOLD).rect(42, 42, W - 84, H - 84).stroke().restore();
  // A gold diamond on each corner of the inner line.
  for (const [x, y] of [
    [42, 42],
    [W - 42, 42],
    [42, H - 42],
    [W - 42, H - 42],
  ] as const) {
    doc.save().polygon([x, y - 9], [x + 9, y], [x, y + 9], [x - 9, y]).fill(GOLD).restore();
  }
}

/** One line of letter-spaced type centred on the page (the title): pdfkit spaces the glyphs. */
function spacedTitle(doc: PDFKit.PDFDocument, w: Writer, text: string, y: number, size: number): void {
  const chars = [...clean(text).replace(/\n/g, ' ')];
  // Wider spacing for the usual four characters, less for a longer title, never off the sheet.
  const natural = widthOf(chars.join(''), size, true);
  const spacing = Math.max(0, Math.min(size * 0.6, (W - 220 - natural) / Math.max(1, chars.length - 1)));
  const scale = natural > W - 220 ? (W - 220) / natural : 1;
  const s = size * scale;
  let x = (W - (natural * scale + spacing * (chars.length - 1))) / 2;
  doc.fillColor(RED).fontSize(s);
  for (const run of runs(chars.join(''), true)) {
    useFont(doc, run.font, w.fonts);
    for (const ch of run.text) {
      doc.text(ch, x, y, { lineBreak: false });
      x += advance(run.font, ch.codePointAt(0)!) * s + spacing;
    }
  }
}

/** A short gold rule with a diamond in the middle, under the title. */
function ornament(doc: PDFKit.PDFDocument, y: number): void {
  const cx = W / 2;
  doc.save().lineWidth(1.2).strokeColor(GOLD).moveTo(cx - 150, y).lineTo(cx - 12, y).moveTo(cx + 12, y).lineTo(cx + 150, y).stroke().restore();
  doc.save().polygon([cx, y - 6], [cx + 6, y], [cx, y + 6], [cx - 6, y]).fill(GOLD).restore();
}

interface Body {
  lines: { line: Line; align: 'left' | 'center' }[];
  size: number;
  lineHeight: number;
}

/**
 * The filled text laid out in the body box at the largest size that fits. A template whose first
 * paragraph ends with a colon is a letter (致 unit：, then the citation): the salutation flush
 * left and each following paragraph indented two characters. Otherwise every line is centred.
 */
export function layoutBody(text: string): Body {
  const paragraphs = clean(text).split('\n').map((p) => p.trim()).filter(Boolean);
  const letter = paragraphs.length > 1 && /[:：]$/.test(paragraphs[0]!);
  const lay = (size: number) =>
    paragraphs.flatMap((p, i) => {
      const indented = letter && i > 0 ? `\u3000\u3000${p}` : p;
      return layout(indented, BODY.width, size).map((line) => ({ line, align: letter ? ('left' as const) : ('center' as const) }));
    });
  for (let size = 24; size >= 11; size -= 1) {
    const lines = lay(size);
    const lineHeight = size * 1.75;
    if (lines.length * lineHeight <= BODY.height) return { lines, size, lineHeight };
  }
  // Beyond what fits even small: the lines that fit, the last one ending in "…".
  const size = 11;
  const lineHeight = size * 1.75;
  const max = Math.floor(BODY.height / lineHeight);
  const lines = lay(size).slice(0, max);
  const last = lines[max - 1];
  if (last) last.line = ellipsize(`${last.line.runs.map((r) => r.text).join('')}……`, BODY.width, size);
  return { lines, size, lineHeight };
}

/** A single line centred on the signing column, shrunk (not cut) to the column's width. */
function signLine(w: Writer, text: string, y: number, size: number, bold: boolean): void {
  const natural = widthOf(text, size, bold);
  const s = natural > SIGN.width ? Math.max(size * 0.55, (size * SIGN.width) / natural) : size;
  w.drawLine(ellipsize(text, SIGN.width, s, bold), SIGN.cx - SIGN.width / 2, y, SIGN.width, { size: s, bold, color: INK, align: 'center' });
}

function certificate(doc: PDFKit.PDFDocument, w: Writer, input: CertificatesInput, r: Recipient): void {
  doc.addPage({ size: 'A4', layout: 'landscape', margin: 0 });
  frame(doc);
  spacedTitle(doc, w, input.settings.title, 78, 54);
  ornament(doc, 168);

  const text = fillTemplate(input.settings.template, honourValues(r, input.contest, input.date, input.kind));
  const body = layoutBody(text);
  let y = BODY.y + (BODY.height - body.lines.length * body.lineHeight) / 2;
  for (const { line, align } of body.lines) {
    w.drawLine(line, BODY.x, y + (body.lineHeight - body.size * 1.45) / 2, BODY.width, { size: body.size, color: INK, align });
    y += body.lineHeight;
  }

  const issuerY = SIGN.y;
  if (input.settings.issuer) signLine(w, input.settings.issuer, issuerY, 19, true);
  signLine(w, formatDate(input.date), issuerY + 36, 16, false);
  if (input.seal) {
    // Centred on the issuer's line, a little transparent so the name still reads through the ink.
    const cx = SIGN.cx;
    const cy = issuerY + 24;
    doc.save().opacity(0.88);
    doc.image(input.seal, cx - SEAL_SIDE / 2, cy - SEAL_SIDE / 2, { fit: [SEAL_SIDE, SEAL_SIDE], align: 'center', valign: 'center' });
    doc.restore();
  }
}

export async function certificatesPdf(input: CertificatesInput): Promise<Buffer> {
  const doc = newDocument(`${input.contest} ${input.settings.title}`, input.generatedAt);
  const w = new Writer(doc);
  for (const r of input.recipients) certificate(doc, w, input, r);
  return finish(doc);
}
