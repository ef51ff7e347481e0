// The fingerprint of a record (server/report/fingerprint.ts) as people are told about it: one name
// and one sentence wherever one is printed — the public 公示 page and its PDF, the contest's and
// the series' reports and spreadsheets, the host console. With 记录指纹 on the notice, 日志指纹 on
// the report and 事件指纹 on the series report, a citizen could not tell which line to compare.
export const FINGERPRINT: Record<'zh' | 'en', string> = { zh: '记录指纹', en: 'Record fingerprint' };

/** How to compare it, said for someone holding a notice and a report (no events, no counts). */
export const FINGERPRINT_COMPARE: Record<'zh' | 'en', string> = {
  zh: '公示和成绩报告上的记录指纹逐字相同，说明两者出自同一份记录；记录有任何改动，指纹都会不同。',
  en: 'When the record fingerprint on the notice and on the score report match character for character, both come from the same record; any change to the record changes the fingerprint.',
};
