import type { Strings } from '../../common/i18n.tsx';

const zh = {
  heading: '比赛列表',
  newContest: '新建比赛',
  createDemo: '创建演示比赛',
  refresh: '刷新',
  empty: '还没有比赛。新建一场，或创建演示比赛熟悉整个流程。',
  colTitle: '名称',
  colDate: '日期',
  colTier: '层级',
  colStatus: '状态',
  colCreated: '创建时间',
  colActions: '操作',
  open: '进入',
  edit: '编辑',
  copy: '复制为模板',
  access: '评委入口',
  demoCreated: '已创建演示比赛',
} as const;

export const contestsStrings: Strings<keyof typeof zh> = {
  zh,
  en: {
    heading: 'Contests',
    newContest: 'New contest',
    createDemo: 'Create demo contest',
    refresh: 'Refresh',
    empty: 'No contests yet. Create one, or create the demo contest to rehearse the whole flow.',
    colTitle: 'Title',
    colDate: 'Date',
    colTier: 'Tier',
    colStatus: 'Status',
    colCreated: 'Created',
    colActions: 'Actions',
    open: 'Open',
    edit: 'Edit',
    copy: 'Copy as template',
    access: 'Judge access',
    demoCreated: 'Demo contest created',
  },
};
