// The projector's strings for the 红黑榜 stage (issue 15), Chinese first; kept apart from
// strings.ts so neither table grows past a screenful.
import type { Strings } from '../common/i18n.tsx';

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
    colScore: '得分',
    colPoints: '积分',
    tied: '并列入榜',
    consecutive: '连续上黑榜',
    ruleTop: '红榜：前 {n} 名',
    ruleAtLeast: '红榜：{x} 分及以上',
    ruleBottom: '黑榜：后 {n} 名',
    ruleAtMost: '黑榜：{x} 分及以下',
    ruleTies: '名次并列者一并入榜',
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
    colScore: 'Score',
    colPoints: 'Points',
    tied: 'tied at the cut',
    consecutive: 'black again',
    ruleTop: 'Red: top {n}',
    ruleAtLeast: 'Red: {x} or more',
    ruleBottom: 'Black: bottom {n}',
    ruleAtMost: 'Black: {x} or less',
    ruleTies: 'ties at the cut are all listed',
    nobody: 'Nobody this period',
    absent: 'Absent: {names}',
    empty: 'No results for this period yet',
    unavailable: 'The lists are not available',
  },
};
