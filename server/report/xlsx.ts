// GET /api/contests/:id/results.xlsx: sheets 排名 (ranking), 评分明细 (one row per presenter ×
// judge, the same columns as results.csv), 民主测评 (with an appraisal: how it was held and each
// presenter's ballots), 对标 (with benchmark values: each comparison per period), 问答 (questions
// and comments) and 报告信息 (contest,
// rules, log fingerprint). Numbers are stored as numbers so Excel can sum and sort them. A 评比
// has no 问答 sheet, and no order or penalty columns (shared/contest-kind.ts, docs/report.md).
import { firstPlaceWord, kindShows, unitWord } from '../../shared/contest-kind.ts';
import { unitName } from '../../shared/roster.ts';
import ExcelJS from 'exceljs';
import { formatDate, formatScore } from '../../shared/format.ts';
import { resultsDocument, type ResultsDocument } from '../../shared/results.ts';
import { auditFacts } from './audit.ts';
import { benchmarkLogName } from './fingerprint.ts';
import { questionStatus, rulesInWords, statusText, timestamp, unfinished } from './format.ts';
import { inOrder, type ReportInput } from './report-context.ts';
import { fixedCell, sheet, when, type Value } from './cells.ts';
import { detailHeader, detailRows } from './table-rows.ts';
import { appraisalSheet } from './xlsx-appraisal.ts';
import { benchmarkSheet } from './xlsx-benchmark.ts';
import { FINGERPRINT } from '../../shared/fingerprint-words.ts';

export async function resultsXlsx(input: ReportInput): Promise<Buffer> {
  const { state } = input;
  const results = resultsDocument(state);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Leitai 擂台';
  wb.created = input.generatedAt;
  const champions = new Set(results.champions.map((c) => c.presenterId));
  const kind = state.def.kind;
  const shows = kindShows(kind);
  const unit = unitWord(kind);

  const byId = new Map(results.presenters.map((p) => [p.presenterId, p]));
  const ranked = [...results.ranking.map((r) => byId.get(r.presenterId)!), ...inOrder(results, state).filter((p) => p.rank === null)];
  sheet(
    wb,
    '排名',
    ['名次', '并列', unit, '汇报人', '最终得分', ...when(shows.timing, '扣分前得分', '超时扣分', '超时秒数'), ...when(shows.order, '出场顺序'), '状态', '备注'],
    ranked.map((p) => [
      p.rank,
      p.rank === null ? null : p.sharedRank ? '是' : '否',
      p.unit,
      p.speaker,
      fixedCell(p.final, state.def.rules.decimals),
      ...when<Value>(shows.timing, fixedCell(p.raw, state.def.rules.decimals), p.revealed ? p.penalty : null, p.overtimeSeconds),
      ...when<Value>(shows.order, p.order),
      statusText(p, kind),
      champions.has(p.presenterId) ? firstPlaceWord(kind) : null,
    ]),
    [6, 6, 24, 12, 10, ...when(shows.timing, 11, 9, 9), ...when(shows.order, 9), 14, 8],
  );

  const header = detailHeader(state);
  sheet(wb, '评分明细', header, detailRows(state, results), header.map((h) => (h === unit ? 24 : h === '主持人更正原因' ? 30 : 11)));
  appraisalSheet(wb, state, results);
  benchmarkSheet(wb, state, results, input.benchmarks);
  if (shows.qa) qaSheet(wb, state, results);

  const audit = auditFacts(state, input.events);
  const def = state.def;
  const info: Value[][] = [
    ['比赛', def.title],
    ['主题', def.theme || null],
    ['日期', formatDate(def.date) || null],
    ['参赛对象', def.tier || null],
    ['地点', def.venue || null],
    ['状态', unfinished(state) ? '未完成' : '已结束'],
    ...rulesInWords(def),
    ...audit.hiddenComments.map((h): Value[] => ['隐藏的点评', `${unitName(def, h.presenterId)}：${h.text}（隐藏原因：${h.reason}）`]),
    ['事件数', audit.fingerprint.count],
    [`${FINGERPRINT.zh}（SHA-256）`, audit.fingerprint.sha256],
    // The 对标 sheet's data has a log of its own (docs/report.md "Event-log fingerprint").
    ...(input.benchmarkLogs ?? []).map((l, _, all): Value[] => [`${benchmarkLogName(l, all)}（SHA-256）`, `${l.fingerprint.sha256}（前 ${formatScore(l.fingerprint.count)} 条事件）`]),
    ['报告生成时间', timestamp(input.generatedAt)],
  ];
  const infoSheet = sheet(wb, '报告信息', ['项目', '内容'], info, [20, 90], false);
  infoSheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };

  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** 问答: questions and comments per presenter, as the report's 提问与答复 and 点评 list them (a 擂台赛's only). */
function qaSheet(wb: ExcelJS.Workbook, state: ReportInput['state'], results: ResultsDocument): void {
  const qa: Value[][] = inOrder(results, state).flatMap((p) => [
    ...p.questions.map((q): Value[] => [
      p.order,
      p.unit,
      '提问',
      q.id,
      q.asker ?? (q.source === 'bank' ? '题库' : '主持人'),
      q.askerTitle || null,
      q.text,
      q.original,
      questionStatus(q.outcome, q.mergedInto),
      q.answerSeconds,
      q.summary || null,
    ]),
    ...p.comments.map((k): Value[] => [p.order, p.unit, '点评', k.id, k.judge ?? '主持人', null, k.text, null, k.by === 'host' ? '主持人记录' : '评委提交', null, null]),
  ]);
  const ws = sheet(
    wb,
    '问答',
    ['出场顺序', '汇报单位', '类型', '编号', '评委', '职务', '内容', '原问题', '状态', '答复用时（秒）', '答复要点'],
    qa,
    [9, 24, 6, 6, 12, 14, 50, 30, 10, 12, 40],
  );
  for (const col of [7, 8, 11]) ws.getColumn(col).alignment = { wrapText: true, vertical: 'top' };
}
