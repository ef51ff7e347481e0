// 退回一步's words (client/host/run/back-words.ts and the dialog in use-actions.ts), part of the run
// view's strings (run.ts), kept apart so each file stays readable.
export const backZh = {
  backTitle: '退回上一步？',
  backBody: '这一步会被撤回（日志中保留记录）。当前：{what}',
  backUnreveals: '亮分撤回：该单位的得分从排名中撤下，大屏回到评分；已提交的评分保留，可再次亮分。',
  backToQa: '回到提问答复，提问计时重新开始。',
  backToReport: '回到汇报，汇报计时停在结束时的位置（暂停），可继续计时。',
  backToQueue: '该单位回到待汇报（从缺席叫到的回到缺席），汇报计时清零。',
  backToQueueAfter: '该单位回到待汇报（从缺席叫到的回到缺席），汇报计时清零；大屏回到上一个单位的亮分结果。',
  backReopens: '比赛重新开放：大屏和手机不再显示最终结果，可继续操作，完成后需再次结束比赛。',
  backKeepsMarks: '已有 {n} 位评委提交评分：退回后评分收回，分数保留，重新开启评分时恢复。',
  backVotingGoesOn: '民主测评仍在进行（{turnout}），已投的票保留。',
  backDropsMarks: '{n} 位评委的评分将作废，该单位重新汇报后重新评分。',
  backDropsVotes: '该单位的民主测评作废（{turnout}），重新汇报后重新投票。',
  backReason: '原因（必填，写入日志和报告）',
  backConfirm: '退回',
  reopenContest: '重新打开比赛',
  reopenConfirm: '重新打开',
};

export const backEn: Record<keyof typeof backZh, string> = {
  backTitle: 'Go back one step?',
  backBody: 'This step is undone (the log keeps both). Now: {what}',
  backUnreveals: 'The reveal is withdrawn: the unit’s score leaves the ranking and the projector goes back to scoring; the marks are kept and can be revealed again.',
  backToQa: 'Back to Q&A; the Q&A clock starts afresh.',
  backToReport: 'Back to the report; the report clock stands where the report ended (paused) and can go on.',
  backToQueue: 'The unit goes back to the queue (to absent, if it was called from there); its report clock is cleared.',
  backToQueueAfter: 'The unit goes back to the queue (to absent, if it was called from there); its report clock is cleared, and the projector shows the previous unit’s reveal again.',
  backReopens: 'The contest reopens: the projector and phones no longer show the final result; finish it again when done.',
  backKeepsMarks: '{n} judges have submitted: scoring is withdrawn, their marks are kept and come back when scoring reopens.',
  backVotingGoesOn: 'The hall’s appraisal stays open ({turnout}); the ballots cast are kept.',
  backDropsMarks: 'The marks of {n} judges are discarded; the unit is scored afresh after reporting again.',
  backDropsVotes: 'The unit’s appraisal is withdrawn ({turnout}); the hall votes again after it reports again.',
  backReason: 'Reason (required, logged and printed in the report)',
  backConfirm: 'Go back',
  reopenContest: 'Reopen the contest',
  reopenConfirm: 'Reopen',
};
