// The projector's strings for the 红黑榜 stage (issue 15), Chinese first; kept apart from
// strings.ts so neither table grows past a screenful.
import type { Strings } from '../common/i18n.tsx';
import { formatScore } from '../../shared/format.ts';
import type { PublicBoards } from '../../shared/protocol/index.ts';
import { SERIES_WORDS } from '../../shared/series/words.ts';

type Key =
  | 'title'
  | 'red'
  | 'black'
  | 'colRank'
  | 'colUnit'
  | 'colScore'
  | 'colPoints'
  | 'tied'
  | 'consecutive'
  | 'ruleTop'
  | 'ruleAtLeast'
  | 'ruleBottom'
  | 'ruleAtMost'
  | 'ruleTies'
  | 'ruleRedFirst'
  | 'nobody'
  | 'absent'
  | 'empty'
  | 'unavailable';

export const boardsStrings: Strings<Key> = {
  zh: {
    title: '红黑榜',
    red: '红榜',
    black: '黑榜',
    colRank: '名次',
    colUnit: '单位',
    // The score a board ranks by is the period's (the contest's and the points, each weighted),
    // not the contest's final the room saw a minute ago: one word for it everywhere
    // (shared/series/words.ts). The points column shows the points as entered, unweighted.
    colScore: SERIES_WORDS.period,
    colPoints: SERIES_WORDS.ledger,
    tied: SERIES_WORDS.tiedAtCut,
    consecutive: '连续上黑榜',
    ruleTop: '红榜：前 {n} 名',
    ruleAtLeast: '红榜：{x} 分及以上',
    ruleBottom: '黑榜：后 {n} 名',
    ruleAtMost: '黑榜：{x} 分及以下',
    ruleTies: SERIES_WORDS.tiesRule,
    ruleRedFirst: '同时符合红榜的单位只列红榜',
    nobody: '本期无单位入榜',
    absent: '本期缺席：{names}',
    empty: '本期尚无成绩',
    unavailable: '红黑榜暂不可用',
  },
  en: {
    title: 'Red and black lists',
    red: 'Red list',
    black: 'Black list',
    colRank: 'Rank',
    colUnit: 'Unit',
    colScore: 'Period score',
    colPoints: 'Points',
    tied: 'tied at the cut',
    consecutive: 'black again',
    ruleTop: 'Red: top {n}',
    ruleAtLeast: 'Red: {x} or more',
    ruleBottom: 'Black: bottom {n}',
    ruleAtMost: 'Black: {x} or less',
    ruleTies: 'ties at the cut are all listed',
    ruleRedFirst: 'a unit on both is listed on the red board only',
    nobody: 'Nobody this period',
    absent: 'Absent: {names}',
    empty: 'No results for this period yet',
    unavailable: 'The lists are not available',
  },
};

/** 红榜：前 3 名 · 黑榜：后 3 名, with the thresholds as the series states them; the projector's and the phone's. */
export function ruleText(b: PublicBoards, t: (key: Key, vars?: Record<string, string | number>) => string): string {
  const red = b.rule.red.by === 'top' ? t('ruleTop', { n: b.rule.red.count }) : t('ruleAtLeast', { x: formatScore(b.rule.red.score) });
  const black = b.rule.black.by === 'bottom' ? t('ruleBottom', { n: b.rule.black.count }) : t('ruleAtMost', { x: formatScore(b.rule.black.score) });
  const ties = b.rule.red.by === 'top' || b.rule.black.by === 'bottom';
  // 后 3 名 over a list of 2: with fewer units than both boards ask for, the units on both stay on
  // the red board only (docs/series.md): said, so that nobody counts a missing unit.
  const short = b.rule.black.by === 'bottom' && b.black.length < b.rule.black.count && b.red.length > 0;
  return [red, black, ...(ties ? [t('ruleTies')] : []), ...(short ? [t('ruleRedFirst')] : [])].join(' · ');
}
