// Every visible string of the projector screen, Chinese first. The audience page reuses the
// screen's parts, so their strings live here too.
import type { Strings } from '../common/i18n.tsx';

type Key =
  | 'pageTitle'
  | 'connecting'
  | 'reconnecting'
  | 'noToken'
  | 'denied'
  | 'hint'
  | 'muted'
  | 'unmuted'
  | 'mutedBadge'
  | 'orderTitle'
  | 'orderDrawing'
  | 'orderDefined'
  | 'position'
  | 'report'
  | 'qa'
  | 'answer'
  | 'question'
  | 'questionNo'
  | 'drawing'
  | 'drawingFrom'
  | 'answeredSoFar'
  | 'answerTook'
  | 'askedBy'
  | 'fromBank'
  | 'comment'
  | 'commentBy'
  | 'paused'
  | 'notStarted'
  | 'next'
  | 'scoring'
  | 'scoringNote'
  | 'scoringLocked'
  | 'judgeSeat'
  | 'notScored'
  | 'highest'
  | 'lowest'
  | 'finalScore'
  | 'rawScore'
  | 'penalty'
  | 'overtime'
  | 'groupWeight'
  | 'groupScore'
  | 'fellBack'
  | 'fellBackGroups'
  | 'droppedPerCriterion'
  | 'soundPrompt'
  | 'rankingTitle'
  | 'rankingSoFar'
  | 'rankingEmpty'
  | 'rankingJudgesOnly'
  | 'finalTitle'
  | 'champion'
  | 'sharedChampion'
  | 'first'
  | 'sharedFirst'
  | 'partial'
  | 'shared'
  | 'points'
  | 'rankShort'
  | 'waiting';

export const strings: Strings<Key> = {
  zh: {
    pageTitle: '大屏',
    connecting: '正在连接…',
    reconnecting: '正在重新连接…',
    noToken: '大屏链接不完整：请使用主持人提供的完整链接（含 # 号后的部分）。',
    denied: '无法打开大屏',
    hint: '按 F 键全屏 · M 静音 · L 切换语言',
    muted: '提示音已关闭',
    unmuted: '提示音已开启',
    mutedBadge: '静音',
    orderTitle: '出场顺序',
    orderDrawing: '抽签中…',
    orderDefined: '按既定顺序汇报',
    position: '第 {n} 位 · 共 {total} 位',
    report: '汇报',
    qa: '提问答复',
    answer: '答复',
    question: '提问',
    questionNo: '第 {n} 问',
    drawing: '随机抽题',
    drawingFrom: '从 {n} 道题中随机抽取',
    answeredSoFar: '已答问题',
    answerTook: '用时 {t}',
    askedBy: '{who} 提问',
    fromBank: '题库抽题',
    comment: '点评',
    commentBy: '—— {who}',
    paused: '已暂停',
    notStarted: '准备开始',
    next: '下一位：{name}',
    scoring: '评分中',
    scoringNote: '评委正在独立评分，请稍候',
    scoringLocked: '评分已截止，等待亮分',
    judgeSeat: '{n}号评委',
    notScored: '未评分',
    highest: '最高分',
    lowest: '最低分',
    finalScore: '最后得分',
    rawScore: '评委得分 {n}',
    penalty: '超时 {t}，扣 {n} 分',
    overtime: '超时',
    groupWeight: '权重 {w}',
    groupScore: '组内得分',
    fellBack: '人数不足，按平均分计算',
    fellBackGroups: '{groups}人数不足，按平均分计算',
    droppedPerCriterion: '各项去分',
    soundPrompt: '点击启用提示音',
    rankingTitle: '当前排名',
    rankingSoFar: '已完成 {done} / {total}',
    rankingEmpty: '尚无亮分结果',
    rankingJudgesOnly: '民主测评尚未计入，以上暂为评委评分',
    finalTitle: '最终排名',
    champion: '擂主',
    sharedChampion: '并列擂主',
    // A 评比 has no arena and no 擂主: its best is the first place.
    first: '第一名',
    sharedFirst: '并列第一名',
    partial: '（部分单位未参加汇报）',
    shared: '并列',
    points: '分',
    rankShort: '第{n}名',
    waiting: '请稍候',
  },
  en: {
    pageTitle: 'Screen',
    connecting: 'Connecting…',
    reconnecting: 'Reconnecting…',
    noToken: 'This screen link is incomplete: use the full link from the host (including the part after #).',
    denied: 'The screen cannot open',
    hint: 'F full screen · M mute · L language',
    muted: 'Sound off',
    unmuted: 'Sound on',
    mutedBadge: 'Muted',
    orderTitle: 'Speaking order',
    orderDrawing: 'Drawing lots…',
    orderDefined: 'Order as planned',
    position: 'No. {n} of {total}',
    report: 'Report',
    qa: 'Q&A',
    answer: 'Answer',
    question: 'Question',
    questionNo: 'Question {n}',
    drawing: 'Drawing a question',
    drawingFrom: 'At random from {n} questions',
    answeredSoFar: 'Answered',
    answerTook: '{t}',
    askedBy: 'Asked by {who}',
    fromBank: 'From the question bank',
    comment: 'Comment',
    commentBy: '— {who}',
    paused: 'Paused',
    notStarted: 'Ready',
    next: 'Next: {name}',
    scoring: 'Scoring',
    scoringNote: 'The judges are scoring independently',
    scoringLocked: 'Scoring closed, awaiting the reveal',
    judgeSeat: 'Judge {n}',
    notScored: 'Not scored',
    highest: 'Highest',
    lowest: 'Lowest',
    finalScore: 'Final score',
    rawScore: 'Judges’ score {n}',
    penalty: 'Overtime {t}, minus {n}',
    overtime: 'Overtime',
    groupWeight: 'weight {w}',
    groupScore: 'Group score',
    fellBack: 'Too few judges: plain mean used',
    fellBackGroups: 'Too few judges in {groups}: plain mean used',
    droppedPerCriterion: 'Dropped per criterion',
    soundPrompt: 'Click to enable the sound cue',
    rankingTitle: 'Ranking so far',
    rankingSoFar: '{done} of {total} done',
    rankingEmpty: 'No scores revealed yet',
    rankingJudgesOnly: 'Judges’ scores only: the appraisal is not counted yet',
    finalTitle: 'Final ranking',
    champion: 'Champion',
    sharedChampion: 'Joint champions',
    first: 'First place',
    sharedFirst: 'Joint first place',
    partial: '(some units did not present)',
    shared: 'tied',
    points: 'pts',
    rankShort: 'No. {n}',
    waiting: 'Please wait',
  },
};

/** "人数不足，按平均分计算", naming the groups that fell back when the contest has groups. */
export function fellBackNote(t: (key: Key, vars?: Record<string, string | number>) => string, result: { groups: { name: string | null; fellBackToMean: boolean }[] }): string {
  const names = result.groups.filter((g) => g.fellBackToMean && g.name !== null).map((g) => g.name);
  return names.length > 0 ? t('fellBackGroups', { groups: names.join('、') }) : t('fellBack');
}
