// GET /api/contests/:id/ballot-slips.pdf: 民主测评 ballot slips to cut out and hand to the hall,
// ten to an A4 page (2 × 5). Each slip: the contest, its serial (a lost slip is voided by it), a
// QR code of the audience page carrying the code, and the code in words for typing it in. This
// PDF is the only place codes appear in clear.
import { ellipsize } from './layout.ts';
import { centred, cutLines, drawQr, MARGIN } from './judge-cards-pdf.ts';
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
const QR = H - 2 * PAD;

function slip(w: Writer, title: string, s: BallotSlip, i: number): void {
  const x = MARGIN + (i % COLS) * W;
  const y = MARGIN + Math.floor(i / COLS) * H;
  drawQr(w.doc, s.url, x + PAD, y + PAD, QR);
  const tx = x + PAD + QR + 6;
  const inner = W - QR - 2 * PAD - 6;
  let at = y + PAD + 2;
  w.drawLine(ellipsize(title, inner, 7.5), tx, at, inner, { size: 7.5, color: GRAY });
  at += lineHeight(7.5) + 2;
  w.drawLine(ellipsize(`民主测评票　No. ${String(s.serial).padStart(3, '0')}`, inner, 10, true), tx, at, inner, { size: 10, bold: true });
  at += lineHeight(10) + 4;
  w.drawLine(ellipsize(s.code, inner, 17, true), tx, at, inner, { size: 17, bold: true });
  at += lineHeight(17) + 2;
  at = centred(w, '扫码投票，或打开测评页输入上面的测评码。每个单位可改票，以测评结束前最后一次为准。', tx, at, inner, 7);
  if (s.voided) w.drawLine(ellipsize('（已作废）', inner, 9, true), tx, at + 2, inner, { size: 9, bold: true, color: '#b00020' });
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
