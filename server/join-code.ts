// The six-digit join code a phone types (`/j/<code>`, docs/http-api.md "Joining"): derived from
// the contest id, so nothing new is stored and the code survives a restart. A new contest's id
// is drawn again until its code is one no contest on this server has, so two contests never
// share a code (a million codes, a county's year of a few hundred contests: a redraw is rare).
import { createHash } from 'node:crypto';

export function joinCode(contestId: string): string {
  const n = createHash('sha256').update(contestId).digest().readUInt32BE(0);
  return String(n % 1_000_000).padStart(6, '0');
}

/** The first id from `draw` that no contest has and whose join code none of `taken` has. */
export function drawContestId(draw: () => string, exists: (id: string) => boolean, taken: ReadonlySet<string>): string {
  for (;;) {
    const id = draw();
    if (!exists(id) && !taken.has(joinCode(id))) return id;
  }
}
