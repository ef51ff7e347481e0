// The series spreadsheet: sheets 期次排名 (every held period of every tier), 累计排名 (with each
// period's score beside the total), 红黑榜 (both boards and the absent units per period), 积分明细
// (every ledger entry, corrections and corrected entries marked) and 说明 (the rules in words and
// the fingerprint of the series' event log). Scores are numbers in the series' decimals, and 积分
// numbers signed as everywhere else (+2, −1) in every sheet, so Excel sums and sorts them; the sheet helper is the contest spreadsheet's (xlsx.ts).
import ExcelJS from 'exceljs';
import { boards as boardsOf } from '../../shared/series/boards.ts';
import { cumulativeStanding } from '../../shared/series/standings.ts';
import { timestamp } from './format.ts';
import type { SeriesReportInput } from './series-report-context.ts';
import { boardRuleText, cumulativeHeader, cumulativeText, decidedByText, headingName, periodName, periodScoreText, tieBreakText, tierName, unitName } from './series-text.ts';
import { fixedCell, pointsCell, type Value } from './cells.ts';
import { sheet } from './cells.ts';
import { SERIES_WORDS as W } from '../../shared/series/words.ts';
import { FINGERPRINT } from '../../shared/fingerprint-words.ts';

const yesNo = (x: boolean): string => (x ? '是' : '否');

