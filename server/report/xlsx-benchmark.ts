// The 对标 sheet of results.xlsx: one row per presenter × comparison × period, with the values
// as entered and the share the console, the projector and the report draw. The values and the
// share are numbers (Excel sums and charts them); in Excel's General format they read as the
// chart's labels do (formatAmount / formatShare print the decimals as entered, no padding).
import type ExcelJS from 'exceljs';
import { benchmarkLabelsZh } from '../../shared/benchmark/chart.ts';
import type { BenchmarkChart } from '../../shared/benchmark/view.ts';
import type { ContestState } from '../../shared/domain/state.ts';
import type { ResultsDocument } from '../../shared/results.ts';
import { sheet, type Value } from './cells.ts';
import { inOrder } from './report-context.ts';

const HEADER = ['出场顺序', '汇报单位', '标杆', '类别', '指标', '计量单位', '期次', '目标期', '本单位数值', '标杆数值', '占标杆（%）', '说明'];
const WIDTHS = [9, 24, 16, 8, 20, 10, 12, 8, 12, 12, 12, 16];

const amount = (text: string | null): number | null => (text === null || text === '' ? null : Number(text));

/** Adds the sheet when a presenter has 对标 values; otherwise the workbook is as before. */
export function benchmarkSheet(
  wb: ExcelJS.Workbook,
  state: ContestState,
  results: ResultsDocument,
  boards: readonly { presenterId: string; charts: BenchmarkChart[] }[] | undefined,
): void {
  const charts = new Map((boards ?? []).map((b) => [b.presenterId, b.charts]));
  const rows: Value[][] = inOrder(results, state).flatMap((p) =>
    (charts.get(p.presenterId) ?? []).flatMap((c) =>
      c.points.map((pt): Value[] => [
        p.order,
        p.unit,
        c.benchmark,
        benchmarkLabelsZh.kind[c.kind],
        c.indicator,
        c.measure || null,
        pt.period,
        pt.target ? '是' : null,
        amount(pt.own),
        amount(pt.theirs),
        pt.share,
        pt.share !== null ? null : pt.missing === 'own' ? benchmarkLabelsZh.noValue : benchmarkLabelsZh.noBenchmark,
      ]),
    ),
  );
  if (rows.length > 0) sheet(wb, '对标', HEADER, rows, WIDTHS);
}
