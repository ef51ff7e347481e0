// A database written by Leitai 0.1 (before stable ids were stored; test/fixtures/make-legacy.ts)
// opens in this version and every result, view and export comes out as 0.1 made them: the ids
// 0.1 gave by position are exactly the ids its definitions get now, old event shapes included.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { HostView, PublicView } from '../../shared/protocol/index.ts';
import { pdfPages, tmpPdf } from '../report/poppler.ts';
import { api, connect, HOST_TOKEN, startServer, tempDir, tokenOf } from '../support/server.ts';

const fixture = path.join(import.meta.dirname, '../fixtures/legacy-0.1');
const expected = JSON.parse(fs.readFileSync(path.join(fixture, 'expected.json'), 'utf8')) as {
  contestId: string;
  results: unknown;
  hostView: HostView;
  screenView: PublicView;
};

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.reverse()) await f();
  cleanup = [];
});

async function legacyServer() {
  const dir = tempDir();
  fs.copyFileSync(path.join(fixture, 'leitai.sqlite'), path.join(dir, 'leitai.sqlite'));
  const server = await startServer(dir);
  cleanup.push(() => server.close());
  return server;
}

/**
 * A view or results document without what this version adds: ids on criteria and definition
 * entries, the contest's decimals on a view's contest, a question's outcome and firstShownAt,
 * a revealed mark's per-criterion drops and a group's fellBackToMean (top-level fellBackToMean,
 * which 0.1 had, sits beside `final` and is kept), the 评比 parts (kind "arena", rating null) and the series' boards (null).
 */
const withoutNewIds = <T>(v: T): T =>
  JSON.parse(JSON.stringify(v), (k, x: unknown) => {
    if (k === 'outcome' || k === 'firstShownAt') return undefined;
    if (k === 'appraisal' && x === null) return undefined; // 民主测评, none in 0.1
    if (k === 'rating' && x === null) return undefined; // 评比, none in 0.1
    if (k === 'boards' && x === null) return undefined; // 红黑榜 of a series, none in 0.1
    if (k === 'benchmark' && x === null) return undefined; // 对标 stage, none in 0.1
    if (k === 'stageForced' && x === false) return undefined; // the projector followed the contest
    if (k === 'criteria' && x === null) return undefined;
    if (k === 'missing' && Array.isArray(x)) return undefined; // judges not scored at a reveal, on the screen since 2026-12 (checked below)
    if (x && typeof x === 'object' && !Array.isArray(x) && 'weight' in x && 'result' in x && !('judgeCount' in x)) {
      const { fellBackToMean: _f, ...rest } = x as Record<string, unknown>;
      return rest;
    }
    if (k === 'contest' && x && typeof x === 'object' && 'partial' in x) {
      // A contest of 0.1 is a 擂台赛: kind is stripped only when it says so.
      const { decimals: _d, ...rest } = x as Record<string, unknown>;
      if (rest.kind === 'arena') delete rest.kind;
      return rest;
    }
    return k === 'criteria' && Array.isArray(x) ? x.map(({ id: _id, ...c }) => c) : x;
  }) as T;

