// Numbered migrations, applied in order at start; PRAGMA user_version records the last one.
export const migrations: readonly string[] = [
  /* 1 */ `
  CREATE TABLE contests (
    id TEXT PRIMARY KEY,
    created_at INTEGER NOT NULL
  );
  -- The append-only event log: the audit trail and the source of every state.
  CREATE TABLE events (
    contest_id TEXT NOT NULL REFERENCES contests(id),
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    data TEXT NOT NULL,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    command_id TEXT,
    PRIMARY KEY (contest_id, seq)
  ) WITHOUT ROWID;
  -- Accepted commands by client-made id: a repeat is answered from here (exactly-once).
  CREATE TABLE commands (
    contest_id TEXT NOT NULL,
    command_id TEXT NOT NULL,
    actor TEXT NOT NULL,
    digest TEXT NOT NULL,
    rev INTEGER NOT NULL,
    at INTEGER NOT NULL,
    PRIMARY KEY (contest_id, command_id)
  ) WITHOUT ROWID;
  -- Judge and screen links. The token is kept so the host can show the QR code again.
  CREATE TABLE tokens (
    token_hash TEXT PRIMARY KEY,
    token TEXT NOT NULL,
    contest_id TEXT NOT NULL REFERENCES contests(id),
    role TEXT NOT NULL CHECK (role IN ('judge', 'screen')),
    judge_id TEXT,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
  );
  CREATE INDEX tokens_by_contest ON tokens(contest_id, role, judge_id);
  `,
  /* 2 */ `
  -- The latest snapshot of each contest's state, so a start need not replay a long log. A cache
  -- only (server/db/snapshot-store.ts): used while it matches the log and the code, else dropped.
  CREATE TABLE snapshots (
    contest_id TEXT PRIMARY KEY REFERENCES contests(id),
    seq INTEGER NOT NULL,
    format TEXT NOT NULL,
    event_hash TEXT NOT NULL,
    state TEXT NOT NULL,
    at INTEGER NOT NULL
  );
  `,
  /* 3 */ `
  -- 民主测评 ballot codes in clear, for printing the slips (server/db/ballot-code-store.ts). The
  -- event log holds only their hashes (BallotCodesIssued), so the log never says which code voted.
  CREATE TABLE ballot_codes (
    contest_id TEXT NOT NULL REFERENCES contests(id),
    serial INTEGER NOT NULL,
    code TEXT NOT NULL,
    issued_at INTEGER NOT NULL,
    PRIMARY KEY (contest_id, serial)
  ) WITHOUT ROWID;
  `,
  /* 4 */ `
  -- Series (issue 15): a year of contests over tiers and periods, with its units and points
  -- ledger. Each series has its own append-only event log, like a contest (shared/series/).
  CREATE TABLE series (
    id TEXT PRIMARY KEY,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE series_events (
    series_id TEXT NOT NULL REFERENCES series(id),
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    data TEXT NOT NULL,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    command_id TEXT,
    PRIMARY KEY (series_id, seq)
  ) WITHOUT ROWID;
  -- Accepted series commands by client-made id, with their answer: a repeated paste of a month's
  -- ledger (a double click, a retry after a lost answer) is answered, never entered twice.
  CREATE TABLE series_commands (
    series_id TEXT NOT NULL REFERENCES series(id),
    command_id TEXT NOT NULL,
    digest TEXT NOT NULL,
    answer TEXT NOT NULL,
    at INTEGER NOT NULL,
    PRIMARY KEY (series_id, command_id)
  ) WITHOUT ROWID;
  `,
  /* 5 */ `
  -- 公示 (issue 16): a published result with its notice period and the objections to it. Each
  -- notice has its own append-only event log, like a series (shared/notice/); nothing is deleted.
  CREATE TABLE notices (
    id TEXT PRIMARY KEY,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE notice_events (
    notice_id TEXT NOT NULL REFERENCES notices(id),
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    data TEXT NOT NULL,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    PRIMARY KEY (notice_id, seq)
  ) WITHOUT ROWID;
  `,
  /* 6 */ `
  -- 表彰 (issue 16): each contest's and each series' certificate settings (JSON, checked by zod
  -- when read: server/db/certificate-store.ts) and the seal image the host uploaded (PNG, checked
  -- at upload). Settings, not events: changing the wording of a certificate changes no result.
  CREATE TABLE certificate_settings (
    owner_kind TEXT NOT NULL CHECK (owner_kind IN ('contest', 'series')),
    owner_id TEXT NOT NULL,
    settings TEXT NOT NULL,
    seal BLOB,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (owner_kind, owner_id)
  ) WITHOUT ROWID;
  `,
  /* 7 */ `
  -- 对标 boards (issue 16): each scope (a contest without a series, or a series) has its own
  -- append-only log of benchmark commands (shared/benchmark/), and its accepted command ids.
  CREATE TABLE benchmark_events (
    scope TEXT NOT NULL,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    data TEXT NOT NULL,
    at INTEGER NOT NULL,
    command_id TEXT,
    PRIMARY KEY (scope, seq)
  ) WITHOUT ROWID;
  CREATE TABLE benchmark_commands (
    scope TEXT NOT NULL,
    command_id TEXT NOT NULL,
    digest TEXT NOT NULL,
    answer TEXT NOT NULL,
    at INTEGER NOT NULL,
    PRIMARY KEY (scope, command_id)
  ) WITHOUT ROWID;
  `,
  /* 8 */ `
  -- The SHA-256 of each snapshot's state text as written (server/db/snapshot-store.ts): a text
  -- that hashes the same is the very state this version wrote, so a start need not run it through
  -- the state's schema (a fifth of a restart at 100,000 events); the background check against the
  -- log still compares it whole. NULL for snapshots written before: those are schema-checked.
  ALTER TABLE snapshots ADD COLUMN state_sha256 TEXT;
  `,
  /* 9 */ `
  -- The status of the state each snapshot holds (server/db/snapshot-store.ts): a finished contest
  -- whose snapshot is at the end of its log is not loaded at start but on first use, so a county's
  -- year of finished contests does not slow a restart (server/contests.ts). NULL for snapshots
  -- written before: those contests load at start, and their next snapshot fills it in.
  ALTER TABLE snapshots ADD COLUMN status TEXT;
  `,
  /* 10 */ `
  -- The finished contests at rest are listed at every start (snapshot-store.ts \`resting\`). The
  -- status column comes after the state text in each row, so without this index that list read
  -- every snapshot's whole state from disk (~9 MB, 15–20 ms of a start at 100,000 events); with
  -- it, the list is read from the index alone.
  CREATE INDEX snapshots_resting ON snapshots(status, format, contest_id, seq);
  `,
];
