// 民主测评 over HTTP (docs/http-api.md "民主测评"):
//   POST /api/contests/:id/voter               public: a signed voter token for one phone (open electorate)
//   POST /api/contests/:id/ballot-codes        host: issue { count } new ballot codes
//   GET  /api/contests/:id/ballot-slips.pdf    host: every code as cut-out slips, 10 to an A4 page
// Codes are drawn here, not in a command, because the pure domain has no secure random source.
import express, { type Request, type Response } from 'express';
import { z } from 'zod';
import type { Contests } from '../contests.ts';
import { codeHash, printedCode } from '../db/ballot-code-store.ts';
import { RateLimiter } from '../rate-limit.ts';
import { issueVoterToken } from '../voters.ts';
import { hostOnly, type HostAuthDeps } from './host-auth.ts';
import { render } from '../report/off-thread.ts';

export interface AppraisalDeps extends HostAuthDeps {
  contests: Contests;
  publicUrl: () => string;
}

const fail = (res: Response, status: number, code: string, message: string) => res.status(status).json({ error: { code, message } });
const IssueBody = z.strictObject({ count: z.int().min(1, '至少 1 张').max(2000, '一次最多 2000 张 (at most 2000 at once)') });

export function appraisalRouter(deps: AppraisalDeps) {
  const r = express.Router();
  const host = hostOnly(deps);
  // One phone needs one token per contest; a burst of 600 then 10 a second per address is far
  // above a hall behind one NAT and far below what would make the open count meaningless faster.
  const perAddress = new Map<string, RateLimiter>();

  r.post('/contests/:id/voter', (req: Request, res: Response) => {
    const state = deps.contests.get(String(req.params.id))?.state;
    if (!state) return fail(res, 404, 'not_found', '比赛不存在');
    if (state.def.appraisal?.electorate !== 'open') return fail(res, 409, 'wrong_state', '本场比赛没有开放式民主测评');
    const address = req.socket.remoteAddress ?? '';
    let bucket = perAddress.get(address);
    if (!bucket) perAddress.set(address, (bucket = new RateLimiter(600, 10)));
    if (!bucket.take()) return fail(res, 429, 'rate_limited', '请求过于频繁，请稍候');
    res.json({ token: issueVoterToken(deps.hostToken, state.id) });
  });

  r.post('/contests/:id/ballot-codes', host, express.json({ limit: '4kb' }), (req: Request, res: Response) => {
    const body = IssueBody.safeParse(req.body);
    if (!body.success) return fail(res, 400, 'invalid', body.error.issues.map((i) => i.message).join('; '));
    const result = deps.contests.issueBallotCodes(String(req.params.id), body.data.count);
    if (!result) return fail(res, 404, 'not_found', '比赛不存在');
    if (!result.ok) return fail(res, 409, 'wrong_state', result.message);
    res.status(201).json({ serials: result.serials });
  });

  r.get('/contests/:id/ballot-slips.pdf', host, async (req: Request, res: Response, next) => {
    const state = deps.contests.get(String(req.params.id))?.state;
    if (!state) return fail(res, 404, 'not_found', '比赛不存在');
    try {
      const base = deps.publicUrl();
      const slips = deps.contests.ballotCodes.all(state.id).map((c) => ({
        serial: c.serial,
        code: printedCode(c.code),
        url: `${base}/watch#${state.id}&code=${printedCode(c.code)}`,
        voided: state.appraisal.codes[codeHash(state.id, c.code)]?.voided ?? false,
      }));
      const pdf = await render('ballot-slips.pdf', { title: state.def.title, slips, generatedAt: new Date() });
      res.set({ 'content-type': 'application/pdf', 'content-disposition': `inline; filename="leitai-${state.id}-ballot-slips.pdf"`, 'cache-control': 'no-store' }).send(pdf);
    } catch (e) {
      next(e);
    }
  });
  return r;
}
