// The score report benchmark (bench/report.ts, which also keeps its own section of
// docs/benchmarks.md up to date) run as it is, in its own process; its table is read back.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export interface ReportFigures {
  file: string;
  firstMs: number;
  medianMs: number;
  kb: number;
  /** The longest the answering thread was held during the runs (absent in results before 2026-12-07). */
  stallMs?: number;
}

export function measureReport(): { rows: ReportFigures[]; summary: string } {
  const root = path.resolve(import.meta.dirname, '..');
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'bench/report.ts')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  // "| `report.pdf` | 661 ms | 238 ms | 285.1 KB | 12 ms |"
  const rows = [...out.matchAll(/^\| `([^`]+)` \| (\d+) ms \| (\d+) ms \| ([\d.]+) KB \| (\d+) ms \|$/gm)].map((m) => ({
    file: m[1]!,
    firstMs: Number(m[2]),
    medianMs: Number(m[3]),
    kb: Number(m[4]),
    stallMs: Number(m[5]),
  }));
  if (!rows.some((r) => r.file === 'report.pdf')) throw new Error(`bench/report.ts printed no report.pdf row:\n${out}`);
  return { rows, summary: out.split('\n')[0] ?? '' };
}
