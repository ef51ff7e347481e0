// A series as the exports meet it: 2 tiers × 3 months, six units each (one named with 𠮷, which
// only the JP fallback font has), contest finals plus ledger points (period score = contest +
// ledger), a correction, a tie at the red cut and one at the black cut, an absence, and a unit on
// the black board two months running. Built with test/series/given.ts, as the domain tests are.
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { ContestFinals } from '../../shared/series/standings.ts';
import type { SeriesEvent } from '../../shared/series/state.ts';
import { Series, finalsOf } from '../series/given.ts';

export const TOWNS = ['岔河乡', '化念镇', '塔甸镇', '甸中镇', '小街街道', '富良棚乡'];
export const VILLAGES = ['安居村', '大龙潭村', '𠮷田村', '高平村', '石门村', '文明社区'];

/** Finals by tier and month, in the order of TOWNS / VILLAGES (null: absent). */
const FINALS: Record<'t1' | 't2', Record<'m1' | 'm2' | 'm3', (number | null)[]>> = {
  t1: {
    m1: [92.5, 88, 85.25, 78, 81, 75],
    // 岔河乡 87 + 2 = 89 and 塔甸镇 89 share 2nd at the red cut (top 2); 甸中镇 absent.
    m2: [87, 90, 89, null, 74, 72],
    m3: [91, 87.5, 86, 84, 70, 76],
  },
  t2: {
    // 高平村, 石门村 and 文明社区 level at 77 at the black cut (bottom 2): all three in.
    m1: [90, 86, 84, 77, 77, 77],
    m2: [88.5, 91, 79, 82, 76, 80],
    m3: [86, 89, 83.5, 80, 71, 78],
  },
};

export interface SeriesFixture {
  s: Series;
  finals: ContestFinals;
  events: SeriesEvent[];
  eventsHash: string;
}

export function buildSeries(): SeriesFixture {
  const s = Series.given({ periodScore: { contest: 1, ledger: 1 }, boards: { red: { by: 'top', count: 2 }, black: { by: 'bottom', count: 2 } } });
  const finals = new Map<string, Record<string, number | null>>();
  for (const tier of ['t1', 't2'] as const)
    for (const month of ['m1', 'm2', 'm3'] as const) {
      const id = `c-${tier}-${month}`;
      s.link(id, tier, month, tier === 't1' ? TOWNS : VILLAGES, month === 'm2' ? 'rating' : 'arena');
      finals.set(id, finalsOf(...FINALS[tier][month]));
    }
  // The log the exports are stamped with: here, every decision's events after the links.
  const events: SeriesEvent[] = [];
  const step = (cmd: Parameters<Series['when']>[0]) => {
    const d = s.when(cmd);
    expect(d, JSON.stringify(d)).toMatchObject({ ok: true });
    if (d.ok) events.push(...d.events);
  };
  const row = (date: string, unit: string, heading: string, points: number, reason: string) => ({ date, unit, heading, points, reason });
  step({
    type: 'ledger:add',
    payload: {
      periodId: 'm1',
      by: '李干事',
      rows: [row('2026-03-08', '岔河乡', '责任落实', 2, '防汛值守到岗到位，受县级通报表扬'), row('2026-03-20', '富良棚乡', '问题化解', -3, '信访件逾期未办结')],
    },
  });
  step({
    type: 'ledger:add',
    payload: { periodId: 'm2', by: '李干事', rows: [row('2026-04-12', '岔河乡', '服务成效', 2, '便民服务站群众满意度测评第一')] },
  });
  step({
    type: 'ledger:add',
    payload: {
      periodId: 'm1',
      by: '张干事',
      rows: [row('2026-03-15', '安居村', '服务成效', 1.5, '人居环境整治示范'), row('2026-03-28', '石门村', '责任落实', -1, '网格员巡查记录缺失')],
    },
  });
  // The −3 was entered from a draft: the office checked it and halved it.
  const wrong = s.state.ledger.find((e) => e.points === -3)!;
  step({ type: 'ledger:correct', payload: { corrects: wrong.id, points: -1.5, reason: '核实后按半数扣分', by: '王主任' } });
  const eventsHash = createHash('sha256').update(JSON.stringify(s.state)).digest('hex');
  return { s, finals, events, eventsHash };
}
