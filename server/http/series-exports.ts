// The series' printouts (host token; docs/http-api.md "Series"): the 红黑榜 poster for the board
// outside the office, the series report PDF and the series spreadsheet. Each carries the
// fingerprint of the series' log, computed like a contest report's (server/report/fingerprint.ts).
import express, { type Request, type Response } from 'express';
import { z } from 'zod';
import { dayOf } from '../../shared/format.ts';
import type { SeriesState } from '../../shared/series/state.ts';
import type { Contests } from '../contests.ts';
import { logFingerprint } from '../report/fingerprint.ts';
import { render } from '../report/off-thread.ts';
import type { SeriesBook } from '../series.ts';
import { hostOnly, type HostAuthDeps } from './host-auth.ts';
import { seriesFinals } from './series.ts';

export interface SeriesExportsDeps extends HostAuthDeps {
  contests: Contests;
  series: SeriesBook;
}

// The files are made in the render worker (report/off-thread.ts), where ECharts and the PDF
// writer load on first use: a series report takes seconds, which no judge's ack may wait for.
const text = () => import('../report/series-text.ts');

const fail = (res: Response, status: number, code: string, message: string) => res.status(status).json({ error: { code, message } });

function disposition(kind: 'inline' | 'attachment', s: SeriesState, file: string, suffix: string): string {
  const ext = file.slice(file.lastIndexOf('.'));
  const safe = s.def.name.replace(/[\\/:*?"<>|\u0000-\u001F]/g, '_').slice(0, 80);
  const encoded = encodeURIComponent(`${safe}-${suffix}${ext}`).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="leitai-${s.id}-${file}"; filename*=UTF-8''${encoded}`;
}

/** `date`: the day of publication printed under the issuer (YYYY-MM-DD); today when left out. */
const PosterQuery = z.object({ tier: z.string().max(32), period: z.string().max(32), size: z.enum(['A3', 'A4']).default('A4'), date: z.iso.date().optional() });
const TierQuery = z.object({ tier: z.string().max(32).optional() });

export function seriesExportsRouter(deps: SeriesExportsDeps) {
  const r = express.Router();
  const host = hostOnly(deps);

  const find = (req: Request, res: Response): SeriesState | null => {
    const s = deps.series.get(String(req.params.id));
    if (!s) fail(res, 404, 'not_found', '系列不存在 (unknown series)');
    return s ?? null;
  };
  const send = (res: Response, type: string, value: string, body: Buffer) => res.set({ 'content-type': type, 'content-disposition': value, 'cache-control': 'no-store' }).send(body);
  /** Everything a report needs, read at one instant: the state, the finals, the log and its fingerprint. */
  const input = async (s: SeriesState, tierIds?: string[]) => {
    const logged = deps.series.store.events(s.id);
    const fp = logFingerprint(logged.map((e) => ({ seq: e.seq, type: e.event.type, stored: e.stored, at: e.at, actor: e.actor, commandId: e.commandId })));
    const reasons = (await text()).correctionReasons(logged.map((e) => e.event));
    return { state: s, finals: seriesFinals(deps.contests, s), eventsHash: fp.sha256, correctionReasons: reasons, generatedAt: new Date(), ...(tierIds ? { tierIds } : {}) };
  };

  /** ?tier=&period=&size=A3|A4 — the 红黑榜 of one tier and period, for the notice board. */
  r.get('/series/:id/poster.pdf', host, async (req, res, next) => {
    const s = find(req, res);
    if (!s) return;
    const q = PosterQuery.safeParse(req.query);
    if (!q.success) return fail(res, 400, 'invalid', '需要 tier、period 参数，size 为 A3 或 A4，date 为 YYYY-MM-DD (tier and period required; size A3 or A4; date YYYY-MM-DD)');
    const { tier, period, size, date = dayOf(Date.now()) } = q.data;
    if (!s.def.tiers.some((t) => t.id === tier) || !s.def.periods.some((p) => p.id === period)) return fail(res, 404, 'not_found', '没有这个层级或期次 (unknown tier or period)');
    try {
      const pdf = await render('poster.pdf', { state: s, tierId: tier, periodId: period, finals: seriesFinals(deps.contests, s, { tierId: tier, periodId: period }), options: { size, date } });
      send(res, 'application/pdf', disposition('inline', s, `poster-${tier}-${period}-${size}.pdf`, '红黑榜'), pdf);
    } catch (e) {
      next(e);
    }
  });

  /** ?tier= (optional): the series report of one tier, or of all. */
  r.get('/series/:id/report.pdf', host, async (req, res, next) => {
    const s = find(req, res);
    if (!s) return;
    const q = TierQuery.safeParse(req.query);
    if (!q.success || (q.data.tier && !s.def.tiers.some((t) => t.id === q.data.tier))) return fail(res, 404, 'not_found', '没有这个层级 (unknown tier)');
    try {
      const pdf = await render('series-report.pdf', await input(s, q.data.tier ? [q.data.tier] : undefined));
      send(res, 'application/pdf', disposition('inline', s, 'series-report.pdf', '系列报告'), pdf);
    } catch (e) {
      next(e);
    }
  });

  r.get('/series/:id/series.xlsx', host, async (req, res, next) => {
    const s = find(req, res);
    if (!s) return;
    try {
      const book = await render('series.xlsx', await input(s));
      send(res, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', disposition('attachment', s, 'series.xlsx', '系列成绩'), book);
    } catch (e) {
      next(e);
    }
  });

  return r;
}
