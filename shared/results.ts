// The results document served at GET /api/contests/:id/results: names resolved, per presenter
// the final, rank, penalty, overtime, criterion aggregates, every judge's marks and which were
// dropped; and the champion(s). Built from state, so it always matches the event log.
import type { ContestState, Question } from './domain/state.ts';
import { judgeName as nameOf, judgeById, unitName } from './roster.ts';
import { elapsedSeconds } from './format.ts';
import { revealedResults } from './views.ts';

/**
 * What became of a question, as the record must say it. A question taken down from the screen
 * waits again with shownAt null, but the hall saw it: firstShownAt keeps that, so "shown and not
 * answered" is its own outcome rather than reading as never shown.
 */
export type QuestionOutcome = 'answered' | 'shown_unanswered' | 'not_shown' | 'shown_dismissed' | 'dismissed' | 'merged';
export function questionOutcome(q: Pick<Question, 'status' | 'firstShownAt'>): QuestionOutcome {
  const seen = q.firstShownAt !== null;
  switch (q.status) {
    case 'answered':
    case 'merged':
      return q.status;
    case 'dismissed':
      return seen ? 'shown_dismissed' : 'dismissed';
    case 'shown':
      return 'shown_unanswered';
    case 'waiting':
      return seen ? 'shown_unanswered' : 'not_shown';
  }
}

