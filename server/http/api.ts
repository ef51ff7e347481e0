// The HTTP API: contest setup, links, results and the event log (host token), plus a command
// endpoint so scripts can drive the same pipeline as the socket.
import express, { type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import { ContestDefinition, ContestDefinitionDraft, formatIssues, SeriesLinkDef } from '../../shared/definition.ts';
import type { AccessLinks, ContestSummary, StoredContest } from '../../shared/protocol/http.ts';
import { judgeById } from '../../shared/roster.ts';
import type { ContestState } from '../../shared/domain/state.ts';
import { resultsDocument } from '../../shared/results.ts';
import type { Contests } from '../contests.ts';
import { demoDefinition } from '../demo/definition.ts';
import type { SeriesBook } from '../series.ts';
import { hostOnly, type HostAuthDeps } from './host-auth.ts';

export interface ApiDeps extends HostAuthDeps {
  contests: Contests;
  series: SeriesBook;
  publicUrl: () => string;
  /** Cuts the open connections of a judge whose link was reissued or who was removed. */
  revokeJudge: (contestId: string, judgeId: string, reason: 'reissued' | 'removed') => void;
}

/** HTTP status for a refused command; anything else refused is a conflict with the state (409). */
const HTTP_STATUS: Partial<Record<string, number>> = {
  invalid: 400,
  forbidden: 403,
  not_found: 404,
  rate_limited: 429,
  storage_failed: 503,
};

/** PUT /api/contests/:id/series: the link, or null for none. */
const SeriesLinkBody = z.strictObject({ series: SeriesLinkDef.nullable() });

const fail = (res: Response, status: number, code: string, message: string, issues?: string[]) =>
  res.status(status).json({ error: { code, message, ...(issues ? { issues } : {}) } });

/** The body as the schema reads it, or null with `400 invalid` and one issue per field already sent. */
function parseBody<T>(res: Response, schema: z.ZodType<T, unknown>, body: unknown): T | null {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issues = formatIssues(parsed.error);
  fail(res, 400, 'invalid', issues.join('; '), issues);
  return null;
}

export function accessLinks(state: ContestState, deps: Pick<ApiDeps, 'contests' | 'publicUrl'>): AccessLinks {
  const base = deps.publicUrl();
  const active = deps.contests.tokens.active(state.id);
  const screen = active.find((t) => t.role === 'screen');
  return {
    id: state.id,
    title: state.def.title,
    hostUrl: `${base}/host#contest=${state.id}`,
    screenUrl: screen ? `${base}/screen#${screen.token}` : null,
    audienceUrl: `${base}/watch#${state.id}`,
    judges: state.def.judges.map((j) => {
      const t = active.find((x) => x.role === 'judge' && x.judgeId === j.id);
      return { id: j.id, name: j.name, title: j.title, group: j.group ?? null, joinUrl: t ? `${base}/judge#${t.token}` : null };
    }),
  };
}

/** What a contest brings to its series: its title, its kind and its units by name. */
const membership = (d: { title: string; kind: 'arena' | 'rating'; presenters: { unit: string }[] }) => ({ title: d.title, kind: d.kind, units: d.presenters.map((p) => p.unit) });

export function apiRouter(deps: ApiDeps) {
  const r = express.Router();
  r.use(express.json({ limit: '256kb' }));

  // Every /api route needs the host token.
  r.use(hostOnly(deps));

  const contest = (req: Request, res: Response): ContestState | null => {
    const state = deps.contests.get(String(req.params.id))?.state;
    if (!state) fail(res, 404, 'not_found', '比赛不存在');
    return state ?? null;
  };

  const create = (res: Response, body: unknown) => {
    const def = parseBody(res, ContestDefinition, body);
    if (!def) return;
    const link = deps.series.planLink(null, def.series, membership(def));
    if (!link.ok) return fail(res, 409, 'wrong_state', link.message);
    const state = deps.contests.create(def, (id) => link.write(id, def.presenters));
    link.apply();
    res.status(201).json(accessLinks(state, deps));
  };

  r.post('/contests', (req, res) => create(res, req.body));
  r.post('/demo', (_req, res) => create(res, demoDefinition()));

  r.put('/contests/:id', (req, res) => {
    const s = contest(req, res);
    if (!s) return;
    // Parsed without ids for new entries: the contest gives them ids it never used before.
    const draft = parseBody(res, ContestDefinitionDraft, req.body);
    if (!draft) return;
    const link = deps.series.planLink(s.def.series, draft.series, membership(draft));
    if (!link.ok) return fail(res, 409, 'wrong_state', link.message);
    const result = deps.contests.replace(s.id, draft, (def) => link.write(s.id, def.presenters));
    if (!result.ok) return fail(res, 409, 'wrong_state', result.message);
    link.apply();
    for (const j of result.removedJudges) deps.revokeJudge(s.id, j, 'removed');
    res.json(accessLinks(result.state, deps));
  });

  // 所属系列 on its own, in any state: a series set up after its first contest still counts it.
  // The contest's event and the series' link commit in one transaction, or neither.
  r.put('/contests/:id/series', (req, res) => {
    const s = contest(req, res);
    if (!s) return;
    const body = parseBody(res, SeriesLinkBody, req.body);
    if (!body) return;
    const next = body.series;
    const link = deps.series.planLink(s.def.series, next, membership(s.def));
    if (!link.ok) return fail(res, 409, 'wrong_state', link.message);
    const ack = deps.contests.changeSeriesLink(s.id, next, () => link.write(s.id, s.def.presenters));
    if (!ack?.ok) return fail(res, ack ? (HTTP_STATUS[ack.code] ?? 409) : 404, ack?.code ?? 'not_found', ack?.message ?? '比赛不存在');
    link.apply();
    const after = deps.contests.get(s.id)!.state;
    res.json({ id: after.id, status: after.status, rev: after.rev, definition: after.def } satisfies StoredContest);
  });

  r.get('/contests', (_req, res) => {
    res.json(
      deps.contests.all().map((s) => ({
        id: s.id,
        title: s.def.title,
        date: s.def.date ?? null,
        tier: s.def.tier,
        status: s.status,
        createdAt: s.createdAt,
        rev: s.rev,
        series: s.def.series,
      })) satisfies ContestSummary[],
    );
  });

  r.get('/contests/:id', (req, res) => {
    const s = contest(req, res);
    if (s) res.json({ id: s.id, status: s.status, rev: s.rev, definition: s.def } satisfies StoredContest);
  });

  r.get('/contests/:id/access', (req, res) => {
    const s = contest(req, res);
    if (s) res.json(accessLinks(s, deps));
  });

  r.post('/contests/:id/judges/:judgeId/reissue', (req, res) => {
    const s = contest(req, res);
    if (!s) return;
    const jid = String(req.params.judgeId);
    if (!judgeById(s.def, jid)) return fail(res, 404, 'not_found', '评委不存在');
    deps.contests.reissueJudge(s.id, jid);
    deps.revokeJudge(s.id, jid, 'reissued');
    const links = accessLinks(s, deps);
    res.json(links.judges.find((j) => j.id === jid));
  });

  r.get('/contests/:id/results', (req, res) => {
    const s = contest(req, res);
    if (s) res.json(resultsDocument(s));
  });

  r.get('/contests/:id/events', (req, res) => {
    const s = contest(req, res);
    // Served as stored (old shapes too): the log is what was written, and the report's fingerprint
    // is recomputed from this answer.
    if (s) res.json(deps.contests.store.events(s.id).map((e) => ({ seq: e.seq, type: e.type, data: e.stored, at: e.at, actor: e.actor, commandId: e.commandId })));
  });

  const CommandBody = z.object({ type: z.string().max(40) }).loose();
  r.post('/contests/:id/commands', (req, res) => {
    const pipeline = deps.contests.get(String(req.params.id));
    if (!pipeline) return fail(res, 404, 'not_found', '比赛不存在');
    const parsed = CommandBody.safeParse(req.body);
    if (!parsed.success) return fail(res, 400, 'invalid', 'body must be { "type": "<command>", ...payload }');
    // The payload is taken from the body as sent, not from zod's copy: the copy turns a
    // "__proto__" key into a prototype, so the strict command schema would never see (and refuse)
    // it — the socket refuses the same payload.
    const { type: _type, ...payload } = req.body as Record<string, unknown>;
    const ack = pipeline.execute({ role: 'host' }, parsed.data.type, payload);
    res.status(ack.ok ? 200 : (HTTP_STATUS[ack.code] ?? 409)).json(ack);
  });

  r.use((_req: Request, res: Response) => fail(res, 404, 'not_found', '没有这个接口 (no such API route)'));

  // Malformed JSON and oversized bodies get the same typed error shape as everything else.
  r.use((err: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = err.status ?? 500;
    fail(res, status, status === 413 ? 'too_large' : status < 500 ? 'invalid' : 'internal', status < 500 ? err.message : '服务器内部错误');
  });
  return r;
}
