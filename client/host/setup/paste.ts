// Rows copied from Excel arrive tab-separated, one per line. A header row (姓名 / 单位…) is skipped.
import type { GroupRow, JudgeRow, PresenterRow } from './draft.ts';

const HEADER = /^(姓名|名字|评委|单位|汇报单位|name|unit)$/i;

function rows(text: string): string[][] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  // A line with tabs came from Excel; one without (typed by hand, from a chat message, or added
  // under rows copied from Excel) has its cells between commas or runs of spaces. Deciding for the
  // whole paste put such a line whole into 单位 when another line had tabs.
  const split = (l: string) => (l.includes('\t') ? l.split('\t') : l.split(/\s*[,，]\s*|\s+/));
  const out = lines.map((l) => split(l).map((c) => c.trim()));
  return out.filter((cells, i) => !(i === 0 && HEADER.test(cells[0] ?? '')));
}

export function pasteJudges(text: string): JudgeRow[] {
  return rows(text).map(([name = '', title = '', group = '']) => ({ name, title, group }));
}

export function pastePresenters(text: string): PresenterRow[] {
  return rows(text).map(([unit = '', speaker = '', title = '']) => ({ unit, speaker, title }));
}

/** Groups named by pasted judges that the contest does not have yet, added with weight 1. */
export function missingGroups(judges: JudgeRow[], groups: GroupRow[]): GroupRow[] {
  const known = new Set(groups.map((g) => g.name));
  const names = [...new Set(judges.map((j) => j.group).filter((g) => g && !known.has(g)))];
  return names.map((name) => ({ name, weight: 1 }));
}
