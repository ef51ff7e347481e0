// What each role may see, computed from state. Before reveal nobody but the host sees a mark;
// a judge sees only their own.
//
// Views are recomputed after every commit, for every role, so each costly part is memoized on
// the immutable state it comes from: evolve returns new objects only for what an event changed
// (a submission replaces one presenter's run and one Marks object), so a WeakMap keyed by those
// objects recomputes the exact rational scoring of one presenter per commit, not of all of them
// three times over (host view, its screen, the screen), and forgets states nobody holds.
//
// The parts of a view that did not change are also the same objects from one commit to the next
// (a presenter's entry, a judge's mark, a revealed score): the patch of a view (server/
// view-patches.ts) skips a subtree that is the same object at once, and no garbage is made for it.
// Views are shared, so nothing may modify one (the server spreads copies where it adds to one).
import type { ContestDefinition } from './definition.ts';
import { judgeById, seatOf } from './roster.ts';
import { orderOpen, type ContestState, type Marks, type PresenterRun } from './domain/state.ts';
import type { HostView, JudgeView, LateMark, PublicView, ScreenStage } from './protocol/index.ts';
import { scoreExact, type ScoredPresenter } from './scoring/aggregate.ts';
import { judgeTotal } from './scoring/index.ts';
import { rank } from './scoring/rank.ts';
import type { PresenterInput, Results } from './scoring/types.ts';
import { hostQa, judgeQa, publicQa } from './views-qa.ts';
import { perObject, stable } from './stable.ts';
import { hostJudge } from './views-host.ts';
import { appraisalHost, appraisalPublic } from './views-appraisal.ts';
import { ratingJudge, ratingPublic } from './views-rating.ts';

/** A per-object cache that also checks the definition the value was computed under. */
function memo<K extends object, V>() {
  const cache = new WeakMap<K, { def: ContestDefinition; value: V }>();
  return (key: K, def: ContestDefinition, compute: () => V): V => {
    const hit = cache.get(key);
    if (hit && hit.def === def) return hit.value;
    const value = compute();
    cache.set(key, { def, value });
    return value;
  };
}
const scoredRuns = memo<PresenterRun, ScoredPresenter>();
const markTotals = memo<Marks, number>();
const resultsOf = memo<ContestState, Results>();
const resultsOfRuns = memo<ScoredPresenter[], Results>();
/** The ranking as the room sees it, once per Results. */
const rankings = memo<Results, PublicView['ranking']>();
const publicViews = memo<ContestState, PublicView>();
const presenterLists = memo<ContestState, PublicView['presenters']>();
type PresenterEntry = PublicView['presenters'][number];
/** Keyed by the presenter's definition entry, one per status (what changes of it in a contest). */
const presenterEntries = memo<object, Partial<Record<PresenterEntry['status'], PresenterEntry>>>();
/** Keyed by the presenter's run, or their entry while they have none. */
const hostEntries = memo<object, HostView['presenters'][number]>();
const myMarkEntries = memo<Marks, JudgeView['myMarks'][string]>();
const hostMarkEntries = memo<Marks, HostView['presenters'][number]['marks'][string]>();
const revealedEntries = memo<object, PublicView['revealed'][number]>();

/** A judge's total of one Marks object (exact arithmetic, so worth keeping). */
const totalOf = (s: ContestState, m: Marks) => markTotals(m, s.def, () => judgeTotal(s.def, m.values));

function contestInfo(s: ContestState) {
  const d = s.def;
  return { id: s.id, kind: d.kind, title: d.title, theme: d.theme, date: d.date ?? null, tier: d.tier, venue: d.venue, status: s.status, partial: s.partial, decimals: d.rules.decimals };
}

function listPresenters(s: ContestState): PresenterEntry[] {
  return s.def.presenters.map((p) => {
    const status = s.presenters[p.id]?.status ?? 'waiting';
    const byStatus = presenterEntries(p, s.def, () => ({}));
    return (byStatus[status] ??= { id: p.id, unit: p.unit, speaker: p.speaker, title: p.title, status });
  });
}
/** Shared by every view of one state (the host spreads its own copies of the entries). */
const presenterInfo = (s: ContestState) => presenterLists(s, s.def, () => stable(s.def, 'presenters', listPresenters(s)));

const criteriaOf = perObject((d: ContestDefinition) => d.criteria.map((c) => ({ id: c.id, name: c.name, max: c.max, weight: c.weight })));
const criteriaInfo = (s: ContestState) => criteriaOf(s.def);

/** The last report-time correction for a presenter, if the report time was not measured again since. */
function reportCorrectionOf(s: ContestState, id: string) {
  const last = s.reportCorrections.filter((c) => c.presenterId === id).at(-1);
  const run = s.presenters[id];
  if (!last || run?.reportUsedMs !== last.reportUsedMs) return null;
  return { wasMs: last.was.reportUsedMs, reason: last.reason, at: last.at };
}

