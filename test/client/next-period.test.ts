// 复制为下期: last month's title and date must not be carried into this month's report,
// certificates and notice (a QA run printed 2026年4月… and 2026年4月25日 on May's certificates).
import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../client/host/setup/draft.ts';
import { asCopy, carryToPeriod } from '../../client/host/series/next-period.ts';
import { monthOfPeriod } from '../../client/host/series/period-month.ts';

const copy = (title: string, from: string, to: string) => carryToPeriod({ ...emptyDraft(), title, date: '2026-04-25' }, from, to);

describe('a contest copied into the next period', () => {
  it.each([
    ['2026年4月村（社区）工作评比', '2026年4月', '2026年5月', '2026年5月村（社区）工作评比'],
    ['2026年4月村工作评比', '2026年04月', '2026年05月', '2026年5月村工作评比'],
    ['4月科级擂台赛', '2026年4月', '2026年5月', '5月科级擂台赛'],
    ['四月科级擂台赛', '2026年4月', '2026年5月', '五月科级擂台赛'],
    ['十一月科级擂台赛', '2026年11月', '2026年12月', '十二月科级擂台赛'],
    ['2026年12月评比', '2026年12月', '2027年1月', '2027年1月评比'],
    ['2026年一季度擂台赛', '2026年一季度', '2026年二季度', '2026年二季度擂台赛'],
    ['书记擂台赛', '2026年4月', '2026年5月', '书记擂台赛'],
  ])('%s (%s → %s) is titled %s, its date cleared', (title, from, to, want) => {
    const d = copy(title, from, to);
    expect(d.title).toBe(want);
    expect(d.date).toBe('');
  });

  it('is left as it is in the same period (a copy beside it)', () => {
    expect(copy('2026年4月评比', '2026年4月', '2026年4月')).toMatchObject({ title: '2026年4月评比', date: '2026-04-25' });
  });

  it('reads the month a period names, or none', () => {
    expect([monthOfPeriod('2026年5月'), monthOfPeriod('2026年 11 月'), monthOfPeriod('2026年一季度')]).toEqual(['2026-05', '2026-11', null]);
  });
});

describe('a contest copied as a template', () => {
  it('says it is a copy and has no date yet, once however often it is copied', () => {
    const d = asCopy({ ...emptyDraft(), title: '书记擂台赛（演示）', date: '2022-02-18' });
    expect([d.title, d.date]).toEqual(['书记擂台赛（演示）（副本）', '']);
    expect(asCopy(d).title).toBe('书记擂台赛（演示）（副本）');
    expect(asCopy({ ...emptyDraft(), title: '擂'.repeat(100) }).title).toHaveLength(100);
  });
});