describe('a database from Leitai 0.1', () => {
  it('loads, scores and exports exactly as 0.1 did', async () => {
    const server = await legacyServer();
    const id = expected.contestId;
    // Fields added since 0.1 (listed here) are the only difference.
    const results = expected.results as { audit: object };
    const now = (await api<{ presenters: { questions: { outcome: string }[] }[] }>(server.url, 'GET', `/api/contests/${id}/results`)).body;
    expect(withoutNewIds(now)).toEqual({ ...results, audit: { ...results.audit, hiddenComments: [], reportCorrections: [] } });
    expect(now.presenters.flatMap((p) => p.questions.map((q) => q.outcome))).toEqual(['not_shown', 'answered', 'shown_unanswered']);
    const csv = await fetch(`${server.url}/api/contests/${id}/results.csv`, { headers: { authorization: `Bearer ${HOST_TOKEN}` } }).then((r) => r.text());
    expect(csv).toBe(fs.readFileSync(path.join(fixture, 'expected.csv'), 'utf8'));

    const host = await connect(server.url, { role: 'host', token: HOST_TOKEN, contestId: id });
    cleanup.push(() => host.close());
    const hv = host.view as HostView;
    expect(hv.rev).toBe(expected.hostView.rev);
    // Added since 0.1: each presenter's 民主测评 line (null: none held).
    expect(hv.results.presenters.every((p) => p.appraisal === null)).toBe(true);
    expect({ ...hv.results, presenters: hv.results.presenters.map(({ appraisal: _a, ...p }) => p) }).toEqual(expected.hostView.results);
    // Added since 0.1: the allotted report time and the host's report-time correction (none then).
    expect(hv.presenters.map(({ reportDurationMs: _d, reportCorrection: _c, ...p }) => p)).toEqual(expected.hostView.presenters);
    expect(hv.presenters.map((p) => p.reportCorrection)).toEqual([null, null, null]);
    expect(withoutNewIds(hv.questions)).toEqual(expected.hostView.questions);
    expect(hv.comments).toEqual(expected.hostView.comments.map((c) => ({ ...c, hidden: null })));
    expect(withoutNewIds(hv.screen)).toEqual(expected.hostView.screen);
    // 0.1 revealed p1 without its 7th judge (群众代表): the screen now shows that seat as 未评分.
    expect(Object.fromEntries(hv.screen.revealed.map((r) => [r.presenterId, r.missing.map((m) => `${m.seat}/${m.group}`)]))).toEqual({ p1: ['7/群众代表'], p2: [] });
    // Positional ids of 0.1 are now stored ids: j1… in list order after the edit, p1… for units.
    expect(hv.definition.judges.map((j) => [j.id, j.name])).toEqual(expected.hostView.judges.map((j) => [j.id, j.name]));
    expect(hv.definition.presenters.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    expect(hv.definition.criteria.map((c) => c.id)).toEqual(['c1', 'c2']);
  });

  it('serves its log as 0.1 wrote it, and prints the fingerprint 0.1 printed', async () => {
    const server = await legacyServer();
    const id = expected.contestId;
    const db = new Database(path.join(fixture, 'leitai.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT seq, type, data, at, actor, command_id AS commandId FROM events WHERE contest_id = ? ORDER BY seq').all(id) as {
      seq: number;
      type: string;
      data: string;
      at: number;
      actor: string;
      commandId: string | null;
    }[];
    db.close();
    const log = (await api<{ seq: number; data: unknown }[]>(server.url, 'GET', `/api/contests/${id}/events`)).body;
    expect(log).toEqual(rows.map((r) => ({ ...r, data: JSON.parse(r.data) })));
    // 0.1's definition (docs/report.md): one JSON line per stored event, SHA-256 of the lines.
    const text = rows.map((r) => JSON.stringify([r.seq, r.type, JSON.parse(r.data), r.at, r.actor, r.commandId])).join('\n');
    const sha = createHash('sha256').update(text, 'utf8').digest('hex');
    const pdf = await fetch(`${server.url}/api/contests/${id}/report.pdf`, { headers: { authorization: `Bearer ${HOST_TOKEN}` } });
    expect(pdf.status).toBe(200);
    const pages = pdfPages(tmpPdf(Buffer.from(await pdf.arrayBuffer())));
    expect(pages.join('\n').replace(/\s+/g, '')).toContain(sha);
  });

  it('lets the judges of 0.1 in with their old links, as the same judges', async () => {
    const server = await legacyServer();
    const links = (await api<{ screenUrl: string; judges: { id: string; name: string; joinUrl: string }[] }>(server.url, 'GET', `/api/contests/${expected.contestId}/access`)).body;
    expect(links.judges.map((j) => [j.id, j.name])).toEqual(expected.hostView.judges.map((j) => [j.id, j.name]));
    for (const link of links.judges) {
      const judge = await connect(server.url, { role: 'judge', token: tokenOf(link.joinUrl) });
      cleanup.push(() => judge.close());
      expect(judge.view).toMatchObject({ role: 'judge', me: { id: link.id, name: link.name } });
    }
    const screen = await connect(server.url, { role: 'screen', token: tokenOf(links.screenUrl) });
    cleanup.push(() => screen.close());
    expect(withoutNewIds(screen.view)).toEqual(expected.screenView);
  });
});
