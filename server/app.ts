// Builds the whole server: HTTP (API, health, client pages) and Socket.IO on one port.
import express from 'express';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { keepBackups } from './backups.ts';
import { lanAddress } from './config.ts';
import { projectRoot } from './project-root.ts';
import { Contests } from './contests.ts';
import { openDatabase } from './db/database.ts';
import { Checkpointer } from './db/checkpoint.ts';
import { lockDataDir, type DataDirLock } from './db/lock.ts';
import { LocalHostLogins, type HostLoginLimit } from './host-logins.ts';
import { apiRouter } from './http/api.ts';
import { seriesRouter } from './http/series.ts';
import { seriesExportsRouter } from './http/series-exports.ts';
import { SeriesBook } from './series.ts';
import { BenchmarkBook } from './benchmarks.ts';
import { benchmarksRouter } from './http/benchmarks.ts';
import { clientPages, compressed } from './http/client-pages.ts';
import { exportsRouter } from './http/exports.ts';
import { honoursRouter } from './http/honours.ts';
import { CertificateStore } from './db/certificate-store.ts';
import { appraisalRouter } from './http/appraisal.ts';
import { joinRouter } from './http/join.ts';
import { noticesRouter } from './http/notices.ts';
import { NoticeBook } from './notices.ts';
import { securityHeaders } from './http/security.ts';
import { attachRealtime } from './realtime.ts';
import { warmExportsOnFinish } from './report/warm-on-finish.ts';

export interface LeitaiOptions {
  port: number;
  dataDir: string;
  hostToken: string;
  publicUrl?: string;
  /** Origins besides the server's own address and PUBLIC_URL that may open sockets (ALLOWED_ORIGINS). */
  allowedOrigins?: string[];
  /** Failed host logins per client address (HOST_LOGIN_LIMIT unless a test needs another). */
  hostLoginLimit?: HostLoginLimit;
  host?: string;
  offlineGraceMs?: number;
  clientDir?: string;
  /** For tests: the clock of 公示 periods and objection limits (a test steps past a period's end). */
  noticeClock?: () => number;
  /** REDIS_URL: share Socket.IO rooms with edge processes (docs/deployment.md); unset, one process. */
  redisUrl?: string;
  /**
   * This long after a contest finishes, the printouts' worker makes that contest's report and
   * spreadsheet once (thrown away), so the office's first printout is as quick as any
   * (`npm start`: 1 s). Unset, the first export loads the PDF writer and the fonts itself.
   */
  warmExportsAfterMs?: number;
}

export async function startLeitai(opts: LeitaiOptions) {
  // One server per data directory: a second one (or a restore) is refused while this one runs.
  const lock = lockDataDir(opts.dataDir);
  try {
    return await start(opts, lock);
  } catch (e) {
    lock.release();
    throw e;
  }
}

async function start(opts: LeitaiOptions, lock: DataDirLock) {
  const db = openDatabase(opts.dataDir);
  const checkpoints = new Checkpointer(db);
  const contests = new Contests(db);
  const series = new SeriesBook(db);
  const notices = new NoticeBook(db, contests, series, opts.noticeClock);
  const benchmarks = new BenchmarkBook(db, series);
  const backups = keepBackups(contests, db, path.join(opts.dataDir, 'backups'));
  const warming = warmExportsOnFinish(contests, benchmarks, opts.warmExportsAfterMs);
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.use(compressed());
  const server = http.createServer(app);
  let port = opts.port;
  // Bound to one interface, that interface is the address phones can reach; else guess the LAN's.
  const bound = opts.host && !['0.0.0.0', '::'].includes(opts.host) ? (opts.host.includes(':') ? `[${opts.host}]` : opts.host) : undefined;
  const publicUrl = () => (opts.publicUrl ?? `http://${bound ?? lanAddress() ?? 'localhost'}:${port}`).replace(/\/$/, '');
  // One count of failed host logins for HTTP and the socket: a guesser gains nothing by switching.
  const hostLogins = new LocalHostLogins(opts.hostLoginLimit);
  // Loaded only with REDIS_URL: the Redis client is a tenth of a one-process start's module graph.
  const cluster = opts.redisUrl ? await import('./cluster/redis.ts') : null;
  const redis = cluster && opts.redisUrl ? cluster.connectRedis(opts.redisUrl, 'authority') : null;
  if (cluster) cluster.surviveRedisOutages();
  const rt = attachRealtime(server, contests, opts.hostToken, {
    ...(cluster && redis ? { adapter: cluster.clusterAdapter(redis) } : {}),
    offlineGraceMs: opts.offlineGraceMs ?? 5000,
    maxPayloadBytes: 64 * 1024,
    hostLogins,
    trustedOrigins: () => [publicUrl(), ...(opts.allowedOrigins ?? [])],
    series,
    benchmarks,
  });

  let ready = false;
  app.get('/healthz', (_req, res) => {
    // `unreadable`: finished contests found unreadable when loaded after start (not served).
    res.status(ready ? 200 : 503).json({ ok: ready, contests: contests.ids().length, unreadable: [...contests.unreadable.keys()] });
  });
  app.use(joinRouter({ contests, publicUrl }));
  app.use('/api', appraisalRouter({ contests, hostToken: opts.hostToken, hostLogins, publicUrl }));
  const noticeRoutes = noticesRouter({ notices, hostToken: opts.hostToken, hostLogins, publicUrl });
  app.use(noticeRoutes.pages);
  app.use('/api', noticeRoutes.api);
  app.use('/api', honoursRouter({ contests, series, certificates: new CertificateStore(db), hostToken: opts.hostToken, hostLogins }));
  app.use('/api', exportsRouter({ contests, benchmarks, hostToken: opts.hostToken, hostLogins, publicUrl }));
  app.use('/api', benchmarksRouter({ contests, benchmarks, hostToken: opts.hostToken, hostLogins }));
  app.use('/api', seriesRouter({ contests, series, hostToken: opts.hostToken, hostLogins }));
  app.use('/api', seriesExportsRouter({ contests, series, hostToken: opts.hostToken, hostLogins }));
  app.use('/api', apiRouter({ contests, series, hostToken: opts.hostToken, hostLogins, publicUrl, revokeJudge: rt.revokeJudge }));

  const clientDir = opts.clientDir ?? path.join(projectRoot(), 'dist/client');
  if (fs.existsSync(clientDir)) app.use(clientPages(clientDir));

  await new Promise<void>((resolve) => server.listen(opts.port, opts.host ?? '0.0.0.0', resolve));
  port = (server.address() as AddressInfo).port;
  ready = true;

  return {
    port,
    url: `http://127.0.0.1:${port}`,
    publicUrl,
    contests,
    series,
    notices,
    benchmarks,
    io: rt.io,
    /** For tests only: the database (to simulate a full disk) and the backup keeper. */
    forTests: { db, backups, checkpoints },
    async close() {
      ready = false;
      warming.stop();
      rt.close();
      await new Promise<void>((resolve) => {
        rt.io.close(() => resolve());
      });
      await backups.close();
      redis?.destroy(); // not close(): with Redis down it would wait for ever
      await checkpoints.close();
      db.close();
      lock.release();
    },
  };
}
export type Leitai = Awaited<ReturnType<typeof start>>;
