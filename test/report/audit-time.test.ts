// The audit page's times: the time alone on the contest's day, the date too on any other, so a
// correction made during 公示, days after the contest, does not read as made that evening.
import { describe, expect, it } from 'vitest';
import type { LoggedEvent } from '../../server/db/event-store.ts';
import { auditFacts } from '../../server/report/audit.ts';
import { auditTime } from '../../server/report/report-judges.ts';
import { show } from '../domain/given.ts';

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

describe('the contest day the audit reads times against', () => {
  it('is the day the contest started, not the day it was set up', () => {
    const h = show().start();
    const created = Date.parse('2026-03-15T02:00:00Z');
    const started = Date.parse('2026-03-18T01:30:00Z');
    const events: LoggedEvent[] = h.history().map((data, i) => ({
      seq: i + 1,
      type: data.type,
      data,
      stored: data,
      at: data.type === 'ContestCreated' ? created : started,
      actor: 'host',
      commandId: null,
    }));
    expect(auditFacts(h.state, events).day).toBe('2026-03-18');
    // Never started: the day it was set up.
    expect(auditFacts(h.state, events.slice(0, 1)).day).toBe('2026-03-15');
  });
});
