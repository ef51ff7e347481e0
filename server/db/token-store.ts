// Judge and screen links. Looked up by the SHA-256 of the token, so the lookup's timing says
// nothing about the secret; the token itself is kept for showing QR codes to the host.
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Db } from './database.ts';
import { checkRow } from './stored-data.ts';

export interface TokenGrant {
  contestId: string;
  role: 'judge' | 'screen';
  judgeId: string | null;
}

const Role = z.enum(['judge', 'screen']);
const GrantRow = z.object({ contest_id: z.string(), role: Role, judge_id: z.string().nullable() });
const ActiveRow = z.object({ role: Role, judge_id: z.string().nullable(), token: z.string() });
const JudgeIds = z.array(z.string());

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
/** 192 bits from the OS's secure random source. */
export const newToken = () => randomBytes(24).toString('base64url');

export class TokenStore {
  constructor(private readonly db: Db) {}

  issue(contestId: string, role: 'judge' | 'screen', judgeId: string | null, at: number): string {
    const token = newToken();
    this.db
      .prepare('INSERT INTO tokens (token_hash, token, contest_id, role, judge_id, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(hash(token), token, contestId, role, judgeId, at);
    return token;
  }

  /** Revokes the judge's current links and issues a new one, atomically. */
  reissueJudge(contestId: string, judgeId: string, at: number): string {
    return this.db.transaction(() => {
      this.db
        .prepare("UPDATE tokens SET revoked_at = ? WHERE contest_id = ? AND role = 'judge' AND judge_id = ? AND revoked_at IS NULL")
        .run(at, contestId, judgeId);
      return this.issue(contestId, 'judge', judgeId, at);
    })();
  }

  /** Revokes a judge's links (the judge was removed from the contest). */
  revokeJudge(contestId: string, judgeId: string, at: number): void {
    this.db
      .prepare("UPDATE tokens SET revoked_at = ? WHERE contest_id = ? AND role = 'judge' AND judge_id = ? AND revoked_at IS NULL")
      .run(at, contestId, judgeId);
  }

  /** Every judge id that ever had a link in the contest, revoked or not: ids never to give anew. */
  judgeIdsEver(contestId: string): string[] {
    const ids = this.db
      .prepare("SELECT DISTINCT judge_id FROM tokens WHERE contest_id = ? AND role = 'judge' AND judge_id IS NOT NULL")
      .pluck()
      .all(contestId);
    return checkRow(JudgeIds, ids, contestId, 'the judge ids of its links');
  }

  resolve(token: string): TokenGrant | null {
    const raw = this.db.prepare('SELECT contest_id, role, judge_id FROM tokens WHERE token_hash = ? AND revoked_at IS NULL').get(hash(token));
    if (raw === undefined) return null;
    const row = checkRow(GrantRow, raw, null, 'a link (tokens row)');
    return { contestId: row.contest_id, role: row.role, judgeId: row.judge_id };
  }

  /** Active tokens of a contest: judge id (or null for the screen) → token. */
  active(contestId: string): { role: 'judge' | 'screen'; judgeId: string | null; token: string }[] {
    const rows = this.db.prepare('SELECT role, judge_id, token FROM tokens WHERE contest_id = ? AND revoked_at IS NULL ORDER BY created_at').all(contestId);
    return rows.map((r) => {
      const row = checkRow(ActiveRow, r, contestId, 'a link (tokens row)');
      return { role: row.role, judgeId: row.judge_id, token: row.token };
    });
  }
}