function current(s: ContestState) {
  const run = s.current ? s.presenters[s.current] : undefined;
  return run && run.phase ? { presenterId: run.id, phase: run.phase, scoringOpen: run.scoringOpen } : null;
}

function timer(s: ContestState) {
  // Warnings longer than the countdown itself (a 60 s answer timer) would fire at once.
  return s.timer ? { ...s.timer, warnAtSeconds: s.def.rules.warnAtSeconds.filter((w) => w * 1000 < s.timer!.durationMs) } : null;
}

export function scoringInput(s: ContestState, id: string): PresenterInput {
  const run = s.presenters[id];
  const marks = run ? Object.entries(run.marks).map(([judgeId, m]) => ({ judgeId, values: m.values })) : [];
  return { presenterId: id, marks, overtimeSeconds: Math.floor((run?.overtimeMs ?? 0) / 1000), appraisal: run?.appraisal?.counts ?? null };
}

/** One presenter scored; reused for as long as their run (marks, overtime) is the same object. */
function scored(s: ContestState, run: PresenterRun): ScoredPresenter {
  return scoredRuns(run, s.def, () => scoreExact(s.def, scoringInput(s, run.id)));
}

/**
 * Official results: revealed presenters only, ranked. The same as computeResults over the
 * revealed presenters, from the memoized scores. Shared: callers must not modify it.
 */
export function revealedResults(s: ContestState): Results {
  return resultsOf(s, s.def, () => {
    // The same revealed scores as last commit (a judge's submission changes none): the same Results.
    const runs = stable(s.def, 'revealedRuns', s.order.flatMap((id) => {
      const run = s.presenters[id];
      return run?.phase === 'revealed' ? [scored(s, run)] : [];
    }));
    return resultsOfRuns(runs, s.def, () => ({ presenters: runs.map((r) => r.score), ranking: rank(s.def, runs) }));
  });
}

function stage(s: ContestState): ScreenStage {
  if (s.screenOverride) return s.screenOverride;
  if (s.status === 'finished') return 'final';
  const cur = current(s);
  if (cur && s.onScreen.comment) return 'comment';
  if (cur?.phase === 'qa' && s.onScreen.question) return 'question';
  if (cur) return cur.phase === 'scoring' ? 'scoring' : cur.phase === 'revealed' ? 'reveal' : 'presenter';
  const anyDone = Object.values(s.presenters).some((p) => p.status === 'done');
  if (anyDone) return 'ranking';
  return s.orderMethod === 'drawn' ? 'order' : 'welcome';
}

/** What the projector and the audience see; computed once per state (the host's `screen` too). */
export function publicView(s: ContestState, role: 'screen' | 'audience' = 'screen'): PublicView {
  const view = publicViews(s, s.def, () => computePublicView(s));
  return role === 'screen' ? view : { ...view, role };
}

function computePublicView(s: ContestState): PublicView {
  const results = revealedResults(s);
  const cur = current(s);
  const names = s.def.rules.revealJudgeNames;
  const perCriterion = s.def.rules.aggregation.scope === 'criterion';
  // A revealed score is the same object while its run is (scored() above), and so is its entry.
  const revealed = stable(s.def, 'revealed', results.presenters.map((p) =>
    revealedEntries(p, s.def, () => ({
      presenterId: p.presenterId,
      marks: p.judges.map((j) => {
        const seat = seatOf(s.def, j.judgeId) ?? 0;
        return { seat, name: names ? (judgeById(s.def, j.judgeId)?.name ?? null) : null, group: j.group, total: j.total, dropped: j.dropped,
          criteria: perCriterion ? j.values.map((value, i) => ({ value, dropped: j.droppedCriteria[i] ?? null })) : null };
      }),
      missing: (s.presenters[p.presenterId]?.revealedWithMissing ?? []).map((id) => {
        const judge = judgeById(s.def, id);
        return { seat: seatOf(s.def, id) ?? 0, name: names ? (judge?.name ?? null) : null, group: judge?.group ?? null };
      }),
      groups: p.groups.map((g) => ({ name: g.name, weight: g.weight, result: g.result, fellBackToMean: g.fellBackToMean })),
      raw: p.raw,
      penalty: p.penalty,
      overtimeSeconds: p.overtimeSeconds,
      final: p.final,
      fellBackToMean: p.fellBackToMean,
      appraisal: p.appraisal,
    })),
  ));
  const ranking = rankings(results, s.def, () => {
    const byId = new Map(results.presenters.map((p) => [p.presenterId, p]));
    return results.ranking.map((r) => ({
      presenterId: r.presenterId,
      rank: r.rank,
      shared: r.shared,
      final: byId.get(r.presenterId)?.final ?? 0,
      penalty: byId.get(r.presenterId)?.penalty ?? 0,
    }));
  });
  const run = cur ? s.presenters[cur.presenterId] : undefined;
  const progress =
    run && cur?.phase === 'scoring' ? { submitted: Object.keys(run.marks).length, expected: s.def.judges.length } : null;
  return {
    role: 'screen',
    rev: s.rev,
    contest: contestInfo(s),
    stage: stage(s),
    stageForced: s.screenOverride !== null,
    criteria: criteriaInfo(s),
    presenters: presenterInfo(s),
    order: s.order,
    orderMethod: s.orderMethod,
    current: cur,
    timer: timer(s),
    progress,
    revealed,
    ranking,
    champions: s.status === 'finished' ? ranking.filter((r) => r.rank === 1).map((r) => r.presenterId) : [],
    qa: publicQa(s),
    muted: s.screenMuted,
    appraisal: appraisalPublic(s),
    rating: ratingPublic(s),
    // The series is outside the contest's state: the server adds the boards (server/series-boards.ts).
    boards: null,
    // 对标 boards are kept outside the contest too: the server adds them (server/benchmark-stage.ts).
    benchmark: null,
  };
}

