// `npm run restore -- <backup file>`: puts a backup from DATA_DIR/backups back in place of the
// database. The server must be stopped first: a running server keeps its own copy in memory
// and would go on writing to the file being replaced. `npm run restore` alone lists the backups.
//
// Same environment as `npm start`: DATA_DIR (default ./data), PORT (default 3000), or
// LEITAI_URL for the address to check for a running server.
import fs from 'node:fs';
import path from 'node:path';
import { listBackups, restoreBackup } from '../db/backup.ts';

const dataDir = path.resolve(process.env.DATA_DIR ?? './data');
const backupsDir = path.join(dataDir, 'backups');
const base = process.env.LEITAI_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;

function fail(message: string): never {
  console.error(`\n  ${message}\n`);
  process.exit(1);
}

/** Anything answering /healthz means a server is (probably) running on this data. */
async function serverAnswers(): Promise<boolean> {
  try {
    await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(1500) });
    return true;
  } catch {
    return false;
  }
}

const arg = process.argv[2];
if (!arg) {
  const all = listBackups(backupsDir);
  console.log(`\n  备份 Backups in ${backupsDir}: ${all.length}`);
  for (const b of all) console.log(`    ${b.name}    (contest ${b.contestId}, revision ${b.rev})`);
  console.log('\n  恢复 To restore one: npm run restore -- <file>   (stop the server first)\n');
  process.exit(0);
}

// A bare name is looked up among the backups.
const file = fs.existsSync(arg) ? path.resolve(arg) : path.join(backupsDir, arg);
if (!fs.existsSync(file)) fail(`找不到备份文件 Backup file not found: ${arg}`);
if (await serverAnswers())
  fail(`Leitai 仍在运行 (${base} 有响应)。请先停止服务器 (Ctrl+C) 再恢复。\n  The server is still running at ${base}: stop it first, then restore.`);

try {
  const result = restoreBackup(dataDir, file, new Date());
  console.log(`\n  已恢复 Restored ${path.basename(file)} into ${dataDir}`);
  for (const [id, rev] of result.revisions) console.log(`    contest ${id}: revision ${rev}`);
  if (result.movedAside) console.log(`  原数据库已保留为 The previous database was kept as ${path.basename(result.movedAside)} (its -wal/-shm, if any, beside it)`);
  console.log('  现在可以运行 npm start。 Now start the server again: npm start\n');
} catch (e) {
  fail(`恢复失败 Restore failed: ${(e as Error).message}`);
}
