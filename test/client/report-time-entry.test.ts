// Reading the 更正用时 field: m:ss only (a bare number could be minutes or seconds), whole
// seconds within what report:correct accepts.
import { describe, expect, it } from 'vitest';
import { MAX_REPORT_SECONDS, readReportTime } from '../../client/host/correct/report-time-entry.ts';
import { Commands } from '../../shared/protocol/commands.ts';

describe('the report time typed into 更正用时', () => {
  it.each([
    ['4:55', 295],
    [' 12:03 ', 723],
    ['0:00', 0],
    ['5：10', 310], // a full-width colon from a Chinese keyboard
    ['600:00', MAX_REPORT_SECONDS],
  ])('reads %j as %d s', (text, seconds) => expect(readReportTime(text)).toEqual({ seconds, problem: null }));

  it.each([
    ['', 'empty'],
    ['295', 'format'],
    ['4:5', 'format'],
    ['4.55', 'format'],
    ['-1:00', 'format'],
    ['4:60', 'seconds'],
    ['600:01', 'range'],
  ])('refuses %j (%s)', (text, problem) => expect(readReportTime(text)).toEqual({ seconds: null, problem }));

  it('never reads a time the server would refuse', () => {
    const schema = Commands['report:correct'];
    for (const text of ['0:00', '4:55', '600:00']) {
      const r = readReportTime(text);
      expect(schema.safeParse({ commandId: 'cmd-0001', presenterId: 'p1', seconds: r.seconds, reason: 'x' }).success).toBe(true);
    }
  });
});
