// `npm start`: runs Leitai on one port. `--demo` also starts simulated judges for rehearsal.
import { ContestDefinition } from '../shared/definition.ts';
import { startLeitai } from './app.ts';
import { ConfigError, hostTokenFor, readConfig, type Config } from './config.ts';
import { DataDirInUse } from './db/lock.ts';
import { demoDefinition } from './demo/definition.ts';
import { benchmarkDemoDefinition, seedBenchmarkDemo } from './demo/benchmark-demo.ts';
import { accessLinks } from './http/api.ts';

/** The settings and the host token; a bad one stops here with its message (exit 1). */
function settings(): Config & { hostToken: string } {
  try {
    const config = readConfig(process.env);
    return { ...config, hostToken: hostTokenFor(config.dataDir, config.hostToken) };
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    // The message is the whole story (which variable, what it should be); a stack would bury it.
    console.error(`\n  ${e.message}\n`);
    process.exit(1);
  }
}
const { port, host, dataDir, publicUrl, allowedOrigins, clientDir, hostToken, redisUrl } = settings();
const demo = process.argv.includes('--demo');

const leitai = await startLeitai({ port, host, dataDir, hostToken, publicUrl, allowedOrigins, clientDir, redisUrl, warmExportsAfterMs: 1000 }).catch((e: unknown) => {
  if (!(e instanceof DataDirInUse)) throw e;
  console.error(`\n  ${e.message}\n  已在运行的 Leitai 可继续使用；要另开一个，请设置另一个 DATA_DIR。 Use the running one, or give this one another DATA_DIR.\n`);
  process.exit(1);
});
const base = leitai.publicUrl();

// A fresh install gets the demo contest, so there is something to open right away.
// Looked for among the loaded contests: finished ones wait on disk (server/contests.ts), and a
// finished demo is no demo to run, so --demo then makes a new one.
const live = () => leitai.contests.loaded().filter((c) => c.status !== 'finished');
let demoContest = live().find((c) => c.def.title === demoDefinition().title);
const fresh = leitai.contests.ids().length === 0;
if (!demoContest && (demo || fresh)) demoContest = leitai.contests.create(ContestDefinition.parse(demoDefinition()));
// The 对标 demo beside it (安居区 vs 溧阳): a presenter's benchmark chart to show on the projector.
let benchmarkDemo = live().find((c) => c.def.title === benchmarkDemoDefinition().title);
if (!benchmarkDemo && (demo || fresh)) benchmarkDemo = leitai.contests.create(benchmarkDemoDefinition());
if (benchmarkDemo) seedBenchmarkDemo(leitai.benchmarks, benchmarkDemo);

console.log(`\n  擂台 Leitai is running — data in ${dataDir}\n`);
console.log(`  主持人控制台 Host console:  ${base}/host#token=${hostToken}`);
console.log(`  手机请连接同一 Wi-Fi 访问 Phones on the venue Wi-Fi use: ${base}`);
// The links of contests still to run; a county's year holds a hundred finished ones, whose
// lines would bury these (and hold up the first requests after a restart while printed).
const toRun = live();
for (const c of toRun) {
  const links = accessLinks(c, { contests: leitai.contests, publicUrl: leitai.publicUrl });
  console.log(`\n  [${c.id}] ${c.def.title} (${c.status})`);
  console.log(`    大屏 Screen:   ${links.screenUrl}`);
  console.log(`    观众 Audience: ${links.audienceUrl}`);
}
const finished = leitai.contests.ids().length - toRun.length;
if (finished > 0) console.log(`\n  另有 ${finished} 场已结束的比赛，在主持人控制台查看。 ${finished} finished contest(s): see the host console.`);
console.log(`\n  Health: ${base}/healthz   (PUBLIC_URL overrides the address phones use)\n`);

if (demo && demoContest) {
  const tokens = leitai.contests.tokens.active(demoContest.id).filter((t) => t.role === 'judge').map((t) => t.token);
  // Only for --demo: the simulated judges' socket.io-client stays out of a normal start.
  const { simulateJudges } = await import('./demo/simulated-judges.ts');
  simulateJudges(leitai.url, tokens);
  console.log(`  演示模式: ${tokens.length} 位模拟评委已加入「${demoContest.def.title}」, 打开主持人控制台开始。\n`);
}

const stop = async () => {
  await leitai.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
