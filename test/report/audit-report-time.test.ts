// A host's correction of a measured report time is printed on the report's audit page, with
// what the clock measured, what was set and why — like a correction of marks.
import { describe, expect, it } from 'vitest';
import { definition, type Created } from '../integration/fixtures.ts';
import { api, connect, HOST_TOKEN, startServer } from '../support/server.ts';
import { pdfPages, tmpPdf } from './poppler.ts';

describe('the audit page', () => {
  it('lists report-time corrections with the measured and the corrected time and the reason', async () => {
    const server = await startServer();
    try {
      const created = (await api<Created>(server.url, 'POST', '/api/contests', definition)).body;
      const before = Date.now();
      const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
      try {
        for (const type of ['contest:start', 'presenter:next', 'phase:qa'] as const) expect(await host.send(type, {})).toMatchObject({ ok: true });
        const presenterId = (host.view as { current: { presenterId: string } }).current.presenterId;
        expect(await host.send('report:correct', { presenterId, seconds: 330, reason: '计时器误停，按录像更正' })).toMatchObject({ ok: true });
      } finally {
        host.close();
      }
      const after = Date.now();
      const pdf = await fetch(`${server.url}/api/contests/${created.id}/report.pdf`, { headers: { authorization: `Bearer ${HOST_TOKEN}` } });
      const pages = pdfPages(tmpPdf(Buffer.from(await pdf.arrayBuffer())));
      const audit = pages.slice(pages.findIndex((p) => p.includes('审计信息'))).join('\n').replace(/\s+/g, '');
      expect(audit).toContain('汇报用时更正1次');
      expect(audit).toContain('汇报用时更正明细');
      // Measured 0:00 (the clock never ran), set to 5:30, which is 0:30 over the 5:00 allotted.
      const row = audit.slice(audit.indexOf('汇报用时更正明细'));
      expect(row).toMatch(/双江街道.*0:00.*5:30.*0:30.*计时器误停，按录像更正/);
      // When, in China time as every printed time, not the zone of the box the server runs on.
      const chinaHm = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(11, 16);
      expect(row.slice(0, 40)).toMatch(new RegExp(`(${chinaHm(before)}|${chinaHm(after)}):\\d\\d双江街道`));
    } finally {
      await server.close();
    }
  });
});
