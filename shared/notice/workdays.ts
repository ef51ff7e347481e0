// Calendar days as the notice period counts them: YYYY-MM-DD strings, weekends skipped for
// "5 个工作日". Public holidays and 调休 are not known here: the host edits the end date then.

export const isIsoDate = (d: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) return false;
  const t = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return t.toISOString().slice(0, 10) === d;
};

const asUtc = (d: string) => new Date(`${d}T00:00:00Z`);

/** The last day of a period of `days` working days starting on `start` (start counts when it is a working day). */
export function addWorkingDays(start: string, days: number): string {
  const t = asUtc(start);
  let counted = 0;
  for (;;) {
    const weekday = t.getUTCDay();
    if (weekday !== 0 && weekday !== 6) counted += 1;
    if (counted >= days) return t.toISOString().slice(0, 10);
    t.setUTCDate(t.getUTCDate() + 1);
  }
}
