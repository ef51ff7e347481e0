// A load-generator process for bench/cluster.ts: N audience sockets on one edge (URLS[0]); a socket
// whose edge dies reconnects to the next URL, as nginx would send it. Reports over IPC when each
// view revision arrived (monotonic clock, bench/stats.ts) and when each socket was resynced. The
// sockets ask for compact patched views as the bundled pages do: a whole view on connect, then
// patches carrying their rev, relayed by the edges.
import { io, type Socket } from 'socket.io-client';
import { lazyViewParser, type ViewInfo } from './lazy-parser.ts';
import { now } from './stats.ts';

const [urlList = '', contestId = '', countText = '0'] = process.argv.slice(2);
const urls = urlList.split(',');
const arrivals = new Map<number, number[]>();
const resynced: number[] = [];
let sockets: Socket[] = [];

function open(k: number, at: number): void {
  const s = io(urls[at % urls.length]!, { auth: { role: 'audience', contestId, views: 'compact' }, transports: ['websocket'], forceNew: true, reconnection: false, parser: lazyViewParser });
  let moved = false;
  const arrived = (rev: number) => (arrivals.get(rev) ?? arrivals.set(rev, []).get(rev)!).push(now());
  s.on('view:patch', (p: { rev: number }) => !moved && arrived(p.rev));
  s.on('view', (v: ViewInfo) => {
    if (moved) return;
    arrived(v.rev);
    if (at > 0 && resynced.length < sockets.length && !(s as Socket & { _seen?: boolean })._seen) {
      (s as Socket & { _seen?: boolean })._seen = true;
      resynced.push(now());
    }
  });
  s.on('disconnect', (reason) => {
    if (reason === 'io client disconnect') return;
    moved = true;
    open(k, at + 1);
  });
  sockets[k] = s;
}

process.on('message', (m: { kind: 'arrivals' } | { kind: 'close' }) => {
  if (m.kind === 'arrivals') process.send!({ kind: 'arrivals', arrivals: [...arrivals], resynced, connected: sockets.filter((s) => s.connected).length });
  else {
    sockets.forEach((s) => s.close());
    process.exit(0);
  }
});
sockets = new Array(Number(countText));
for (let k = 0; k < sockets.length; k++) {
  open(k, 0);
  if (k % 100 === 99) await new Promise((r) => setTimeout(r, 20));
}
// Ready once every socket has its first view: a join on an edge is a round trip to the authority.
while ([...arrivals.values()].reduce((n, a) => n + a.length, 0) < sockets.length) await new Promise((r) => setTimeout(r, 50));
process.send!({ kind: 'ready' });
