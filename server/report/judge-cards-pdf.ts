// GET /api/contests/:id/judge-cards.pdf: the printable judge access sheet. Six cards per A4
// page (2 × 3) with dashed cut lines; each card has the judge's name, title and a QR code of
// their private join link, drawn as vector rectangles so it stays sharp on any printer.
import QRCode from 'qrcode';
import { ellipsize, layout } from './layout.ts';
import { A4, GRAY, Writer, finish, lineHeight, newDocument } from './pdf-kit-helpers.ts';

export interface JudgeCard {
  id: string;
  name: string;
  title: string;
  group: string | null;
  /** null when the judge's link was revoked and not reissued. */
  joinUrl: string | null;
}

export const MARGIN = 24;
const COLS = 2;
const ROWS = 3;
const CARD_W = (A4.width - 2 * MARGIN) / COLS;
const CARD_H = (A4.height - 2 * MARGIN) / ROWS;
const QR_SIZE = 128;

/** Dark modules as one path of rectangles, merged along rows to keep the file small. */
export function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 4; // the white border scanners need, in modules
  const m = size / (n + 2 * quiet);
  for (let r = 0; r < n; r++) {
    let c = 0;
    while (c < n) {
      if (!qr.modules.get(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && qr.modules.get(r, c)) c++;
      // A hair of overlap avoids white seams between rows in some viewers.
      doc.rect(x + (quiet + start) * m, y + (quiet + r) * m, (c - start) * m, m + 0.05);
    }
  }
  doc.fillColor('black').fill();
}

/** Dashed cut lines for a grid of `cols` × `rows` cards filling the page inside the margin. */
export function cutLines(doc: PDFKit.PDFDocument, cols = COLS, rows = ROWS): void {
  const w = (A4.width - 2 * MARGIN) / cols;
  const h = (A4.height - 2 * MARGIN) / rows;
  doc.save().lineWidth(0.6).strokeColor('#888888').dash(4, { space: 3 });
  for (let c = 0; c <= cols; c++) doc.moveTo(MARGIN + c * w, MARGIN).lineTo(MARGIN + c * w, A4.height - MARGIN);
  for (let r = 0; r <= rows; r++) doc.moveTo(MARGIN, MARGIN + r * h).lineTo(A4.width - MARGIN, MARGIN + r * h);
  doc.stroke().undash().restore();
}

export function centred(w: Writer, text: string, x: number, y: number, width: number, size: number, bold = false, color?: string): number {
  let at = y;
  for (const line of layout(text, width, size, bold)) {
    w.drawLine(line, x, at, width, { size, bold, align: 'center', color });
    at += lineHeight(size);
  }
  return at;
}

const PAD = 14;

/**
 * Where the QR code of the card in `slot` (0-based over the whole document) is drawn, in
 * points from the page's top-left. Fixed per slot whatever the text above it, so a test can
 * sample the rendered modules and compare them with the encoded link.
 */
export function qrBox(slot: number): { page: number; x: number; y: number; size: number } {
  const i = slot % (COLS * ROWS);
  const x = MARGIN + (i % COLS) * CARD_W;
  const y = MARGIN + Math.floor(i / COLS) * CARD_H;
  return { page: Math.floor(slot / (COLS * ROWS)), x: x + (CARD_W - QR_SIZE) / 2, y: y + CARD_H - PAD - QR_SIZE - 2 * lineHeight(7.5) - 4, size: QR_SIZE };
}

function card(w: Writer, title: string, j: JudgeCard, slot: number): void {
  const inner = CARD_W - 2 * PAD;
  const x = MARGIN + (slot % COLS) * CARD_W + PAD;
  let at = MARGIN + Math.floor((slot % (COLS * ROWS)) / COLS) * CARD_H + PAD;
  w.drawLine(ellipsize(title, inner, 8.5), x, at, inner, { size: 8.5, align: 'center', color: GRAY });
  at += lineHeight(8.5) + 2;
  at = centred(w, '评委入场卡', x, at, inner, 10, true);
  // The text must end above the QR code: a name that does not fit on one line at 18 pt gets
  // two lines at 13 pt, and the title/group line is cut with "…".
  const big = layout(j.name, inner, 18, true).length === 1;
  const nameLines = layout(j.name, inner, big ? 18 : 13, true).slice(0, 2);
  for (const line of nameLines) {
    w.drawLine(line, x, at + 2, inner, { size: big ? 18 : 13, align: 'center' });
    at += lineHeight(big ? 18 : 13);
  }
  const sub = [j.title, j.group ? `评委组：${j.group}` : ''].filter(Boolean).join('　');
  if (sub) w.drawLine(ellipsize(sub, inner, 9), x, at + 2, inner, { size: 9, align: 'center' });
  const qr = qrBox(slot);
  if (j.joinUrl) {
    drawQr(w.doc, j.joinUrl, qr.x, qr.y, qr.size);
    at = centred(w, '请用手机扫码进入评分页面 · 仅限本人使用', x, qr.y + qr.size, inner, 7.5);
    w.drawLine(ellipsize(j.joinUrl, inner, 6.5), x, at, inner, { size: 6.5, align: 'center', color: GRAY });
  } else {
    w.doc.save().lineWidth(1).strokeColor('#888888').rect(qr.x, qr.y, qr.size, qr.size).stroke().restore();
    centred(w, '链接已失效，请在主持台重新发放', x, qr.y + qr.size / 2 - 8, inner, 9, true);
  }
}

export async function buildJudgeCardsPdf(title: string, judges: JudgeCard[], generatedAt: Date): Promise<Buffer> {
  const doc = newDocument(`${title} 评委入场卡`, generatedAt);
  const w = new Writer(doc);
  const perPage = COLS * ROWS;
  const pages = Math.max(1, Math.ceil(judges.length / perPage));
  for (let p = 0; p < pages; p++) {
    w.addPage();
    cutLines(doc);
    judges.slice(p * perPage, (p + 1) * perPage).forEach((j, i) => card(w, title, j, p * perPage + i));
    const foot = `${title} · 评委入场卡 · 第 ${p + 1} 页 / 共 ${pages} 页 · 沿虚线裁开`;
    w.drawLine(ellipsize(foot, A4.width - 2 * MARGIN, 7), MARGIN, A4.height - MARGIN + 6, A4.width - 2 * MARGIN, { size: 7, align: 'center', color: GRAY });
  }
  return finish(doc);
}
