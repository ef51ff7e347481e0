// 复制为下期: a contest copied into another period of its series keeps its criteria, judges and
// units, but not last month's wording. Its title names the new period (2026年4月… → 2026年5月…)
// and its date is cleared, so last month's date is not printed on this month's report,
// certificates and notice (the host types the new one; an empty date prints the day of printing).
import type { Draft } from '../setup/draft.ts';
import { MONTH } from './period-month.ts';

/** The draft as it goes into the period named `to`, copied from the period named `from`. */
export function carryToPeriod(d: Draft, from: string, to: string): Draft {
  if (!from || !to || from === to) return d;
  return { ...d, title: retitle(d.title, from, to), date: '' };
}

function retitle(title: string, from: string, to: string): string {
  if (title.includes(from)) return title.split(from).join(to);
  // The title spells the month its own way: 2026年4月 in a period named 2026年04月, 4月 or 四月.
  const a = MONTH.exec(from);
  const b = MONTH.exec(to);
  if (!a || !b) return title;
  const [m, n] = [Number(a[2]), Number(b[2])];
  const spellings: [RegExp, string][] = [
    [new RegExp(`${a[1]}\\s*年\\s*0?${m}\\s*月`), `${b[1]}年${n}月`],
    [new RegExp(`(?<![\\d年])0?${m}\\s*月`), `${n}月`],
    [new RegExp(`(?<![十一二三四五六七八九])${HAN[m - 1]}月`), `${HAN[n - 1]}月`],
  ];
  const hit = spellings.find(([said]) => said.test(title));
  return hit ? title.replace(hit[0], hit[1]) : title;
}

const HAN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/**
 * 复制为模板 outside a move to another period: the copy says it is one (书记擂台赛（副本）) and has
 * no date yet, so saving it unchanged does not make a second contest that reads exactly like the
 * first, dated the first one's day.
 */
export function asCopy(d: Draft): Draft {
  const title = d.title.endsWith(COPY) ? d.title : `${d.title.slice(0, 100 - COPY.length)}${COPY}`;
  return { ...d, title, date: '' };
}

const COPY = '（副本）';
