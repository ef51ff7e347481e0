// The 红黑榜 poster: one tier and period, A3 or A4 portrait, to be printed and posted on the
// board outside the office. Large type readable from a few steps away: the title (series, tier,
// period, 红黑榜), the red board (best first) and the black board (worst first) with rank, score
// and ledger points, ties at the cut marked 并列入榜, 连续上黑榜 flagged, absent units in small
// type, the rule in words, and the issuing body and date at the foot as on an official notice.
// Everything is laid out on an A4 grid and scaled for A3, so both read the same.
import { formatDate, formatFinal, formatPoints, formatScore } from '../../shared/format.ts';
import { boards, type BoardLine } from '../../shared/series/boards.ts';
import { periodStanding, type ContestFinals } from '../../shared/series/standings.ts';
import type { SeriesState } from '../../shared/series/state.ts';
import { ellipsize, widthOf } from './layout.ts';
import { A4, finish, newDocument, Writer, type Align } from './pdf-kit-helpers.ts';
import { boardRuleText, periodName, periodScoreText, tierName, unitName } from './series-text.ts';

export interface PosterOptions {
  size: 'A3' | 'A4';
  /** The date printed under the issuer, YYYY-MM-DD (the day of publication, not of printing). */
  date: string;
  generatedAt?: Date;
}

const RED = '#c8161d';
const DARK = '#1f1f1f';
const GRAY = '#5a5a5a';
const SIZES = { A4, A3: { width: 841.89, height: 1190.55 } };

type Row = BoardLine & { consecutive?: boolean };

/** Draws on an A4-sized grid; `k` scales every coordinate and size for A3. */
class Sheet {
  readonly w: Writer;
  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly k: number,
  ) {
    this.w = new Writer(doc);
  }

  /** One line of text with its box top at y, shrunk to fit the width rather than cut. */
  text(s: string, x: number, y: number, width: number, o: { size: number; bold?: boolean; color?: string; align?: Align }): void {
    const natural = widthOf(s, o.size, o.bold);
    const size = natural > width ? Math.max(o.size * 0.6, (o.size * width) / natural) : o.size;
    const line = ellipsize(s, width * this.k, size * this.k, o.bold);
    this.w.drawLine(line, x * this.k, y * this.k, width * this.k, { size: size * this.k, color: o.color ?? DARK, align: o.align ?? 'left' });
  }

  /** Text vertically centred in a band [top, top + h]. */
  centred(s: string, x: number, top: number, h: number, width: number, o: { size: number; bold?: boolean; color?: string; align?: Align }): void {
    this.text(s, x, top + (h - o.size * 1.448) / 2, width, o);
  }

  rect(x: number, y: number, w: number, h: number, fill: string | null, stroke: string | null = null, lineWidth = 1): void {
    const d = this.doc.save().rect(x * this.k, y * this.k, w * this.k, h * this.k);
    if (fill && stroke) d.lineWidth(lineWidth * this.k).fillAndStroke(fill, stroke);
    else if (fill) d.fill(fill);
    else if (stroke) d.lineWidth(lineWidth * this.k).stroke(stroke);
    this.doc.restore();
  }

  hline(x1: number, x2: number, y: number, color: string, width: number): void {
    this.doc.save().lineWidth(width * this.k).strokeColor(color).moveTo(x1 * this.k, y * this.k).lineTo(x2 * this.k, y * this.k).stroke().restore();
  }

  /** A small boxed mark (并列入榜, 连续上黑榜) ending at `right`; returns its left edge. */
  badge(s: string, right: number, top: number, h: number, color: string, filled: boolean): number {
    const size = Math.min(11, h * 0.32);
    const width = widthOf(s, size, true) + size * 1.2;
    const bh = size * 1.9;
    const y = top + (h - bh) / 2;
    this.rect(right - width, y, width, bh, filled ? color : '#ffffff', color, 1.2);
    this.centred(s, right - width, y, bh, width, { size, bold: true, color: filled ? '#ffffff' : color, align: 'center' });
    return right - width;
  }
}

const M = 40; // page margin on the A4 grid
const CONTENT = A4.width - 2 * M;

interface BoardStyle {
  title: string;
  rule: string;
  color: string;
  tint: string;
}

