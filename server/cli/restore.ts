// `npm run restore -- <file>`: puts a backup from DATA_DIR/backups (or a database moved aside by
// an earlier restore, or a copy from elsewhere) back in place of the database. `npm run restore`
// alone lists what can be restored.
//
// The server must be stopped first: a running server keeps its state in memory and would go on
// writing to the file being replaced. It holds a lock on DATA_DIR (server/db/lock.ts) that the
// restore takes too, so a restore refuses whatever PORT the server was started with.
//
// Same environment as `npm start`: DATA_DIR (default ./data).
import fs from 'node:fs';
import path from 'node:path';
import { listBackups } from '../db/backup.ts';
import { DataDirInUse } from '../db/lock.ts';
import { listMovedAside, restoreDatabase, RestoreRefused } from '../db/restore.ts';

const dataDir = path.resolve(process.env.DATA_DIR ?? './data');
const backupsDir = path.join(dataDir, 'backups');

function fail(message: string): never {
  console.error(`\n  ${message}\n`);
  process.exit(1);
}

const arg = process.argv[2];
if (!arg) {
  const all = listBackups(backupsDir);
  console.log(`\n  备份 Backups in ${backupsDir}: ${all.length}`);
  for (const b of all) console.log(`    ${b.name}    (contest ${b.contestId}, revision ${b.rev})`);
  const aside = listMovedAside(dataDir);
  if (aside.length > 0) {
    console.log(`\n  此前恢复时移开的数据库 Databases moved aside by earlier restores, in ${dataDir}:`);
    for (const f of aside) console.log(`    ${path.basename(f)}`);
  }
  console.log('\n  恢复 To restore one: npm run restore -- <file>   (stop the server first)\n');
  process.exit(0);
}

// A path as given, else a bare name among the backups or in DATA_DIR (a moved-aside database).
// Whatever it names is judged by restoreDatabase, symlinks resolved.
const file = [arg, path.join(backupsDir, arg), path.join(dataDir, arg)].find((f) => fs.existsSync(f));
if (!file) fail(`找不到备份文件，未恢复：${arg}\n  Backup file not found, nothing was restored: ${arg}`);

try {
  const result = await restoreDatabase(dataDir, file, new Date());
  console.log(`\n  已恢复 Restored ${path.basename(result.source)} into ${dataDir}`);
  for (const [id, rev] of result.revisions) console.log(`    contest ${id}: revision ${rev}`);
  if (result.movedAside)
    console.log(
      `  原数据库已保留为 ${path.basename(result.movedAside)}，可同样恢复以撤销。\n  The previous database was kept as ${path.basename(result.movedAside)}: restore it the same way to undo this.`,
    );
  console.log('  现在可以运行 npm start。 Now start the server again: npm start\n');
} catch (e) {
  if (e instanceof DataDirInUse)
    fail(
      `Leitai 仍在运行 (数据目录 ${dataDir} 正被使用)，未恢复。请先停止服务器 (Ctrl+C) 再恢复。\n  Leitai is still running (the data directory ${dataDir} is in use): nothing was restored. Stop the server first (Ctrl+C), then restore.`,
    );
  if (e instanceof RestoreRefused) fail(`未恢复：${e.zh}\n  Nothing was restored. ${e.en}`);
  fail(`恢复失败 (未删除任何文件)：${(e as Error).message}\n  Restore failed (no file was deleted): ${(e as Error).message}`);
}
