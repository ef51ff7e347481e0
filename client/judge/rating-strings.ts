// Every word of the 评比 pad (the unit list and a unit's page), Chinese first. The score sheet
// itself speaks through strings.ts, as in a 擂台赛.
import type { Strings } from '../common/i18n.tsx';

const zh = {
  ratingProgress: '已评 {n}/{total}',
  ratingTitle: '评比单位',
  ratingHint: '点击单位进入评分表，可按任意顺序评分。',
  ratingAllDone: '全部单位已评完。评分开启期间可点开单位修改。',
  waitRatingOpen: '主持人开启评分后即可打分。',
  ratingFinished: '本次评比已结束，感谢您的评审！',
  waitSetup: '评比尚未开始，请稍候。',
  ratingNext: '下一个待评',
  backToList: '返回列表',
  unitPosition: '第 {n}/{total} 个',
  prevUnit: '上一个',
  nextUnit: '下一个',
  status_unscored: '未评',
  status_draft: '草稿',
  status_pending: '待发送',
  status_submitted: '已提交',
  status_byHost: '工作人员录入',
  unit_revealed: '已亮分',
  unit_locked: '评分已锁定',
} as const;

type Key = keyof typeof zh;

const en: Record<Key, string> = {
  ratingProgress: 'Scored {n}/{total}',
  ratingTitle: 'Units to score',
  ratingHint: 'Tap a unit to open its score sheet; any order.',
  ratingAllDone: 'Every unit is scored. While scoring is open you may open a unit to change it.',
  waitRatingOpen: 'You can score once the host opens scoring.',
  ratingFinished: 'This review is over. Thank you for judging!',
  waitSetup: 'The review has not started yet.',
  ratingNext: 'Next',
  backToList: 'Back to list',
  unitPosition: '{n} of {total}',
  prevUnit: 'Previous',
  nextUnit: 'Next',
  status_unscored: 'Not scored',
  status_draft: 'Draft',
  status_pending: 'Waiting to send',
  status_submitted: 'Submitted',
  status_byHost: 'Entered by staff',
  unit_revealed: 'revealed',
  unit_locked: 'scoring locked',
};

export const ratingStrings: Strings<Key> = { zh, en };
export type RatingKey = Key;
