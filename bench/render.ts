// The benchmark tables in Markdown, from the figures bench/run.ts collected.
import type { StormResult } from './appraisal-storm.ts';
import type { BackupStallResult } from './backup-stall.ts';
import type { ReportFigures } from './export-report.ts';
import type { LatencyResult } from './latency.ts';
import type { PageWeight } from './page-weight.ts';
import type { ReplayPoint, RestartPoint } from './restart.ts';
import type { SeriesYearResult } from './series-year.ts';
import { kb, ms, ratio, summarize, table } from './stats.ts';
import { renderWireWeight, type WirePage } from './wire-weight.ts';

const pair = (a: number, b: number, digits = 1) => `${ms(a, digits).replace(' ms', '')} / ${ms(b, digits)}`;
const mb = (x: number) => `${x.toFixed(0)} MB`;
const check = (ok: boolean) => (ok ? 'yes' : '**no**');

function latency(r: LatencyResult): string {
  const o = r.options;
  // The floor Leitai answers to (issue 17): the bare server sending patch-sized messages, when
  // measured; older figures (--from) had only the floor sending views of Leitai's size.
  const floorOf = (l: LatencyResult['levels'][number]) => l.patch ?? l.bare;
  const patched = o.patches ?? false;
  const head = `### Submit → screen (${o.judges} judges, one submission at a time, ${o.rounds} presenters per size and server)\n\n` +
    'p50 / p99 from the judge pressing submit to the view with that submission (`progress.submitted`) arriving. ' +
    (patched ? "Leitai's clients ask for patched views, as the bundled pages do. " : "Leitai's clients take whole views. ") +
    'The floor is a bare Socket.IO server (`bench/bare-server.ts`) sending the same rooms ' +
    (r.levels.some((l) => l.patch) ? 'patch-sized messages (rev and progress, ~0.1 KB); beside it the same server sending views of the size Leitai sends on connect.' : 'views of the same size as Leitai\'s.') +
    (r.levels.some((l) => l.durable) ? ' "Floor with fsync" is the patch-sized floor that first writes each submission into a file made beforehand and fdatasyncs it, as every durable server must before showing it (less than a SQLite commit costs).' : '') +
    '\n\n';
  // Screen and audience together: every client that shows the room.
  const both = (s: LatencyResult['levels'][number]['leitai']) => (s.audience.n ? s.audience : s.screen);
  // Screen and audience p99 against a floor: `screen× / audience×` (the screen alone with no phones).
  const ratios = (l: LatencyResult['levels'][number], f: LatencyResult['levels'][number]['leitai']) =>
    l.clients ? `${ratio(l.leitai.screen.p99, f.screen.p99)} / ${ratio(l.leitai.audience.p99, f.audience.p99)}` : ratio(l.leitai.screen.p99, f.screen.p99);
  const durable = r.levels.some((l) => l.durable);
  const rows = r.levels.map((l) => [
    l.clients,
    pair(l.leitai.screen.p50, l.leitai.screen.p99),
    l.clients ? pair(l.leitai.audience.p50, l.leitai.audience.p99) : '—',
    pair(floorOf(l).screen.p50, floorOf(l).screen.p99),
    l.clients ? pair(floorOf(l).audience.p50, floorOf(l).audience.p99) : '—',
    ratios(l, floorOf(l)),
    ...(durable ? [l.durable ? `${pair(l.durable.screen.p50, l.durable.screen.p99)}${l.clients ? `; ${pair(l.durable.audience.p50, l.durable.audience.p99)}` : ''}` : '—', l.durable ? ratios(l, l.durable) : '—'] : []),
    l.patch ? pair(both(l.bare).p50, both(l.bare).p99) : '—',
    // With no phones there is no per-submission figure (the screen's is the whole view it holds).
    l.leitai.connectViewBytes ? `${kb(l.leitai.connectViewBytes)} / ${l.clients ? kb(l.leitai.publicViewBytes) : '—'}` : kb(l.leitai.publicViewBytes),
  ]);
  const main = table(
    [
      'audience', 'Leitai screen', 'Leitai audience', 'floor screen', 'floor audience', 'p99 ÷ floor, screen / audience',
      ...(durable ? ['floor with fsync: screen; audience', 'p99 ÷ floor with fsync'] : []),
      'floor sending view-sized messages', 'phone: view at connect / per submission',
    ],
    rows,
    ['l'],
  );
  const ack = table(
    ['audience', 'Leitai ack p50 / p99', 'floor ack p50 / p99', 'server CPU / submission, Leitai / floor', 'audience process CPU / submission, Leitai / floor', 'lost, wrong or resynced views'],
    r.levels.map((l) => [
      l.clients,
      pair(l.leitai.ack.p50, l.leitai.ack.p99),
      pair(l.bare.ack.p50, l.bare.ack.p99),
      `${pair(l.leitai.cpuPerSubmitMs, l.bare.cpuPerSubmitMs)}${l.patch ? ` (patch-sized ${ms(l.patch.cpuPerSubmitMs)})` : ''}`,
      l.clients ? pair(l.leitai.crowdCpuPerSubmitMs, l.bare.crowdCpuPerSubmitMs) : '—',
      l.leitai.missing + l.leitai.wrongProgress + l.bare.missing + l.bare.wrongProgress + (l.leitai.resyncs ?? 0),
    ]),
    ['l'],
  );
  const storms = r.levels.filter((l) => l.clients > 0);
  const storm = table(
    ['clients', 'server', 'all have their view after', 'connect → view p50 / p99', 'errors', 'drops'],
    storms.flatMap((l) =>
      (['leitai', 'bare'] as const).map((s) => [l.clients, s === 'leitai' ? 'Leitai' : 'floor', ms(l[s].storm.totalMs, 0), pair(l[s].storm.connectToView.p50, l[s].storm.connectToView.p99, 0), l[s].storm.errors, l[s].storm.drops]),
    ),
    ['l', 'l'],
  );
  const memory = table(
    ['server', 'idle', ...r.levels.map((l) => `${l.clients} clients`)],
    (['leitai', 'bare'] as const).map((s) => [s === 'leitai' ? 'Leitai' : 'floor', mb(r.rssIdleMb[s]), ...r.levels.map((l) => mb(l[s].rssMb.afterRounds))]),
    ['l'],
  );
  return `${head}${main}\n\nAcks (the judge's submission durably committed; Leitai sends the views before the ack) and server CPU per submission (from /proc):\n\n${ack}\n\n` +
    `### Connect storms (clients connecting at ${o.connectRate}/s, each until its full view arrives)\n\n${storm}\n\n### Server memory (RSS)\n\n${memory}`;
}

