// decide for a 公示: a command against the state (and, for publishing, the facts of what is
// published, read by the server from the contest or series) gives events or a refusal.
// Pure: the time and the calendar day come in, so a test can step past the period's end.
import type { ErrorCode } from '../protocol/index.ts';
import type { NoticeCommand } from './commands.ts';
import { latestPublication, noticePhase, type NoticeEvent, type NoticeState, type NoticeSubject, type NoticeTerms, type Publication } from './state.ts';

export type NoticeDecision = { ok: true; events: NoticeEvent[] } | { ok: false; code: ErrorCode; message: string };

/** What the server read from the source when asked to publish: the results frozen now, and what changed them. */
export interface SourceFacts {
  /** A contest is finished; a series period has at least one finished contest or ledger entry. */
  final: boolean;
  frozen: Omit<Publication, 'version' | 'at' | 'amendments'>;
  /**
   * Corrections in the source's log with their seq (score:correct reasons, ledger corrections);
   * for a series period also those in its contests' logs, marked with `contestId` (their seq is
   * of another log).
   */
  corrections: { seq: number; reason: string; at: number; contestId?: string }[];
}

export interface NoticeClock {
  now: number;
  /** The server's calendar day, YYYY-MM-DD. */
  today: string;
}

const refuse = (code: ErrorCode, message: string): NoticeDecision => ({ ok: false, code, message });

/** The same contest, or the same series tier and period. */
export function sameSubject(a: NoticeSubject, b: NoticeSubject): boolean {
  if (a.kind === 'contest') return b.kind === 'contest' && a.contestId === b.contestId;
  return b.kind === 'series' && a.seriesId === b.seriesId && a.tierId === b.tierId && a.periodId === b.periodId;
}

/**
 * `earlier`: the notices already published (of any subject). One subject has one notice at a time:
 * a second while the first is open or upcoming would split the public's objections over two
 * links that both say 第 1 版 (a correction is republished on the same notice). After its period
 * is over, a new notice may be published.
 */
export function decidePublish(noticeId: string, subject: NoticeSubject, terms: NoticeTerms, source: SourceFacts, clock: NoticeClock, earlier: readonly NoticeState[]): NoticeDecision {
  const live = earlier.find((n) => sameSubject(n.subject, subject) && noticePhase(n, clock.today) !== 'closed');
  if (live) return refuse('wrong_state', `已有公示（${live.terms.start} 至 ${live.terms.end}）：更正后请在原公示上重新公示，不必另发 (a notice of this is open or upcoming; republish that one)`);
  if (!source.final) return refuse('wrong_state', subject.kind === 'contest' ? '比赛尚未结束，不能公示 (only a finished contest can be published)' : '本期还没有结果，不能公示 (the period has no results yet)');
  const publication: Publication = { ...source.frozen, version: 1, at: clock.now, amendments: [] };
  return { ok: true, events: [{ type: 'NoticePublished', noticeId, subject, terms, publication, at: clock.now }] };
}

/** The source's corrections made after the notice's current version was frozen: what a republication would carry. */
export function correctionsSince(state: NoticeState, corrections: SourceFacts['corrections']): SourceFacts['corrections'] {
  const last = latestPublication(state);
  const read = new Map(last.contests?.map((c) => [c.contestId, c.fingerprint.lastSeq]));
  return corrections.filter((c) => {
    if (c.contestId === undefined) return c.seq > last.fingerprint.lastSeq;
    // A series period's contest by where the version read its log; by time (one server clock)
    // when the version did not record it: published before it was kept, or the contest linked since.
    const seen = read.get(c.contestId);
    return seen === undefined ? c.at > last.at : c.seq > seen;
  });
}

export function decideNotice(state: NoticeState, command: NoticeCommand, clock: NoticeClock, source: SourceFacts | null): NoticeDecision {
  const at = clock.now;
  switch (command.type) {
    case 'notice:republish': {
      if (!source) return refuse('not_found', '公示的比赛或系列已不存在 (the source is gone)');
      const last = latestPublication(state);
      const since = correctionsSince(state, source.corrections);
      // A republication exists to show an amendment; without one the frozen results still stand.
      if (since.length === 0) return refuse('wrong_state', '公示后没有更正成绩，无需重新公示 (no correction since the publication)');
      const publication: Publication = { ...source.frozen, version: last.version + 1, at, amendments: since.map(({ reason, at: when }) => ({ reason, at: when })) };
      return { ok: true, events: [{ type: 'NoticeRepublished', publication, at }] };
    }
    case 'objection:submit': {
      const phase = noticePhase(state, clock.today);
      if (phase === 'upcoming') return refuse('wrong_state', '公示期尚未开始 (the notice period has not started)');
      if (phase === 'closed') return refuse('wrong_state', '公示期已满，不再受理异议 (the notice period has ended)');
      const { text, name, phone } = command.payload;
      return { ok: true, events: [{ type: 'ObjectionSubmitted', objectionId: `o${state.objections.length + 1}`, text, name, phone, at }] };
    }
    case 'objection:answer': {
      const { objectionId, decision, reason } = command.payload;
      if (!state.objections.some((o) => o.id === objectionId)) return refuse('not_found', '没有这条异议 (unknown objection)');
      // "已更正" must be visible in the results: the correction is published first.
      if (decision === 'corrected' && state.publications.length < 2) return refuse('wrong_state', '请先更正成绩并重新公示，再答复“已更正结果” (correct and republish first)');
      return { ok: true, events: [{ type: 'ObjectionAnswered', objectionId, decision, reason, at }] };
    }
  }
}
