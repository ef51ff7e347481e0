// A contest on a real server, brought to the point where most commands mean something: running,
// the first presenter on stage with scoring open. Plus the two ways a test sees the server's
// state from outside: the revision (view:get) and the event log (/events).
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { HostView, View } from '../../../shared/protocol/index.ts';
import { definition, type Created } from '../../integration/fixtures.ts';
import { api, connect, HOST_TOKEN, type TestClient } from '../../support/server.ts';

export interface LoggedEvent {
  seq: number;
  type: string;
  commandId: string | null;
  data: { type: string; judgeId?: string; presenterId?: string; values?: number[] };
}

export const commandId = () => randomUUID();

export async function createContest(url: string, def: unknown = definition): Promise<Created> {
  const res = await api<Created>(url, 'POST', '/api/contests', def);
  expect(res.status).toBe(201);
  return res.body;
}

/** Creates a contest and opens scoring for the first presenter; returns the host socket too. */
export async function scoringContest(url: string): Promise<{ created: Created; host: TestClient; presenterId: string }> {
  const created = await createContest(url);
  const host = await connect(url, { role: 'host', token: HOST_TOKEN, contestId: created.id });
  for (const type of ['contest:start', 'presenter:next', 'phase:qa', 'scoring:open'] as const) expect(await host.send(type, {})).toMatchObject({ ok: true });
  const view = await host.waitFor<HostView>((v) => v.role === 'host' && v.current?.scoringOpen === true);
  return { created, host, presenterId: view.current!.presenterId };
}

export const freshView = <V extends View = View>(c: TestClient) => new Promise<V>((resolve) => c.socket.emit('view:get', (v) => resolve(v as V)));

export async function events(url: string, contestId: string): Promise<LoggedEvent[]> {
  const res = await api<LoggedEvent[]>(url, 'GET', `/api/contests/${contestId}/events`);
  expect(res.status).toBe(200);
  return res.body;
}

/** What "nothing changed" means from outside: the same revision and the same event log. */
export async function fingerprint(url: string, contestId: string, observer: TestClient) {
  const [view, log, list] = await Promise.all([freshView(observer), events(url, contestId), api<unknown[]>(url, 'GET', '/api/contests')]);
  return { rev: view.rev, events: log.length, lastSeq: log[log.length - 1]?.seq ?? 0, contests: list.body.length };
}

export { HOST_TOKEN };
