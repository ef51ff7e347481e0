// The crash loop of test/reliability/crash-loop.test.ts, for longer: a scripted contest with
// simulated judges, SIGKILLed N times at random moments and restarted on the same data, with
// the same checks after every restart (acknowledged commands stored exactly once and whole,
// integrity_check, state = fresh replay). Exits 1 on any problem.
//
//   npx tsx scripts/soak.ts 200            # 200 kills
//   npx tsx scripts/soak.ts 200 12345      # with a fixed seed (the moments still vary)
import { formatFigures, runCrashLoop } from '../test/reliability/crash-loop.ts';

const kills = Number(process.argv[2] ?? 100);
const seed = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
if (!Number.isInteger(kills) || kills < 1) {
  console.error('usage: npx tsx scripts/soak.ts <kills> [seed]');
  process.exit(2);
}

console.log(`soak: ${kills} SIGKILLs${seed === undefined ? '' : `, seed ${seed}`}`);
const figures = await runCrashLoop({ kills, seed, log: (line) => console.log(line) });
console.log(`\n${formatFigures(figures)}\n`);
for (const p of figures.problems.slice(0, 50)) console.error(`  PROBLEM ${p}`);
process.exit(figures.problems.length === 0 && figures.kills === kills ? 0 : 1);
