// The host token on HTTP: `Authorization: Bearer <host token>` on every /api route and export.
// A wrong token counts against the client's address (host-logins.ts); a throttled address is
// answered 429 whatever it sends, with Retry-After in seconds.
import type { NextFunction, Request, Response } from 'express';
import { bearer, checkHostToken } from '../auth.ts';
import type { HostLogins } from '../host-logins.ts';

export interface HostAuthDeps {
  hostToken: string;
  hostLogins: HostLogins;
}

export function hostOnly({ hostToken, hostLogins }: HostAuthDeps) {
  return (req: Request, res: Response, next: NextFunction) => {
    // "Bearer " followed by nothing but spaces presents no token, like no header at all.
    const token = bearer(req.header('authorization')) || null;
    const check = checkHostToken(token, hostToken, req.socket.remoteAddress ?? '', hostLogins, '需要主持人令牌 (Authorization: Bearer <host token>)');
    if (check.ok) return next();
    if (check.code === 'rate_limited') res.setHeader('Retry-After', String(check.retryAfterSeconds));
    res.status(check.code === 'rate_limited' ? 429 : 401).json({ error: { code: check.code, message: check.message } });
  };
}
