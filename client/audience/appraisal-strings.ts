// The 民主测评 words of the audience page: the ballot, the code box, refusals and the result.
import type { Strings } from '../common/i18n.tsx';

type Key =
  | 'title'
  | 'codes'
  | 'open'
  | 'turnout'
  | 'submit'
  | 'sending'
  | 'submitted'
  | 'yourChoice'
  | 'unsent'
  | 'pickOne'
  | 'offline'
  | 'codeLabel'
  | 'codePlaceholder'
  | 'codeUse'
  | 'codeBad'
  | 'codeChange'
  | 'tokenWait'
  | 'tokenFailed'
  | 'retry'
  | 'forbidden'
  | 'closed'
  | 'rateLimited'
  | 'notCurrent'
  | 'timeout'
  | 'result'
  | 'ballots'
  | 'satisfaction'
  | 'score'
  | 'combined'
  | 'component'
  | 'pending'
  | 'noBallots'
  | 'notCounted'
  | 'atEndResults';

export const strings: Strings<Key> = {
  zh: {
    title: '民主测评',
    codes: '凭测评码投票',
    open: '每台手机一票',
    turnout: '已有 {n} 人投票',
    submit: '提交',
    sending: '提交中…',
    submitted: '已提交 — 可在投票结束前修改',
    yourChoice: '您的选择：',
    unsent: '修改尚未提交',
    pickOne: '请先选择',
    offline: '网络中断，恢复后再提交',
    codeLabel: '输入测评票上的8位测评码',
    codePlaceholder: 'XXXX-XXXX',
    codeUse: '确定',
    codeBad: '测评码为8位字母或数字，请核对',
    codeChange: '换一个测评码',
    tokenWait: '正在领取投票凭证…',
    tokenFailed: '未能领取投票凭证：',
    retry: '重试',
    forbidden: '无法投票：测评码无效或已作废，请核对测评票',
    closed: '本轮投票已结束，这次提交未计入',
    rateLimited: '提交过于频繁，请稍候几秒再试',
    notCurrent: '该单位不在本轮投票中，请刷新页面',
    timeout: '网络不稳，未收到确认，请再提交一次',
    result: '民主测评结果',
    ballots: '共 {n} 票，计分 {c} 票',
    satisfaction: '满意率',
    score: '测评得分',
    combined: '评委 {j} × {jw} + 测评 {s} × {w} = {raw}',
    component: '测评计入 {n} 分',
    pending: '民主测评投票结束后计入得分',
    noBallots: '无计分的测评票，按评委得分计',
    notCounted: '测评结果仅作参考，不计入得分',
    atEndResults: '民主测评结果',
  },
  en: {
    title: 'Appraisal',
    codes: 'One vote per ballot code',
    open: 'One vote per phone',
    turnout: '{n} have voted',
    submit: 'Submit',
    sending: 'Submitting…',
    submitted: 'Submitted — you may change it until voting closes',
    yourChoice: 'Your choice: ',
    unsent: 'Change not submitted yet',
    pickOne: 'Choose first',
    offline: 'Connection lost: submit once it is back',
    codeLabel: 'Enter the 8-character code on your ballot slip',
    codePlaceholder: 'XXXX-XXXX',
    codeUse: 'OK',
    codeBad: 'A code is 8 letters or digits: please check it',
    codeChange: 'Use another code',
    tokenWait: 'Getting this phone’s ballot…',
    tokenFailed: 'Could not get a ballot for this phone: ',
    retry: 'Retry',
    forbidden: 'You cannot vote: the code is unknown or voided, please check your slip',
    closed: 'Voting has closed: this ballot was not counted',
    rateLimited: 'Too many submissions: wait a few seconds and try again',
    notCurrent: 'This presenter is not in the vote: reload the page',
    timeout: 'No confirmation over the network: please submit again',
    result: 'Appraisal result',
    ballots: '{n} ballots, {c} counted',
    satisfaction: 'Satisfaction',
    score: 'Appraisal score',
    combined: 'Judges {j} × {jw} + appraisal {s} × {w} = {raw}',
    component: 'Appraisal adds {n}',
    pending: 'The appraisal counts once its voting closes',
    noBallots: 'No counted ballot: the judges’ score alone',
    notCounted: 'Shown for reference, not counted in the score',
    atEndResults: 'Appraisal results',
  },
};
