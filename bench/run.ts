// `npm run bench`: every benchmark on loopback, Leitai beside the bare Socket.IO floor; prints
// the tables, writes the figures to bench/results/<label>.json and the tables into
// docs/benchmarks.md (between the realtime-bench markers). Takes a few minutes on 2 cores.
//   npm run bench                      everything
//   npm run bench -- --only=latency    one part (latency, appraisal, restart, backup, report, pages, wire)
//   npm run bench -- --only=appraisal  the 民主测评 vote storm alone (about two minutes)
//   npm run bench -- --whole-views     Leitai's clients take whole views (older clients), not patches
//   npm run bench -- --only=burst      20 judges submitting at once (issue 17), --levels=0,500,2000 (phones take patches; --whole-views for whole views)
//   npm run bench -- --only=series     a county's year of series, standings and reports (about two minutes)
//   npm run bench -- --label=before    name of the JSON file (default: today's date)
//   npm run bench -- --from=bench/results/2026-11-21.json   only redo the tables from saved figures
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureReport } from './export-report.ts';
import { measureBackupStall } from './backup-stall.ts';
import { runAppraisalStorm, type StormOptions } from './appraisal-storm.ts';
import { runLatency, type LatencyOptions } from './latency.ts';
import { runBurst } from './burst.ts';
import { measurePageWeight } from './page-weight.ts';
import { render, renderSeriesYear } from './render.ts';
import { runSeriesYear, type SeriesYearResult } from './series-year.ts';
import { COUNTY_YEAR } from './series-year-data.ts';
import { measureBuiltWireWeight } from './wire-weight.ts';
import { measureReplayCurve, measureRestart } from './restart.ts';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = arg('only')?.split(',');
const wants = (part: string) => !only || only.includes(part);
const label = arg('label') ?? new Date().toISOString().slice(0, 10);

const latencyOptions: LatencyOptions = {
  levels: (arg('levels') ?? '0,100,500,1000,2000').split(',').map(Number),
  // 30 presenters × 20 judges: 600 submissions per size and server, so that p99 is the sixth
  // slowest, not one unlucky sample (with 3 rounds, before 2026-12-06, it was the slowest of 60;
  // with 10, the second slowest of 200, and the screen's ratio moved 1.1–2.2× from run to run).
  rounds: Number(arg('rounds') ?? 30),
  judges: 20,
  // Each round takes a presenter still to come, so there are always enough for --rounds.
  presenters: 15 + Math.max(15, Number(arg('rounds') ?? 30)),
  played: 15,
  connectRate: 400,
  gapMs: 20,
  patchFloor: true,
  durableFloor: true,
  patches: !process.argv.includes('--whole-views'),
};

// Issue 14: 2,000 voters within 60 s while 20 judges submit (6 storm rounds × 20 × 400 ms ≈ 50 s).
const stormOptions: StormOptions = {
  voters: Number(arg('voters') ?? 2000),
  judges: 20,
  presenters: 30,
  played: 15,
  baselineRounds: 6,
  stormRounds: 6,
  cadenceMs: 400,
  changeEvery: 10,
  connectRate: 400,
};

const machine = {
  node: process.version,
  cpus: os.cpus().length,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  memGb: Math.round(os.totalmem() / 2 ** 30),
  kernel: os.release(),
  date: new Date().toISOString(),
};
console.log(`Leitai benchmarks — Node ${machine.node}, ${machine.cpus} × ${machine.cpu}, ${machine.memGb} GB\n`);

