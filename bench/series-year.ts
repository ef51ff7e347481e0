// A county's year (issue 15, "How we will know"): 3 tiers × 12 periods × 30 units, 15 judges ×
// 4 criteria, a third of the contests 评比, 2,000 ledger entries pasted month by month.
//
// Built through the real server in process: the series and every contest are created over HTTP
// (units matched by name, a rename and a merge done as the host would), each contest is played
// through its command pipeline (validate → decide → durable commit → broadcast, as a socket's
// command is; only the socket hop is skipped, which would cost ~10 ms × 18,000 commands), and the
// ledger is pasted over HTTP. Then that server stops and `server/main.ts` starts as a child on the
// same data directory — it reads the year back from disk — and is measured over HTTP: standings
// and boards of every tier × period, the series report, the poster and the spreadsheet.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Actor } from '../shared/domain/decide.ts';
import { startLeitai } from '../server/app.ts';
import { absentOnTheDay, contestDefinition, kindOf, ledgerPlan, ledgerRows, listed, marks, oddities, seriesDefinition, unitName, type YearOptions } from './series-year-data.ts';
import { measureSeriesPage, type SeriesPageFigures } from './series-page.ts';
import { BENCH_TOKEN, timeLeitaiStart } from './servers.ts';
import { now, rssMb, summarize, type Summary } from './stats.ts';

export interface FileFigures {
  file: string;
  firstMs: number;
  medianMs: number;
  runs: number;
  kb: number;
  pages: number | null;
}

export interface SeriesYearResult {
  options: YearOptions;
  date: string;
  build: { ms: number; contests: number; rating: number; commands: number; ledgerEntries: number; units: number };
  /** Spawn → healthy /healthz of server/main.ts on the year's data directory. */
  startMs: number;
  /** GET standings (period standing, cumulative standing, boards) of every tier × period. */
  standings: { firstMs: number; all: Summary; passes: number };
  files: FileFigures[];
  rssMb: number;
  /** RSS right after the start, before any request. */
  rssStartMb: number;
  /** The host console's series page in Chromium; null when not measured (no built client, or left out). */
  page: SeriesPageFigures | null;
}

type Log = (line: string) => void;
type SeriesBody = { units: { id: string; name: string; tierId: string; mergedInto: string | null }[]; ledger: { id: string; points: number }[] };

