// `npm run edge`: an edge process for audience and screen sockets (docs/deployment.md). It needs
// REDIS_URL and the authority (`npm start` with the same REDIS_URL) somewhere on that Redis.
// `npm run edge` runs it compiled (dist/server/edge-main.js, scripts/build-if-changed.ts), as
// `npm start` does the authority, so restarting an edge pays nothing for compiling TypeScript.
import path from 'node:path';
import fs from 'node:fs';
import { ConfigError, readConfig } from './config.ts';
import { startEdge } from './cluster/edge.ts';
import { projectRoot } from './project-root.ts';

let config;
try {
  config = readConfig(process.env);
} catch (e) {
  if (!(e instanceof ConfigError)) throw e;
  console.error(`\n  ${e.message}\n`);
  process.exit(1);
}
if (!config.redisUrl) {
  console.error('\n  边缘进程需要 REDIS_URL (an edge needs REDIS_URL: the Redis the authority uses)\n');
  process.exit(1);
}
const clientDir = config.clientDir ?? path.join(projectRoot(), 'dist/client');
const edge = await startEdge({
  port: config.port,
  host: config.host,
  redisUrl: config.redisUrl,
  publicUrl: config.publicUrl,
  allowedOrigins: config.allowedOrigins,
  clientDir: fs.existsSync(clientDir) ? clientDir : undefined,
});
console.log(`\n  擂台 Leitai edge on port ${edge.port} (audience and screen only), Redis ${config.redisUrl}\n`);

const stop = async () => {
  await edge.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