// With --from nothing is measured: the tables are rendered again from saved figures.
const from = arg('from');
const results: Record<string, unknown> = from ? (JSON.parse(fs.readFileSync(from, 'utf8')) as Record<string, unknown>) : { machine };
if (!from && wants('latency')) {
  console.log('Submit -> screen latency, storms, memory (Leitai and the bare floor)');
  results.latency = await runLatency(latencyOptions);
}
if (!from && only?.includes('burst')) {
  // Only on request (--only=burst): its figures go into docs/benchmarks.md by hand, "Bursts".
  console.log('Bursts: 20 judges submit at the same instant (issue 17)');
  results.burst = await runBurst({ levels: (arg('levels') ?? '0,500,2000').split(',').map(Number), rounds: Number(arg('rounds') ?? 10), repetitions: 3, judges: 20, connectRate: 400, patches: !process.argv.includes('--whole-views') });
}
if (!from && wants('appraisal')) {
  console.log('民主测评 vote storm: judges\' acks without and with the hall voting');
  results.appraisal = await runAppraisalStorm(stormOptions);
}
if (!from && wants('restart')) {
  console.log('Restart (spawn -> /healthz)');
  results.restart = await measureRestart([0, 10_000, 100_000]);
  console.log('Replay against log length (in process)');
  results.replay = await measureReplayCurve([1_000, 3_000, 10_000, 30_000, 100_000]);
}
if (!from && wants('backup')) {
  console.log('Backup after a reveal: how long the answering thread stalls (bench/backup-stall.ts)');
  results.backup = await measureBackupStall();
}
if (!from && wants('report')) {
  console.log('Score report (bench/report.ts)');
  results.report = measureReport();
}
if (!from && wants('pages')) {
  console.log('Judge pad weight');
  results.pages = await measurePageWeight();
}
if (!from && wants('wire')) {
  console.log('Page weights over the wire (bench/wire-weight.ts)');
  results.wire = await measureBuiltWireWeight();
}

if (!from && wants('series')) {
  console.log("A county's year: series standings, boards and reports (bench/series-year.ts)");
  results.series = await runSeriesYear(COUNTY_YEAR);
  results.seriesLoad = os.loadavg();
}

const dir = path.join(import.meta.dirname, 'results');
const file = from ?? path.join(dir, `${label}.json`);
if (!from) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(results, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v), 1) + '\n');
}

/** Writes a generated section of docs/benchmarks.md between its markers (appended when new). */
function writeSection(marker: string, body: string) {
  const doc = path.resolve(import.meta.dirname, '../docs/benchmarks.md');
  const section = `<!-- ${marker}:start -->\n${body}\n<!-- ${marker}:end -->`;
  const before = fs.existsSync(doc) ? fs.readFileSync(doc, 'utf8') : '# Benchmarks\n';
  const marked = new RegExp(`<!-- ${marker}:start -->[\\s\\S]*?<!-- ${marker}:end -->`);
  fs.writeFileSync(doc, marked.test(before) ? before.replace(marked, section) : `${before.trimEnd()}\n\n${section}\n`);
  console.log(`${marker} written to ${path.relative(process.cwd(), doc)}`);
}

// The year has its own section, written whenever it was measured (also with --only=series).
if (results.series) {
  const year = renderSeriesYear(results.series as SeriesYearResult, (results.machine as typeof machine | undefined) ?? machine, (results.seriesLoad as number[] | undefined) ?? []);
  console.log(`\n${year}`);
  writeSection('series-bench', year);
}
if (only && only.every((p) => p === 'series' || p === 'burst')) {
  console.log(`figures in ${path.relative(process.cwd(), file)}`);
  process.exit(0);
}

const tables = render(results);
console.log(`\n${tables}\n\nfigures in ${path.relative(process.cwd(), file)}`);
// The generated section is every part's tables: saved figures that lack a part (a file from an
// --only run) would drop that part's tables from the docs, so they are only printed.
const parts = ['latency', 'appraisal', 'restart', 'backup', 'report', 'pages', 'wire'];
const missing = parts.filter((p) => results[p] === undefined);
if (!only && missing.length === 0) writeSection('realtime-bench', tables);
else if (!only) console.log(`docs/benchmarks.md not written: the figures lack ${missing.join(', ')}`);
process.exit(0);
