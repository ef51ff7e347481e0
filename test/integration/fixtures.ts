// A small contest: 3 presenters, 7 judges in two groups, two criteria.
export const definition = {
  title: '书记擂台赛（测试）',
  theme: '抓党建促乡村振兴',
  date: '2022-02-18',
  tier: '乡镇（街道）党（工）委书记',
  criteria: [
    { name: '工作成效', max: 60 },
    { name: '汇报表现', max: 40 },
  ],
  judgeGroups: [
    { name: '县级领导', weight: 0.6 },
    { name: '群众代表', weight: 0.4 },
  ],
  judges: [
    { name: '评委一', title: '县委书记', group: '县级领导' },
    { name: '评委二', title: '县长', group: '县级领导' },
    { name: '评委三', group: '县级领导' },
    { name: '评委四', group: '县级领导' },
    { name: '评委五', group: '群众代表' },
    { name: '评委六', group: '群众代表' },
    { name: '评委七', group: '群众代表' },
  ],
  presenters: [
    { unit: '双江街道', speaker: '陈志强', title: '党工委书记' },
    { unit: '小街街道', speaker: '刘晓燕' },
    { unit: '甸中镇', speaker: '普建华' },
  ],
  rules: {
    reportSeconds: 300,
    qaSeconds: 120,
    scoreStep: 0.5,
    aggregation: { method: 'trimmed', dropHighest: 1, dropLowest: 1, scope: 'total' },
    overtimePenalty: { everySeconds: 30, points: 1, max: 5 },
    tieBreak: ['criterion:工作成效', 'lessOvertime'],
  },
};

export interface Created {
  id: string;
  hostUrl: string;
  screenUrl: string;
  audienceUrl: string;
  judges: { id: string; name: string; joinUrl: string }[];
}
