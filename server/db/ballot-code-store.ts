// 民主测评 ballot codes: drawn from the OS's secure random source, kept in clear only here (the
// slips PDF prints them), logged only as hashes. A code is 8 characters from an alphabet without
// look-alikes (no 0/O, 1/I/L), printed as XXXX-XXXX: 31^8 ≈ 8.5 × 10^11 codes, so guessing one
// of 200 issued codes takes billions of tries against per-connection limits.
import { createHash, randomInt } from 'node:crypto';
import { z } from 'zod';
import type { Db } from './database.ts';
import { checkRow } from './stored-data.ts';

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const Rows = z.array(z.object({ serial: z.int().min(1), code: z.string().regex(/^[2-9A-Z]{8}$/) }));

/** The code as a voter may type it: any case, with or without the dash or spaces. */
export const normaliseCode = (typed: string): string => typed.toUpperCase().replace(/[^0-9A-Z]/g, '');
/** XXXX-XXXX, as printed. */
export const printedCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;
/** What the log and the state know a code by: bound to the contest, so codes of two contests never meet. */
export const codeHash = (contestId: string, code: string): string => createHash('sha256').update(`ballot:${contestId}:${normaliseCode(code)}`).digest('hex');

const draw = () => Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

export class BallotCodeStore {
  constructor(private readonly db: Db) {}

  /** New codes after the last serial, not yet stored: `save` them in the transaction that logs their hashes. */
  draw(contestId: string, count: number): { serial: number; code: string }[] {
    const existing = this.all(contestId);
    const last = existing.at(-1)?.serial ?? 0;
    const taken = new Set(existing.map((r) => r.code));
    return Array.from({ length: count }, (_, i) => {
      let code = draw();
      while (taken.has(code)) code = draw();
      taken.add(code);
      return { serial: last + i + 1, code };
    });
  }

  save(contestId: string, codes: { serial: number; code: string }[], at: number): void {
    const insert = this.db.prepare('INSERT INTO ballot_codes (contest_id, serial, code, issued_at) VALUES (?, ?, ?, ?)');
    for (const c of codes) insert.run(contestId, c.serial, c.code, at);
  }

  all(contestId: string): { serial: number; code: string }[] {
    const rows = this.db.prepare('SELECT serial, code FROM ballot_codes WHERE contest_id = ? ORDER BY serial').all(contestId);
    return checkRow(Rows, rows, contestId, 'its ballot codes');
  }
}
