// GET /api/contests/:id/judge-cards.pdf: the printable judge access sheet. Six cards per A4
// page (2 × 3) with dashed cut lines; each card has the judge's name, title and a QR code of
// their private join link, drawn as vector rectangles so it stays sharp on any printer.
import QRCode from 'qrcode';
import { A4, GRAY, Writer, finish, newDocument } from './pdf-kit-helpers.ts';
import { ellipsize, layout } from './layout.ts';
import { lineHeight } from './pdf-kit-helpers.ts';

export interface JudgeCard {
  id: string;
  name: string;
  title: string;
  group: string | null;
  /** null when the judge's link was revoked and not reissued. */
  joinUrl: string | null;
}

const MARGIN = 24;
const COLS = 2;
const ROWS = 3;
const CARD_W = (A4.width - 2 * MARGIN) / COLS;
const CARD_H = (A4.height - 2 * MARGIN) / ROWS;
const QR_SIZE = 128;

/** Dark modules as one path of rectangles, merged along rows to keep the file small. */
function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
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

function cutLines(doc: PDFKit.PDFDocument): void {
  doc.save().lineWidth(0.6).strokeColor('#888888').dash(4, { space: 3 });
  for (let c = 0; c <= COLS; c++) doc.moveTo(MARGIN + c * CARD_W, MARGIN).lineTo(MARGIN + c * CARD_W, A4.height - MARGIN);
  for (let r = 0; r <= ROWS; r++) doc.moveTo(MARGIN, MARGIN + r * CARD_H).lineTo(A4.width - MARGIN, MARGIN + r * CARD_H);
  doc.stroke().undash().restore();
}

function centred(w: Writer, text: string, x: number, y: number, width: number, size: number, bold = false, color?: string): number {
  let at = y;
  for (const line of layout(text, width, size, bold)) {
    w.drawLine(line, x, at, width, { size, bold, align: 'center', color });
    at += lineHeight(size);
  }
  return at;
}

function card(w: Writer, title: string, j: JudgeCard, x: number, y: number): void {
  const pad = 14;
  const inner = CARD_W - 2 * pad;
  let at = y + pad;
  w.drawLine(ellipsize(title, inner, 8.5), x + pad, at, inner, { size: 8.5, align: 'center', color: GRAY });
  at += lineHeight(8.5) + 2;
  at = centred(w, '评委入场卡', x + pad, at, inner, 10, true);
  at = centred(w, j.name, x + pad, at + 2, inner, 18, true);
  const sub = [j.title, j.group ? `评委组：${j.group}` : ''].filter(Boolean).join('　');
  if (sub) at = centred(w, sub, x + pad, at, inner, 9);
  const qrTop = Math.max(at + 2, y + CARD_H - pad - QR_SIZE - 2 * lineHeight(7.5) - 4);
  if (j.joinUrl) {
    drawQr(w.doc, j.joinUrl, x + (CARD_W - QR_SIZE) / 2, qrTop, QR_SIZE);
    at = centred(w, '请用手机扫码进入评分页面 · 仅限本人使用', x + pad, qrTop + QR_SIZE, inner, 7.5);
    centred(w, j.joinUrl, x + pad, at, inner, 6.5, false, GRAY);
  } else {
    w.doc.save().lineWidth(1).strokeColor('#888888').rect(x + (CARD_W - QR_SIZE) / 2, qrTop, QR_SIZE, QR_SIZE).stroke().restore();
    centred(w, '链接已失效，请在主持台重新发放', x + pad, qrTop + QR_SIZE / 2 - 8, inner, 9, true);
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
    judges.slice(p * perPage, (p + 1) * perPage).forEach((j, i) => {
      card(w, title, j, MARGIN + (i % COLS) * CARD_W, MARGIN + Math.floor(i / COLS) * CARD_H);
    });
    const foot = `${title} · 评委入场卡 · 第 ${p + 1} 页 / 共 ${pages} 页 · 沿虚线裁开`;
    w.drawLine(ellipsize(foot, A4.width - 2 * MARGIN, 7), MARGIN, A4.height - MARGIN + 6, A4.width - 2 * MARGIN, { size: 7, align: 'center', color: GRAY });
  }
  return finish(doc);
}