function appraisal(r: StormResult): string {
  const o = r.options;
  const head =
    `### 民主测评 vote storm (${o.voters} voters with codes, ${o.judges} judges, \`--only=appraisal\`)\n\n` +
    `Measured ${r.date?.slice(0, 10) ?? '—'}. ` +
    `${o.baselineRounds} presenters scored with no ballots (half before the storm, half after) and ${o.stormRounds} while the hall votes; ` +
    `a judge submits every ${o.cadenceMs} ms. In the storm rounds each voter casts one ballot on that round's presenter, every ${o.changeEvery}th changes it ` +
    `2 s later. The voters are connected in both phases, so the phases differ only in the ballots.\n\n`;
  const phase = (name: string, p: StormResult['baseline']) => [
    name,
    pair(p.ack.p50, p.ack.p99),
    pair(p.screen.p50, p.screen.p99),
    `${p.serverCpuMsPerS.toFixed(0)} / ${p.crowdCpuMsPerS.toFixed(0)} ms`,
    `${p.phoneViewsPerS.toFixed(0)} (${p.phoneMBPerS.toFixed(0)} MB/s)`,
    p.load.toFixed(1),
    p.judgeErrors + p.missing,
  ];
  const phases = table(
    ['phase', 'judges\' ack p50 / p99', 'submit → screen p50 / p99', 'CPU a second: server / phones process', 'views to phones a second', 'load average', 'judge errors, phones behind'],
    [phase('without ballots', r.baseline), phase('vote storm', r.storm), ['storm ÷ without', ratio(r.storm.ack.p50, r.baseline.ack.p50) + ' / ' + ratio(r.storm.ack.p99, r.baseline.ack.p99), '', '', '', '', '']],
    ['l'],
  );
  const b = r.ballots;
  const drops = Object.entries(r.dropReasons ?? {}).map(([why, n]) => `${n} ${why}`).join(', ');
  const ballots = table(
    ['ballots planned', 'acknowledged', 'voters acknowledged', 'counted at the closes', 'lost / extra', 'errors', 'ballot ack p50 / p99', 'voting took', 'phones dropped'],
    [[b.planned, b.acked, b.voters, b.counted, `${b.lost} / ${b.extra}`, `${b.errors}${b.errorSamples.length ? ` (${b.errorSamples.join('; ')})` : ''}`, pair(b.ack.p50, b.ack.p99, 0), ms(b.wallMs, 0), `${r.drops}${drops ? ` (${drops})` : ''}`]],
  );
  return `${head}${phases}\n\n${ballots}\n\nPublic view at the end: ${kb(r.publicViewBytes)}; server RSS ${mb(r.rssMb.before)} before the rounds, ${mb(r.rssMb.after)} after.`;
}

