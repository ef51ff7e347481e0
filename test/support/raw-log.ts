// Writes a contest's rows straight into a data directory's SQLite file, as another version of
// Leitai (or a damaged disk) would have left them: the server under test then has to read them.
import { openDatabase } from '../../server/db/database.ts';
import { TokenStore } from '../../server/db/token-store.ts';

const RAW = Symbol('raw row');
/** A row stored exactly as given: its type column and its data text. */
export const rawRow = (type: string, data: string) => ({ [RAW]: true as const, type, data });
type RawRow = ReturnType<typeof rawRow>;

export interface RawContest {
  id: string;
  /** Events in order (seq 1, 2, …): objects are stored as JSON, rawRow() exactly as given. */
  events: (object | RawRow)[];
  /** Judge ids to issue links for (0.1 used j1, j2, … by position). */
  judges?: string[];
  at?: number;
}

/** Writes the contests; returns each judge's link token by contest and judge id, and the screen's. */
export function writeRawContests(dataDir: string, contests: RawContest[]): Map<string, Map<string, string>> {
  const db = openDatabase(dataDir);
  const tokens = new TokenStore(db);
  const links = new Map<string, Map<string, string>>();
  try {
    db.transaction(() => {
      for (const c of contests) {
        const at = c.at ?? 1_790_000_000_000;
        db.prepare('INSERT INTO contests (id, created_at) VALUES (?, ?)').run(c.id, at);
        const insert = db.prepare('INSERT INTO events (contest_id, seq, type, data, at, actor, command_id) VALUES (?, ?, ?, ?, ?, ?, ?)');
        c.events.forEach((e, i) => {
          const [type, data] = RAW in e ? [e.type, e.data] : [String((e as { type?: unknown }).type), JSON.stringify(e)];
          insert.run(c.id, i + 1, type, data, at + i * 1000, 'host', i === 0 ? null : `cmd-${c.id}-${i + 1}`);
        });
        const mine = new Map((c.judges ?? []).map((j) => [j, tokens.issue(c.id, 'judge', j, at)]));
        mine.set('screen', tokens.issue(c.id, 'screen', null, at));
        links.set(c.id, mine);
      }
    })();
  } finally {
    db.close();
  }
  return links;
}

/** Runs `fn` on the data directory's database (opened and closed around it), for reads and edits. */
export function withDatabase<T>(dataDir: string, fn: (db: ReturnType<typeof openDatabase>) => T): T {
  const db = openDatabase(dataDir);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}
