// The series HTTP API (host token; docs/http-api.md "Series"): create and list series, read one
// with its units, ledger and contests, run its commands (units, ledger, definition) exactly once
// per command id, read its log, and ask for standings and the 红黑榜 of a tier and period.
import express, { type Request, type Response } from 'express';
import { z } from 'zod';
import { formatIssues } from '../../shared/definition.ts';
import { boards } from '../../shared/series/boards.ts';
import { SeriesCommands, type SeriesCommand } from '../../shared/series/commands.ts';
import { SeriesDef } from '../../shared/series/definition.ts';
import { cumulativeStanding, periodStanding, type ContestFinals } from '../../shared/series/standings.ts';
import type { SeriesState } from '../../shared/series/state.ts';
import type { ContestState } from '../../shared/domain/state.ts';
import { revealedResults } from '../../shared/views.ts';
import type { Contests } from '../contests.ts';
import type { SeriesBook } from '../series.ts';
import { hostOnly, type HostAuthDeps } from './host-auth.ts';

export interface SeriesApiDeps extends HostAuthDeps {
  contests: Contests;
  series: SeriesBook;
}

const STATUS: Partial<Record<string, number>> = { invalid: 400, not_found: 404, duplicate_command_id: 409, wrong_state: 409 };
const fail = (res: Response, status: number, code: string, message: string, issues?: string[]) =>
  res.status(status).json({ error: { code, message, ...(issues ? { issues } : {}) } });

// A contest's state is a new object at each commit, so its finals can be kept per state object:
// a year's standings then score each finished contest once, not on every request.
const finalsByState = new WeakMap<ContestState, Map<string, number | null>>();
function finalsOf(state: ContestState): Map<string, number | null> {
  let finals = finalsByState.get(state);
  if (!finals) finalsByState.set(state, (finals = new Map(revealedResults(state).presenters.map((p) => [p.presenterId, p.final]))));
  return finals;
}

/**
 * The finals of the contests linked to the series, read from the contests' own states: all of
 * them, or with `upto` only those a tier's standings up to a period can read (that tier, that
 * period and the ones before it). Scoring a contest the first time after a start is the slow part
 * of a standing (a year's 36 contests took ~300 ms), so a request scores no more than it shows.
 */
export function seriesFinals(contests: Contests, s: SeriesState, upto?: { tierId: string; periodId: string }): ContestFinals {
  const out = new Map<string, Record<string, number | null>>();
  const last = upto ? s.def.periods.findIndex((p) => p.id === upto.periodId) : -1;
  const needed = upto ? new Set(s.def.periods.slice(0, last + 1).map((p) => p.id)) : null;
  for (const c of s.contests) {
    if (upto && (c.tierId !== upto.tierId || !needed!.has(c.periodId))) continue;
    const state = contests.get(c.contestId)?.state;
    if (!state) continue;
    const finals = finalsOf(state);
    out.set(c.contestId, Object.fromEntries(Object.keys(c.units).map((pid) => [pid, finals.get(pid) ?? null])));
  }
  return out;
}

const summary = (s: SeriesState) => ({
  id: s.id,
  name: s.def.name,
  issuer: s.def.issuer,
  tiers: s.def.tiers,
  periods: s.def.periods,
  units: s.units.filter((u) => u.mergedInto === null).length,
  contests: s.contests.length,
  createdAt: s.createdAt,
});

const CommandBody = z.object({ type: z.string().max(40), commandId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/).optional() }).loose();

export function seriesRouter(deps: SeriesApiDeps) {
  const r = express.Router();
  r.use('/series', hostOnly(deps), express.json({ limit: '2mb' }));

  const find = (req: Request, res: Response): SeriesState | null => {
    const s = deps.series.get(String(req.params.id));
    if (!s) fail(res, 404, 'not_found', '系列不存在 (unknown series)');
    return s ?? null;
  };

  r.get('/series', (_req, res) => res.json(deps.series.all().map(summary)));

  r.post('/series', (req, res) => {
    const parsed = SeriesDef.safeParse(req.body);
    if (!parsed.success) {
      const issues = formatIssues(parsed.error);
      return fail(res, 400, 'invalid', issues.join('; '), issues);
    }
    res.status(201).json(summary(deps.series.create(parsed.data)));
  });

  r.get('/series/:id', (req, res) => {
    const s = find(req, res);
    if (!s) return;
    // Each contest with where it stands now, so the console can list the year by tier and period.
    const contests = s.contests.map((c) => {
      const state = deps.contests.get(c.contestId)?.state;
      return { ...c, status: state?.status ?? null, date: state?.def.date ?? null };
    });
    res.json({ id: s.id, seq: s.seq, definition: s.def, units: s.units, ledger: s.ledger, contests });
  });

  r.get('/series/:id/events', (req, res) => {
    const s = find(req, res);
    if (s) res.json(deps.series.store.events(s.id).map((e) => ({ seq: e.seq, type: e.event.type, data: e.stored, at: e.at, actor: e.actor, commandId: e.commandId })));
  });

  r.post('/series/:id/commands', (req, res) => {
    const s = find(req, res);
    if (!s) return;
    const body = CommandBody.safeParse(req.body);
    if (!body.success) return fail(res, 400, 'invalid', 'body must be { "type": "<command>", "commandId"?: "<8–64 chars>", ...payload }');
    const { type, commandId } = body.data;
    if (!Object.hasOwn(SeriesCommands, type)) return fail(res, 400, 'invalid', `未知命令: ${type}`);
    const { type: _t, commandId: _c, ...raw } = req.body as Record<string, unknown>;
    const parsed = SeriesCommands[type as keyof typeof SeriesCommands].safeParse(raw);
    if (!parsed.success) {
      const issues = formatIssues(parsed.error);
      return fail(res, 400, 'invalid', issues.join('; '), issues);
    }
    const answer = deps.series.execute(s.id, { type, payload: parsed.data } as SeriesCommand, commandId ?? null);
    if (!answer) return fail(res, 404, 'not_found', '系列不存在 (unknown series)');
    if (!answer.ok) return fail(res, STATUS[answer.code] ?? 409, answer.code, answer.message, answer.issues);
    res.json(answer);
  });

  /** ?tier=<id>&period=<id>: the period standing, the cumulative standing up to it, and its boards. */
  r.get('/series/:id/standings', (req, res) => {
    const s = find(req, res);
    if (!s) return;
    const q = z.object({ tier: z.string().max(32), period: z.string().max(32) }).safeParse(req.query);
    if (!q.success) return fail(res, 400, 'invalid', '需要 tier 和 period 参数 (tier and period are required)');
    const { tier, period } = q.data;
    if (!s.def.tiers.some((t) => t.id === tier)) return fail(res, 404, 'not_found', '没有这个层级 (unknown tier)');
    if (!s.def.periods.some((p) => p.id === period)) return fail(res, 404, 'not_found', '没有这个期次 (unknown period)');
    const finals = seriesFinals(deps.contests, s, { tierId: tier, periodId: period });
    res.json({
      tierId: tier,
      periodId: period,
      period: periodStanding(s, tier, period, finals),
      cumulative: { method: s.def.cumulative, lines: cumulativeStanding(s, tier, period, finals).lines },
      boards: boards(s, tier, period, finals),
      units: Object.fromEntries(s.units.map((u) => [u.id, u.name])),
    });
  });

  return r;
}
