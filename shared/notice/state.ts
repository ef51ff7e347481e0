// A 公示 (public notice), folded from its own append-only event log like a series: what was
// published (each version frozen with the fingerprint of the log it came from), the notice
// period, and the objections with every answer given. Nothing is edited or deleted: a
// republication after a correction and a changed answer are events of their own.

/** One table of the published results, already formatted (shared/format.ts) when frozen. */
export interface PublishedTable {
  heading: string;
  columns: string[];
  rows: string[][];
}

/** Of an event log up to `lastSeq` (server/report/fingerprint.ts): the printed report of that log carries the same. */
export interface LogFingerprint {
  sha256: string;
  count: number;
  lastSeq: number;
}

/** What the public sees, frozen at publication. */
export interface Publication {
  version: number;
  title: string;
  /** The date, tier and period: what the results are of. */
  subtitle: string;
  tables: PublishedTable[];
  /** Of the source's event log (contest or series) up to `lastSeq`: the printed report matches it. */
  fingerprint: LogFingerprint;
  /**
   * A series notice's: the log of each contest its standing counts (the tier and period's linked
   * contests) up to what was read, since a score corrected there changes the tables but not the
   * series' log. Absent on contest notices, and on series notices published before it was kept.
   */
  contests?: { contestId: string; title: string; fingerprint: LogFingerprint }[];
  at: number;
  /** For a version after the first: the corrections (reasons) that made it. */
  amendments: { reason: string; at: number }[];
}

export type NoticeSubject = { kind: 'contest'; contestId: string } | { kind: 'series'; seriesId: string; tierId: string; periodId: string };

export interface NoticeTerms {
  /** YYYY-MM-DD, both days included. */
  start: string;
  end: string;
  /** 发布单位, as printed under the notice. */
  issuer: string;
  /** 联系方式: where to call or write besides the form. */
  contact: string;
}

export const DECISIONS = ['upheld', 'corrected', 'rejected'] as const;
/** 维持原结果 / 已更正结果 / 不予受理. */
export type Decision = (typeof DECISIONS)[number];

export interface Objection {
  id: string;
  text: string;
  /** Private: only the host sees who wrote. */
  name: string | null;
  phone: string | null;
  at: number;
  /** Every answer, oldest first; the last one stands. */
  answers: { decision: Decision; reason: string; at: number }[];
}

export interface NoticeState {
  id: string;
  subject: NoticeSubject;
  terms: NoticeTerms;
  publications: Publication[];
  objections: Objection[];
  createdAt: number;
  seq: number;
}

export type NoticeEvent =
  | { type: 'NoticePublished'; noticeId: string; subject: NoticeSubject; terms: NoticeTerms; publication: Publication; at: number }
  | { type: 'NoticeRepublished'; publication: Publication; at: number }
  | { type: 'ObjectionSubmitted'; objectionId: string; text: string; name: string | null; phone: string | null; at: number }
  | { type: 'ObjectionAnswered'; objectionId: string; decision: Decision; reason: string; at: number };

export function evolveNotice(state: NoticeState | null, e: NoticeEvent): NoticeState {
  if (e.type === 'NoticePublished') return { id: e.noticeId, subject: e.subject, terms: e.terms, publications: [e.publication], objections: [], createdAt: e.at, seq: 1 };
  if (!state) throw new Error(`${e.type} before NoticePublished`);
  const s = { ...state, seq: state.seq + 1 };
  switch (e.type) {
    case 'NoticeRepublished':
      return { ...s, publications: [...s.publications, e.publication] };
    case 'ObjectionSubmitted':
      return { ...s, objections: [...s.objections, { id: e.objectionId, text: e.text, name: e.name, phone: e.phone, at: e.at, answers: [] }] };
    case 'ObjectionAnswered': {
      const answer = { decision: e.decision, reason: e.reason, at: e.at };
      return { ...s, objections: s.objections.map((o) => (o.id === e.objectionId ? { ...o, answers: [...o.answers, answer] } : o)) };
    }
  }
}

export function replayNotice(events: readonly NoticeEvent[]): NoticeState {
  const state = events.reduce<NoticeState | null>(evolveNotice, null);
  if (!state) throw new Error('a notice log starts with NoticePublished');
  return state;
}

export type NoticePhase = 'upcoming' | 'open' | 'closed';

/** Where the notice period stands on `today` (YYYY-MM-DD, the server's calendar day). */
export function noticePhase(state: Pick<NoticeState, 'terms'>, today: string): NoticePhase {
  if (today < state.terms.start) return 'upcoming';
  return today > state.terms.end ? 'closed' : 'open';
}

export const latestPublication = (s: NoticeState): Publication => s.publications[s.publications.length - 1]!;
export const standingAnswer = (o: Objection) => o.answers[o.answers.length - 1] ?? null;

/** Objections nobody has answered yet (the host's N 件异议待答复). */
export const unansweredCount = (s: Pick<NoticeState, 'objections'>): number => s.objections.filter((o) => standingAnswer(o) === null).length;