function restart(points: RestartPoint[], replay: ReplayPoint[] | undefined): string {
  const starts = table(
    ['events', 'contests', 'first start', 'later starts', 'RSS'],
    points.map((p) => [p.events || 'empty (demo contest)', p.contests, ms(p.startsMs[0]!, 0), p.startsMs.slice(1).map((x) => x.toFixed(0)).join(', ') + ' ms', mb(p.rssMb)]),
    ['l'],
  );
  const curve = replay
    ? '\n\nLoading every contest in process (`new Contests(db)`), against log length:\n\n' +
      table(
        ['events', 'contests', 'replay of the log', 'from snapshots', 'snapshots checked against the log (background)'],
        replay.map((p) => [p.events, p.contests, ms(p.replayMs, 0), ms(p.snapshotMs, 0), ms(p.verifyMs, 0)]),
        ['l'],
      )
    : '';
  return `### Restart (process start → healthy /healthz)\n\n${starts}${curve}`;
}

function backup(r: BackupStallResult): string {
  return (
    `### Backup after a reveal (\`bench/backup-stall.ts\`)\n\n` +
    `The backup the server takes after each reveal, on the ${r.events.toLocaleString('en')}-event data directory (${r.databaseMb.toFixed(1)} MB): ` +
    'its whole time (copy, switch to one file, integrity check, in a worker) and the longest the answering thread went without running a 1 ms timer meanwhile, ' +
    "which is how long judges' acks and the views could wait for it (docs/reliability.md).\n\n" +
    table(['backup', 'whole time', 'longest stall of the answering thread'], r.runs.map((b, i) => [i + 1, ms(b.totalMs, 0), ms(b.stallMs)]), ['l'])
  );
}

function pages(p: { judge: PageWeight; minimal: PageWeight }): string {
  return `### Judge pad weight (JS + CSS loaded up front, gzip -9)\n\n${table(
    ['page', 'files', 'raw', 'gzip', '÷ minimal'],
    [
      ['judge.html', p.judge.files.length, kb(p.judge.bytes), kb(p.judge.gzip), ratio(p.judge.gzip, p.minimal.gzip)],
      ['React + socket.io-client only', p.minimal.files.length, kb(p.minimal.bytes), kb(p.minimal.gzip), '1.00×'],
    ],
    ['l'],
  )}`;
}

