// The audit page's times: the time alone on the contest's day, the date too on any other, so a
// correction made during 公示, days after the contest, does not read as made that evening.
import { describe, expect, it } from 'vitest';
import { auditTime } from '../../server/report/report-judges.ts';

describe('audit times', () => {
  const at = auditTime('2026-03-18');
  it('prints the time alone on the contest day (China time)', () => {
    expect(at(Date.parse('2026-03-18T11:03:27Z'))).toBe('19:03:27');
  });
  it('prints the date with the time on another day, China time deciding the day', () => {
    expect(at(Date.parse('2026-03-20T02:15:00Z'))).toBe('2026年3月20日 10:15:00');
    // 23:30 UTC on the 18th is already the 19th in Beijing.
    expect(at(Date.parse('2026-03-18T23:30:00Z'))).toBe('2026年3月19日 07:30:00');
  });
});
