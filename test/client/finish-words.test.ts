// The finish dialog says what finishing leaves out: units not yet revealed (finishing early), or
// units that were absent — never "every unit revealed" when one never came.
import { describe, expect, it } from 'vitest';
import { finishLine } from '../../client/host/run/finish-words.ts';
import { ratingStrings } from '../../client/host/strings/rating.ts';
import { runStrings } from '../../client/host/strings/run.ts';

type Table = { zh: Record<string, string>; en: Record<string, string> };
const tOf = (table: Table, lang: 'zh' | 'en') => (key: string, vars: Record<string, string | number> = {}) =>
  Object.entries(vars).reduce((s, [k, v]) => s.replaceAll(`{${k}}`, String(v)), table[lang][key]!);

describe('the finish dialog’s line', () => {
  it.each([
    [runStrings, [], [], '所有单位均已亮分，结束后大屏显示最终排名与擂主。'],
    [runStrings, [], ['甲乡', '乙乡'], '除缺席的 甲乡、乙乡 外，其余单位均已亮分，结束后大屏显示最终排名与擂主。'],
    // Finishing early names who has not presented; absent ones are not among them.
    [runStrings, ['丙乡'], ['甲乡'], '还有 1 个单位未汇报：丙乡。结束后成绩标记为“部分”。'],
    [ratingStrings, [], ['甲乡'], '除缺席的 甲乡 外，其余单位均已亮分，结束后大屏显示最终排名。'],
    [ratingStrings, ['丙乡', '丁乡'], [], '还有 2 个单位未亮分：丙乡、丁乡。结束后成绩标记为“部分”。'],
  ] as const)('%#: not revealed %j, absent %j', (table, notRevealed, absent, line) => {
    expect(finishLine(tOf(table, 'zh'), notRevealed, absent)).toBe(line);
  });

  it('reads the same in English', () => {
    expect(finishLine(tOf(runStrings, 'en'), [], ['甲乡'])).toBe('Every presenter but the absent 甲乡 has been revealed; the projector then shows the final ranking and the champion.');
  });
});
