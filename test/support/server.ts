// Starts the real server on port 0 with a temporary SQLite file, and real socket.io clients.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { startLeitai, type Leitai, type LeitaiOptions } from '../../server/app.ts';
import { applyViewPatch, holdsPatchResult } from '../../client/common/view-patch.ts';
import { unpack } from '../../shared/compact.ts';
import type { Ack, ClientToServerEvents, CommandPayload, CommandType, HandshakeAuth, ServerToClientEvents, View } from '../../shared/protocol/index.ts';

export const HOST_TOKEN = 'test-host-token-0123456789';

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'leitai-test-'));
}

/**
 * For tests that send wrong host tokens by the dozen on purpose (the access matrix, the fuzzer):
 * from one address, the real limit would answer 429 in place of what they check. The limit
 * itself is tested in test/reliability/guessing.test.ts.
 */
export const GENEROUS_HOST_LOGINS = { failures: 1_000_000, windowMs: 60_000, blockMs: 60_000 } as const;

type Extra = Partial<Pick<LeitaiOptions, 'offlineGraceMs' | 'clientDir' | 'allowedOrigins' | 'hostLoginLimit' | 'noticeClock' | 'warmExportsAfterMs'>>;

export async function startServer(dataDir = tempDir(), extra: Extra = {}): Promise<Leitai & { dataDir: string }> {
  const app = await startLeitai({ port: 0, host: '127.0.0.1', dataDir, hostToken: HOST_TOKEN, publicUrl: 'http://leitai.test', ...extra });
  return Object.assign(app, { dataDir });
}

export async function api<T = unknown>(base: string, method: string, url: string, body?: unknown, token = HOST_TOKEN) {
  const res = await fetch(base + url, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

type Sock = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A protocol client that remembers the latest view and can wait for one that matches. */
export class TestClient {
  readonly socket: Sock;
  /** The view as the pages read it (unpacked, for a client that asked for compact views). */
  view: View | null = null;
  views: View[] = [];
  /** With `views` in the auth: the view as it came, patches applied (what the next patch applies to). */
  wire: View | null = null;
  patches = 0;
  resyncs = 0;
  /** Patches whose result was already held (a view:get answer overtook them): skipped. */
  overtaken = 0;
  private waiters: { pred: (v: View) => boolean; resolve: (v: View) => void }[] = [];

  constructor(url: string, auth: HandshakeAuth, opts: { reconnection?: boolean } = {}) {
    this.socket = io(url, { auth, transports: ['websocket'], forceNew: true, reconnection: opts.reconnection ?? false });
    const take = (w: View) => {
      this.wire = w;
      const v = auth.views ? (unpack(w) as View) : w;
      this.view = v;
      this.views.push(v);
      this.waiters = this.waiters.filter((x) => (x.pred(v) ? (x.resolve(v), false) : true));
    };
    this.socket.on('view', take);
    // As client/common/session.ts does: a patch onto the view it was made from, else the full view again.
    this.socket.on('view:patch', (p) => {
      if (holdsPatchResult(this.wire, p)) return void this.overtaken++;
      const next = applyViewPatch(this.wire, p);
      if (next) return (this.patches++, take(next));
      this.resyncs++;
      this.socket.emit('view:get', (v) => take(v));
    });
  }

  connected(): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.socket.connected) return resolve();
      this.socket.once('connect', () => resolve());
      this.socket.once('connect_error', (e) => reject(e));
    });
  }

  waitFor<V extends View = View>(pred: (v: V) => boolean, timeoutMs = 5000): Promise<V> {
    if (this.view && pred(this.view as V)) return Promise.resolve(this.view as V);
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('timed out waiting for a view')), timeoutMs);
      this.waiters.push({ pred: pred as (v: View) => boolean, resolve: (v) => (clearTimeout(t), resolve(v as V)) });
    });
  }

  send<T extends CommandType>(type: T, payload: Omit<CommandPayload<T>, 'commandId'> & { commandId?: string }): Promise<Ack> {
    const body = { commandId: randomUUID(), ...payload };
    return new Promise((resolve) => (this.socket.emit as (...a: unknown[]) => void)(type, body, resolve));
  }

  /** Sends anything at all, for garbage-input tests. */
  raw(event: string, payload: unknown): Promise<Ack> {
    return new Promise((resolve) => (this.socket.emit as (...a: unknown[]) => void)(event, payload, resolve));
  }

  close(): void {
    this.socket.close();
  }
}

export async function connect(url: string, auth: HandshakeAuth): Promise<TestClient> {
  const c = new TestClient(url, auth);
  await c.connected();
  await c.waitFor(() => true);
  return c;
}

/** The token at the end of a join/screen URL (after the #). */
export const tokenOf = (url: string | null) => (url ?? '').split('#')[1] ?? '';
