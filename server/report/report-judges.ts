// One score sheet per judge (评委评分表) for the judge to sign, and the audit page with the
// event-log fingerprint.
import { kindShows, unitWord } from '../../shared/contest-kind.ts';
import { dayOf, formatDateTime, formatElapsed, formatScore, formatTimeOfDay } from '../../shared/format.ts';
import { weightedTotal } from '../../shared/scoring/entry.ts';
import { timestamp } from './format.ts';
import { GRAY, lineHeight } from './pdf-kit-helpers.ts';
import { when } from './cells.ts';
import { table, type CellValue, type Column } from './pdf-table.ts';
import { inOrder, type ReportContext } from './report-context.ts';
import { FINGERPRINT, FINGERPRINT_COMPARE } from '../../shared/fingerprint-words.ts';

/**
 * When something happened, in China time as every printed time (report/format.ts timestamp): the
 * time alone on the contest's day, with its date on any other (a correction made during 公示,
 * days later, must not read as made that evening).
 */
export const auditTime = (day: string | null) => (ms: number) => (dayOf(ms) === day ? formatTimeOfDay(ms, true) : formatDateTime(ms, undefined, 'zh', true));

const PHASE: Record<string, string> = { report: '汇报', qa: '提问', scoring: '打分', revealed: '亮分' };

function judgeSheet(c: ReportContext, index: number): void {
  const { w, state } = c;
  const def = state.def;
  const judge = def.judges[index]!;
  const id = judge.id;
  w.section(`评委评分表 · ${judge.name}`);
  w.text('评委评分表', { size: 18, bold: true, align: 'center', gap: 4 });
  w.text(def.title, { size: 10.5, align: 'center', color: GRAY, gap: 12 });
  w.fields([
    ['评委', `${judge.name}${judge.title ? `（${judge.title}）` : ''}`],
    ...(judge.group ? ([['评委组', judge.group]] as [string, string][]) : []),
  ]);
  w.space(4);
  const compact = def.presenters.length > 22;
  // A 评比 has no speaking order to number its units by (shared/contest-kind.ts).
  const numbered = kindShows(def.kind).order;
  const rows: CellValue[][] = inOrder(c.results, state).map((p) => {
    const j = p.judges.find((x) => x.judgeId === id);
    const status = p.status === 'absent' ? '缺席' : !p.revealed ? '未亮分' : !j ? '未提交' : '';
    const notes = [status, j?.correction ? correctionNote(c, p.presenterId, id, j.correction.reason) : ''].filter(Boolean).join('；');
    return [
      ...when(numbered, String(p.order)),
      p.unit,
      p.speaker,
      ...def.criteria.map((_, k) => formatScore(j?.values[k])),
      { text: formatScore(j?.total), bold: true },
      notes,
    ];
  });
  table(
    w,
    [
      ...when<Column>(numbered, { header: '顺序', width: 0.8, align: 'center' }),
      { header: unitWord(def.kind), width: 2.6 },
      { header: '汇报人', width: 1.4 },
      ...def.criteria.map((k) => ({ header: `${k.name}（${k.max}）`, width: 1.2, align: 'center' as const })),
      { header: '总分', width: 1, align: 'center' },
      { header: '备注', width: 1.6 },
    ],
    rows,
    // A judge signs one page: long contests get a denser table to keep the sheet on it.
    compact ? { size: 8, padY: 2 } : { size: 9.5, minRowHeight: 20 },
  );
  // The signature block stays together, on the sheet's last page.
  w.ensure(80);
  w.space(10);
  w.text('本人确认以上为本人所评分数。', { size: 10.5, gap: 26 });
  w.text('评委签字：______________________　　　　日期：________年____月____日', { size: 11.5, gap: 4 });
}

/**
 * A mark on the sheet the judge signs that is not what the judge gave: the host's, with what the
 * judge had given (总分), or 补录 when the judge gave nothing; the audit lists each criterion.
 */
function correctionNote(c: ReportContext, presenterId: string, judgeId: string, reason: string): string {
  const first = c.audit.corrections.find((x) => x.presenterId === presenterId && x.judgeId === judgeId && x.to !== null);
  const weights = c.state.def.criteria.map((k) => k.weight);
  if (!first?.from) return `主持人补录：${reason}`;
  return `主持人更正（评委原评总分 ${formatScore(weightedTotal(first.from, weights))}）：${reason}`;
}

export function drawJudgeSheets(c: ReportContext): void {
  c.state.def.judges.forEach((_, i) => judgeSheet(c, i));
}

