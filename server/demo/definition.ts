// The demo contest: eight townships, seven judges in two groups — the shape of a real
// 书记擂台赛 in a county, so one person can rehearse the whole event.
import { ContestDefinition } from '../../shared/definition.ts';

export function demoDefinition(): ContestDefinition {
  return ContestDefinition.parse({
    title: '书记擂台赛（演示）',
    theme: '农村危房闲置旧房安心拆除暨抓党建促乡村振兴',
    date: '2022-02-18',
    tier: '乡镇（街道）党（工）委书记',
    venue: '县委党校报告厅',
    criteria: [
      { name: '工作成效', max: 40 },
      { name: '创新亮点', max: 20 },
      { name: '汇报表现', max: 20 },
      { name: '答辩情况', max: 20 },
    ],
    judgeGroups: [
      { name: '县级领导', weight: 0.6 },
      { name: '群众代表', weight: 0.4 },
    ],
    judges: [
      { name: '李明华', title: '县委书记', group: '县级领导' },
      { name: '王建国', title: '县长', group: '县级领导' },
      { name: '张丽', title: '县委副书记', group: '县级领导' },
      { name: '赵德胜', title: '组织部部长', group: '县级领导' },
      { name: '普文忠', title: '人大代表', group: '群众代表' },
      { name: '李桂芬', title: '政协委员', group: '群众代表' },
      { name: '杨春', title: '村民代表', group: '群众代表' },
    ],
    presenters: [
      { unit: '双江街道', speaker: '陈志强', title: '党工委书记' },
      { unit: '小街街道', speaker: '刘晓燕', title: '党工委书记' },
      { unit: '甸中镇', speaker: '普建华', title: '党委书记' },
      { unit: '化念镇', speaker: '李红', title: '党委书记' },
      { unit: '塔甸镇', speaker: '杨国强', title: '党委书记' },
      { unit: '岔河乡', speaker: '白云', title: '党委书记' },
      { unit: '大龙潭乡', speaker: '柏林', title: '党委书记' },
      { unit: '富良棚乡', speaker: '施明', title: '党委书记' },
    ],
    rules: {
      reportSeconds: 300,
      qaSeconds: 180,
      warnAtSeconds: [60, 30],
      scoreStep: 0.5,
      aggregation: { method: 'trimmed', dropHighest: 1, dropLowest: 1, scope: 'total' },
      decimals: 2,
      overtimePenalty: { everySeconds: 30, points: 1, max: 5 },
      tieBreak: ['criterion:工作成效', 'lessOvertime'],
    },
  });
}
