// The per-judge detail table shared by results.csv and the 评分明细 sheet of results.xlsx:
// one row per presenter × judge (docs/report.md lists the columns). Presenters without
// revealed marks (absent, not yet scored) get one row with the judge columns empty, so every
// presenter appears. A 评比's file has no 出场顺序, 扣分前得分, 超时扣分 or 超时秒数 and calls its
// units 评比单位 (shared/contest-kind.ts): the columns of a 擂台赛's file are unchanged.
import { kindShows, unitWord } from '../../shared/contest-kind.ts';
import type { ContestState } from '../../shared/domain/state.ts';
import type { ResultsDocument } from '../../shared/results.ts';
import { appraisalHeader, appraisalValues } from './appraisal-facts.ts';
import { fixedCell, when, type Value } from './cells.ts';
import { statusText, type PresenterResult } from './format.ts';
import { inOrder } from './report-context.ts';

const DROP: Record<string, string> = { highest: '最高', lowest: '最低' };

type PresenterColumn = [header: string, cell: (p: PresenterResult) => Value];

/** The presenter's columns, repeated on each of its judges' rows: a header and how its cell reads. */
function presenterColumns(state: ContestState): PresenterColumn[] {
  const def = state.def;
  const shows = kindShows(def.kind);
  const d = def.rules.decimals;
  return [
    ...when<PresenterColumn>(shows.order, ['出场顺序', (p) => p.order]),
    ['单位编号', (p) => p.presenterId],
    [unitWord(def.kind), (p) => p.unit],
    ['汇报人', (p) => p.speaker],
    ['单位状态', (p) => statusText(p, def.kind)],
    ['名次', (p) => p.rank],
    ['并列', (p) => (p.rank === null ? null : p.sharedRank ? '是' : '否')],
    ['最终得分', (p) => fixedCell(p.final, d)],
    ...when<PresenterColumn>(
      shows.timing,
      ['扣分前得分', (p) => fixedCell(p.raw, d)],
      ['超时扣分', (p) => (p.revealed ? p.penalty : null)],
      ['超时秒数', (p) => p.overtimeSeconds],
    ),
  ];
}

export function detailHeader(state: ContestState): string[] {
  return [
    ...presenterColumns(state).map(([header]) => header),
    // 民主测评 (only with an appraisal): a presenter's columns, repeated on each judge's row like the others.
    ...appraisalHeader(state),
    '评委编号',
    '评委',
    '评委组',
    ...state.def.criteria.map((c) => `${c.name}（${c.max}）`),
    '评委总分',
    '去掉',
    '去掉的细则',
    '评分状态',
    '修改次数',
    '主持人更正原因',
  ];
}

export function detailRows(state: ContestState, results: ResultsDocument): Value[][] {
  const def = state.def;
  const rows: Value[][] = [];
  const columns = presenterColumns(state);
  for (const p of inOrder(results, state)) {
    const presenter: Value[] = [...columns.map(([, cell]) => cell(p)), ...appraisalValues(state, results, p)];
    if (!p.revealed) {
      rows.push([...presenter, null, null, null, ...def.criteria.map(() => null), null, null, null, null, null, null]);
      continue;
    }
    const lines = new Map(p.judges.map((j) => [j.judgeId, j]));
    def.judges.forEach((info) => {
      const id = info.id;
      const j = lines.get(id);
      const judge: Value[] = [id, info.name, info.group ?? null];
      if (!j) {
        rows.push([...presenter, ...judge, ...def.criteria.map(() => null), null, null, null, '未提交', null, null]);
        return;
      }
      const droppedCriteria = j.droppedCriteria.flatMap((d, k) => (d ? [`${def.criteria[k]!.name}:${DROP[d]}`] : [])).join(';');
      rows.push([
        ...presenter,
        ...judge,
        ...j.values,
        j.total,
        j.dropped ? DROP[j.dropped]! : null,
        droppedCriteria || null,
        '已提交',
        j.amended,
        j.correction?.reason ?? null,
      ]);
    });
  }
  return rows;
}
