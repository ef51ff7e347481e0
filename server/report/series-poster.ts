// The 红黑榜 poster: one tier and period, A3 or A4 portrait, to be printed and posted on the
// board outside the office. Large type readable from a few steps away: the title (series, tier,
// period, 红黑榜), the red board (best first) and the black board (worst first) with rank, score
// and ledger points, ties at the cut marked 并列入榜, 连续上黑榜 flagged, absent units in small
// type, the rule in words, and the issuing body and date at the foot as on an official notice.
// Everything is laid out on an A4 grid and scaled for A3, so both read the same.
import { formatDate, formatFinal, formatPoints, formatScore } from '../../shared/format.ts';
import { boards, type BoardLine } from '../../shared/series/boards.ts';
import { ledgerCounts } from '../../shared/series/definition.ts';
import { periodStanding, type ContestFinals } from '../../shared/series/standings.ts';
import type { SeriesState } from '../../shared/series/state.ts';
import { SERIES_WORDS } from '../../shared/series/words.ts';
import { ellipsize, layout, widthOf } from './layout.ts';
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

  /**
   * A unit's name in a row: one line, shrunk at most to three quarters; a longer name (a
   * village committee's full title) wraps onto two smaller lines rather than losing its end.
   */
  name(s: string, x: number, top: number, h: number, width: number, size: number): void {
    if (widthOf(s, size * 0.75, true) <= width) return this.centred(s, x, top, h, width, { size, bold: true });
    const small = Math.min(size * 0.6, h / 3.2);
    const lines = layout(s, width * this.k, small * this.k, true);
    const shown = lines.length > 2 ? [lines[0]!, ellipsize(s.slice(lines[0]!.runs.map((r) => r.text).join('').length), width * this.k, small * this.k, true)] : lines;
    const lh = small * 1.3;
    shown.forEach((line, i) => this.w.drawLine(line, x * this.k, (top + (h - shown.length * lh) / 2 + i * lh) * this.k, width * this.k, { size: small * this.k, color: DARK }));
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

/** Columns of a board: a long one (a threshold rule, a big tier) runs in two, keeping its type large. */
export const boardColumns = (rows: number): number => (rows > 8 ? 2 : 1);

/** Where the parts of a row go inside one column [x, x + width]. */
function columnGeometry(x: number, width: number, showPoints: boolean, narrow: boolean) {
  const rank = narrow ? 52 : 76;
  const points = showPoints ? (narrow ? 40 : 88) : 0;
  const score = narrow ? 72 : 112;
  return { rank: { x: x + 4, w: rank }, name: { x: x + 10 + rank, w: width - rank - score - points - 28 }, score: { x: x + width - points - score - 16, w: score }, points: { x: x + width - points - 12, w: points } };
}

/** The heading bar, the column heads and the rows of one board; returns the y below it. */
function drawBoard(p: Sheet, y: number, style: BoardStyle, rows: (Row & { name: string })[], rowH: number, showPoints: boolean, decimals: number): number {
  const top = y;
  const barH = 44;
  p.rect(M, y, CONTENT, barH, style.color);
  p.centred(style.title, M + 18, y, barH, 160, { size: 26, bold: true, color: '#ffffff' });
  p.centred(style.rule, M + CONTENT - 260, y, barH, 242, { size: 14, color: '#ffffff', align: 'right' });
  y += barH;
  const columns = boardColumns(rows.length);
  const perColumn = Math.max(1, Math.ceil(rows.length / columns));
  const colWidth = CONTENT / columns;
  const headH = 22;
  p.rect(M, y, CONTENT, headH, style.tint);
  const head = { size: 10, color: GRAY };
  for (let c = 0; c < columns; c++) {
    const g = columnGeometry(M + c * colWidth, colWidth, showPoints, columns > 1);
    p.centred('名次', g.rank.x, y, headH, g.rank.w, { ...head, align: 'center' });
    p.centred('单位', g.name.x, y, headH, g.name.w, head);
    p.centred(SERIES_WORDS.period, g.score.x, y, headH, g.score.w, { ...head, align: 'right' });
    if (showPoints) p.centred(SERIES_WORDS.ledger, g.points.x, y, headH, g.points.w, { ...head, align: 'right' });
  }
  y += headH;
  if (rows.length === 0) p.centred('本期无', M, y, rowH, CONTENT, { size: 14, color: GRAY, align: 'center' });
  const size = Math.min(24, rowH * 0.46, columns > 1 ? 17 : 24);
  rows.forEach((r, i) => {
    const c = Math.floor(i / perColumn);
    const ry = y + (i % perColumn) * rowH;
    const g = columnGeometry(M + c * colWidth, colWidth, showPoints, columns > 1);
    p.centred(`第 ${formatScore(r.rank)} 名`, g.rank.x, ry, rowH, g.rank.w, { size: Math.max(10, size * 0.72), bold: true, color: style.color, align: 'center' });
    // Marks sit right of the name, before the score column.
    let marksLeft = g.score.x - 4;
    if (r.consecutive) marksLeft = p.badge(SERIES_WORDS.again, marksLeft, ry, rowH, style.color, true) - 5;
    if (r.tiedAtCut) marksLeft = p.badge(SERIES_WORDS.tiedAtCut, marksLeft, ry, rowH, style.color, false) - 5;
    p.name(r.name, g.name.x, ry, rowH, marksLeft - g.name.x - 2, size);
    p.centred(`${formatFinal(r.score, decimals)} 分`, g.score.x, ry, rowH, g.score.w, { size: size * 0.85, bold: true, align: 'right' });
    if (showPoints) p.centred(formatPoints(r.ledger), g.points.x, ry, rowH, g.points.w, { size: Math.max(10, size * 0.7), color: GRAY, align: 'right' });
    if (i % perColumn < perColumn - 1) p.hline(M + c * colWidth, M + (c + 1) * colWidth, ry + rowH, '#dddddd', 0.8);
  });
  for (let c = 1; c < columns; c++) p.doc.save().lineWidth(1.2 * p.k).strokeColor(style.color).moveTo((M + c * colWidth) * p.k, y * p.k).lineTo((M + c * colWidth) * p.k, (y + perColumn * rowH) * p.k).stroke().restore();
  y += perColumn * rowH;
  p.rect(M, top, CONTENT, y - top, null, style.color, 1.5);
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
  const showPoints = ledgerCounts(def);
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
  notes.push(`评选规则：${rule.red}；${rule.black}；${SERIES_WORDS.tiesRule}；同时符合红榜和黑榜条件的单位只列入红榜。`);
  notes.push(`${periodScoreText(def)}。连续两期列入黑榜的单位标注“连续上黑榜”。`);
  const notesY = issuerY - 26 - notes.length * 17;

  // Rows share what is left: a long board is set in two columns and then smaller, rather than
  // running onto a second sheet, which a notice board has no room for.
  const GAP = 24;
  const chrome = 2 * (44 + 22) + GAP + 16;
  const slots = Math.max(1, Math.ceil(red.length / boardColumns(red.length))) + Math.max(1, Math.ceil(black.length / boardColumns(black.length)));
  const rowH = Math.min(58, (notesY - y - chrome) / slots);
  y = drawBoard(p, y, { title: '红  榜', rule: rule.red.replace('红榜：', ''), color: RED, tint: '#fbe9e9' }, red, rowH, showPoints, def.decimals);
  y += GAP;
  drawBoard(p, y, { title: '黑  榜', rule: rule.black.replace('黑榜：', ''), color: DARK, tint: '#ececec' }, black, rowH, showPoints, def.decimals);

  notes.forEach((n, i) => p.text(n, M, notesY + i * 17, CONTENT, { size: 10.5, color: GRAY }));
  if (def.issuer) p.text(def.issuer, M, issuerY, CONTENT - 10, { size: 17, bold: true, align: 'right' });
  p.text(formatDate(o.date), M, dateY, CONTENT - 10, { size: 15, align: 'right' });
  return finish(doc);
}
