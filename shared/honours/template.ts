// 荣誉证书 text (表彰, issue 16): the honour text is a template the host writes once per contest or
// series, with placeholders filled per recipient. Chinese names are the ones hosts type; English
// aliases are accepted so a template can be written either way. The server refuses a template
// naming an unknown placeholder (naming it), and the host console's live preview fills it with
// this same function, so the preview is exactly what the PDF prints.
import type { ContestKind } from '../definition.ts';
import { formatDate, formatRank } from '../format.ts';

export const PLACEHOLDERS = {
  单位: 'unit',
  姓名: 'person',
  比赛: 'contest',
  名次: 'rank',
  得分: 'score',
  日期: 'date',
} as const;
export type Placeholder = (typeof PLACEHOLDERS)[keyof typeof PLACEHOLDERS];

const ALIASES: ReadonlyMap<string, Placeholder> = new Map([
  ...Object.entries(PLACEHOLDERS),
  ...Object.values(PLACEHOLDERS).map((v) => [v, v] as const),
]);

// Full-width braces (｛单位｝) are what a Chinese input method types: they count as braces too.
const FIELD = /[{｛]\s*([^{}｛｝\s]{1,20})\s*[}｝]/g;

/** The placeholders of a template that are neither a Chinese name nor an English alias, each once. */
export function unknownPlaceholders(template: string): string[] {
  const unknown = new Set<string>();
  for (const m of template.matchAll(FIELD)) if (!ALIASES.has(m[1]!)) unknown.add(m[1]!);
  return [...unknown];
}

/** One recipient's values, already formatted (rank and score by shared/format.ts). */
export type HonourValues = Record<Placeholder, string>;

/**
 * The template with each known placeholder replaced; unknown ones are left as typed. An empty
 * value takes the space before it along: "{单位} {姓名}：" reads 岔河乡 普建华： for a presenter and
 * 岔河乡： for a series unit, which has no 姓名.
 */
export function fillTemplate(template: string, values: HonourValues): string {
  return template.replace(new RegExp(` ?${FIELD.source}`, 'g'), (whole, key: string) => {
    const field = ALIASES.get(key);
    if (field === undefined) return whole;
    const space = whole.startsWith(' ') ? ' ' : '';
    return values[field] === '' ? '' : space + values[field];
  });
}

/**
 * The text a certificate is filled from: a series' year has its own when one was written. Blank
 * counts as none, as the server stores it (schema.ts), so a preview of a half-edited form shows
 * what the PDF will print.
 */
export function templateFor(settings: { template: string; yearTemplate: string | null }, year: boolean, totalWord: string | null = null): string {
  if (year && settings.yearTemplate?.trim()) return settings.yearTemplate;
  // The default says （{得分}分）, a score out of 100; a year's total (a sum of months, 271.00)
  // printed so reads as one. The year's default names its total instead.
  return year && settings.template === DEFAULT_TEMPLATE ? yearDefaultTemplate(totalWord ?? '累计得分') : settings.template;
}

export const DEFAULT_TEMPLATE = '{单位} {姓名}：\n在{比赛}中表现突出，成绩优异，荣获{名次}（{得分}分）。\n特发此证，以资鼓励。';
/**
 * The default for a year (年度表彰), the periods' default with its total named as the series report
 * heads that column (累计得分, 平均得分, 名次积分: `totalWord`): 荣获第1名（累计得分 271.00）.
 */
export const yearDefaultTemplate = (totalWord: string): string => DEFAULT_TEMPLATE.replace('（{得分}分）', `（${totalWord} {得分}）`);
export const DEFAULT_TITLE = '荣誉证书';

/**
 * The values of one recipient's certificate; `date` is YYYY-MM-DD, rank by the one rank formatter:
 * a contest's first place is its kind's word ({名次} of a 擂台赛 reads 擂主, of a 评比 第一名).
 * `kind` is null for a series, whose units are never a contest's first place.
 */
export function honourValues(
  r: { unit: string; person: string; rank: number | null; score: string; champion: boolean },
  contest: string,
  date: string,
  kind: ContestKind | null,
): HonourValues {
  return { unit: r.unit, person: r.person, contest, rank: formatRank(r.rank, r.champion, 'zh', kind ?? undefined), score: r.score, date: formatDate(date) };
}
