// One section per presenter: every judge's marks with the dropped ones struck through and
// labelled (↑去掉最高 / ↓去掉最低, readable on a black-and-white printout), group results and
// the weighted final, timings, questions with answers, and comments — the last three only in a
// 擂台赛: a 评比 unit's section is its marks and score (shared/contest-kind.ts).
import { kindShows, notRankedReason, notRankedWord } from '../../shared/contest-kind.ts';
import { formatDuration, formatFinal, formatGroupWeight, formatScore } from '../../shared/format.ts';
import { awaiting, dropText, questionStatus, rankText, statusText, type PresenterResult } from './format.ts';
import { GRAY, lineHeight } from './pdf-kit-helpers.ts';
import { table, type CellValue, type Column } from './pdf-table.ts';
import { drawAppraisalLine } from './report-appraisal.ts';
import { when } from './cells.ts';
import { inOrder, type ReportContext } from './report-context.ts';
import { judgesPart } from '../../shared/scoring/appraisal.ts';

function aggregateNote(c: ReportContext): string {
  const def = c.state.def;
  const a = def.rules.aggregation;
  const base = a.method === 'mean' || a.dropHighest + a.dropLowest === 0 ? '平均分' : '去分后平均';
  return def.judgeGroups.length > 0 ? `${base}，按组加权` : base;
}

function judgeTable(c: ReportContext, p: PresenterResult): void {
  const { state, w } = c;
  const def = state.def;
  const hasGroups = def.judgeGroups.length > 0;
  const byCriterion = def.rules.aggregation.scope === 'criterion';
  const columns: Column[] = [
    { header: '评委', width: 2.2 },
    ...(hasGroups ? [{ header: '评委组', width: 1.6 }] : []),
    ...def.criteria.map((k) => ({ header: `${k.name}（${k.max}）`, width: 1.3, align: 'center' as const })),
    { header: '总分', width: 1.2, align: 'center' },
    { header: '说明', width: 2.6 },
  ];
  const judgeIds = def.judges.map((j) => j.id);
  const lines = new Map(p.judges.map((j) => [j.judgeId, j]));
  const dropped: boolean[] = [];
  const rows: CellValue[][] = judgeIds.map((id, i) => {
    const j = lines.get(id);
    const info = def.judges[i]!;
    const who = info.name; // titles are in the roster on the cover: one line per judge here
    const group = hasGroups ? [info.group ?? ''] : [];
    if (!j) {
      dropped.push(false);
      const missing = p.missingJudges.includes(id) ? '未提交（亮分时缺评）' : '未提交';
      return [who, ...group, ...def.criteria.map(() => '—'), '—', { text: missing, color: GRAY }];
    }
    const notes = [
      dropText(j.dropped),
      ...j.droppedCriteria.flatMap((d, k) => (d ? [`${def.criteria[k]!.name}${d === 'highest' ? '↑' : '↓'}`] : [])),
      j.amended ? `评委修改 ${j.amended} 次` : '',
      j.correction ? `主持人更正：${j.correction.reason}` : '',
    ].filter(Boolean);
    dropped.push(j.dropped !== null);
    return [
      who,
      ...group,
      ...j.values.map((v, k) => {
        const d = j.droppedCriteria[k] ?? null;
        return d ? { text: `${formatScore(v)}${d === 'highest' ? '↑' : '↓'}`, strike: true } : formatScore(v);
      }),
      { text: formatScore(j.total), strike: j.dropped !== null, bold: j.dropped === null && !byCriterion },
      notes.join('；'),
    ];
  });
  rows.push([
    { text: '各项得分', bold: true },
    ...(hasGroups ? [''] : []),
    ...p.criteria.map((k) => ({ text: formatFinal(k.score, c.decimals), bold: true })),
    // The judges' score J: with a 民主测评, raw is J and the appraisal combined (groupSummary shows how).
    { text: formatFinal(judgesPart(p), c.decimals), bold: true },
    aggregateNote(c),
  ]);
  table(w, columns, rows, { size: 9, padY: def.judges.length > 10 ? 2 : 3, rowFill: (i) => (dropped[i] ? '#f0f0f0' : i === rows.length - 1 ? '#e9e9e9' : null) });
}

function groupSummary(c: ReportContext, p: PresenterResult): void {
  const { w } = c;
  const named = p.groups.filter((g) => g.name !== null);
  if (named.length > 0) {
    const rows: CellValue[][] = named.map((g) => [
      g.name ?? '',
      String(g.weight),
      String(g.judgeCount),
      formatFinal(g.result, c.decimals),
      g.fellBackToMean ? '有效分数不足，未去分' : '',
    ]);
    table(
      w,
      [
        { header: '评委组', width: 2 },
        { header: '权重', width: 1, align: 'center' },
        { header: '评分人数', width: 1, align: 'center' },
        { header: '组得分', width: 1.2, align: 'center' },
        { header: '说明', width: 2.6 },
      ],
      rows,
      { size: 9, width: w.width * 0.8 },
    );
  }
  const active = p.groups.filter((g) => g.result !== null);
  // With a 民主测评 the score before penalty is J and the appraisal combined: the judges' formula ends at J.
  const judges = p.appraisal ? p.appraisal.judges : p.raw;
  const who = p.appraisal ? '评委' : '';
  const formula =
    named.length > 0 && active.length > 0
      ? `${who}加权得分 = ${active.map((g) => `${formatGroupWeight(g.weight, active)} × ${formatFinal(g.result, c.decimals)}`).join(' + ')} = ${formatFinal(judges, c.decimals)}`
      : `${who}得分 ${formatFinal(judges, c.decimals)}${p.fellBackToMean ? '（有效分数不足，未去分）' : ''}`;
  const penalty = p.penalty ? `超时 ${formatDuration(p.overtimeSeconds)}，扣 ${formatScore(p.penalty)} 分；` : '';
  const final = `最终得分 ${formatFinal(p.final, c.decimals)}`;
  if (!p.appraisal) return w.text(`${formula}${penalty ? `；${penalty}` : '；'}${final}`, { size: 10, bold: true, gap: 8 });
  w.text(formula, { size: 10, gap: 2 });
  drawAppraisalLine(c, p);
  w.text(`${penalty}${final}`, { size: 10, bold: true, gap: 8 });
}

