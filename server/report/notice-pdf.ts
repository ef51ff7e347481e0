// The 公示 notice on paper, for the notice board when the page cannot be reached: the heading,
// the notice text with the period and where to object, the results as published (the current
// version; an amended notice says so, with the reasons and both fingerprints), the fingerprint
// that matches the printed report (a series notice also each counted contest's), the QR code of
// the live page, and the issuing body and date at the foot as on an official notice.
import { dayOf, formatDate, formatDateTime, formatScore } from '../../shared/format.ts';
import { FINGERPRINT, FINGERPRINT_COMPARE } from '../../shared/fingerprint-words.ts';
import { closingSummary, type PublicNotice } from '../../shared/notice/views.ts';
import { drawQr } from './judge-cards-pdf.ts';
import { finish, GRAY, newDocument, Writer } from './pdf-kit-helpers.ts';
import { table, type Column } from './pdf-table.ts';

const RED = '#c8161d';
const QR = 110;
const QR_SMALL = 72;

export async function buildNoticePdf(n: PublicNotice, url: string, generatedAt = new Date()): Promise<Buffer> {
  const p = n.current;
  const doc = newDocument(`公示：${p.title}`, generatedAt);
  const w = new Writer(doc);
  w.section('公示');
  w.text('公  示', { size: 30, bold: true, color: RED, align: 'center', gap: 6 });
  w.text(p.title, { size: 16, bold: true, align: 'center', gap: 2 });
  if (p.subtitle) w.text(p.subtitle, { size: 11, color: GRAY, align: 'center', gap: 10 });
  w.rule(RED);
  const where = n.terms.contact ? `扫描下方二维码在线提交，或通过以下方式反映：${n.terms.contact}` : '扫描下方二维码在线提交';
  w.text(`现将${p.title}结果予以公示。公示期为${formatDate(n.terms.start)}至${formatDate(n.terms.end)}。公示期间，如对结果有异议，请${where}。`, { size: 12, gap: 10 });
  if (n.earlier.length > 0) {
    w.heading(`结果已更正（现为第 ${formatScore(p.version)} 版）`, 12);
    for (const a of p.amendments) w.text(`更正原因：${a.reason}（${formatDateTime(a.at)}）`, { size: 10 });
    for (const e of n.earlier) {
      w.text(`第 ${formatScore(e.version)} 版${FINGERPRINT.zh}：${e.fingerprint.sha256}`, { size: 8, color: GRAY });
      for (const c of e.contests ?? []) w.text(`　${c.title}：${c.fingerprint.sha256}`, { size: 8, color: GRAY });
    }
    w.space(6);
  }
  for (const t of p.tables) {
    w.heading(t.heading, 13);
    const columns: Column[] = t.columns.map((c, i) => ({ header: c, width: i === 1 ? 3 : 1.4, align: i === 1 ? 'left' : 'center' }));
    table(w, columns, t.rows.length ? t.rows : [t.columns.map((_, i) => (i === 0 ? '（无）' : ''))], { size: 10.5 });
    w.space(8);
  }
  const contests = p.contests ?? [];
  w.text(`${FINGERPRINT.zh}（SHA-256）：${p.fingerprint.sha256}`, { size: 8.5, color: GRAY, gap: 2 });
  w.text(FINGERPRINT_COMPARE.zh, { size: 8.5, color: GRAY, gap: contests.length ? 2 : 8 });
  // A series notice: each contest counted, with its own log's fingerprint (as on its score report).
  contests.forEach((c, i) => w.text(`${c.title}：${c.fingerprint.sha256}`, { size: 8.5, color: GRAY, gap: i === contests.length - 1 ? 8 : 2 }));
  if (n.phase === 'closed') w.text(`公示期满。${closingSummary(n, formatScore)}`, { size: 11, bold: true, gap: 8 });
  // The QR code and the issuer at the foot, kept together, and on the page of the text that says
  // 扫描下方二维码: a smaller code (still ~2.5 cm, a short link) rather than a page of its own.
  const qr = w.bottom - w.y >= QR + 20 ? QR : w.bottom - w.y >= QR_SMALL + 20 ? QR_SMALL : QR;
  w.ensure(qr + 20);
  const top = w.y + 6;
  drawQr(doc, url, w.left, top, qr);
  w.y = top + 8;
  w.text('扫码查看公示并提交异议', { x: w.left + qr + 10, size: 10, width: 180, gap: 2 });
  w.text(url, { x: w.left + qr + 10, size: 8, color: GRAY, width: 200 });
  w.y = top + Math.max(qr * 0.45, 40);
  w.text(n.terms.issuer, { size: 13, bold: true, align: 'right', gap: 4 });
  w.text(formatDate(dayOf(p.at)), { size: 12, align: 'right' });
  return finish(doc);
}
