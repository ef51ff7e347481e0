// The people on stage, in the orchestrator process: the host (drives the show by acks), the
// projector screen (parses its views in full and is the one that checks their content) and the
// judges. Works against Leitai and the bare floor alike; only the handshake differs.
import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import type { Ack, PublicView, ViewPatch } from '../shared/protocol/index.ts';
import { applyViewPatch } from '../client/common/view-patch.ts';
import { lazyViewParser } from './lazy-parser.ts';
import { now } from './stats.ts';

export interface StageAuth {
  host: Record<string, string>;
  screen: Record<string, string>;
  judges: Record<string, string>[];
}

function open(url: string, auth: Record<string, string>, lazy: boolean): Socket {
  return io(url, { auth, transports: ['websocket'], forceNew: true, reconnection: false, ...(lazy ? { parser: lazyViewParser } : {}) });
}

function connected(socket: Socket): Promise<void> {
  if (socket.connected) return Promise.resolve();
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
}

export class Stage {
  /** When the screen received each revision, and what it showed. */
  readonly screenViews = new Map<number, { t: number; view: PublicView }>();
  private screenRev = 0;
  private waiters: { rev: number; done: () => void }[] = [];
  /** The screen's view as it holds it (patched views build on it), and patches that did not apply. */
  private held: PublicView | null = null;
  gaps = 0;

  private constructor(
    readonly host: Socket,
    readonly screen: Socket,
    readonly judges: Socket[],
  ) {
    screen.on('view', (v: PublicView) => this.shown(v));
    // A patched screen (as the bundled projector page is) applies each patch to the view it
    // holds, so what it checks is what the projector would show; a patch that does not apply
    // is counted and the full view asked for, as the page does.
    screen.on('view:patch', (p: ViewPatch) => {
      const next = applyViewPatch(this.held, p);
      if (next) return this.shown(next);
      this.gaps += 1;
      void Stage.viewGet(screen).then((v) => this.shown(v as PublicView));
    });
  }

  private shown(v: PublicView): void {
    const t = now();
    this.held = v;
    if (!this.screenViews.has(v.rev)) this.screenViews.set(v.rev, { t, view: v });
    this.screenRev = Math.max(this.screenRev, v.rev);
    this.waiters = this.waiters.filter((w) => (w.rev <= this.screenRev ? (w.done(), false) : true));
  }

  /**
   * `patches`: every socket asks for patched views as the bundled pages do: the screen in the
   * compact form (`views: 'compact'`), the host and judges plain (`'patch'`).
   */
  static async open(url: string, auth: StageAuth, patches = false): Promise<Stage> {
    const ask = (a: Record<string, string>, views: 'patch' | 'compact' = 'patch') => (patches ? { ...a, views } : a);
    // The listeners are on before any packet can arrive: the server sends the first view right
    // after the handshake, possibly in the same read as the connect packet.
    const stage = new Stage(open(url, ask(auth.host), true), open(url, ask(auth.screen, 'compact'), false), auth.judges.map((a) => open(url, ask(a), true)));
    await Promise.all([stage.host, stage.screen, ...stage.judges].map(connected));
    return stage;
  }

  /** The latest view the screen has (its full text is the bare floor's template). */
  get screenView(): PublicView | undefined {
    return this.screenViews.get(this.screenRev)?.view;
  }

  /**
   * When the screen first showed `rev` or later. Commands committed together (group commit,
   * server/pipeline.ts) reach the screen as one view at the batch's last rev, so a command's own
   * rev may never be sent on its own.
   */
  screenTimeFrom(rev: number): number | null {
    let first: number | null = null;
    for (const [r, v] of this.screenViews) if (r >= rev && (first === null || v.t < first)) first = v.t;
    return first;
  }

  screenAt(rev: number, timeoutMs = 20_000): Promise<boolean> {
    if (this.screenRev >= rev) return Promise.resolve(true);
    return new Promise((resolve) => {
      const t = setTimeout(() => resolve(false), timeoutMs);
      this.waiters.push({ rev, done: () => (clearTimeout(t), resolve(true)) });
    });
  }

  /** Sends a command and waits for its ack. */
  static send(socket: Socket, type: string, payload: Record<string, unknown> = {}): Promise<Ack> {
    return new Promise((resolve, reject) =>
      socket.timeout(30_000).emit(type, { commandId: randomUUID(), ...payload }, (err: Error | null, ack: Ack) => (err ? reject(new Error(`${type}: no ack`)) : resolve(ack))),
    );
  }

  async hostCommand(type: string, payload: Record<string, unknown> = {}): Promise<number> {
    const ack = await Stage.send(this.host, type, payload);
    if (!ack.ok) throw new Error(`${type}: ${ack.message}`);
    return ack.rev;
  }

  /** A judge's submission: when it was sent, the revision it produced, how long the ack took. */
  async submit(judge: number, presenterId: string, values: number[]) {
    const t0 = now();
    const ack = await Stage.send(this.judges[judge]!, 'score:submit', { presenterId, values });
    const ackMs = now() - t0;
    if (!ack.ok) throw new Error(`score:submit: ${ack.message}`);
    return { t0, rev: ack.rev, ackMs };
  }

  /** A fresh full view over `view:get` (its ack is decoded in full even by the lazy parser). */
  static viewGet(socket: Socket): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) =>
      socket.timeout(30_000).emit('view:get', (err: Error | null, v: Record<string, unknown>) => (err ? reject(new Error('view:get: no answer')) : resolve(v))),
    );
  }

  close(): void {
    [this.host, this.screen, ...this.judges].forEach((s) => s.close());
  }
}
