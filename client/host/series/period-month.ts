// The month a period's name says (2026年3月), and whether a day lies outside it: one rule for the
// setup form's contest date, the 积分 paste's preview, 录入一条 and 更正. Free of imports, so the
// ledger's reading (ledger-paste.ts) and the setup draft can both use it.

export const MONTH = /(\d{4})\s*年\s*(\d{1,2})\s*月/;

/**
 * The month a period's name says (2026年5月 → "2026-05"), or null (一季度, 第3期): where a dated
 * contest goes, the 积分 form's example date, and the setup form's warning of a date outside it.
 */
export function monthOfPeriod(name: string): string | null {
  const m = MONTH.exec(name);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}` : null;
}

/**
 * A day (YYYY-MM-DD) outside the month a period's name says: a contest dated last month, or points
 * of February pasted into 2026年3月. False when the name says no month (一季度, 第3期) or the day
 * is not one: nothing to compare.
 */
export function dateOutsidePeriod(day: string, period: string): boolean {
  const month = monthOfPeriod(period);
  return month !== null && /^\d{4}-\d{2}-\d{2}$/.test(day) && !day.startsWith(month);
}
