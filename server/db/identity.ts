// What makes a SQLite file Leitai's: its application id and its schema. A restore checks both
// before it touches anything, so another program's file (even one with an `events` table) or a
// newer Leitai's is refused instead of being put in place for a server that cannot start on it.
import Database from 'better-sqlite3';
import { migrations } from './migrations.ts';

type Db = Database.Database;

/**
 * PRAGMA application_id of Leitai databases: 'LTAI' in ASCII (0x4C544149 = 1280590153), so
 * `file` and other tools can tell the file apart. Set when the server opens a database (old ones
 * included) and carried by backups, which copy the header with the pages.
 */
export const APPLICATION_ID = 0x4c544149;

/**
 * The rule for a file's identity:
 * - application_id = APPLICATION_ID: Leitai's, if its schema is also right;
 * - application_id = 0: a database from before the id was set (Leitai 0.1, 0.2) — accepted as
 *   Leitai's only when its tables and columns are exactly those Leitai's migrations make for its
 *   user_version; stamped with the id at its next open;
 * - any other application_id: another program's, refused whatever its tables.
 * A user_version beyond this code's migrations is a newer Leitai's file, refused (this code would
 * not know its tables); user_version 0 is an empty or foreign file.
 */
export function identityProblem(db: Db): { zh: string; en: string } | null {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  if (appId !== APPLICATION_ID && appId !== 0)
    return {
      zh: `该文件属于其他程序，不是 Leitai 数据库 (application_id ${appId})。`,
      en: `This file belongs to another program, not Leitai (application_id ${appId}; Leitai's is ${APPLICATION_ID}).`,
    };
  if (version > migrations.length)
    return {
      zh: `该数据库来自更新版本的 Leitai (结构版本 ${version})，请用那个版本恢复。`,
      en: `This database is from a newer Leitai (schema version ${version}; this one knows up to ${migrations.length}): restore it with that version.`,
    };
  const expected = version > 0 ? schemaAt(version) : null;
  const actual = schemaOf(db);
  if (!expected || expected !== actual)
    return {
      zh: '该文件不是 Leitai 数据库 (表结构不符)。',
      en: `This file is not a Leitai database (its tables are not those of Leitai${version > 0 ? ` schema version ${version}` : ''}).`,
    };
  return null;
}

/** Tables and their columns (name, type, NOT NULL, primary-key position), as one comparable text. */
function schemaOf(db: Db): string {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
    .pluck()
    .all() as string[];
  const columns = db.prepare('SELECT name, type, "notnull", pk FROM pragma_table_info(?) ORDER BY cid');
  return tables.map((t) => `${t}(${(columns.all(t) as { name: string; type: string; notnull: number; pk: number }[]).map((c) => `${c.name} ${c.type} ${c.notnull} ${c.pk}`).join(', ')})`).join('\n');
}

const reference = new Map<number, string>();

/** The schema Leitai's own migrations make up to `version`, built in memory from the same SQL. */
function schemaAt(version: number): string {
  let schema = reference.get(version);
  if (schema === undefined) {
    const db = new Database(':memory:');
    try {
      for (const sql of migrations.slice(0, version)) db.exec(sql);
      schema = schemaOf(db);
    } finally {
      db.close();
    }
    reference.set(version, schema);
  }
  return schema;
}
