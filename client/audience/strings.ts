// Strings only the audience page uses; the stage parts bring their own (client/screen/strings.ts).
import type { Strings } from '../common/i18n.tsx';

type Key = 'pageTitle' | 'noContest' | 'denied' | 'connecting' | 'reconnecting' | 'rankingTitle' | 'order' | 'results' | 'finalRanking';

export const strings: Strings<Key> = {
  zh: {
    pageTitle: '现场直播',
    noContest: '链接不完整：请扫描现场的二维码打开本页。',
    denied: '无法打开本页',
    connecting: '正在连接…',
    reconnecting: '网络中断，正在重新连接…',
    rankingTitle: '当前排名',
    order: '出场顺序',
    results: '亮分',
    finalRanking: '最终排名',
  },
  en: {
    pageTitle: 'Live',
    noContest: 'This link is incomplete: scan the QR code in the hall to open this page.',
    denied: 'This page cannot open',
    connecting: 'Connecting…',
    reconnecting: 'Connection lost, reconnecting…',
    rankingTitle: 'Ranking so far',
    order: 'Speaking order',
    results: 'Scores',
    finalRanking: 'Final ranking',
  },
};
