// Who is connecting: the host (one host token per server), a judge or the screen (their own
// link tokens), or the audience (public, by contest id). Host logins are counted per client
// address (host-logins.ts), over HTTP and the handshake alike.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Actor } from '../shared/domain/decide.ts';
import { HandshakeAuth } from '../shared/protocol/index.ts';
import type { Contests } from './contests.ts';
import type { HostLogins } from './host-logins.ts';
import { voterOf } from './voters.ts';

const sha = (s: string) => createHash('sha256').update(s).digest();

/** Constant-time comparison (digests have equal length whatever the input). */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(sha(given), sha(expected));
}

export type HostCheck = { ok: true } | { ok: false; code: 'unauthorized' | 'rate_limited'; message: string; retryAfterSeconds: number };

/** The refusal of a throttled address, the same words over HTTP and the socket. */
function throttled(ms: number): HostCheck {
  const s = Math.max(1, Math.ceil(ms / 1000));
  return { ok: false, code: 'rate_limited', message: `主持人令牌错误次数过多，请 ${s} 秒后再试 (too many wrong host tokens from this address; try again in ${s} s)`, retryAfterSeconds: s };
}

/**
 * The host token as presented by a client at `address` (null: none presented). A throttled
 * address is refused before the token is looked at; a missing token guesses nothing and is not
 * counted; a wrong one is.
 */
export function checkHostToken(given: string | null, hostToken: string, address: string, logins: HostLogins, refused: string): HostCheck {
  const wait = logins.refusedFor(address);
  if (wait > 0) return throttled(wait);
  if (given !== null && sameSecret(given, hostToken)) {
    logins.succeeded(address);
    return { ok: true };
  }
  if (given !== null) logins.failed(address);
  return { ok: false, code: 'unauthorized', message: refused, retryAfterSeconds: 0 };
}

export type Identity = { contestId: string; actor: Actor };
export type AuthResult =
  | { ok: true; identity: Identity; device: string | null }
  | { ok: false; code: 'invalid' | 'unauthorized' | 'not_found' | 'rate_limited'; message: string; retryAfterSeconds?: number };

export interface Authenticator {
  contests: Contests;
  hostToken: string;
  hostLogins: HostLogins;
}

export function authenticate(raw: unknown, address: string, { contests, hostToken, hostLogins }: Authenticator): AuthResult {
  const parsed = HandshakeAuth.safeParse(raw);
  if (!parsed.success) return { ok: false, code: 'invalid', message: '连接参数无效 (invalid handshake auth)' };
  const auth = parsed.data;
  switch (auth.role) {
    case 'host': {
      const host = checkHostToken(auth.token, hostToken, address, hostLogins, '主持人令牌无效');
      if (!host.ok) return host.code === 'rate_limited' ? host : { ok: false, code: host.code, message: host.message };
      if (!contests.get(auth.contestId)) return { ok: false, code: 'not_found', message: '比赛不存在' };
      return { ok: true, identity: { contestId: auth.contestId, actor: { role: 'host' } }, device: null };
    }
    case 'audience': {
      const pipeline = contests.get(auth.contestId);
      if (!pipeline) return { ok: false, code: 'not_found', message: '比赛不存在' };
      const voter = voterOf(pipeline.state, auth.voter, hostToken);
      if (!voter.ok) return { ok: false, code: 'unauthorized', message: voter.message };
      const actor: Actor = voter.voter ? { role: 'audience', voter: voter.voter } : { role: 'audience' };
      return { ok: true, identity: { contestId: auth.contestId, actor }, device: voter.voter ? (auth.device ?? null) : null };
    }
    case 'judge':
    case 'screen': {
      const grant = contests.tokens.resolve(auth.token);
      if (!grant || grant.role !== auth.role || !contests.get(grant.contestId))
        return { ok: false, code: 'unauthorized', message: '链接无效或已失效，请向工作人员索取新链接' };
      const actor: Actor = grant.role === 'judge' && grant.judgeId ? { role: 'judge', judgeId: grant.judgeId } : { role: 'screen' };
      const device = auth.role === 'judge' ? (auth.device ?? null) : null;
      return { ok: true, identity: { contestId: grant.contestId, actor }, device };
    }
  }
}

export function bearer(header: string | undefined): string | null {
  const m = /^Bearer\s+(.+)$/i.exec(header ?? '');
  return m ? m[1]!.trim() : null;
}