async function call<T>(url: string, method: string, route: string, body?: unknown): Promise<T> {
  const res = await fetch(url + route, {
    method,
    headers: { authorization: `Bearer ${BENCH_TOKEN}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await res.json()) as T;
  if (res.status >= 300) throw new Error(`${method} ${route}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** Builds the year into `dataDir` through an in-process server, closed again at the end. */
export async function buildYear(dataDir: string, o: YearOptions, log: Log) {
  const app = await startLeitai({ port: 0, host: '127.0.0.1', dataDir, hostToken: BENCH_TOKEN, publicUrl: 'http://leitai.bench' });
  const t0 = now();
  let commands = 0;
  try {
    const { id: seriesId, tiers, periods } = await call<{ id: string; tiers: { id: string }[]; periods: { id: string }[] }>(app.url, 'POST', '/api/series', seriesDefinition(o));
    const series = (type: string, payload: Record<string, unknown>, commandId?: string) => {
      commands++;
      return call(app.url, 'POST', `/api/series/${seriesId}/commands`, { type, ...payload, ...(commandId ? { commandId } : {}) });
    };
    const odd = oddities(o);
    let contests = 0;
    for (let p = 0; p < o.periods; p++) {
      for (let t = 0; t < o.tiers; t++) {
        const [tierId, periodId] = [tiers[t]!.id, periods[p]!.id];
        if (t === odd.renameTier && p === odd.renameAt) {
          const s = await call<SeriesBody>(app.url, 'GET', `/api/series/${seriesId}`);
          const unit = s.units.find((u) => u.tierId === tierId && u.name === unitName(t, 0));
          if (unit) await series('unit:rename', { unitId: unit.id, name: odd.renamed(t), reason: '撤镇设街道' });
        }
        const created = await call<{ id: string }>(app.url, 'POST', '/api/contests', contestDefinition(o, t, p, seriesId, tierId, periodId));
        commands += play(app.contests.get(created.id)!, o, t, p);
        contests++;
        const s = await call<SeriesBody>(app.url, 'GET', `/api/series/${seriesId}`);
        const active = s.units.filter((u) => u.tierId === tierId && u.mergedInto === null);
        if (t === odd.typoTier && p === odd.typoAt) {
          // The results show 小衔村 — a typo for 小街村; the host merges it into the right unit.
          const [typo, right] = [active.find((u) => u.name === odd.typo(t)), active.find((u) => u.name === unitName(t, 1))];
          if (typo && right) await series('unit:merge', { from: typo.id, into: right.id, reason: '录入错字，合并到原单位' });
        }
        const names = s.units.filter((u) => u.tierId === tierId && u.mergedInto === null && u.name !== odd.typo(t)).map((u) => u.name);
        await series('ledger:add', { periodId, tierId, by: '李干事', rows: ledgerRows(o, t, p, names) }, `paste-${periodId}-${tierId}-1`);
      }
      log(`  ${p + 1}/${o.periods} periods built (${((now() - t0) / 1000).toFixed(0)} s)`);
    }
    // Corrections: a new entry citing the one it corrects, spread over the year.
    const { ledger } = await call<SeriesBody>(app.url, 'GET', `/api/series/${seriesId}`);
    const { corrections } = ledgerPlan(o);
    for (let k = 0; k < corrections; k++) {
      const e = ledger[Math.floor(((k + 0.5) * ledger.length) / corrections)]!;
      await series('ledger:correct', { corrects: e.id, points: e.points > 0 ? e.points - 0.5 : e.points + 0.5, reason: '复核后更正分值', by: '王主任' });
    }
    const done = await call<SeriesBody>(app.url, 'GET', `/api/series/${seriesId}`);
    const build = {
      ms: now() - t0,
      contests,
      rating: Array.from({ length: o.periods }, (_, p) => p).filter((p) => kindOf(o, p) === 'rating').length * o.tiers,
      commands,
      ledgerEntries: done.ledger.length,
      units: done.units.filter((u) => u.mergedInto === null).length,
    };
    return { seriesId, tiers: tiers.map((t) => t.id), periods: periods.map((p) => p.id), build };
  } finally {
    await app.close();
  }
}

/** Plays one contest to the end through its pipeline: every listed unit scored by every judge and revealed. */
function play(pipeline: { execute: (actor: Actor, type: string, payload: unknown) => { ok: boolean; message?: string } }, o: YearOptions, t: number, p: number): number {
  let n = 0;
  const host: Actor = { role: 'host' };
  const run = (actor: Actor, type: string, payload: Record<string, unknown> = {}) => {
    const ack = pipeline.execute(actor, type, { commandId: `y-${t}-${p}-${String(++n).padStart(6, '0')}`, ...payload });
    if (!ack.ok) throw new Error(`${type}: ${ack.message}`);
  };
  const units = listed(o, t, p).map(({ u }, k) => ({ u, presenterId: `p${k + 1}` }));
  const score = (presenterId: string, u: number, j: number) => run({ role: 'judge', judgeId: `j${j + 1}` }, 'score:submit', { presenterId, values: marks(t, p, u, j) });
  run(host, 'contest:start');
  if (kindOf(o, p) === 'rating') {
    run(host, 'scoring:openAll');
    // Each judge goes down the list on their phone.
    for (let j = 0; j < o.judges; j++) for (const { u, presenterId } of units) score(presenterId, u, j);
    run(host, 'scoring:revealAll');
  } else {
    const absent = absentOnTheDay(o, t, p);
    for (const { u, presenterId } of units) {
      if (u === absent) {
        run(host, 'presenter:absent', { presenterId });
        continue;
      }
      run(host, 'presenter:next', { presenterId });
      run(host, 'scoring:open');
      for (let j = 0; j < o.judges; j++) score(presenterId, u, j);
      run(host, 'scoring:reveal');
    }
  }
  run(host, 'contest:finish');
  return n;
}

async function timeFile(url: string, route: string, runs: number, file: string): Promise<FileFigures> {
  const samples: number[] = [];
  let body = Buffer.alloc(0);
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    const res = await fetch(url + route, { headers: { authorization: `Bearer ${BENCH_TOKEN}` } });
    body = Buffer.from(await res.arrayBuffer());
    samples.push(now() - t0);
    if (res.status !== 200) throw new Error(`${route}: HTTP ${res.status} ${body.toString('utf8').slice(0, 200)}`);
  }
  const pages = route.includes('.pdf') ? (body.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length : null;
  return { file, firstMs: samples[0]!, medianMs: summarize(samples).p50, runs, kb: body.length / 1024, pages };
}

export interface YearRunOptions {
  /** Called while the measured server runs, with its address: the smoke test checks the standings here. */
  inspect?: (url: string, seriesId: string, token: string) => Promise<void>;
  passes?: number;
  fileRuns?: number;
  /** Open the host console's series page in Chromium (needs the built client, dist/client). */
  page?: boolean;
}

export async function runSeriesYear(o: YearOptions, log: Log = console.log, opts: YearRunOptions = {}): Promise<SeriesYearResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leitai-year-'));
  try {
    log(`  building ${o.tiers} tiers × ${o.periods} periods × ${o.units} units, ${o.judges} judges, ${o.ledgerEntries} ledger entries`);
    const year = await buildYear(dataDir, o, log);
    log(`  built in ${(year.build.ms / 1000).toFixed(1)} s: ${year.build.contests} contests, ${year.build.commands} commands, ${year.build.ledgerEntries} ledger entries`);
    const { ms: startMs, child } = await timeLeitaiStart(dataDir);
    const rssStartMb = rssMb(child.pid);
    try {
      const base = `/api/series/${year.seriesId}`;
      const passes = opts.passes ?? 3;
      const samples: number[] = [];
      for (let pass = 0; pass < passes; pass++) {
        for (const tier of year.tiers) {
          for (const period of year.periods) {
            const t0 = now();
            await call(child.url, 'GET', `${base}/standings?tier=${tier}&period=${period}`);
            samples.push(now() - t0);
          }
        }
      }
      const all = summarize(samples);
      log(`  standings: first ${samples[0]!.toFixed(0)} ms, p50 ${all.p50.toFixed(1)} ms, p99 ${all.p99.toFixed(1)} ms, max ${all.max.toFixed(1)} ms`);
      const runs = opts.fileRuns ?? 3;
      const lastTier = year.tiers[year.tiers.length - 1]!;
      const lastPeriod = year.periods[year.periods.length - 1]!;
      const files: FileFigures[] = [];
      for (const [file, route, n] of [
        // One tier first: the file the target is for ("per series and tier"), its first request
        // paying for everything cold (code, fonts, its charts); then every tier in one file.
        ['report.pdf, one tier', `${base}/report.pdf?tier=${lastTier}`, runs],
        ['report.pdf, all tiers', `${base}/report.pdf`, Math.max(1, runs - 1)],
        ['poster.pdf A3', `${base}/poster.pdf?tier=${lastTier}&period=${lastPeriod}&size=A3&date=2027-01-05`, runs],
        ['series.xlsx', `${base}/series.xlsx`, Math.max(1, runs - 1)],
      ] as const) {
        const f = await timeFile(child.url, route, n, file);
        log(`  ${file}: first ${f.firstMs.toFixed(0)} ms, median ${f.medianMs.toFixed(0)} ms, ${f.kb.toFixed(0)} KB${f.pages ? `, ${f.pages} pages` : ''}`);
        files.push(f);
      }
      const built = fs.existsSync(path.resolve(import.meta.dirname, '../dist/client/host.html'));
      const page = (opts.page ?? true) && built ? await measureSeriesPage(child.url, year.seriesId, BENCH_TOKEN) : null;
      if (page) log(`  series page: overview ${page.overviewMs.toFixed(0)} ms, standings ${page.standingsMs.toFixed(0)} ms`);
      await opts.inspect?.(child.url, year.seriesId, BENCH_TOKEN);
      return { options: o, date: new Date().toISOString(), build: year.build, startMs, standings: { firstMs: samples[0]!, all, passes }, files, rssStartMb, rssMb: rssMb(child.pid), page };
    } finally {
      await child.stop();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
