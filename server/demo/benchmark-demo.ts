// The 对标 demo (issue 16): a 晒成绩 contest of 遂宁's districts and counties where 安居区 shows
// its lithium-battery output against 溧阳 — the board at the building site: 1.07 % in 2020, 15 %
// in 2021, 23 % in 2022 Q1, a 27.5 % target for 2022 — so `npm start` has a chart to show.
import { ContestDefinition } from '../../shared/definition.ts';
import type { ContestState } from '../../shared/domain/state.ts';
import type { BenchmarkCommand } from '../../shared/benchmark/commands.ts';
import type { BenchmarkBook } from '../benchmarks.ts';

export function benchmarkDemoDefinition(): ContestDefinition {
  return ContestDefinition.parse({
    title: '产业发展晒成绩擂台赛（对标演示）',
    theme: '对标先进 晒比争优',
    date: '2022-04-20',
    tier: '区县党委书记',
    criteria: [
      { name: '对标成效', max: 50 },
      { name: '工作举措', max: 30 },
      { name: '答辩情况', max: 20 },
    ],
    judges: [
      { name: '李明华', title: '市委书记' },
      { name: '王建国', title: '市长' },
      { name: '张丽', title: '市委副书记' },
    ],
    presenters: [
      { unit: '安居区', speaker: '陈志强', title: '区委书记' },
      { unit: '船山区', speaker: '刘晓燕', title: '区委书记' },
      { unit: '射洪市', speaker: '普建华', title: '市委书记' },
    ],
    rules: { reportSeconds: 300, qaSeconds: 180, warnAtSeconds: [60, 30], decimals: 2 },
  });
}

type Step = Omit<BenchmarkCommand, 'unit'>;
const ANJU: Step[] = [
  { type: 'benchmark:add', payload: { name: '溧阳市', kind: 'signature' } },
  { type: 'indicator:add', payload: { name: '锂电池产值', measure: '亿元' } },
  {
    type: 'values:set',
    payload: {
      benchmarkId: 'b1',
      indicatorId: 'i1',
      rows: [
        { period: '2020', own: '3.21', theirs: '300', target: false },
        { period: '2021', own: '78', theirs: '520', target: false },
        { period: '2022Q1', own: '36.8', theirs: '160', target: false },
        { period: '2022', own: '220', theirs: '800', target: true },
      ],
    },
  },
];

/** Enters the 安居 board once: a contest whose first presenter has benchmarks is left alone. */
export function seedBenchmarkDemo(book: BenchmarkBook, contest: ContestState): void {
  const first = contest.def.presenters[0];
  if (!first) return;
  const place = book.placeOf(contest, first.id);
  if (book.board(place).benchmarks.length > 0) return;
  for (const step of ANJU) {
    const answer = book.execute(place.scope, { ...step, unit: place.unit } as BenchmarkCommand, null);
    if (!answer.ok) throw new Error(`对标 demo: ${answer.message}`);
  }
}
