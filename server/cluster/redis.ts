// The Redis connection every clustered process shares with its Socket.IO adapter. Redis going
// away must never stop the authority (judges and the host do not need it) nor block its acks:
// errors are logged, reconnection retries for ever with a capped backoff, and adapter writes that
// fail while it is down are dropped (edges resync with a full view when they can ask again).
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';

export type Redis = ReturnType<typeof createClient>;

export function connectRedis(url: string, name: string): Redis {
  const client = createClient({
    url,
    socket: { reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 1000), connectTimeout: 2000 },
  });
  let down = false;
  client.on('error', (e: Error) => {
    // One line per outage, not one per retry (a retry every second would flood the console).
    if (!down) console.error(`[leitai ${name}] Redis unavailable: ${e.message}`);
    down = true;
  });
  client.on('ready', () => {
    if (down) console.error(`[leitai ${name}] Redis is back`);
    down = false;
  });
  // Not awaited: a process started while Redis is down serves what it can and connects later.
  client.connect().catch(() => undefined);
  return client;
}

/**
 * The adapter rooms are shared through. It polls the stream with its own duplicated clients,
 * which get the same error handling; `blockTimeInMs` is short so a poll after an outage picks
 * up quickly.
 */
export function clusterAdapter(client: Redis) {
  const original = client.duplicate.bind(client);
  client.duplicate = ((...args: Parameters<Redis['duplicate']>) => {
    const copy = original(...args);
    copy.on('error', () => undefined); // the parent client already reports the outage
    return copy;
  }) as Redis['duplicate'];
  const make = createAdapter(client, { blockTimeInMs: 1000 });
  // Socket.IO calls this with `new`: a function returning an object, not an arrow.
  return function adapterFor(nsp: Parameters<typeof make>[0]) {
    const adapter = make(nsp);
    // The cluster adapter delivers even to local sockets only after Redis stored the message, so
    // during an outage the host and judges (always on the authority) would get no views. Their
    // rooms, and the patch rooms, never have remote sockets: they are delivered here without Redis.
    const broadcast = adapter.broadcast.bind(adapter);
    adapter.broadcast = (packet, opts) => {
      const onlyHere = opts.rooms.size > 0 && [...opts.rooms].every(privateRoom);
      return broadcast(packet, onlyHere ? { ...opts, flags: { ...opts.flags, local: true } } : opts);
    };
    return adapter;
  };
}

/**
 * Rooms whose sockets are all on the authority (channels.ts roomOf): judges' and the host's, which
 * edges refuse, and every patch room (`…:p`, `…:z`): an edge's patched sockets are in the patch
 * room's edge twin (`…:p:e`, `…:z:e`, channels.ts edgeRoomOf), sent the same patches through Redis.
 */
const privateRoom = (room: string) => room.endsWith(':p') || room.endsWith(':z') || /^c:[^:]+:(judge:|host$)/.test(room);

/**
 * The adapter publishes some messages (pub/sub ones) without handling the promise, so a command
 * cut off by an outage would be an unhandled rejection, which ends Node. Only errors from the
 * Redis client are swallowed; anything else still ends the process as it would without this.
 */
let surviving = false;
export function surviveRedisOutages(): void {
  if (surviving) return; // once per process, however many servers a test starts
  surviving = true;
  process.on('unhandledRejection', (reason) => {
    const name = reason instanceof Error ? reason.constructor.name : '';
    if (/Error$/.test(name) && /redis|socket|connection|closed|disconnect/i.test(`${name} ${(reason as Error).message}`)) {
      console.error(`[leitai] Redis command dropped during an outage: ${(reason as Error).message}`);
      return;
    }
    throw reason; // as an uncaught exception: what Node would have done without this handler
  });
}