export async function seriesXlsx(input: SeriesReportInput): Promise<Buffer> {
  const { state, finals } = input;
  const def = state.def;
  const d = def.decimals;
  const tierIds = input.tierIds ?? def.tiers.map((t) => t.id);
  const name = (id: string) => unitName(state, id);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Leitai 擂台';
  wb.created = input.generatedAt;
  const tiers = tierIds.map((t) => ({ id: t, name: tierName(def, t), ...cumulativeStanding(state, t, null, finals) }));

  const periodRows: Value[][] = [];
  const boardRows: Value[][] = [];
  for (const tier of tiers)
    for (const p of tier.periods) {
      const b = boardsOf(state, tier.id, p.periodId, finals);
      const red = new Map(b.red.map((l) => [l.unitId, l]));
      const black = new Map(b.black.map((l) => [l.unitId, l]));
      for (const l of p.lines) {
        const on = red.get(l.unitId) ?? black.get(l.unitId);
        periodRows.push([
          tier.name,
          periodName(def, p.periodId),
          l.rank,
          l.rank === null ? null : yesNo(l.shared),
          name(l.unitId),
          fixedCell(l.contest, d),
          pointsCell(l.ledger),
          fixedCell(l.score, d),
          red.has(l.unitId) ? '红榜' : black.has(l.unitId) ? '黑榜' : null,
          on?.tiedAtCut ? W.tiedAtCut : null,
          black.get(l.unitId)?.consecutive ? '连续上黑榜' : null,
          l.score === null ? '缺席' : decidedByText(l.decidedBy) || null,
        ]);
      }
      const board = (label: string, lines: typeof b.black) =>
        lines.map((l): Value[] => [tier.name, periodName(def, p.periodId), label, l.rank, name(l.unitId), fixedCell(l.score, d), pointsCell(l.ledger), l.tiedAtCut ? '是' : null, l.consecutive ? '是' : null]);
      boardRows.push(...board('红榜', b.red.map((l) => ({ ...l, consecutive: false }))), ...board('黑榜', b.black));
      boardRows.push(...b.absent.map((id): Value[] => [tier.name, periodName(def, p.periodId), '缺席', null, name(id), null, null, null, null]));
    }
  sheet(
    wb,
    '期次排名',
    ['层级', '期次', '名次', '并列', '单位', W.contest, W.ledger, W.period, '红黑榜', W.tiedAtCut, W.again, '备注'],
    periodRows,
    [14, 12, 6, 6, 20, 10, 8, 10, 8, 10, 11, 16],
  );

  const total = (x: number | null) => (def.cumulative.method === 'rankPoints' ? x : fixedCell(x, d));
  const cumulativeRows = tiers.flatMap((tier) =>
    tier.lines.map((l): Value[] => [
      tier.name,
      l.rank,
      l.rank === null ? null : yesNo(l.shared),
      name(l.unitId),
      total(l.total),
      l.present,
      tier.periods.length,
      decidedByText(l.decidedBy) || null,
      ...def.periods.map((p) => {
        const held = tier.periods.find((x) => x.periodId === p.id);
        const line = held?.lines.find((x) => x.unitId === l.unitId);
        return !held ? null : line?.score === null || !line ? '缺席' : fixedCell(line.score, d);
      }),
    ]),
  );
  sheet(
    wb,
    '累计排名',
    ['层级', '名次', '并列', '单位', cumulativeHeader(def), '参加期数', '已举行期数', '备注', ...def.periods.map((p) => p.name)],
    cumulativeRows,
    [14, 6, 6, 20, 10, 9, 10, 14, ...def.periods.map(() => 11)],
  );

  sheet(wb, '红黑榜', ['层级', '期次', '榜单', '名次', '单位', W.period, W.ledger, W.tiedAtCut, W.again], boardRows, [14, 12, 8, 6, 20, 10, 8, 9, 11]);

  const reasons = input.correctionReasons ?? new Map<string, string>();
  const ledgerRows = state.ledger
    .map((e) => ({ e, unit: state.units.find((u) => u.id === e.unitId) }))
    .filter(({ unit }) => unit && tierIds.includes(unit.tierId))
    .map(({ e, unit }): Value[] => {
      const correctedBy = state.ledger.find((x) => x.corrects === e.id);
      return [
        e.id,
        tierName(def, unit!.tierId),
        periodName(def, e.periodId),
        name(e.unitId),
        e.date,
        headingName(def, e.headingId),
        pointsCell(e.points),
        e.reason,
        e.by,
        timestamp(new Date(e.at)),
        e.corrects,
        e.corrects ? (reasons.get(e.id) ?? null) : null,
        correctedBy ? `已被 ${correctedBy.id} 更正，不计入` : '计入',
      ];
    });
  const ledgerSheet = sheet(
    wb,
    '积分明细',
    ['编号', '层级', '期次', '单位', '日期', '项目', '分值', '事由', '录入人', '录入时间', '更正的记录', '更正原因', '状态'],
    ledgerRows,
    [7, 14, 12, 20, 11, 11, 7, 40, 9, 26, 10, 24, 22],
  );
  ledgerSheet.getColumn(8).alignment = { wrapText: true, vertical: 'top' };
  // 日期 a date Excel sorts and filters, read as the PDF and 录入时间 read (2026年4月3日).
  ledgerSheet.getColumn(5).eachCell((cell, row) => {
    if (row === 1 || typeof cell.value !== 'string') return;
    cell.value = new Date(`${cell.value}T00:00:00Z`);
    cell.numFmt = 'yyyy"年"m"月"d"日"';
  });

  const rule = boardRuleText(def.boards);
  const info: Value[][] = [
    ['系列', def.name],
    ['发布单位', def.issuer || null],
    ['层级', tiers.map((t) => t.name).join('、')],
    ['期次', def.periods.map((p) => p.name).join('、')],
    [W.period, periodScoreText(def)],
    ['累计排名', cumulativeText(def)],
    ['并列', tieBreakText(def)],
    ['红黑榜', `${rule.red}；${rule.black}；${W.tiesRule}；同时符合两榜条件的只列入红榜；连续两期列入黑榜的标注“连续上黑榜”`],
    [`${FINGERPRINT.zh}（SHA-256）`, input.eventsHash],
    ['生成时间', timestamp(input.generatedAt)],
  ];
  const infoSheet = sheet(wb, '说明', ['项目', '内容'], info, [20, 90], false);
  infoSheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
