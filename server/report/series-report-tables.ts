// The tables of the series report, per tier: each held period's standing (with its boards), the
// cumulative standing with its rule in words, the 红黑榜 of every period, and each unit's ledger
// entries with corrections shown as such (the corrected entry struck through, the correction
// naming what it corrects and why).
import { formatDate, formatFinal, formatPoints, formatScore } from '../../shared/format.ts';
import { boards as boardsOf, type Boards } from '../../shared/series/boards.ts';
import * as R from '../../shared/scoring/rational.ts';
import { correctionOf, ledgerTotals } from '../../shared/series/ledger.ts';
import type { LedgerEntry } from '../../shared/series/state.ts';
import { cumulativeStanding, type PeriodStanding } from '../../shared/series/standings.ts';
import { rankText } from './format.ts';
import { GRAY } from './pdf-kit-helpers.ts';
import { table, type CellValue } from './pdf-table.ts';
import type { SeriesReportContext } from './series-report-context.ts';
import { boardNotes, correctionNote, cumulativeHeader, cumulativeTotal, cumulativeText, decidedByText, headingName, periodName, periodScoreText, tieBreakText } from './series-text.ts';
import { SERIES_WORDS as W } from '../../shared/series/words.ts';

const KIND = { arena: '擂台赛', rating: '评比' } as const;

/** 红榜 / 黑榜 (并列入榜, 连续上黑榜) of a unit in a period, as the standing's remark. */
function boardMark(b: Boards, unitId: string): { text: string; red: boolean } | null {
  const red = b.red.find((l) => l.unitId === unitId);
  if (red) return { text: `红榜${boardNotes(red)}`, red: true };
  const black = b.black.find((l) => l.unitId === unitId);
  return black ? { text: `黑榜${boardNotes(black)}`, red: false } : null;
}

export function drawPeriodStandings(c: SeriesReportContext, tierId: string, periods: PeriodStanding[]): void {
  const { w, state } = c;
  const def = state.def;
  w.heading('期次排名', 15);
  w.text(`${periodScoreText(def)}。${tieBreakText(def)}。`, { size: 9, color: GRAY });
  if (periods.length === 0) w.text('本层级尚无已举行的期次。', { size: 10 });
  for (const p of periods) {
    const b = boardsOf(state, tierId, p.periodId, c.finals);
    const contests = state.contests.filter((x) => x.tierId === tierId && x.periodId === p.periodId);
    w.heading(periodName(def, p.periodId), 12);
    if (contests.length) w.text(`比赛：${contests.map((x) => `${x.title}（${KIND[x.kind]}）`).join('；')}`, { size: 9, color: GRAY });
    const rows: CellValue[][] = p.lines.map((l) => {
      const mark = boardMark(b, l.unitId);
      return [
        rankText(l.rank, l.shared),
        { text: c.unitName(l.unitId), bold: mark?.red ?? false },
        formatFinal(l.contest, def.decimals),
        formatPoints(l.ledger),
        { text: l.score === null ? '缺席' : formatFinal(l.score, def.decimals), bold: true },
        mark ? { text: mark.text, color: mark.red ? '#b0161c' : 'black', bold: true } : '',
        decidedByText(l.decidedBy),
      ];
    });
    table(
      w,
      [
        { header: '名次', width: 1.2, align: 'center' },
        { header: '单位', width: 2.6 },
        { header: W.contest, width: 1.2, align: 'right' },
        { header: '积分', width: 0.9, align: 'right' },
        { header: W.period, width: 1.2, align: 'right' },
        { header: '红黑榜', width: 2.2 },
        { header: '备注', width: 1.5 },
      ],
      rows,
      { size: 9, padY: 2 },
    );
  }
}

export function drawCumulative(c: SeriesReportContext, tierId: string): void {
  const { w, state } = c;
  const def = state.def;
  const { lines, periods } = cumulativeStanding(state, tierId, null, c.finals);
  w.heading('累计排名', 15);
  w.text(`${cumulativeText(def)}。${tieBreakText(def)}。`, { size: 9, color: GRAY });
  // Each period's score beside the total, while the columns still fit the page.
  const shown = periods.length <= 6 ? periods : [];
  const scoreOf = (p: PeriodStanding, unitId: string) => {
    const l = p.lines.find((x) => x.unitId === unitId);
    return l?.score === null || !l ? '缺席' : `${formatFinal(l.score, def.decimals)}（${formatScore(l.rank as number)}）`;
  };
  const total = (x: number | null) => (x === null ? '缺席' : cumulativeTotal(def, x));
  table(
    w,
    [
      { header: '名次', width: 1.1, align: 'center' },
      { header: '单位', width: 2.4 },
      ...shown.map((p) => ({ header: periodName(def, p.periodId), width: 1.3, align: 'right' as const })),
      { header: '参加期数', width: 1.1, align: 'center' },
      { header: cumulativeHeader(def), width: 1.2, align: 'right' },
      { header: '备注', width: 1.3 },
    ],
    lines.map((l) => [
      rankText(l.rank, l.shared),
      c.unitName(l.unitId),
      ...shown.map((p) => scoreOf(p, l.unitId)),
      `${formatScore(l.present)} / ${formatScore(periods.length)}`,
      { text: total(l.total), bold: true },
      decidedByText(l.decidedBy),
    ]),
    { size: 9, padY: 2 },
  );
  if (shown.length) w.text('各期一栏为该期得分（名次）。', { size: 8.5, color: GRAY });
}