/** The heading bar, the column heads and the rows of one board; returns the y below it. */
function drawBoard(p: Sheet, y: number, style: BoardStyle, rows: (Row & { name: string })[], rowH: number, showPoints: boolean, decimals: number): number {
  const barH = 44;
  p.rect(M, y, CONTENT, barH, style.color);
  p.centred(style.title, M + 18, y, barH, 160, { size: 26, bold: true, color: '#ffffff' });
  p.centred(style.rule, M + CONTENT - 260, y, barH, 242, { size: 14, color: '#ffffff', align: 'right' });
  y += barH;
  const cols = { rank: M + 8, name: M + 92, score: M + CONTENT - (showPoints ? 210 : 120), points: M + CONTENT - 96 };
  const headH = 22;
  p.rect(M, y, CONTENT, headH, style.tint);
  const head = { size: 10, color: GRAY };
  p.centred('名次', cols.rank, y, headH, 70, { ...head, align: 'center' });
  p.centred('单位', cols.name, y, headH, 200, head);
  p.centred('得分', cols.score, y, headH, 100, { ...head, align: 'right' });
  if (showPoints) p.centred('其中积分', cols.points, y, headH, 88, { ...head, align: 'right' });
  y += headH;
  if (rows.length === 0) {
    p.centred('本期无', M, y, rowH, CONTENT, { size: 14, color: GRAY, align: 'center' });
    return y + rowH;
  }
  const size = Math.min(24, rowH * 0.44);
  for (const r of rows) {
    p.centred(`第 ${formatScore(r.rank)} 名`, cols.rank, y, rowH, 70, { size: size * 0.72, bold: true, color: style.color, align: 'center' });
    // Marks sit right of the name, before the score column.
    let marksLeft = cols.score - 6;
    if (r.consecutive) marksLeft = p.badge('连续上黑榜', marksLeft, y, rowH, style.color, true) - 6;
    if (r.tiedAtCut) marksLeft = p.badge('并列入榜', marksLeft, y, rowH, style.color, false) - 6;
    p.centred(r.name, cols.name, y, rowH, marksLeft - cols.name - 4, { size, bold: true });
    p.centred(`${formatFinal(r.score, decimals)} 分`, cols.score, y, rowH, 100, { size: size * 0.85, bold: true, align: 'right' });
    if (showPoints) p.centred(formatPoints(r.ledger), cols.points, y, rowH, 88, { size: size * 0.7, color: GRAY, align: 'right' });
    y += rowH;
    p.hline(M, M + CONTENT, y, style.tint === '#ffffff' ? '#dddddd' : style.tint, 1);
  }
  p.rect(M, y - rows.length * rowH - headH - barH, CONTENT, rows.length * rowH + headH + barH, null, style.color, 1.5);
  return y;
}

/** The poster of one tier and period. */
export async function posterPdf(state: SeriesState, tierId: string, periodId: string, finals: ContestFinals, o: PosterOptions): Promise<Buffer> {
  const { def } = state;
  const b = boards(state, tierId, periodId, finals);
  const [tier, period] = [tierName(def, tierId), periodName(def, periodId)];
  const doc = newDocument(`${def.name} ${tier} ${period} 红黑榜`, o.generatedAt ?? new Date());
  const page = SIZES[o.size];
  const p = new Sheet(doc, page.width / A4.width);
  doc.addPage({ size: o.size, margin: 0 });

  const named = <T extends BoardLine>(rows: T[]) => rows.map((r) => ({ ...r, name: unitName(state, r.unitId) }));
  const red = named(b.red);
  const black = named(b.black);
  const showPoints = def.periodScore.ledger > 0 || [...red, ...black].some((r) => r.ledger !== 0);
  const rule = boardRuleText(b.rule);

  // Title block.
  let y = M + 6;
  p.text(def.name, M, y, CONTENT, { size: 18, bold: true, color: RED, align: 'center' });
  y += 32;
  p.text(`${tier} · ${period}`, M, y, CONTENT, { size: 22, bold: true, align: 'center' });
  y += 36;
  p.text('红 黑 榜', M, y, CONTENT, { size: 50, bold: true, color: RED, align: 'center' });
  y += 80;
  p.hline(M, M + CONTENT, y, RED, 3);
  p.hline(M, M + CONTENT, y + 5, RED, 1);
  y += 22;

  // The foot: absent units, the rule, the issuer and the date, bottom up.
  const foot = A4.height - M;
  const dateY = foot - 20;
  const issuerY = dateY - 28;
  const notes: string[] = [];
  const ranked = periodStanding(state, tierId, periodId, finals).lines.filter((l) => l.rank !== null).length;
  const absent = b.absent.length ? `；缺席（不列入红黑榜）：${b.absent.map((id) => unitName(state, id)).join('、')}` : '';
  notes.push(`本期参加排名 ${formatScore(ranked)} 个单位${absent}`);
  notes.push(`评选规则：${rule.red}；${rule.black}；名次相同者并列入榜；同时符合红榜和黑榜条件的单位只列入红榜。`);
  notes.push(`${periodScoreText(def)}。连续两期列入黑榜的单位标注“连续上黑榜”。`);
  const notesY = issuerY - 26 - notes.length * 17;

  // Rows share what is left: a long board (a threshold rule in a big tier) is set smaller rather
  // than running onto a second sheet, which a notice board has no room for.
  const chrome = 2 * (44 + 22) + 28;
  const slots = Math.max(1, red.length) + Math.max(1, black.length);
  const rowH = Math.min(58, (notesY - y - chrome) / slots);
  y = drawBoard(p, y, { title: '红  榜', rule: rule.red.replace('红榜：', ''), color: RED, tint: '#fbe9e9' }, red, rowH, showPoints, def.decimals);
  y += 28;
  drawBoard(p, y, { title: '黑  榜', rule: rule.black.replace('黑榜：', ''), color: DARK, tint: '#ececec' }, black, rowH, showPoints, def.decimals);

  notes.forEach((n, i) => p.text(n, M, notesY + i * 17, CONTENT, { size: 10.5, color: GRAY }));
  if (def.issuer) p.text(def.issuer, M, issuerY, CONTENT - 10, { size: 17, bold: true, align: 'right' });
  p.text(formatDate(o.date), M, dateY, CONTENT - 10, { size: 15, align: 'right' });
  return finish(doc);
}
