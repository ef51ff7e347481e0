// The projector's strings for joining (QR code, join code) and the 民主测评 (turnout, results),
// Chinese first; kept apart from strings.ts so neither table grows past a screenful.
import type { Strings } from '../common/i18n.tsx';

type Key =
  | 'joinScan'
  | 'joinScanVote'
  | 'joinCode'
  | 'joinShort'
  | 'live'
  | 'liveCount'
  | 'liveOpen'
  | 'title'
  | 'codes'
  | 'open'
  | 'ballots'
  | 'ballotsCounted'
  | 'satisfaction'
  | 'score'
  | 'combine'
  | 'notCounted'
  | 'noBallots'
  | 'noBallotsZero'
  | 'afterAll'
  | 'boardTitle'
  | 'boardWeight'
  | 'boardWeightZero'
  | 'colRank'
  | 'colUnit'
  | 'colFinal';

export const appraisalStrings: Strings<Key> = {
  zh: {
    joinScan: '手机扫码或访问 {url} 观看实况',
    joinScanVote: '手机扫码或访问 {url} 参与测评',
    joinCode: '加入码',
    joinShort: '扫码加入',
    live: '民主测评中',
    liveCount: '{n}/{total}',
    liveOpen: '已有 {n} 人投票',
    title: '民主测评',
    codes: '凭测评码',
    open: '开放测评',
    ballots: '共 {n} 票',
    ballotsCounted: '共 {n} 票，计分 {c} 票',
    satisfaction: '满意率',
    score: '测评得分',
    combine: '评委 {j} × {wj} + 测评 {s} × {ws} = {raw}',
    notCounted: '测评权重为 0，仅作参考，不计入最后得分',
    noBallots: '无有效票，按评委得分计',
    noBallotsZero: '无有效票，测评按 0 分计',
    afterAll: '民主测评在全部汇报结束后进行',
    boardTitle: '民主测评结果',
    boardWeight: '评委 {wj} + 测评 {ws}',
    boardWeightZero: '测评仅作参考，不计入最后得分',
    colRank: '名次',
    colUnit: '汇报单位',
    colFinal: '最后得分',
  },
  en: {
    joinScan: 'Scan, or open {url} on your phone to follow live',
    joinScanVote: 'Scan, or open {url} on your phone to vote',
    joinCode: 'Join code',
    joinShort: 'Scan to join',
    live: 'Appraisal open',
    liveCount: '{n}/{total}',
    liveOpen: '{n} have voted',
    title: 'Appraisal',
    codes: 'with ballot codes',
    open: 'open to all phones',
    ballots: '{n} ballots',
    ballotsCounted: '{n} ballots, {c} counted',
    satisfaction: 'Satisfied',
    score: 'Appraisal score',
    combine: 'Judges {j} × {wj} + appraisal {s} × {ws} = {raw}',
    notCounted: 'Weight 0: shown for reference, not counted in the final',
    noBallots: 'No valid ballots: judges’ score alone',
    noBallotsZero: 'No valid ballots: appraisal counts as 0',
    afterAll: 'The appraisal is held after all presentations',
    boardTitle: 'Appraisal results',
    boardWeight: 'Judges {wj} + appraisal {ws}',
    boardWeightZero: 'The appraisal is shown for reference, not counted',
    colRank: 'Rank',
    colUnit: 'Presenter',
    colFinal: 'Final',
  },
};
