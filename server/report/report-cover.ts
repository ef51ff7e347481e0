// Cover (title, facts, rules in words, 未完成 when it is not the final result) and the final
// ranking with the champion marked and shared ranks shown as such. A 评比 says 评比单位 and
// 第一名, and its ranking has no penalty columns (shared/contest-kind.ts).
import { firstPlaceWord, kindShows, notRankedWord, unitWord } from '../../shared/contest-kind.ts';
import { formatDate, formatFinal, formatScore } from '../../shared/format.ts';
import { awaiting, rankText, rulesInWords, statusText, timestamp, unfinished } from './format.ts';
import { GRAY, lineHeight } from './pdf-kit-helpers.ts';
import { when } from './cells.ts';
import { table, type CellValue, type Column } from './pdf-table.ts';
import type { ReportContext } from './report-context.ts';

function unfinishedNote(c: ReportContext): string {
  const { state } = c;
  const waiting = c.results.presenters.filter((p) => awaiting(p, state.def.kind)).length;
  if (state.status === 'setup') return '比赛尚未开始，本报告不是最终结果。';
  const not = notRankedWord(state.def.kind);
  if (state.status === 'running') return `比赛尚未结束（${waiting} 个单位${not}），本报告为生成时的中间结果，不是最终结果。`;
  return `比赛已提前结束，${waiting} 个单位${not}；排名只包括已亮分的单位。`;
}

export function drawCover(c: ReportContext): void {
  const { w, state, results } = c;
  const def = state.def;
  w.section(null);
  w.y = 120;
  w.text(def.title, { size: 24, bold: true, align: 'center', gap: 10 });
  w.text('成 绩 报 告', { size: 16, align: 'center', color: GRAY, gap: 28 });

  if (unfinished(state)) {
    const note = unfinishedNote(c);
    const h = lineHeight(18) + w.heightOf(note, w.width - 40, { size: 11 }) + 20;
    w.doc.save().lineWidth(1.5).strokeColor('black').rect(w.left + 10, w.y, w.width - 20, h).stroke().restore();
    w.y += 8;
    w.text('未完成', { size: 18, bold: true, align: 'center', gap: 2 });
    w.text(note, { size: 11, align: 'center', x: w.left + 20, width: w.width - 40 });
    w.y += 22;
  }

  const counts = {
    absent: results.presenters.filter((p) => p.status === 'absent').length,
    waiting: results.presenters.filter((p) => awaiting(p, def.kind)).length,
  };
  const extra = [counts.absent ? `缺席 ${counts.absent} 个` : '', counts.waiting ? `${notRankedWord(def.kind)} ${counts.waiting} 个` : ''].filter(Boolean);
  const groupCounts = def.judgeGroups.map((g) => `${g.name} ${def.judges.filter((j) => j.group === g.name).length} 位`);
  const fields: [string, string][] = [];
  if (def.theme) fields.push(['主题', def.theme]);
  if (def.date) fields.push(['日期', formatDate(def.date)]);
  if (def.tier) fields.push(['参赛对象', def.tier]);
  if (def.venue) fields.push(['地点', def.venue]);
  fields.push([unitWord(def.kind), `${def.presenters.length} 个${extra.length ? `（${extra.join('，')}）` : ''}`]);
  fields.push(['评委', `${def.judges.length} 位${groupCounts.length ? `（${groupCounts.join('，')}）` : ''}`]);
  if (results.champions.length)
    fields.push([`${firstPlaceWord(def.kind)}${results.sharedChampionship ? '（并列）' : ''}`, results.champions.map((x) => c.unitName(x.presenterId)).join('、')]);
  fields.push(['报告生成', timestamp(c.generatedAt)]);
  w.fields(fields);

  w.space(14);
  w.heading('评分规则', 13);
  w.fields(rulesInWords(def), 84, 10);

  w.space(10);
  // The roster stays in one piece: on this page when it fits, else on the next.
  w.ensure(lineHeight(13) + 8 + (def.judges.length + 1) * (lineHeight(9) + 4));
  w.heading('评委名单', 13);
  const groups = def.judgeGroups.length > 0;
  table(
    w,
    [
      { header: '序号', width: 0.7, align: 'center' },
      { header: '姓名', width: 2 },
      { header: '职务', width: 3 },
      ...(groups ? [{ header: '评委组', width: 2 }] : []),
    ],
    def.judges.map((j, i) => [String(i + 1), j.name, j.title, ...(groups ? [j.group ?? ''] : [])]),
    { size: 9, padY: 2, width: w.width * 0.8 },
  );
}

export function drawRanking(c: ReportContext): void {
  const { w, results } = c;
  const kind = c.state.def.kind;
  // Without a clock there is no penalty: the score before it is the final, and one column says it.
  const timed = kindShows(kind).timing;
  const first = firstPlaceWord(kind);
  w.section('排名');
  w.heading(unfinished(c.state) ? '排名（未完成）' : '最终排名', 16);
  const champions = new Set(results.champions.map((x) => x.presenterId));
  const byId = new Map(results.presenters.map((p) => [p.presenterId, p]));
  const ranked = results.ranking.map((r) => byId.get(r.presenterId)!).filter(Boolean);
  const rest = results.presenters.filter((p) => p.rank === null);
  const rows: CellValue[][] = [...ranked, ...rest].map((p) => {
    const champ = champions.has(p.presenterId);
    const notes = [
      champ ? `★ ${first}` : '',
      p.decidedBy ? `依${p.decidedBy === 'lessOvertime' ? '超时较少' : `「${p.decidedBy.slice('criterion:'.length)}」`}决出` : '',
      p.rank === null ? statusText(p, c.state.def.kind) : '',
      p.missingJudges.length ? `${p.missingJudges.length} 位评委未评` : '',
    ].filter(Boolean);
    const bold = champ;
    return [
      { text: rankText(p.rank, p.sharedRank), bold },
      { text: p.unit, bold },
      p.speaker,
      ...when<CellValue>(
        timed,
        formatFinal(p.raw, c.decimals),
        // The points taken off, as the 民主测评 table and the spreadsheet write them; — with no score.
        p.raw === null ? '—' : formatScore(p.penalty),
      ),
      { text: formatFinal(p.final, c.decimals), bold },
      notes.join('；'),
    ];
  });
  const all = [...ranked, ...rest];
  table(
    w,
    [
      { header: '名次', width: 1.5, align: 'center' },
      { header: unitWord(kind), width: 3 },
      { header: '汇报人', width: 1.6 },
      ...when<Column>(timed, { header: '得分', width: 1.1, align: 'right' }, { header: '扣分', width: 0.9, align: 'right' }),
      { header: '最终得分', width: 1.3, align: 'right' },
      { header: '备注', width: 2.2 },
    ],
    rows,
    { size: all.length > 20 ? 9 : 10, padY: all.length > 20 ? 2 : 3, rowFill: (i) => (champions.has(all[i]?.presenterId ?? '') ? '#eeeeee' : null) },
  );
  const penalty = timed ? '“得分”为扣分前得分，“最终得分”= 得分 − 超时扣分。' : '';
  w.text(`说明：${penalty}名次后标“（并列）”者与其他单位名次相同；★ 为${first}。`, {
    size: 8.5,
    color: GRAY,
  });
}
