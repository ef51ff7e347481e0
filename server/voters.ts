// Who votes in a 民主测评, as the handshake presents them (`voter`): a ballot code (codes
// electorate), checked against the codes issued, or a phone's voter token (open electorate),
// which the server signed when it issued it, so a made-up token is refused. Either way the actor
// carries a hash, never the code: the log says a code voted, not which one.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Voter } from '../shared/domain/decision.ts';
import type { ContestState } from '../shared/domain/state.ts';
import { codeHash, normaliseCode } from './db/ballot-code-store.ts';

/** The signing key: derived from the host token, so it lives nowhere else (a new host token voids every phone's token). */
const keyOf = (hostToken: string) => createHash('sha256').update(`leitai-voter:${hostToken}`).digest();
const sign = (hostToken: string, contestId: string, nonce: string) => createHmac('sha256', keyOf(hostToken)).update(`${contestId}:${nonce}`).digest('base64url');

/** A new voter token for one phone and contest (POST /api/contests/:id/voter). */
export function issueVoterToken(hostToken: string, contestId: string): string {
  const nonce = randomBytes(16).toString('base64url');
  return `${nonce}.${sign(hostToken, contestId, nonce)}`;
}

/** Said at the door to a voided code, and to its phones when it is voided (realtime.ts). */
export const VOIDED = '该测评码已作废 (this ballot code was voided)';

export type VoterCheck = { ok: true; voter: Voter | null } | { ok: false; message: string };

export function voterOf(state: ContestState, presented: string | undefined, hostToken: string): VoterCheck {
  const appraisal = state.def.appraisal;
  if (presented === undefined || !appraisal) return { ok: true, voter: null };
  if (appraisal.electorate === 'codes') {
    const key = codeHash(state.id, presented);
    const code = Object.hasOwn(state.appraisal.codes, key) ? state.appraisal.codes[key] : undefined;
    if (normaliseCode(presented).length !== 8 || !code) return { ok: false, message: '测评码无效，请核对测评票上的编码 (unknown ballot code)' };
    if (code.voided) return { ok: false, message: VOIDED };
    return { ok: true, voter: { kind: 'code', key } };
  }
  const [nonce = '', sig = ''] = presented.split('.');
  const expected = sign(hostToken, state.id, nonce);
  const valid = nonce.length > 0 && sig.length === expected.length && timingSafeEqual(Buffer.from(sig), Buffer.from(expected));
  if (!valid) return { ok: false, message: '测评凭证无效，请刷新页面重新领取 (invalid voter token)' };
  return { ok: true, voter: { kind: 'device', key: createHash('sha256').update(`device:${nonce}`).digest('hex') } };
}
