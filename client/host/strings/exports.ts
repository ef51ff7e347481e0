import type { Strings } from '../../common/i18n.tsx';

// File name suffixes stay Chinese in both languages: the files go to a Chinese office.
const zh = {
  heading: '导出',
  report: '成绩报告（PDF）',
  csv: '评分明细（CSV）',
  xlsx: '成绩表（Excel）',
  cards: '评委入场卡（PDF）',
  cardsHint: '每位评委一张二维码卡片，可直接打印',
  busy: '正在生成…',
  failed: '下载失败：{message}',
  saved: '已下载 {name}',
  unreachable: '无法连接服务器',
} as const;

export const exportsStrings: Strings<keyof typeof zh> = {
  zh,
  en: {
    heading: 'Export',
    report: 'Score report (PDF)',
    csv: 'Marks (CSV)',
    xlsx: 'Results (Excel)',
    cards: 'Judge cards (PDF)',
    cardsHint: 'One QR card per judge, ready to print',
    busy: 'Preparing…',
    failed: 'Download failed: {message}',
    saved: 'Downloaded {name}',
    unreachable: 'cannot reach the server',
  },
};
