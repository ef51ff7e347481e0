// 对标 values pasted from Excel: read as people paste them, each bad row named, nothing sent while any is bad.
import { describe, expect, it } from 'vitest';
import { parseValuesPaste, readAmount, valueRows } from '../../client/host/benchmark/values-paste.ts';

describe('a 对标 paste', () => {
  it('reads a sheet with a header, thousands separators, units of measure and a target row', () => {
    const rows = parseValuesPaste('期次\t本单位\t标杆\t目标\n2020\t3.21\t300\n2021\t78亿元\t"520"\n2022Q1\t３６.８\t1,60\n2022\t220\t800\t目标\n');
    expect(rows.map((r) => [r.line, r.period, r.own, r.theirs, r.target, r.problems])).toEqual([
      [1, '2020', '3.21', '300', false, []],
      [2, '2021', '78', '"520"', false, ['theirs']],
      [3, '2022Q1', '36.8', '160', false, []],
      [4, '2022', '220', '800', true, []],
    ]);
    expect(valueRows(rows)).toBeNull();
  });

  it('names every problem and sends rows only when all are right', () => {
    const rows = parseValuesPaste('2020\t—\t\n\t1\t2\n2021\t1e3\t5\n2021\t1\t0');
    expect(rows.map((r) => r.problems)).toEqual([['bothEmpty'], ['period'], ['own'], ['duplicate']]);
    expect(valueRows(parseValuesPaste('2020 3.21 300\n2021, 78, 0'))).toEqual([
      { period: '2020', own: '3.21', theirs: '300', target: false },
      { period: '2021', own: '78', theirs: '0', target: false },
    ]);
  });

  it('keeps an empty cell as unknown, never as 0', () => {
    expect(readAmount('')).toBeNull();
    expect(readAmount('-')).toBeNull();
    expect(readAmount('0')).toBe('0');
    expect(readAmount('−5')).toBe('-5');
  });
});
