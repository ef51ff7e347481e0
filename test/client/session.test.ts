// The client session against a stand-in server whose `view:get` answers are chosen by the test:
// only a view for the session's own role may replace the one it has. And whose handshakes it
// refuses: `unavailable` (an edge without the main server) is retried, a final code is not.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { afterEach, describe, expect, it } from 'vitest';
import { createSession, type Session } from '../../client/common/session.ts';
import type { View } from '../../shared/protocol/index.ts';

const judgeView = (rev: number) => ({ role: 'judge', rev, marker: `judge view ${rev}` });

let stop: (() => Promise<void>) | null = null;
afterEach(async () => {
  await stop?.();
  stop = null;
});

/** A server that sends `first` on connect and answers each `view:get` with the next of `answers`. */
async function standIn(first: unknown, answers: unknown[], refuse: (attempt: number) => string | null = () => null): Promise<string> {
  const http = createServer();
  const io = new Server(http);
  let attempts = 0;
  io.use((_socket, next) => {
    const code = refuse(attempts++);
    next(code ? Object.assign(new Error(`refused: ${code}`), { data: { code } }) : undefined);
  });
  io.on('connection', (socket) => {
    socket.emit('view', first);
    socket.on('view:get', (reply: (a: unknown) => void) => reply(answers.shift()));
    socket.on('clock:ping', (reply: (n: number) => void) => reply(Date.now()));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  stop = () => new Promise((resolve) => io.close(() => resolve()));
  return `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
}

/** A judge's session on `url`, closed after the test before the server stops. */
function open(url: string, retryBaseMs?: number): Session<View> {
  const session = createSession<View>({ role: 'judge', token: 't' }, url, { retryBaseMs });
  const close = stop;
  stop = async () => {
    session.close();
    await close?.();
  };
  return session;
}

async function connected(url: string): Promise<Session<View>> {
  const session = open(url);
  await expect.poll(() => session.useSession.getState().view).not.toBeNull();
  return session;
}

/** Asks for a fresh view and waits until its answer has been handled (acks arrive in order). */
async function refreshed(session: Session<View>): Promise<unknown> {
  session.refresh();
  await new Promise((resolve) => session.socket.emit('clock:ping', resolve));
  return session.useSession.getState().view;
}

describe('session view:get', () => {
  it('keeps the last good view when the server answers with an error', async () => {
    const session = await connected(await standIn(judgeView(4), [{ ok: false, code: 'not_found', message: '比赛不存在' }]));
    expect(await refreshed(session)).toEqual(judgeView(4));
  });

  it('ignores a view for another role, or something that is no view at all', async () => {
    const session = await connected(await standIn(judgeView(4), [{ role: 'host', rev: 9 }, null, 'view', { role: 'judge', rev: 'x' }]));
    for (let i = 0; i < 4; i++) expect(await refreshed(session)).toEqual(judgeView(4));
  });

  it('stores a fresh view of its role', async () => {
    const session = await connected(await standIn(judgeView(4), [judgeView(7)]));
    expect(await refreshed(session)).toEqual(judgeView(7));
  });

  it('does not take an error pushed as a view either', async () => {
    const session = open(await standIn({ ok: false, code: 'internal', message: 'x' }, []));
    await expect.poll(() => session.useSession.getState().status).toBe('online');
    await new Promise((resolve) => session.socket.emit('clock:ping', resolve));
    expect(session.useSession.getState().view).toBeNull();
  });
});

describe('session handshake refusals', () => {
  it.each(['unavailable', 'version_mismatch'])('retries after `%s`, with a growing wait, showing "connecting" rather than an error', async (code) => {
    const seen: number[] = [];
    const url = await standIn(judgeView(3), [], (attempt) => (seen.push(Date.now()), attempt < 3 ? code : null));
    const session = open(url, 100);
    const statuses = new Set<string>();
    session.useSession.subscribe((s) => statuses.add(s.status));
    await expect.poll(() => session.useSession.getState().view, { timeout: 5000 }).toEqual(judgeView(3));
    expect(session.useSession.getState().status).toBe('online');
    expect(seen).toHaveLength(4);
    expect([...statuses]).not.toContain('denied');
    // Waits of 50–100, 100–200, 200–400 ms (retry.ts), plus the handshakes themselves.
    const gaps = seen.slice(1).map((at, i) => at - seen[i]!);
    expect(gaps[0]).toBeGreaterThanOrEqual(45);
    expect(gaps[2]).toBeGreaterThanOrEqual(195);
  });

  it('does not retry a final refusal (`use_authority` at an edge) and shows its words', async () => {
    let attempts = 0;
    const session = open(await standIn(judgeView(1), [], () => (attempts++, 'use_authority')), 50);
    await expect.poll(() => session.useSession.getState().status).toBe('denied');
    await new Promise((r) => setTimeout(r, 300));
    expect(attempts).toBe(1);
    expect(session.useSession.getState().denied).toBe('refused: use_authority');
  });
});