function questions(c: ReportContext, p: PresenterResult): void {
  const { w } = c;
  w.heading('提问与答复', 11.5);
  if (p.questions.length === 0) return w.text('无提问。', { size: 9.5, color: GRAY });
  p.questions.forEach((q, i) => {
    const asker = q.asker ? `${q.asker}${q.askerTitle ? `（${q.askerTitle}）` : ''}` : q.source === 'bank' ? '题库抽题' : '主持人';
    const meta = [questionStatus(q.outcome, q.mergedInto), q.answerSeconds !== null ? `答复用时 ${formatDuration(q.answerSeconds)}` : ''].filter(Boolean);
    w.ensure(lineHeight(9.5) * 3);
    w.text(`问 ${i + 1}　${asker}　· ${meta.join(' · ')}`, { size: 9.5, bold: true, gap: 1 });
    w.text(q.text, { size: 9.5, x: w.left + 14, gap: 1 });
    if (q.original) w.text(`原问题：${q.original}`, { size: 8.5, x: w.left + 14, color: GRAY, gap: 1 });
    if (q.summary) w.text(`答复要点：${q.summary}`, { size: 9.5, x: w.left + 14, gap: 1 });
    w.space(4);
  });
}

function comments(c: ReportContext, p: PresenterResult): void {
  const { w } = c;
  w.heading('点评', 11.5);
  if (p.comments.length === 0) return w.text('无点评。', { size: 9.5, color: GRAY });
  for (const k of p.comments) {
    const by = k.judge ? `${k.judge}${k.by === 'host' ? '（主持人记录）' : ''}` : '主持人记录';
    w.ensure(lineHeight(9.5) * 2);
    w.text(`${by}：${k.text}`, { size: 9.5, gap: 4 });
  }
}

export function drawPresenter(c: ReportContext, p: PresenterResult): void {
  const { w, state } = c;
  const shows = kindShows(state.def.kind);
  // A 评比's list order is no speaking order: its units are not numbered by it.
  w.section(shows.order ? `${p.order}. ${p.unit}` : p.unit);
  w.text(`${shows.order && p.order > 0 ? `${p.order}. ` : ''}${p.unit}`, { size: 15, bold: true, gap: 2 });
  const who = [p.speaker, p.title].filter(Boolean).join('，');
  w.text(`${who ? `汇报人：${who}　　` : ''}状态：${statusText(p, c.state.def.kind)}`, { size: 10, color: GRAY, gap: 8 });
  if (p.status === 'absent') return w.text('缺席：该单位未参加汇报，不计分、不排名。', { size: 12, bold: true });
  if (awaiting(p, c.state.def.kind)) {
    w.text(`${notRankedWord(c.state.def.kind)}：该单位${notRankedReason(c.state.def.kind)}，不计分、不排名。`, { size: 12, bold: true, gap: 10 });
    // Judges may send questions before a presenter is on stage; keep them on the record.
    if (p.questions.length) questions(c, p);
    if (p.comments.length) comments(c, p);
    return;
  }

  const allotted = p.reportDurationSeconds ?? state.def.rules.reportSeconds;
  w.fields(
    [
      ['最终得分', `${formatFinal(p.final, c.decimals)}　　名次 ${rankText(p.rank, p.sharedRank)}`],
      ...when<[string, string]>(
        shows.timing,
        // 0:00 is a timer that never ran (the host went straight to Q&A or scoring): not a time.
        ['汇报用时', p.reportSeconds ? `${formatDuration(p.reportSeconds)}（限时 ${formatDuration(allotted)}）${p.overtimeSeconds > 0 ? `，超时 ${formatDuration(p.overtimeSeconds)}` : '，未超时'}` : `未计时（限时 ${formatDuration(allotted)}）`],
        // Likewise a Q&A timer never started reads 未计时, not 0:00 (null: no Q&A at all, —).
        ['提问答复用时', p.qaSeconds === 0 ? '未计时' : formatDuration(p.qaSeconds)],
      ),
    ],
    70,
    10,
  );
  w.space(4);
  if (!p.revealed) w.text('尚未亮分：评分未公开，此处不列分数。', { size: 10.5, bold: true, gap: 8 });
  else {
    judgeTable(c, p);
    groupSummary(c, p);
  }
  if (!shows.qa) return;
  questions(c, p);
  comments(c, p);
}

export function drawPresenters(c: ReportContext): void {
  for (const p of inOrder(c.results, c.state)) drawPresenter(c, p);
}
