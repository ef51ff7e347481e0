// GET /api/contests/:id/ballot-slips.pdf: 民主测评 ballot slips to cut out and hand to the hall,
// ten to an A4 page (2 × 5). Each slip: the contest, its serial (a lost slip is voided by it), a
// QR code of the audience page carrying the code, the code in words for typing it in, and the
// page's address without the code. This PDF is the only place codes appear in clear.
import { formatSerial } from '../../shared/format.ts';
import { ellipsize, layout, widthOf } from './layout.ts';
import { cutLines, drawQr, MARGIN } from './judge-cards-pdf.ts';
import { A4, GRAY, Writer, finish, lineHeight, newDocument } from './pdf-kit-helpers.ts';

export interface BallotSlip {
  serial: number;
  /** As printed: XXXX-XXXX. */
  code: string;
  /** The audience page with the code in its fragment. */
  url: string;
  voided: boolean;
}

const COLS = 2;
const ROWS = 5;
const W = (A4.width - 2 * MARGIN) / COLS;
const H = (A4.height - 2 * MARGIN) / ROWS;
const PAD = 10;
// 3.8 cm, plenty for a phone camera, and it leaves the code room to be printed at 18 pt.
const QR = Math.min(H - 2 * PAD, 108);
const CODE_SIZE = 18;

/** The audience page without the code: printed small, for a phone that cannot scan. */
const pageOf = (url: string) => url.replace(/&code=[^&]*$/, '');

/** Up to `max` wrapped lines of `text` from `at`; the last one ellipsized when more remain. Returns the next top. */
function lines(w: Writer, text: string, x: number, at: number, width: number, size: number, max: number, style: { bold?: boolean; color?: string } = {}): number {
  const laid = layout(text, width, size, style.bold);
  laid.slice(0, max).forEach((line, i) => {
    const last = i === max - 1 && laid.length > max;
    w.drawLine(last ? ellipsize(laid.slice(i).map((l) => l.runs.map((r) => r.text).join('')).join(''), width, size, style.bold) : line, x, at, width, { size, ...style });
    at += lineHeight(size);
  });
  return at;
}

function slip(w: Writer, title: string, s: BallotSlip, i: number): void {
  const x = MARGIN + (i % COLS) * W;
  const y = MARGIN + Math.floor(i / COLS) * H;
  const [qx, qy] = [x + PAD, y + (H - QR) / 2];
  drawQr(w.doc, s.url, qx, qy, QR);
  const tx = x + PAD + QR + 6;
  const inner = W - QR - 2 * PAD - 6;
  let at = lines(w, title, tx, y + PAD + 2, inner, 7.5, 2, { color: GRAY }) + 2;
  w.drawLine(ellipsize(`民主测评票　${formatSerial(s.serial)}`, inner, 10, true), tx, at, inner, { size: 10, bold: true });
  at += lineHeight(10) + 4;
  // The code in words, large and bold: typed in by whoever cannot scan (the alphabet has no 0/O or 1/I/L).
  // Never cut short: a code of wide letters (WWWW-MMMM) is set smaller rather than ellipsized.
  const size = Math.min(CODE_SIZE, Math.floor((10 * CODE_SIZE * inner) / widthOf(s.code, CODE_SIZE, true)) / 10);
  w.drawLine(layout(s.code, inner + 1, size, true)[0]!, tx, at, inner, { size, bold: true });
  at += lineHeight(CODE_SIZE) + 2;
  at = lines(w, '扫码投票，或打开测评页输入上面的测评码。每个单位可改票，以测评结束前最后一次为准。', tx, at, inner, 7, 4);
  if (s.voided) {
    w.drawLine(ellipsize('（已作废）', inner, 9, true), tx, at + 2, inner, { size: 9, bold: true, color: '#b00020' });
    // Crossed out as well, so a voided slip printed in black and white is not handed out by mistake.
    w.doc.save().lineWidth(2).strokeColor('#b00020').moveTo(qx, qy).lineTo(qx + QR, qy + QR).moveTo(qx + QR, qy).lineTo(qx, qy + QR).stroke().restore();
  }
  // At the foot of the slip, the page without the code (the QR code carries both).
  lines(w, `测评页：${pageOf(s.url)}`, tx, y + H - PAD - 2 * lineHeight(6), inner, 6, 2, { color: GRAY });
}

export async function buildBallotSlipsPdf(title: string, slips: BallotSlip[], generatedAt: Date): Promise<Buffer> {
  const doc = newDocument(`${title} 民主测评票`, generatedAt);
  const w = new Writer(doc);
  const perPage = COLS * ROWS;
  const pages = Math.max(1, Math.ceil(slips.length / perPage));
  for (let p = 0; p < pages; p++) {
    w.addPage();
    cutLines(doc, COLS, ROWS);
    slips.slice(p * perPage, (p + 1) * perPage).forEach((s, i) => slip(w, title, s, i));
    const foot = `${title} · 民主测评票 · 第 ${p + 1} 页 / 共 ${pages} 页 · 沿虚线裁开 · 一票一码，请妥善保管`;
    w.drawLine(ellipsize(foot, A4.width - 2 * MARGIN, 7), MARGIN, A4.height - MARGIN + 6, A4.width - 2 * MARGIN, { size: 7, align: 'center', color: GRAY });
  }
  return finish(doc);
}
