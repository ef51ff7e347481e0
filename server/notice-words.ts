// The words of the 公示 page (server/notice-page.ts), Chinese first and English on request
// (`?lang=en`). The published results (headings, columns, names) are shown as published.
import { FINGERPRINT, FINGERPRINT_COMPARE } from '../shared/fingerprint-words.ts';
import { formatScore } from '../shared/format.ts';

export type NoticeLang = 'zh' | 'en';

const zh = {
  kind: '公示',
  title: (t: string) => `公示：${t}`,
  other: 'English',
  closed: '公示期满',
  upcoming: '公示尚未开始',
  open: '公示中',
  period: (p: string) => `公示期 ${p}。`,
  range: (a: string, b: string) => `${a} 至 ${b}`,
  howToObject: (live: boolean) => `公示期内如有异议，${live ? '可通过本页提交' : '可扫描下方二维码在线提交'}，或按下方联系方式反映。`,
  amended: '结果已更正',
  amendedBody: (v: number) => `本次公示的结果在公示后经更正，现公示第 ${formatScore(v)} 版。更正原因：`,
  versions: `各版本${FINGERPRINT.zh}：`,
  version: (v: number) => `第 ${formatScore(v)} 版`,
  none: '（无）',
  fingerprint: FINGERPRINT.zh,
  fingerprintBody: FINGERPRINT_COMPARE.zh,
  contestFingerprints: `计入本期排名的各场比赛的${FINGERPRINT.zh}（与该场成绩报告上的一致）：`,
  objections: '异议',
  objectionsCount: (n: number) => `异议（${formatScore(n)} 件）`,
  noObjections: '尚未收到异议。',
  privacy: '为保护提出人，只公布处理结果，不公布姓名、电话和内容。',
  objectionNo: (n: number) => `第 ${formatScore(n)} 件`,
  raisedAt: (at: string) => `提出于 ${at}`,
  answeredAt: (at: string) => `答复于 ${at}`,
  /** Between a decision and its reason. */
  colon: '：',
  pending: '处理中',
  /** After a submission; `n` its number among the notice's objections (the list below says 第 n 件). */
  sent: (n: number | null) => `异议已提交${n ? `（第 ${formatScore(n)} 件）` : ''}，处理结果将在本页公布。`,
  raise: '提出异议',
  text: '异议内容（必填）',
  name: '姓名（选填）',
  phone: '联系电话（选填）',
  submit: '提交异议',
  contact: '联系方式',
  scan: '扫码查看本公示的最新情况：',
};

/** English has every word Chinese has, with the same parameters. */
export const NOTICE_WORDS: Record<NoticeLang, typeof zh> = {
  zh,
  en: {
    kind: 'Notice',
    title: (t: string) => `Public notice: ${t}`,
    other: '中文',
    closed: 'The notice period has ended',
    upcoming: 'The notice period has not begun',
    open: 'Open for objections',
    // A space after it: the next sentence follows on the same line (Chinese needs none).
    period: (p: string) => `Notice period: ${p}. `,
    range: (a: string, b: string) => `${a} to ${b}`,
    howToObject: (live: boolean) => `Objections may be raised during the period ${live ? 'on this page' : 'online through the QR code below'}, or through the contact below.`,
    amended: 'The results were amended',
    amendedBody: (v: number) => `These results were corrected after they were published; this is version ${formatScore(v)}. Reasons:`,
    versions: `${FINGERPRINT.en} of each version:`,
    version: (v: number) => `Version ${formatScore(v)}`,
    none: '(none)',
    fingerprint: FINGERPRINT.en,
    fingerprintBody: FINGERPRINT_COMPARE.en,
    contestFingerprints: `The ${FINGERPRINT.en.toLowerCase()} of each contest counted in this standing (as on that contest's score report):`,
    objections: 'Objections',
    objectionsCount: (n: number) => `Objections (${formatScore(n)})`,
    noObjections: 'No objection has been raised.',
    privacy: 'To protect those who raise them, only the decisions are published: no names, phone numbers or texts.',
    objectionNo: (n: number) => `No. ${formatScore(n)}`,
    raisedAt: (at: string) => `raised ${at}`,
    answeredAt: (at: string) => `answered ${at}`,
    colon: ': ',
    pending: 'being handled',
    sent: (n: number | null) => `Your objection${n ? ` (No. ${formatScore(n)})` : ''} was received; its decision will be published on this page.`,
    raise: 'Raise an objection',
    text: 'Your objection (required)',
    name: 'Name (optional)',
    phone: 'Phone (optional)',
    submit: 'Send the objection',
    contact: 'Contact',
    scan: 'Scan for the latest state of this notice:',
  },
};

/** The page's language from a query or form field: English only when asked for. */
export const noticeLang = (v: unknown): NoticeLang => (v === 'en' ? 'en' : 'zh');
