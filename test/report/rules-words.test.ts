// The rules as the report's cover says them: a sentence an office reads, spaced as Chinese print.
import { describe, expect, it } from 'vitest';
import { ContestDefinition } from '../../shared/definition.ts';
import { rulesInWords } from '../../server/report/format.ts';

const def = (aggregation: Record<string, unknown>) =>
  ContestDefinition.parse({
    title: '书记擂台赛',
    criteria: [{ name: '工作成效', max: 100 }],
    judges: [{ name: '甲' }, { name: '乙' }, { name: '丙' }, { name: '丁' }],
    presenters: [{ unit: '双江街道' }],
    rules: { aggregation },
  });
const line = (d: ReturnType<typeof def>) => rulesInWords(d).map(([, text]) => text).find((t) => t.includes('平均'));

describe('rulesInWords', () => {
  it.each([
    [{ method: 'trimmed', dropHighest: 1, dropLowest: 1 }, '每位评委的总分中去掉 1 个最高分和 1 个最低分，其余取平均'],
    [{ method: 'trimmed', dropHighest: 2, dropLowest: 0 }, '每位评委的总分中去掉 2 个最高分，其余取平均'],
    [{ method: 'mean' }, '取全部评委分数的算术平均'],
  ])('%j → %s', (aggregation, words) => {
    expect(line(def(aggregation))).toContain(words);
  });
});