/** Targets from the issue, each with the measured figure. */
function targets(res: Record<string, unknown>): string {
  const rows: string[][] = [];
  const l = res.latency as LatencyResult | undefined;
  for (const n of [500, 2000]) {
    const at = l?.levels.find((x) => x.clients === n);
    if (!at) continue;
    // Issue 17: against the floor sending patch-sized messages, when measured.
    const floor = at.patch ?? at.bare;
    const name = at.patch ? 'patch-sized floor' : 'floor';
    for (const who of ['audience', 'screen'] as const) {
      rows.push([`submit → ${who} p99 ≤ 1.5× ${name} at ${n}`, `${ratio(at.leitai[who].p99, floor[who].p99)} (${ms(at.leitai[who].p99)} against ${ms(floor[who].p99)})`, check(at.leitai[who].p99 <= 1.5 * floor[who].p99)]);
    }
    // Not a target of the issue: beside it, what the fsync every durable ack needs leaves of the gap.
    const d = at.durable;
    if (d) rows.push([`(for reference) submit → screen p99 against the floor with fsync at ${n}`, `${ratio(at.leitai.screen.p99, d.screen.p99)} (${ms(at.leitai.screen.p99)} against ${ms(d.screen.p99)})`, '—']);
  }
  const big = l?.levels.find((x) => x.clients === 2000);
  if (big) {
    rows.push(['2,000-client storm, 0 errors', `${big.leitai.storm.errors} errors in ${ms(big.leitai.storm.totalMs, 0)}`, check(big.leitai.storm.errors === 0)]);
    rows.push(['RSS < 300 MB with 2,000 clients', mb(big.leitai.rssMb.afterRounds), check(big.leitai.rssMb.afterRounds < 300)]);
  }
  const storm = res.appraisal as StormResult | undefined;
  if (storm) {
    const b = storm.ballots;
    const n = storm.options.voters.toLocaleString('en');
    rows.push([
      `民主测评: judges' ack p99 with ${n} voters voting ≤ 1.3× without`,
      `${ratio(storm.storm.ack.p99, storm.baseline.ack.p99)} (${ms(storm.storm.ack.p99)} against ${ms(storm.baseline.ack.p99)}; box load average ${storm.storm.load.toFixed(0)})`,
      check(storm.storm.ack.p99 <= 1.3 * storm.baseline.ack.p99),
    ]);
    rows.push([`民主测评: ${n} voters within 60 s, 0 ballots lost, 0 errors`, `voting took ${ms(b.wallMs, 0)}; ${b.lost + b.extra} lost or extra, ${b.errors} errors, ${storm.drops} phones dropped`, check(b.wallMs <= 60_000 && b.lost + b.extra + b.errors + storm.drops === 0)]);
  }
  const starts = res.restart as RestartPoint[] | undefined;
  const r = starts?.find((p) => p.events >= 100_000);
  if (r) {
    const later = summarize(r.startsMs.slice(1)).p50;
    const empty = starts?.find((p) => p.events === 0);
    const floor = empty ? `; an empty server: ${ms(summarize(empty.startsMs).p50, 0)}` : '';
    rows.push(['restart ≤ 0.5 s at 100,000 events', `${ms(later, 0)} (first start ${ms(r.startsMs[0]!, 0)}${floor})`, check(later <= 500)]);
  }
  const p = res.pages as { judge: PageWeight; minimal: PageWeight } | undefined;
  if (p) rows.push(['judge pad ≤ 1.3× minimal page', ratio(p.judge.gzip, p.minimal.gzip), check(p.judge.gzip <= 1.3 * p.minimal.gzip)]);
  const rep = (res.report as { rows: ReportFigures[] } | undefined)?.rows.find((x) => x.file === 'report.pdf');
  if (rep) rows.push(['report < 1 s and < 1 MB', `${rep.medianMs} ms median, ${rep.firstMs} ms first; ${rep.kb} KB`, check(rep.firstMs < 1000 && rep.kb < 1024)]);
  return table(['target', 'measured', 'met'], rows, ['l', 'l', 'l']);
}