export function resultsDocument(s: ContestState) {
  const results = revealedResults(s);
  const scored = new Map(results.presenters.map((p) => [p.presenterId, p]));
  const ranks = new Map(results.ranking.map((r) => [r.presenterId, r]));
  const judgeName = (id: string) => nameOf(s.def, id);

  const hidden = new Set(s.hiddenComments.map((h) => h.commentId));
  const presenters = s.def.presenters.map((p) => {
    const id = p.id;
    const run = s.presenters[id];
    const score = scored.get(id);
    const rank = ranks.get(id);
    return {
      presenterId: id,
      unit: p.unit,
      speaker: p.speaker,
      title: p.title,
      status: run?.status ?? 'waiting',
      order: s.order.indexOf(id) + 1,
      revealed: run?.phase === 'revealed',
      final: score?.final ?? null,
      raw: score?.raw ?? null,
      rank: rank?.rank ?? null,
      sharedRank: rank?.shared ?? false,
      decidedBy: rank?.decidedBy ?? null,
      penalty: score?.penalty ?? 0,
      overtimeSeconds: score?.overtimeSeconds ?? elapsedSeconds(run?.overtimeMs ?? 0),
      reportSeconds: run?.reportUsedMs != null ? elapsedSeconds(run.reportUsedMs) : null,
      fellBackToMean: score?.fellBackToMean ?? false,
      /** 民主测评: ballots per option, satisfaction, score and its part of the final (null: none held). */
      appraisal: score?.appraisal ?? null,
      criteria: s.def.criteria.map((c, k) => ({ name: c.name, max: c.max, score: score?.criteria[k] ?? null })),
      groups: score?.groups ?? [],
      judges: (score?.judges ?? []).map((j) => ({
        judgeId: j.judgeId,
        name: judgeName(j.judgeId),
        group: j.group,
        values: j.values,
        total: j.total,
        dropped: j.dropped,
        droppedCriteria: j.droppedCriteria,
        amended: run?.marks[j.judgeId]?.amended ?? 0,
        correction: run?.marks[j.judgeId]?.correction ?? null,
      })),
      missingJudges: run?.revealedWithMissing ?? [],
      reportDurationSeconds: run?.reportDurationMs != null ? elapsedSeconds(run.reportDurationMs) : null,
      qaSeconds: run?.qaUsedMs != null ? elapsedSeconds(run.qaUsedMs) : null,
      questions: s.questions
        .filter((q) => q.presenterId === id)
        .map((q) => ({
          id: q.id,
          asker: q.judgeId ? judgeName(q.judgeId) : null,
          askerTitle: judgeById(s.def, q.judgeId)?.title ?? '',
          source: q.source,
          text: q.text,
          original: q.original !== q.text ? q.original : null,
          status: q.status,
          outcome: questionOutcome(q),
          mergedInto: q.mergedInto,
          askedAt: q.askedAt,
          shownAt: q.shownAt,
          firstShownAt: q.firstShownAt,
          answerSeconds: q.answerMs !== null ? elapsedSeconds(q.answerMs) : null,
          summary: q.summary,
        })),
      comments: s.comments
        .filter((c) => c.presenterId === id && !hidden.has(c.id))
        .map((c) => ({ id: c.id, judge: c.judgeId ? judgeName(c.judgeId) : null, by: c.by, text: c.text, at: c.at })),
    };
  });

  const champions =
    s.status === 'finished'
      ? results.ranking.filter((r) => r.rank === 1).map((r) => ({ presenterId: r.presenterId, unit: presenters.find((p) => p.presenterId === r.presenterId)?.unit ?? '' }))
      : [];
  // The trail a reader of the results needs to trust them: who changed which marks and why,
  // and every step the host undid. Kept in state by evolve, so it is the log's own record.
  const unitOf = (id: string | null) => (id === null ? null : unitName(s.def, id));
  const audit = {
    corrections: s.corrections.map((c) => ({
      presenterId: c.presenterId,
      presenter: unitOf(c.presenterId),
      judgeId: c.judgeId,
      judge: judgeName(c.judgeId),
      reason: c.reason,
      at: c.at,
    })),
    /** Report times the host corrected (report:correct), in order: recorded before, set now, why. */
    reportCorrections: s.reportCorrections.map((c) => ({
      presenterId: c.presenterId,
      presenter: unitOf(c.presenterId),
      wasSeconds: elapsedSeconds(c.was.reportUsedMs),
      seconds: elapsedSeconds(c.reportUsedMs),
      wasOvertimeSeconds: elapsedSeconds(c.was.overtimeMs),
      overtimeSeconds: elapsedSeconds(c.overtimeMs),
      reason: c.reason,
      at: c.at,
    })),
    stepsBack: s.stepsBack.map((b) => ({ presenterId: b.presenterId, presenter: unitOf(b.presenterId), from: b.from, to: b.to, reason: b.reason, at: b.at })),
    /** Comments the host left out of the report: who wrote what, and why it was left out. */
    hiddenComments: s.hiddenComments.flatMap((h) => {
      const c = s.comments.find((x) => x.id === h.commentId);
      if (!c) return [];
      return [{ commentId: c.id, presenterId: c.presenterId, presenter: unitOf(c.presenterId), judge: c.judgeId ? judgeName(c.judgeId) : null, text: c.text, reason: h.reason, at: h.at }];
    }),
  };

  return {
    contest: { id: s.id, title: s.def.title, theme: s.def.theme, date: s.def.date ?? null, tier: s.def.tier, status: s.status, partial: s.partial, rev: s.rev },
    criteria: s.def.criteria.map((c) => ({ name: c.name, max: c.max, weight: c.weight })),
    judges: s.def.judges.map((j) => ({ judgeId: j.id, name: j.name, title: j.title, group: j.group ?? null })),
    ranking: results.ranking.map((r) => ({ ...r, final: scored.get(r.presenterId)?.final ?? null })),
    presenters,
    champions,
    sharedChampionship: champions.length > 1,
    /** How the 民主测评 was held — the electorate is printed with every result — and the codes voided. */
    appraisal: s.def.appraisal
      ? { electorate: s.def.appraisal.electorate, opens: s.def.appraisal.opens, weight: s.def.appraisal.weight, noBallots: s.def.appraisal.noBallots, issued: Object.keys(s.appraisal.codes).length, voided: s.appraisal.voided }
      : null,
    audit,
  };
}
export type ResultsDocument = ReturnType<typeof resultsDocument>;
