// The 对标 HTTP API (host token; docs/http-api.md "对标"): read every presenter's board of a
// contest, and run a board's commands exactly once per command id. A presenter's board is the
// series unit's when the contest belongs to a series (server/benchmarks.ts), else the contest's.
import express, { type Request, type Response } from 'express';
import { z } from 'zod';
import { BenchmarkCommands, type BenchmarkCommand } from '../../shared/benchmark/commands.ts';
import { formatIssues } from '../../shared/definition.ts';
import type { ContestState } from '../../shared/domain/state.ts';
import type { BenchmarkBook } from '../benchmarks.ts';
import type { Contests } from '../contests.ts';
import { hostOnly, type HostAuthDeps } from './host-auth.ts';

export interface BenchmarkApiDeps extends HostAuthDeps {
  contests: Contests;
  benchmarks: BenchmarkBook;
}

const STATUS: Partial<Record<string, number>> = { invalid: 400, not_found: 404, duplicate_command_id: 409, wrong_state: 409 };
const fail = (res: Response, status: number, code: string, message: string, issues?: string[]) =>
  res.status(status).json({ error: { code, message, ...(issues ? { issues } : {}) } });

const CommandBody = z
  .object({ type: z.string().max(40), presenterId: z.string().min(1).max(32), commandId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/).optional() })
  .loose();

export function benchmarksRouter(deps: BenchmarkApiDeps) {
  const r = express.Router();
  const host = hostOnly(deps);
  const json = express.json({ limit: '512kb' });

  const find = (req: Request, res: Response): ContestState | null => {
    const state = deps.contests.get(String(req.params.id))?.state;
    if (!state) fail(res, 404, 'not_found', '比赛不存在 (unknown contest)');
    return state ?? null;
  };

  r.get('/contests/:id/benchmarks', host, (req, res) => {
    const state = find(req, res);
    if (!state) return;
    const presenters = deps.benchmarks.presenterBoards(state).map((b) => ({
      presenterId: b.presenterId,
      unit: b.unitName,
      speaker: b.speaker,
      // Shared with the other contests of the series when `series`: an edit shows there too.
      scope: b.scope.startsWith('series:') ? 'series' : 'contest',
      benchmarks: b.board.benchmarks,
      indicators: b.board.indicators,
      values: b.board.values,
      charts: b.charts,
    }));
    res.json({ contestId: state.id, presenters });
  });

  // Each log as written, in the canonical columns of the report's fingerprint (docs/report.md).
  r.get('/contests/:id/benchmarks/events', host, (req, res) => {
    const state = find(req, res);
    if (!state) return;
    const logs = deps.benchmarks.logs(state).map(({ scope, events }) => ({ scope, events: events.map((e) => ({ seq: e.seq, type: e.type, data: e.stored, at: e.at, commandId: e.commandId })) }));
    res.json({ contestId: state.id, logs });
  });

  r.post('/contests/:id/benchmarks/commands', host, json, (req, res) => {
    const state = find(req, res);
    if (!state) return;
    const body = CommandBody.safeParse(req.body);
    if (!body.success) return fail(res, 400, 'invalid', 'body must be { "type": "<command>", "presenterId": "<id>", "commandId"?: "<8–64 chars>", ...payload }');
    const { type, presenterId, commandId } = body.data;
    if (!Object.hasOwn(BenchmarkCommands, type)) return fail(res, 400, 'invalid', `未知命令: ${type}`);
    if (!state.def.presenters.some((p) => p.id === presenterId)) return fail(res, 404, 'not_found', '没有这个汇报单位 (unknown presenter)');
    const { type: _t, presenterId: _p, commandId: _c, ...raw } = req.body as Record<string, unknown>;
    const parsed = BenchmarkCommands[type as keyof typeof BenchmarkCommands].safeParse(raw);
    if (!parsed.success) {
      const issues = formatIssues(parsed.error);
      return fail(res, 400, 'invalid', issues.join('; '), issues);
    }
    const place = deps.benchmarks.placeOf(state, presenterId);
    const answer = deps.benchmarks.execute(place.scope, { type, unit: place.unit, payload: parsed.data } as BenchmarkCommand, commandId ?? null);
    if (!answer.ok) return fail(res, STATUS[answer.code] ?? 409, answer.code, answer.message, answer.issues);
    res.json(answer);
  });

  return r;
}