/**
 * `devices`: how many devices hold this judge's link now (presence, outside the event log); every
 * one of them is sent this view, and each sees the others as `otherDevices`.
 */
export function judgeView(s: ContestState, judgeId: string, devices = 1): JudgeView {
  const j = judgeById(s.def, judgeId);
  const myMarks: JudgeView['myMarks'] = {};
  for (const run of Object.values(s.presenters)) {
    const m = run.marks[judgeId];
    if (m) myMarks[run.id] = myMarkEntries(m, s.def, () => ({ values: m.values, total: totalOf(s, m), at: m.at, byHost: m.correction !== null }));
  }
  return {
    role: 'judge',
    rev: s.rev,
    contest: contestInfo(s),
    me: { id: judgeId, name: j?.name ?? judgeId, title: j?.title ?? '', group: j?.group ?? null },
    criteria: criteriaInfo(s),
    scoreStep: s.def.rules.scoreStep,
    presenters: presenterInfo(s),
    order: s.order,
    current: current(s),
    timer: timer(s),
    myMarks: stable(s.def, `myMarks:${judgeId}`, myMarks),
    ...judgeQa(s, judgeId),
    otherDevices: Math.max(0, devices - 1),
    rating: ratingJudge(s, judgeId),
  };
}

/**
 * A presenter as the host sees them: the same object while their run is. A report-time
 * correction (the only other thing an entry shows) always comes with a new run for its presenter.
 */
const hostEntry = (s: ContestState, p: PresenterEntry) => hostEntries(s.presenters[p.id] ?? p, s.def, () => computeHostEntry(s, p));

function computeHostEntry(s: ContestState, p: PresenterEntry): HostView['presenters'][number] {
  const run = s.presenters[p.id];
  const marks: HostView['presenters'][number]['marks'] = {};
  for (const [jid, m] of Object.entries(run?.marks ?? {}))
    marks[jid] = hostMarkEntries(m, s.def, () => ({ values: m.values, total: totalOf(s, m), at: m.at, amended: m.amended, correction: m.correction }));
  return {
    ...p,
    phase: run?.phase ?? null,
    reportUsedMs: run?.reportUsedMs ?? null,
    reportDurationMs: run?.reportDurationMs ?? null,
    overtimeMs: run?.overtimeMs ?? 0,
    reportCorrection: reportCorrectionOf(s, p.id),
    revealedWithMissing: run?.revealedWithMissing ?? [],
    marks,
  };
}

/**
 * Everything, for the host. `online` and `devices` (per judge, how many devices hold the link)
 * are presence, which the server tracks outside the event log.
 */
export function hostView(s: ContestState, online: ReadonlySet<string>, devices: ReadonlyMap<string, number> = new Map(), late: readonly LateMark[] = []): HostView {
  const official = revealedResults(s);
  const cur = s.current ? s.presenters[s.current] : undefined;
  // The current presenter's provisional score (host only), shown before it is revealed.
  const results = cur && cur.phase === 'scoring' ? { ...official, presenters: [...official.presenters, scored(s, cur).score] } : official;
  return {
    role: 'host',
    rev: s.rev,
    contest: contestInfo(s),
    definition: s.def,
    judges: stable(s.def, 'hostJudges', s.def.judges.map((j) => hostJudge(j, online.has(j.id), devices.get(j.id) ?? 0))),
    presenters: stable(s.def, 'hostPresenters', presenterInfo(s).map((p) => hostEntry(s, p))),
    order: s.order,
    orderMethod: s.orderMethod,
    current: current(s),
    timer: timer(s),
    screen: publicView(s, 'screen'),
    appraisal: appraisalHost(s),
    results,
    // A 评比 has nobody on stage: a reveal is the step it can undo.
    canGoBack: s.status === 'finished' || Boolean(cur?.phase) || (s.def.kind === 'rating' && Object.values(s.presenters).some((p) => p.phase === 'revealed')),
    orderOpen: orderOpen(s),
    ...hostQa(s),
    // Until marks for that judge and unit exist (the host's 补录): then they are what counts.
    lateMarks: stable(s.def, 'lateMarks', late.filter((m) => s.presenters[m.presenterId] && !s.presenters[m.presenterId]!.marks[m.judgeId])),
  };
}
