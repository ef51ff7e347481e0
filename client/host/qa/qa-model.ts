// Pure helpers for the moderation queue: which questions a filter shows, in which section,
// who asked, and the swap that moves one up or down. No React here, so it reads like the rules.
import type { HostView } from '../../../shared/protocol/index.ts';

export type Question = HostView['questions'][number];
export type Filter = 'current' | 'advance' | 'all';
export type Section = 'shown' | 'waiting' | 'answered' | 'dismissed';

/** A question stays highlighted as new for this long after it arrives. */
export const FRESH_MS = 30_000;

/** Presenters whose questions count as "in advance": not on stage yet. */
export function advanceIds(view: HostView): Set<string> {
  return new Set(view.presenters.filter((p) => p.status === 'waiting' || p.status === 'absent').map((p) => p.id));
}

/** The questions a filter shows, merged ones left out (they are listed under their target). */
export function visibleQuestions(view: HostView, filter: Filter): Question[] {
  const cur = view.current?.presenterId ?? null;
  const later = advanceIds(view);
  return view.questions.filter((q) => {
    if (q.status === 'merged') return false;
    if (filter === 'current') return q.presenterId === cur;
    if (filter === 'advance') return later.has(q.presenterId);
    return true;
  });
}

export function sectionOf(q: Question): Section {
  return q.status === 'merged' ? 'dismissed' : q.status;
}

export const SECTIONS: readonly Section[] = ['shown', 'waiting', 'answered', 'dismissed'];

/** Questions merged into `id`, for the "含合并" note on the question that absorbed them. */
export const mergedInto = (view: HostView, id: string) => view.questions.filter((q) => q.status === 'merged' && q.mergedInto === id);

/** Questions `q` may be merged into: same presenter, still alive, not itself. */
export function mergeTargets(view: HostView, q: Question): Question[] {
  return view.questions.filter((x) => x.id !== q.id && x.presenterId === q.presenterId && (x.status === 'waiting' || x.status === 'shown' || x.status === 'answered'));
}

/**
 * The question:reorder payload that swaps `q` with its waiting neighbour of the same presenter
 * (the given ids take the places those questions held, in the given order), or null at an end.
 */
export function swapOrder(list: readonly Question[], q: Question, dir: -1 | 1): string[] | null {
  const peers = list.filter((x) => x.status === 'waiting' && x.presenterId === q.presenterId);
  const i = peers.findIndex((x) => x.id === q.id);
  const other = peers[i + dir];
  if (i < 0 || !other) return null;
  return dir === -1 ? [q.id, other.id] : [other.id, q.id];
}

export interface Asker {
  name: string;
  title: string;
}

/** Who asked: a judge (name and title), the host, or the bank. */
export function askerOf(view: HostView, judgeId: string | null): Asker | null {
  const j = judgeId ? view.judges.find((x) => x.id === judgeId) : undefined;
  return j ? { name: j.name, title: j.title } : null;
}

/**
 * Pasted or imported bank text → questions: one per line, blank lines dropped, and a leading
 * "1." / "1、" / "（1）" numbering from Word lists removed (the draw order is random anyway).
 */
export function parseBank(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/^\s*(?:\d{1,3}\s*[.．、)）]|[(（]\d{1,3}[)）])\s*/, '').trim())
    .filter((l) => l.length > 0);
}

/** A .txt file as text: UTF-8 if it is valid UTF-8, else GB18030 (Notepad on Chinese Windows). */
export async function readTextFile(file: Blob): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
