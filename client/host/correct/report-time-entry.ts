// Reading the report time the host types into 更正用时: minutes and seconds as "m:ss" (4:55,
// 12:03), never guessed from a bare number, which could be minutes or seconds. Whole seconds,
// within the bound report:correct accepts, so a time the dialog reads is one the server takes.

/** The largest report time report:correct accepts (shared/protocol/commands-run.ts). */
export const MAX_REPORT_SECONDS = 36000;

export type ReportTimeProblem = 'empty' | 'format' | 'seconds' | 'range';

export function readReportTime(text: string): { seconds: number; problem: null } | { seconds: null; problem: ReportTimeProblem } {
  const t = text.trim().replace('：', ':');
  if (t === '') return { seconds: null, problem: 'empty' };
  const m = /^(\d{1,3}):(\d{2})$/.exec(t);
  if (!m) return { seconds: null, problem: 'format' };
  const [minutes, secs] = [Number(m[1]), Number(m[2])];
  if (secs > 59) return { seconds: null, problem: 'seconds' };
  const seconds = minutes * 60 + secs;
  if (seconds > MAX_REPORT_SECONDS) return { seconds: null, problem: 'range' };
  return { seconds, problem: null };
}
