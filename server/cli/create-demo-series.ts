// `npm run demo:series`: asks the running server (PORT, DATA_DIR as for `npm start`) for the demo
// series — a year begun: two months run by simulated judges, points entered, March ready to run
// (server/demo/series-demo.ts) — and prints where to open it.
import { DEMO_SERIES_NAME, seedSeriesDemo } from '../demo/series-demo.ts';
import { base, hostToken } from './running-server.ts';

const token = hostToken();

try {
  const id = await seedSeriesDemo(base, token);
  console.log(`已创建演示系列 Created demo series [${id}] ${DEMO_SERIES_NAME}`);
  console.log(`  主持人控制台 Host console: ${base}/host#token=${token}&series=${id}`);
  process.exit(0);
} catch (e) {
  console.error(`无法创建演示系列 (${base})，请先运行 npm start。 Could not create the demo series: ${(e as Error).message}`);
  process.exit(1);
}
