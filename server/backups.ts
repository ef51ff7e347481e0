// The backup keeper: a copy of the database after every reveal (亮分) and when a contest
// finishes, kept in DATA_DIR/backups, newest 30. It listens to commits but works after them and
// off the command path: a backup that fails is logged and never reaches a command or its ack.
import type { DomainEvent } from '../shared/domain/events.ts';
import type { Contests } from './contests.ts';
import { backupDatabase, pruneBackups, type BackupFile } from './db/backup.ts';
import type { Db } from './db/database.ts';

export const KEEP_BACKUPS = 30;
/** The moments worth a copy: a score the room has seen, and the end of the contest. */
const TRIGGERS: ReadonlySet<DomainEvent['type']> = new Set(['MarksRevealed', 'ContestFinished']);

export interface BackupKeeperOptions {
  keep?: number;
  now?: () => Date;
  log?: (message: string) => void;
}

export interface BackupKeeper {
  readonly dir: string;
  readonly stats: { taken: number; failed: number; last: BackupFile | null; lastError: string | null };
  /** Resolves once every backup asked for so far is written (or has failed). */
  idle(): Promise<void>;
  /** Takes no new backups and waits for those already asked for (a reveal just before Ctrl-C). */
  close(): Promise<void>;
}

export function keepBackups(contests: Contests, db: Db, dir: string, opts: BackupKeeperOptions = {}): BackupKeeper {
  const keep = opts.keep ?? KEEP_BACKUPS;
  const now = opts.now ?? (() => new Date());
  const log = opts.log ?? ((m: string) => console.error(m));
  const stats: BackupKeeper['stats'] = { taken: 0, failed: 0, last: null, lastError: null };
  // One backup at a time. A contest with a backup still waiting needs no second one: the
  // waiting one will copy the database as it is when it runs, newer commits included.
  let chain: Promise<void> = Promise.resolve();
  const waiting = new Set<string>();
  let closed = false;

  async function take(contestId: string): Promise<void> {
    // Start after the current I/O turn, so the ack of the command that triggered this goes first.
    await new Promise((resolve) => setImmediate(resolve));
    waiting.delete(contestId);
    try {
      stats.last = await backupDatabase(db, dir, contestId, now());
      stats.taken += 1;
      pruneBackups(dir, keep);
    } catch (e) {
      stats.failed += 1;
      stats.lastError = (e as Error).message;
      log(`[backup] 备份失败 (backup failed) for contest ${contestId}: ${stats.lastError}`);
    }
  }

  contests.onCommit((state, events) => {
    // This runs inside the command's commit: whatever happens here must not throw.
    try {
      if (closed || waiting.has(state.id) || !events.some((e) => TRIGGERS.has(e.type))) return;
      waiting.add(state.id);
      chain = chain.then(() => take(state.id));
    } catch (e) {
      log(`[backup] could not schedule a backup: ${(e as Error).message}`);
    }
  });

  return {
    dir,
    stats,
    idle: () => chain,
    async close() {
      closed = true;
      await chain;
    },
  };
}
