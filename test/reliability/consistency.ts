// Checks shared by the crash loop, the soak script and the restore test: the server's state is
// exactly a fresh replay of its stored log, and each command's events are whole.
import { io } from 'socket.io-client';
import type { DomainEvent } from '../../shared/domain/events.ts';
import { evolve, initialState } from '../../shared/domain/evolve.ts';
import type { ContestState } from '../../shared/domain/state.ts';
import type { HostView } from '../../shared/protocol/index.ts';
import { hostView } from '../../shared/views.ts';
import type { LoggedEvent } from '../../server/db/event-store.ts';

/** A row of `GET /api/contests/:id/events`: the event store's own shape. */
export type LogRow = LoggedEvent;

/** GET with the host token; throws on anything but 200 so a broken server is noticed. */
export async function getJson<T>(base: string, url: string, token: string): Promise<T> {
  const res = await fetch(base + url, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(10_000) });
  if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The host's full view, as the host console receives it on connect. */
export function hostViewOver(base: string, token: string, contestId: string): Promise<HostView> {
  return new Promise((resolve, reject) => {
    const s = io(base, { auth: { role: 'host', token, contestId }, transports: ['websocket'], forceNew: true, reconnection: false });
    const timer = setTimeout(() => (s.close(), reject(new Error('no host view within 10 s'))), 10_000);
    s.once('view', (v: HostView) => {
      clearTimeout(timer);
      s.close();
      resolve(v);
    });
    s.once('connect_error', (e) => (clearTimeout(timer), s.close(), reject(e)));
  });
}

/** JSON with sorted keys, so two equal views compare equal whatever their key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

/** Presence (who is online) lives outside the log; everything else must come from it. */
export function withoutPresence(v: HostView): HostView {
  return { ...v, judges: v.judges.map((j) => ({ ...j, online: false, devices: 0 })) };
}

/** Replays a log from scratch; null when it does not start with ContestCreated. */
export function replayRows(rows: readonly LogRow[]): ContestState | null {
  const first = rows[0]?.data;
  if (!first || first.type !== 'ContestCreated') return null;
  let s = initialState(first);
  for (const r of rows.slice(1)) s = evolve(s, r.data);
  return s;
}

/** Where the server's view and the replay first differ (a path and both values), or null. */
export function firstDifference(a: unknown, b: unknown, at = ''): string | null {
  if (canonical(a) === canonical(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
      if (d) return d;
    }
  }
  return `${at || '(root)'}: server ${canonical(a)?.slice(0, 200)} ≠ replay ${canonical(b)?.slice(0, 200)}`;
}

/** Problems if the server's host view is not exactly what a fresh replay of its log gives. */
export function compareWithReplay(server: HostView, rows: readonly LogRow[]): string[] {
  const replayed = replayRows(rows);
  if (!replayed) return ['the log does not start with ContestCreated'];
  const problems: string[] = [];
  if (server.rev !== replayed.rev) problems.push(`rev: server ${server.rev}, replay ${replayed.rev}`);
  // Through JSON, as the view travels: undefined fields vanish on both sides alike.
  const expected = JSON.parse(JSON.stringify(hostView(replayed, new Set()))) as HostView;
  const diff = firstDifference(withoutPresence(server), expected);
  if (diff) problems.push(`state differs from a replay of the log at ${diff}`);
  return problems;
}

export interface CommandGroup {
  commandId: string;
  seqs: number[];
  types: string[];
  data: DomainEvent[];
  /** The state just before the command's first event. */
  before: ContestState | null;
}

/** The log's events grouped by the command that produced them, with the state before each. */
export function commandGroups(rows: readonly LogRow[]): { groups: Map<string, CommandGroup>; problems: string[] } {
  const groups = new Map<string, CommandGroup>();
  const problems: string[] = [];
  let s: ContestState | null = null;
  let prev: string | null = null;
  rows.forEach((r, i) => {
    if (r.seq !== i + 1) problems.push(`seq ${r.seq} at position ${i + 1}: the log has a gap`);
    if (r.commandId) {
      const g = groups.get(r.commandId);
      if (!g) groups.set(r.commandId, { commandId: r.commandId, seqs: [r.seq], types: [r.type], data: [r.data], before: s });
      else if (prev !== r.commandId) problems.push(`command ${r.commandId} appears twice in the log (again at seq ${r.seq})`);
      else g.seqs.push(r.seq), g.types.push(r.type), g.data.push(r.data);
    }
    prev = r.commandId;
    s = s === null ? (r.data.type === 'ContestCreated' ? initialState(r.data) : null) : evolve(s, r.data);
  });
  return { groups, problems };
}
