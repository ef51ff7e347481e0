// Joining as the audience (docs/http-api.md "Joining"), public, no token:
//   GET /join/:contestId  → { audienceUrl, joinUrl, joinCode } for the projector's QR and join code
//   GET /j/:joinCode      → 302 to /watch#<contestId>, for someone typing the short address
// The projector has no host token and often runs on localhost, so it asks here for the links the
// phones can reach (the server's public URL), the same base as the host's access links.
import express, { type Request, type Response } from 'express';
import type { JoinInfo } from '../../shared/protocol/http.ts';
import type { ContestState } from '../../shared/domain/state.ts';
import type { Contests } from '../contests.ts';
import { RateLimiter } from '../rate-limit.ts';
import { joinCode } from '../join-code.ts';


export interface JoinDeps {
  contests: Contests;
  publicUrl: () => string;
}

const CODE = /^\d{6}$/;

export function joinInfo(state: ContestState, base: string): JoinInfo {
  const code = joinCode(state.id);
  return { audienceUrl: `${base}/watch#${state.id}`, joinCode: code, joinUrl: `${base}/j/${code}` };
}

const notFoundPage = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>加入码无效</title></head>
<body><h1>加入码无效</h1><p>没有找到这个加入码对应的比赛。请核对大屏上的六位加入码，或直接扫描大屏上的二维码。</p>
<p><a href="/">返回首页，重新输入加入码</a></p></body></html>
`;

export function joinRouter(deps: JoinDeps) {
  const r = express.Router();
  // A hall behind one NAT joins at once (hundreds in a burst), but nobody walks the million
  // codes to list every contest on the laptop.
  const perAddress = new Map<string, RateLimiter>();
  const limited = (req: Request, res: Response): boolean => {
    const address = req.socket.remoteAddress ?? '';
    if (perAddress.size > 10_000) perAddress.clear();
    let bucket = perAddress.get(address);
    if (!bucket) perAddress.set(address, (bucket = new RateLimiter(600, 10)));
    if (bucket.take()) return false;
    res.status(429).json({ error: { code: 'rate_limited', message: '请求过于频繁，请稍候' } });
    return true;
  };

  r.get('/join/:contestId', (req, res) => {
    if (limited(req, res)) return;
    const state = deps.contests.get(String(req.params.contestId))?.state;
    if (!state) return void res.status(404).json({ error: { code: 'not_found', message: '比赛不存在' } });
    res.set('cache-control', 'no-store').json(joinInfo(state, deps.publicUrl()));
  });

  // The short address typed without its code: the home page, where the code is asked for (it
  // answered "Cannot GET /j", in English).
  r.get(['/j', '/j/'], (_req, res) => res.set('cache-control', 'no-store').redirect(302, '/'));

  r.get('/j/:joinCode', (req, res) => {
    if (limited(req, res)) return;
    const code = String(req.params.joinCode);
    // Codes are unique since contests draw their ids for it (join-code.ts); a data directory from
    // before may still hold two contests with one code: then the newest, tonight's.
    const match = CODE.test(code)
      ? deps.contests
          .ids()
          .filter((id) => joinCode(id) === code)
          .flatMap((id) => deps.contests.get(id)?.state ?? [])
          .sort((a, b) => b.createdAt - a.createdAt)[0]
      : undefined;
    if (!match) return void res.status(404).type('html').set('cache-control', 'no-store').send(notFoundPage);
    // Relative: the phone stays on the address it typed, which is one it can reach.
    res.set('cache-control', 'no-store').redirect(302, `/watch#${match.id}`);
  });
  return r;
}
