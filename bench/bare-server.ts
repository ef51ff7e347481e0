// The floor: a bare Socket.IO server on the same machine, doing what Leitai does for a judge's
// submission with nothing else: take the emit, send each room a view of the same size, ack.
// No validation, no database, no domain. It sends what Leitai sends for a submission: the host
// view, the public view to the screen and the audience rooms, and the submitting judge's view;
// the views are real ones captured from Leitai a moment before (bench:templates), with rev and
// progress filled in, so payload sizes and JSON shapes match.
//
// With `durable` in the templates it also does the one thing Leitai must do before anybody may
// see a submission: make it durable. It writes the submission into a file made beforehand and
// fdatasyncs it before the views: less than a SQLite WAL commit with synchronous=FULL costs (no
// growing file, so no metadata to sync; a WAL is reused the same way after a checkpoint). No database, no
// checks: only the wait for the disk, which on a virtual machine also lets the cores go idle
// (docs/benchmarks.md, "What separates the screen from the floor").
//   PORT=3100 DATA_DIR=/tmp/x node --import tsx bench/bare-server.ts
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Server } from 'socket.io';

interface Templates {
  host: Record<string, unknown>;
  public: Record<string, unknown>;
  judge: Record<string, unknown>;
  durable?: boolean;
}
type Auth = { role: 'host' | 'screen' | 'audience' } | { role: 'judge'; judgeId: string };

const server = http.createServer((req, res) => {
  res.writeHead(req.url === '/healthz' ? 200 : 404, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ ok: req.url === '/healthz' }));
});
// socket.io's defaults, as in Leitai (server/app.ts), except a larger inbound limit: the
// templates (a 200 KB host view) come in over the socket. Judges' submissions are tiny either way.
const io = new Server(server, { maxHttpBufferSize: 8 * 1024 * 1024, serveClient: false });

let templates: Templates = { host: { role: 'host' }, public: { role: 'screen' }, judge: { role: 'judge' } };
let rev = 1;
// The durable floor's log: a 1 MB file made at the first durable submission, on the disk Leitai's
// DATA_DIR is on (the benchmark removes the directory), written round and round.
const LOG_BYTES = 1 << 20;
let log: { fd: number; at: number } | null = null;
function durable(line: string): void {
  if (!log) {
    const fd = fs.openSync(path.join(process.env.DATA_DIR ?? os.tmpdir(), `bare-${process.pid}.log`), 'w+');
    fs.writeSync(fd, Buffer.alloc(LOG_BYTES));
    fs.fsyncSync(fd);
    log = { fd, at: 0 };
  }
  const bytes = Buffer.from(line);
  if (log.at + bytes.length > LOG_BYTES) log.at = 0;
  fs.writeSync(log.fd, bytes, 0, bytes.length, log.at);
  log.at += bytes.length;
  fs.fdatasyncSync(log.fd);
}
const submitted = new Map<string, Set<string>>();
const roomOf = (a: Auth) => (a.role === 'judge' ? `judge:${a.judgeId}` : a.role);

function publicView(presenterId: string | null) {
  const count = presenterId ? (submitted.get(presenterId)?.size ?? 0) : 0;
  const expected = (templates.public.progress as { expected?: number } | null | undefined)?.expected ?? 20;
  return {
    ...templates.public,
    rev,
    current: presenterId ? { presenterId, phase: 'scoring', scoringOpen: true } : null,
    progress: presenterId ? { submitted: count, expected } : null,
  };
}

io.use((socket, next) => {
  socket.data = socket.handshake.auth as Auth;
  next();
});

io.on('connection', (socket) => {
  const auth = socket.data as Auth;
  void socket.join(roomOf(auth));
  // Every (re)connect gets its full view, as in Leitai.
  const pub = publicView(null);
  socket.emit('view', auth.role === 'host' ? { ...templates.host, rev, screen: pub } : auth.role === 'judge' ? { ...templates.judge, rev } : { ...pub, role: auth.role });

  // A new round (the next presenter, or the same one in another level's contest) starts afresh.
  socket.on('bench:templates', (t: Templates, ack: (ok: boolean) => void) => {
    templates = t;
    submitted.clear();
    ack(true);
  });
  socket.on('score:submit', (payload: { presenterId: string }, ack: (a: { ok: true; rev: number }) => void) => {
    if (auth.role !== 'judge') return;
    const marks = submitted.get(payload.presenterId) ?? new Set<string>();
    marks.add(auth.judgeId);
    submitted.set(payload.presenterId, marks);
    rev += 1;
    if (templates.durable) durable(`${JSON.stringify({ rev, judge: auth.judgeId, ...payload })}\n`);
    // In Leitai's order: views before the ack (server/pipeline.ts); the screen, the host, the
    // judge, the audience (server/broadcaster.ts).
    const pub = publicView(payload.presenterId);
    io.to('screen').emit('view', pub);
    io.to('host').emit('view', { ...templates.host, rev, screen: pub });
    io.to(roomOf(auth)).emit('view', { ...templates.judge, rev });
    io.to('audience').emit('view', { ...pub, role: 'audience' });
    ack({ ok: true, rev });
  });
});

server.listen(Number(process.env.PORT ?? 3100), '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
