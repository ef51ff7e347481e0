// What a 公示 shows. The public view carries no objector's name, phone or text (privacy: a
// complaint may name people); it says how many were raised and how each was settled. The host's
// view is the whole state.
import { noticePhase, standingAnswer, type Decision, type NoticePhase, type NoticeState, type Publication } from './state.ts';

export const DECISION_TEXT: Record<Decision, string> = { upheld: '维持原结果', corrected: '已更正结果', rejected: '不予受理' };
/** The public page in English (`?lang=en`); the printed notice and the exported file stay Chinese. */
export const DECISION_TEXT_EN: Record<Decision, string> = { upheld: 'result upheld', corrected: 'result corrected', rejected: 'not accepted' };

export interface PublicNotice {
  id: string;
  terms: NoticeState['terms'];
  phase: NoticePhase;
  /** The results as now published; earlier versions keep only what identifies them. */
  current: Publication;
  earlier: Pick<Publication, 'version' | 'at' | 'fingerprint' | 'contests'>[];
  objections: { number: number; at: number; decision: Decision | null; reason: string | null; answeredAt: number | null }[];
  counts: { total: number; answered: number } & Record<Decision, number>;
}

export function publicNotice(s: NoticeState, today: string): PublicNotice {
  const objections = s.objections.map((o, i) => {
    const a = standingAnswer(o);
    return { number: i + 1, at: o.at, decision: a?.decision ?? null, reason: a?.reason ?? null, answeredAt: a?.at ?? null };
  });
  const count = (d: Decision) => objections.filter((o) => o.decision === d).length;
  return {
    id: s.id,
    terms: s.terms,
    phase: noticePhase(s, today),
    current: s.publications[s.publications.length - 1]!,
    earlier: s.publications.slice(0, -1).map(({ version, at, fingerprint, contests }) => ({ version, at, fingerprint, ...(contests && { contests }) })),
    objections,
    counts: { total: objections.length, answered: objections.filter((o) => o.decision !== null).length, upheld: count('upheld'), corrected: count('corrected'), rejected: count('rejected') },
  };
}

/** The sentence that closes a notice (公示期满): how many objections and how each was settled. */
export function closingSummary(n: PublicNotice, count: (x: number) => string, lang: 'zh' | 'en' = 'zh'): string {
  const c = n.counts;
  const pending = c.total - c.answered;
  const decisions = Object.keys(DECISION_TEXT) as Decision[];
  if (lang === 'en') {
    const settled = decisions.map((d) => `${DECISION_TEXT_EN[d]}: ${count(c[d])}`);
    return `${count(c.total)} objection(s) received${c.total ? ` — ${settled.join(', ')}${pending ? `, still being handled: ${count(pending)}` : ''}` : ''}.`;
  }
  const settled = decisions.map((d) => `${DECISION_TEXT[d]} ${count(c[d])} 件`);
  return `共收到异议 ${count(c.total)} 件${c.total ? `：${settled.join('，')}${pending ? `，尚在处理 ${count(pending)} 件` : ''}` : ''}。`;
}