export function drawAudit(c: ReportContext): void {
  const { w, audit } = c;
  const f = audit.fingerprint;
  const at = auditTime(audit.day);
  const unit = unitWord(c.state.def.kind);
  w.section('审计信息');
  w.heading('审计信息', 16);
  w.fields([
    ['事件日志', `共 ${f.count} 条事件（序号 1–${f.lastSeq}）`],
    ['评委修改分数', `${audit.amendments.length} 次`],
    ['主持人更正', `${audit.corrections.length} 次${audit.reportTimes.length ? `；汇报用时更正 ${audit.reportTimes.length} 次` : ''}`],
    ['缺评亮分', `${audit.missingReveals.length} 次`],
    ['流程回退', `${audit.stepsBack.length} 次${audit.reopened.length ? `；比赛结束后重新开放 ${audit.reopened.length} 次` : ''}`],
    ['缺席单位', audit.absent.length ? audit.absent.map(c.unitName).join('、') : '无'],
    ...(audit.hiddenComments.length ? ([['隐藏的点评', `${audit.hiddenComments.length} 条（不列入报告正文）`]] as [string, string][]) : []),
  ]);
  w.space(6);
  const size = 9;
  const list = (title: string, header: string[], widths: number[], rows: CellValue[][]) => {
    if (rows.length === 0) return;
    w.heading(title, 11);
    table(w, header.map((h, i) => ({ header: h, width: widths[i]! })), rows, { size });
  };
  // Each criterion's mark before and after, in the criteria's order (as on the judge's sheet).
  const marks = (values: readonly number[]) => values.map((v) => formatScore(v)).join(' / ');
  list('主持人更正明细', ['时间', unit, '评委', '原分数', '更正为', '原因'], [1.2, 1.6, 0.9, 1.5, 1.5, 3], audit.corrections.map((x) => [at(x.at), c.unitName(x.presenterId), c.judgeName(x.judgeId), x.from ? marks(x.from) : '（未提交）', x.to ? marks(x.to) : '（作废）', x.reason]));
  list('汇报用时更正明细', ['时间', unit, '计时', '更正为', '超时', '原因'], [1, 2.2, 0.9, 0.9, 0.9, 2.6], audit.reportTimes.map((x) => [at(x.at), c.unitName(x.presenterId), formatElapsed(x.measuredMs), formatElapsed(x.correctedMs), formatElapsed(x.overtimeMs), x.reason]));
  list('评委修改明细', ['时间', unit, '评委', '原分数', '改为'], [1, 2, 1.3, 1.9, 1.9], audit.amendments.map((x) => [at(x.at), c.unitName(x.presenterId), c.judgeName(x.judgeId), marks(x.from), marks(x.to)]));
  list('缺评亮分明细', ['时间', unit, '未提交的评委'], [1, 3, 3], audit.missingReveals.map((x) => [at(x.at), c.unitName(x.presenterId), x.missing.map(c.judgeName).join('、')]));
  list('隐藏的点评', ['时间', unit, '点评人', '内容', '隐藏原因'], [1, 1.8, 1.2, 3, 2], audit.hiddenComments.map((x) => [at(x.at), c.unitName(x.presenterId), x.judgeId ? c.judgeName(x.judgeId) : '主持人', x.text, x.reason]));
  list('流程回退明细', ['时间', unit, '回退', '原因'], [1, 2.6, 1.6, 2.4], audit.stepsBack.map((x) => [at(x.at), c.unitName(x.presenterId), `${PHASE[x.from] ?? x.from} → ${x.to ? (PHASE[x.to] ?? x.to) : '未开始'}`, x.reason]));

  w.ensure(170);
  w.space(6);
  w.heading(`${FINGERPRINT.zh}（SHA-256）`, 11);
  w.text(f.sha256, { size: 10.5, bold: true, gap: 4 });
  w.text(`报告生成时间：${timestamp(c.generatedAt)}`, { size: 10, gap: 6 });
  w.text(
    // Said first for the office that files it; the recipe after it is for whoever checks it.
    `${FINGERPRINT_COMPARE.zh}供技术人员核对：取 GET /api/contests/${c.state.id}/events 中第 1–${f.lastSeq} 条事件，每条写成 JSON.stringify([seq, type, data, at, actor, commandId])，以换行符（\\n）连接，按 UTF-8 计算 SHA-256（小写十六进制）。`,
    { size: 8.5, color: GRAY, gap: 30 },
  );
  w.ensure(lineHeight(11) * 2);
  w.text('统分人签字：__________________　　　　监督人签字：__________________', { size: 11 });
}