export function drawBoards(c: SeriesReportContext, tierId: string, periods: PeriodStanding[]): void {
  const { w, state } = c;
  const def = state.def;
  w.heading('红黑榜', 15);
  const entry = (l: { unitId: string; score: number; tiedAtCut: boolean; consecutive?: boolean }) => `${c.unitName(l.unitId)} ${formatFinal(l.score, def.decimals)}${boardNotes(l)}`;
  const rows: CellValue[][] = periods.map((p) => {
    const b = boardsOf(state, tierId, p.periodId, c.finals);
    return [
      periodName(def, p.periodId),
      { text: b.red.map(entry).join('\n') || '—', color: '#b0161c' },
      b.black.map(entry).join('\n') || '—',
      b.absent.map((id) => c.unitName(id)).join('、') || '—',
    ];
  });
  table(
    w,
    [
      { header: '期次', width: 1.4 },
      { header: '红榜', width: 3 },
      { header: '黑榜（由后往前）', width: 3 },
      { header: '缺席', width: 1.6 },
    ],
    rows,
    { size: 9, padY: 3 },
  );
}

export function drawLedger(c: SeriesReportContext, tierId: string): void {
  const { w, state } = c;
  const def = state.def;
  w.heading('积分明细', 15);
  const units = state.units.filter((u) => u.tierId === tierId && u.mergedInto === null);
  // Each unit's entries (merged units' included), gone through once for the whole tier.
  const entriesOf = new Map<string, LedgerEntry[]>();
  for (const e of state.ledger) {
    const unit = c.canonical(e.unitId);
    const list = entriesOf.get(unit);
    if (list) list.push(e);
    else entriesOf.set(unit, [e]);
  }
  const withEntries = units.filter((u) => entriesOf.has(u.id));
  const none = units.filter((u) => !entriesOf.has(u.id));
  const order = new Map(def.periods.map((p, i) => [p.id, i]));
  // A tier with no corrections has an empty 更正 column: its width goes to 事由 and 录入人 (a
  // long 录入人 wrapped to four lines beside an empty wide column). Decided per tier, so that
  // every unit's table has the same columns.
  const anyNote = withEntries.some((u) => entriesOf.get(u.id)!.some((e) => correctionNote(state, e, c.correctionReasons) !== ''));
  w.text('更正不改动原记录：更正是一条新记录，注明所更正的记录及原因；被更正的记录划去，不再计入。', { size: 9, color: GRAY });
  for (const u of withEntries) {
    const entries = entriesOf.get(u.id)!.sort((a, b) => order.get(a.periodId)! - order.get(b.periodId)! || a.date.localeCompare(b.date) || a.at - b.at);
    const totals = def.periods
      .filter((p) => entries.some((e) => e.periodId === p.id))
      .map((p) => `${p.name} ${formatPoints(R.toNumber(ledgerTotals(state, p.id).get(u.id) ?? R.ZERO))}`);
    w.ensure(60);
    w.text(`${u.name}　合计：${totals.join('；')}`, { size: 11, bold: true, gap: 4 });
    const notes = entries.map((e) => correctionNote(state, e, c.correctionReasons));
    table(
      w,
      [
        { header: '编号', width: 0.7 },
        { header: '期次', width: 1.2 },
        { header: '日期', width: 1.6 },
        { header: '项目', width: 1.1 },
        { header: '分值', width: 0.8, align: 'right' },
        { header: '事由', width: anyNote ? 2.4 : 3.2 },
        { header: '录入人', width: 1.9 },
        { header: '更正', width: anyNote ? 2.0 : 0.6 },
      ],
      entries.map((e, i) => {
        const corrected = correctionOf(state, e.id) !== null;
        return [
          e.id,
          periodName(def, e.periodId),
          formatDate(e.date),
          headingName(def, e.headingId),
          { text: formatPoints(e.points), strike: corrected, bold: !corrected },
          { text: e.reason, color: corrected ? GRAY : 'black' },
          e.by,
          notes[i]!,
        ];
      }),
      { size: 8.5, padY: 2 },
    );
  }
  if (none.length) w.text(`无积分记录：${none.map((u) => u.name).join('、')}`, { size: 9, color: GRAY });
}
