// The certificate template (shared by the server's PDF and the host's preview), the choice of
// recipients, and the rank and day formatters, as tables.
import { describe, expect, it } from 'vitest';
import { formatRank, dayOf } from '../../shared/format.ts';
import { chooseRecipients } from '../../shared/honours/choose.ts';
import type { Recipient } from '../../shared/honours/schema.ts';
import { DEFAULT_TEMPLATE, fillTemplate, honourValues, unknownPlaceholders } from '../../shared/honours/template.ts';

const values = { unit: '岔河乡', person: '普建华', contest: '三月擂台赛', rank: '擂主', score: '95.00', date: '2026年3月31日' };

describe('the certificate template', () => {
  it.each([
    ['{单位}{姓名}在{比赛}中荣获{名次}（{得分}分），{日期}', '岔河乡普建华在三月擂台赛中荣获擂主（95.00分），2026年3月31日'],
    ['{unit} {person} {contest} {rank} {score} {date}', '岔河乡 普建华 三月擂台赛 擂主 95.00 2026年3月31日'],
    ['｛单位｝｛ 名次 ｝', '岔河乡擂主'],
    ['{职务}不变', '{职务}不变'],
    ['没有占位符 {} { }', '没有占位符 {} { }'],
  ])('%s', (template, filled) => expect(fillTemplate(template, values)).toBe(filled));

  it('drops the space before an empty value: a series unit has no 姓名', () => {
    expect(fillTemplate(DEFAULT_TEMPLATE, values).split('\n')[0]).toBe('岔河乡 普建华：');
    expect(fillTemplate(DEFAULT_TEMPLATE, { ...values, person: '' }).split('\n')[0]).toBe('岔河乡：');
    expect(fillTemplate('{单位} {职务} {姓名}', { ...values, person: '' })).toBe('岔河乡 {职务}');
  });

  it('names each unknown placeholder once', () => {
    expect(unknownPlaceholders('{单位}{职务}{foo}{职务}｛bar｝{unit}')).toEqual(['职务', 'foo', 'bar']);
    expect(unknownPlaceholders('{单位}{姓名}{比赛}{名次}{得分}{日期}')).toEqual([]);
  });

  it('formats rank and date by the shared formatters', () => {
    const r = { unit: 'u', person: '', rank: 1, score: '9.5', champion: true };
    expect(honourValues(r, 'c', '2026-03-05', 'arena')).toEqual({ unit: 'u', person: '', contest: 'c', rank: '擂主', score: '9.5', date: '2026年3月5日' });
    expect(honourValues({ ...r, champion: false }, 'c', '2026-03-05', 'arena').rank).toBe('第1名');
    expect(honourValues({ ...r, rank: 2, champion: false }, 'c', '2026-03-05', 'rating').rank).toBe('第2名');
    // A series' unit is never a contest's first place: its rank 1 is 第1名.
    expect(honourValues({ ...r, champion: false }, 'c', '2026-03-05', null).rank).toBe('第1名');
  });

  it("names a contest's first place by its kind: 擂主 of a 擂台赛, 第一名 of a 评比", () => {
    const r = { unit: 'u', person: '', rank: 1, score: '9.5', champion: true };
    expect(fillTemplate(DEFAULT_TEMPLATE, honourValues(r, '评比', '2026-03-05', 'rating'))).toContain('荣获第一名（9.5分）');
    expect(fillTemplate(DEFAULT_TEMPLATE, honourValues(r, '擂台赛', '2026-03-05', 'arena'))).toContain('荣获擂主（9.5分）');
  });
});

describe('formatRank and dayOf', () => {
  it.each([
    [1, true, 'zh', '擂主'],
    [1, false, 'zh', '第1名'],
    [3, true, 'zh', '第3名'],
    [1, true, 'en', 'Champion'],
    [2, false, 'en', '2nd place'],
    [11, false, 'en', '11th place'],
    [23, false, 'en', '23rd place'],
  ] as const)('%i champion=%s %s → %s', (rank, champion, lang, text) => expect(formatRank(rank, champion, lang)).toBe(text));
  it('null is empty; a day is YYYY-MM-DD in China time, whatever zone the box is in', () => {
    expect(formatRank(null)).toBe('');
    expect(dayOf(Date.UTC(2026, 0, 9, 15, 59))).toBe('2026-01-09');
    expect(dayOf(Date.UTC(2026, 0, 9, 16, 0))).toBe('2026-01-10');
  });
});

describe('who gets a certificate', () => {
  const line = (id: string, rank: number | null, extra: Partial<Recipient> = {}): Recipient => ({ id, unit: id, person: '', rank, score: '', champion: rank === 1, red: false, ...extra });
  const all = [line('p1', 1), line('p3', 1), line('p2', 3, { red: true }), line('p4', 3), line('p5', null)];
  it.each([
    [{ who: 'champions', n: 3 }, ['p1', 'p3']],
    [{ who: 'top', n: 3 }, ['p1', 'p3', 'p2', 'p4']],
    [{ who: 'top', n: 2 }, ['p1', 'p3']],
    [{ who: 'red', n: 3 }, ['p2']],
    [{ who: 'picked', n: 3, ids: 'p5, p1' }, ['p1', 'p5']],
  ] as const)('%o', (choice, ids) => {
    const chosen = chooseRecipients(all, choice);
    expect(chosen.ok && chosen.recipients.map((r) => r.id)).toEqual(ids);
  });
  it('refuses unknown ids, naming them', () => expect(chooseRecipients(all, { who: 'picked', n: 3, ids: 'p1,p9' })).toEqual({ ok: false, unknown: ['p9'] }));
});
