// What a contest of each kind has to say besides its marks, for every surface that describes a
// finished contest: the report PDF, the CSV and XLSX, the host's 成绩 tab. A 擂台赛 (arena) has
// units reporting in a speaking order against a clock, with questions and comments; a 评比
// (rating) is scored only (docs/contest-definition.md "评比"). What never took place is left out,
// not printed empty: leaders sign the report, and "未计时（限时 5:00）", "无提问" or a column of
// zero penalties describe a 擂台赛 that never was.
import type { ContestKind } from './definition.ts';

export interface KindShows {
  /** Report time and its limit and warnings, Q&A time, overtime and its penalty (and the score before it). */
  timing: boolean;
  /** 提问与答复 and 点评. */
  qa: boolean;
  /** The speaking order (出场顺序): a 评比's list is only the order of the units on the judges' phones. */
  order: boolean;
}

export function kindShows(kind: ContestKind): KindShows {
  const arena = kind === 'arena';
  return { timing: arena, qa: arena, order: arena };
}

/** What the units are called: 汇报单位 in a 擂台赛; a 评比's units report nothing, and its judge pad says 评比单位. */
export const unitWord = (kind: ContestKind): string => (kind === 'rating' ? '评比单位' : '汇报单位');

/**
 * The title of the first place (ties included): 擂主 of a 擂台赛. A 评比 has no arena and no 擂主:
 * its best is 第一名, as the projector announces it (client/screen/strings.ts), so the host's
 * console, the report and the spreadsheet say the same word.
 */
export function firstPlaceWord(kind: ContestKind, lang: 'zh' | 'en' = 'zh'): string {
  if (kind === 'rating') return lang === 'zh' ? '第一名' : 'First place';
  return lang === 'zh' ? '擂主' : 'Champion';
}

/**
 * A unit that is neither absent nor revealed when a report is made: 未汇报 in a 擂台赛 (it never
 * came on stage); a 评比 has no stage, and its unit is 未亮分 (scored or not, not yet revealed) —
 * the host's finish dialog's word.
 */
export const notRankedWord = (kind: ContestKind): string => (kind === 'rating' ? '未亮分' : '未汇报');

/** Why such a unit has no score on its page of the report: a 擂台赛's never came on stage, a 评比's was not revealed. */
export const notRankedReason = (kind: ContestKind): string => (kind === 'rating' ? '尚未亮分' : '尚未上台');
