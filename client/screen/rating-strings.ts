// The projector's strings for a 评比's scoring progress (issue 15), Chinese first; kept apart
// from strings.ts so neither table grows past a screenful.
import type { Strings } from '../common/i18n.tsx';

type Key = 'title' | 'subtitle' | 'scored' | 'complete' | 'revealed' | 'locked';

export const ratingStrings: Strings<Key> = {
  zh: {
    title: '评分进行中',
    subtitle: '已评齐 {done} / {total} 个单位',
    scored: '已评 {n}/{m}',
    complete: '已评齐',
    revealed: '已亮分',
    locked: '评分已截止，等待亮分',
  },
  en: {
    title: 'Scoring in progress',
    subtitle: '{done} of {total} units fully scored',
    scored: 'Scored {n}/{m}',
    complete: 'Complete',
    revealed: 'Revealed',
    locked: 'Scoring closed, awaiting the reveal',
  },
};