export function render(res: Record<string, unknown>): string {
  const m = res.machine as { node: string; cpus: number; cpu: string; memGb: number; date: string };
  const parts = [`## Live room (\`npm run bench\`)\n\nNode ${m.node}, ${m.cpus} × ${m.cpu}, ${m.memGb} GB, loopback; measured ${m.date.slice(0, 10)}.\n\n${targets(res)}`];
  if (res.latency) parts.push(latency(res.latency as LatencyResult));
  if (res.appraisal) parts.push(appraisal(res.appraisal as StormResult));
  if (res.restart) parts.push(restart(res.restart as RestartPoint[], res.replay as ReplayPoint[] | undefined));
  if (res.backup) parts.push(backup(res.backup as BackupStallResult));
  if (res.pages) parts.push(pages(res.pages as { judge: PageWeight; minimal: PageWeight }));
  if (res.wire) parts.push(`### Page weights over the wire (\`bench/wire-weight.ts\`, explained below)\n\n${renderWireWeight(res.wire as WirePage[])}`);
  if (res.report) {
    const rows = (res.report as { rows: ReportFigures[]; summary: string }).rows;
    parts.push(`### Score report (\`bench/report.ts\`, details in its own section)\n\n${table(['export', 'first run', 'median', 'size', 'longest wait of the answering thread'], rows.map((x) => [`\`${x.file}\``, `${x.firstMs} ms`, `${x.medianMs} ms`, `${x.kb} KB`, x.stallMs === undefined ? '—' : `${x.stallMs} ms`]), ['l'])}`);
  }
  return parts.join('\n\n');
}

/** A county's year (issue 15): its own section of docs/benchmarks.md, between the series-bench markers. */
export function renderSeriesYear(r: SeriesYearResult, machine: { node: string; cpus: number; cpu: string; memGb: number }, load: number[]): string {
  const o = r.options;
  const b = r.build;
  const report = (tiers: 'one' | 'all') => r.files.find((f) => f.file.startsWith('report.pdf') && f.file.includes(tiers === 'one' ? 'one' : 'all'));
  const one = report('one');
  const all = report('all');
  const rows: string[][] = [
    [
      'standings and boards of a tier × period < 200 ms',
      `p50 ${ms(r.standings.all.p50)}, p99 ${ms(r.standings.all.p99)}, max ${ms(r.standings.all.max)} over ${r.standings.all.n} requests; the first after the start, which scores every contest of the year once, ${ms(r.standings.firstMs, 0)}`,
      check(r.standings.all.p99 < 200),
    ],
  ];
  // The issue asks for the series report "per series and tier": that file has the 3 s target, cold
  // (the first request after a start) as well as warm. Every tier in one file is reported beside it.
  if (one) rows.push(['series PDF (a series and tier) < 3 s', `${ms(one.firstMs, 0)} first, ${ms(one.medianMs, 0)} median of ${one.runs}`, check(Math.max(one.firstMs, one.medianMs) < 3000)]);
  if (all) rows.push(['series PDF, every tier in one file (no target of its own)', `${ms(all.firstMs, 0)} first (after the one-tier file: the other tiers' charts rendered), ${ms(all.medianMs, 0)} median of ${all.runs}`, '—']);
  const page = r.page;
  rows.push([
    'host console series page, first render < 1 s at 1440×900',
    page ? `概览 (3 × 12 grid) ${ms(page.overviewMs, 0)}; 排名与红黑榜 (both standings, both boards) ${ms(page.standingsMs, 0)} — from opening the address, in a fresh Chromium context` : 'not measured (no built client)',
    page ? check(Math.max(page.overviewMs, page.standingsMs) < 1000) : '—',
  ]);
  const files = table(
    ['file', 'first request', 'median', 'runs', 'size', 'pages'],
    r.files.map((f) => [`\`${f.file}\``, ms(f.firstMs, 0), ms(f.medianMs, 0), f.runs, kb(f.kb * 1024), f.pages ?? '—']),
    ['l'],
  );
  return [
    `## A county's year (\`npm run bench -- --only=series\`, \`bench/series-year.ts\`)`,
    `Node ${machine.node}, ${machine.cpus} × ${machine.cpu}, ${machine.memGb} GB; measured ${r.date.slice(0, 10)}, load average ${load.map((x) => x.toFixed(1)).join(' / ')} (1 / 5 / 15 min) when it finished — a shared box.`,
    `The year: ${o.tiers} tiers × ${o.periods} periods × ${o.units} units, ${o.judges} judges × 4 criteria; ${b.contests} contests (${b.rating} of them 评比), every listed unit scored by every judge and revealed; ` +
      `${b.ledgerEntries.toLocaleString('en')} ledger entries (pasted a month and a tier at a time, the last 1 % corrections); ${b.units} units at the end (one renamed, one typo merged back). ` +
      `Built through the server in ${(b.ms / 1000).toFixed(0)} s (${b.commands.toLocaleString('en')} commands); \`server/main.ts\` then started on that data directory in ${ms(r.startMs, 0)} and was measured over HTTP (RSS ${mb(r.rssStartMb)} after the start, ${mb(r.rssMb)} after the reports).`,
    table(['target', 'measured', 'met'], rows, ['l', 'l', 'l']),
    `Files, in the order fetched. A first request includes loading the PDF, ECharts and font code and the fonts (once per process); the series report keeps the trend charts it rendered (by content), so later reports, and the all-tier report after the one-tier one, redraw them without rendering them again:\n\n${files}`,
  ].join('\n\n');
}
