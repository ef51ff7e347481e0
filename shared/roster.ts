// Who is who in a contest, by stable id. Every lookup of a judge, presenter or criterion by id
// goes through here: ids never encode a position (a judge keeps `j2` after the list is edited),
// and an id from the network is looked up with own properties only.
import type { ContestDefinition } from './definition.ts';

type Def = Pick<ContestDefinition, 'judges' | 'presenters' | 'criteria'>;
export type Judge = ContestDefinition['judges'][number];
export type Presenter = ContestDefinition['presenters'][number];

// The definition is immutable once parsed, so an index per definition object is safe to cache.
const indexes = new WeakMap<Def, { judges: Map<string, number>; presenters: Map<string, number> }>();

function index(def: Def) {
  let ix = indexes.get(def);
  if (!ix) {
    ix = {
      judges: new Map(def.judges.map((j, i) => [j.id, i])),
      presenters: new Map(def.presenters.map((p, i) => [p.id, i])),
    };
    indexes.set(def, ix);
  }
  return ix;
}

export function judgeById(def: Def, id: string | null | undefined): Judge | undefined {
  const i = id == null ? undefined : index(def).judges.get(id);
  return i === undefined ? undefined : def.judges[i];
}

export function presenterById(def: Def, id: string | null | undefined): Presenter | undefined {
  const i = id == null ? undefined : index(def).presenters.get(id);
  return i === undefined ? undefined : def.presenters[i];
}

/** A judge's seat: 1-based place in the judges list, as printed (3号评委); null if unknown. */
export function seatOf(def: Def, judgeId: string): number | null {
  const i = index(def).judges.get(judgeId);
  return i === undefined ? null : i + 1;
}

export const judgeIds = (def: Pick<Def, 'judges'>): string[] => def.judges.map((j) => j.id);
export const presenterIds = (def: Pick<Def, 'presenters'>): string[] => def.presenters.map((p) => p.id);

/**
 * Entries without an id take the id of an entry of `current` with the same `key` (a judge's name,
 * a presenter's unit and speaker, a criterion's name); each id is taken once. This is how a
 * definition sent without ids (as clients before ids did) or rows pasted again from Excel keep
 * each judge's link and each presenter's identity.
 */
export function carryIds<T extends { id?: string | undefined }>(current: readonly T[], next: T[], key: (row: T) => string): T[] {
  const claimed = new Set(next.flatMap((row) => (row.id ? [row.id] : [])));
  const free = new Map<string, string[]>();
  for (const row of current) {
    if (!row.id || claimed.has(row.id)) continue;
    free.set(key(row), [...(free.get(key(row)) ?? []), row.id]);
  }
  return next.map((row) => {
    if (row.id) return row;
    const id = free.get(key(row))?.shift();
    return id ? { ...row, id } : row;
  });
}

/** Keys by which entries sent without ids are matched to the entries they edit. */
export const sameJudge = (j: { name: string }) => j.name.trim();
export const samePresenter = (p: { unit: string; speaker: string }) => `${p.unit.trim()}\t${p.speaker.trim()}`;
export const sameCriterion = (c: { name: string }) => c.name.trim();

/** The unit's name for messages and reports; the id itself if the presenter is unknown. */
export const unitName = (def: Def, presenterId: string): string => presenterById(def, presenterId)?.unit ?? presenterId;
/** The judge's name for messages and reports; the id itself if the judge is unknown. */
export const judgeName = (def: Def, judgeId: string): string => judgeById(def, judgeId)?.name ?? judgeId;
