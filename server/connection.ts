// What one connection may send: the commands (each runs through its contest's pipeline and is
// answered with its ack), the two reads, and nothing else. Flood control is asked of the
// connection's limits; this module only decides what counts as a refusal.
import { commandTypes, ErrorCode, ResultGet, type Ack, type View } from '../shared/protocol/index.ts';
import { revealedResult } from '../shared/small-view.ts';
import { publicView } from '../shared/views.ts';
import type { ContestState } from '../shared/domain/state.ts';
import type { Sock } from './channels.ts';
import type { Contests } from './contests.ts';
import type { ConnectionLimits } from './rate-limit.ts';
import type { RefusedHook } from './late-scores.ts';

type Reply = (answer: unknown) => void;
const KNOWN_EVENTS = new Set<string>([...commandTypes, 'view:get', 'clock:ping', 'result:get']);

/** Socket.IO passes the ack callback, if the client asked for one, as the last argument. */
function split(args: unknown[]): { payload: unknown[]; reply: Reply | null } {
  const last = args[args.length - 1];
  return typeof last === 'function' ? { payload: args.slice(0, -1), reply: last as Reply } : { payload: args, reply: null };
}

export interface ConnectionDeps {
  contests: Contests;
  limits: ConnectionLimits;
  /** This connection's full view of a state (the answer to view:get). */
  view: (state: ContestState) => View;
  /** Told of each command refused by its contest (a judge's late score, late-scores.ts). */
  refused?: RefusedHook | undefined;
}

export function serveConnection(socket: Sock, { contests, limits, view, refused }: ConnectionDeps): void {
  const id = socket.data;
  const strike = () => {
    // The refusal already sent is flushed before the close (Engine.IO drains its buffer).
    if (limits.strike() && socket.connected) socket.disconnect(true);
  };
  const refuse = (reply: Reply | null, code: ErrorCode, message: string) => {
    reply?.({ ok: false, code, message });
    strike();
  };

  for (const type of commandTypes) {
    socket.on(type, (...args: unknown[]) => {
      const { payload, reply } = split(args);
      if (!limits.command()) return refuse(reply, ErrorCode.RateLimited, '操作过于频繁，请稍候');
      if (payload.length > 1) return refuse(reply, ErrorCode.Invalid, '命令只接受一个参数对象 (one payload object)');
      const pipeline = contests.get(id.contestId);
      if (!pipeline) return reply?.({ ok: false, code: ErrorCode.NotFound, message: '比赛不存在' });
      // Answered once the command's batch is durable (pipeline.ts); refusals too, in order.
      pipeline.submit(id.actor, type, payload[0], (ack: Ack) => {
        if (!ack.ok || ack.duplicate) limits.unstored();
        reply?.(ack);
        if (!ack.ok) refused?.(type, payload[0], ack);
        if (!ack.ok && ack.code === ErrorCode.Invalid) strike();
      });
    });
  }

  // Reads take only the callback. Over the budget they go unanswered rather than answered with
  // an error, because the bundled clients treat whatever comes back as the view or the time.
  const read = (answer: () => unknown) => (...args: unknown[]) => {
    const { payload, reply } = split(args);
    if (!reply || payload.length > 0) return refuse(reply, ErrorCode.Invalid, 'view:get 与 clock:ping 只接受回调函数 (no arguments)');
    if (!limits.read()) return strike();
    reply(answer());
  };
  socket.on(
    'view:get',
    read(() => {
      const s = contests.get(id.contestId)?.state;
      return s ? view(s) : { ok: false, code: ErrorCode.NotFound, message: '比赛不存在' };
    }),
  );
  socket.on('clock:ping', read(() => Date.now()));
  // A revealed presenter's whole result, read from the public view: whatever the role, it can
  // never hold more than the projector may show (docs/protocol.md §3).
  socket.on('result:get', (...args: unknown[]) => {
    const { payload, reply } = split(args);
    const query = ResultGet.safeParse(payload[0]);
    if (!reply || payload.length !== 1 || !query.success) return refuse(reply, ErrorCode.Invalid, 'result:get 只接受 { presenterId } 与回调 (one { presenterId } and a callback)');
    if (!limits.read()) return strike();
    const s = contests.get(id.contestId)?.state;
    if (!s) return reply({ ok: false, code: ErrorCode.NotFound, message: '比赛不存在' });
    const result = revealedResult(publicView(s), query.data.presenterId);
    if (result === 'unknown') return reply({ ok: false, code: ErrorCode.NotFound, message: '汇报单位不存在 (unknown presenter)' });
    if (result === 'unrevealed') return reply({ ok: false, code: ErrorCode.WrongState, message: '该汇报单位尚未亮分 (not revealed yet)' });
    reply({ ok: true, result });
  });

  // Anything else would otherwise go unanswered, leaving a client waiting for an ack for ever.
  socket.onAny((event: unknown, ...args: unknown[]) => {
    if (typeof event === 'string' && KNOWN_EVENTS.has(event)) return;
    refuse(split(args).reply, ErrorCode.Invalid, `未知事件 (unknown event): ${String(event).slice(0, 40)}`);
  });
}
