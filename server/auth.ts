// Who is connecting: the host (one host token per server), a judge or the screen (their own
// link tokens), or the audience (public, by contest id).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Actor } from '../shared/domain/decide.ts';
import { HandshakeAuth } from '../shared/protocol/index.ts';
import type { Contests } from './contests.ts';

const sha = (s: string) => createHash('sha256').update(s).digest();

/** Constant-time comparison (digests have equal length whatever the input). */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(sha(given), sha(expected));
}

export type Identity = { contestId: string; actor: Actor };
export type AuthResult = { ok: true; identity: Identity } | { ok: false; code: 'invalid' | 'unauthorized' | 'not_found'; message: string };

export function authenticate(raw: unknown, contests: Contests, hostToken: string): AuthResult {
  const parsed = HandshakeAuth.safeParse(raw);
  if (!parsed.success) return { ok: false, code: 'invalid', message: '连接参数无效 (invalid handshake auth)' };
  const auth = parsed.data;
  switch (auth.role) {
    case 'host':
      if (!sameSecret(auth.token, hostToken)) return { ok: false, code: 'unauthorized', message: '主持人令牌无效' };
      if (!contests.get(auth.contestId)) return { ok: false, code: 'not_found', message: '比赛不存在' };
      return { ok: true, identity: { contestId: auth.contestId, actor: { role: 'host' } } };
    case 'audience':
      if (!contests.get(auth.contestId)) return { ok: false, code: 'not_found', message: '比赛不存在' };
      return { ok: true, identity: { contestId: auth.contestId, actor: { role: 'audience' } } };
    case 'judge':
    case 'screen': {
      const grant = contests.tokens.resolve(auth.token);
      if (!grant || grant.role !== auth.role || !contests.get(grant.contestId))
        return { ok: false, code: 'unauthorized', message: '链接无效或已失效，请向工作人员索取新链接' };
      const actor: Actor = grant.role === 'judge' && grant.judgeId ? { role: 'judge', judgeId: grant.judgeId } : { role: 'screen' };
      return { ok: true, identity: { contestId: grant.contestId, actor } };
    }
  }
}

export function bearer(header: string | undefined): string | null {
  const m = /^Bearer\s+(.+)$/i.exec(header ?? '');
  return m ? m[1]!.trim() : null;
}
