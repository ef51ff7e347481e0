// Builders for scoring tests: definitions go through the real schema so defaults match production.
import { ContestDefinition, type ContestDefinitionInput } from '../../shared/definition.ts';
import type { PresenterInput, ScoringDefinition } from '../../shared/scoring/types.ts';

type In = ContestDefinitionInput;

export interface DefOptions {
  criteria?: In['criteria'];
  /** A count of ungrouped judges, or one group name per judge. */
  judges?: number | string[];
  judgeGroups?: In['judgeGroups'];
  rules?: In['rules'];
}

export function makeDef(o: DefOptions = {}): ScoringDefinition {
  const judges =
    typeof o.judges === 'object'
      ? o.judges.map((group, i) => ({ name: `评委${i + 1}`, group }))
      : Array.from({ length: o.judges ?? 5 }, (_, i) => ({ name: `评委${i + 1}` }));
  return ContestDefinition.parse({
    title: '测试擂台赛',
    criteria: o.criteria ?? [{ name: '总分', max: 100 }],
    judgeGroups: o.judgeGroups ?? [],
    judges,
    presenters: [{ unit: '甲单位' }, { unit: '乙单位' }],
    rules: o.rules ?? {},
  });
}

/** Marks from j1, j2, … in order; null = that judge did not submit. */
export function presenter(id: string, marks: (number[] | null)[], overtimeSeconds = 0): PresenterInput {
  return {
    presenterId: id,
    marks: marks.flatMap((values, i) => (values === null ? [] : [{ judgeId: `j${i + 1}`, values }])),
    overtimeSeconds,
  };
}

/** One single-criterion mark per judge. */
export const single = (id: string, totals: (number | null)[], overtimeSeconds = 0): PresenterInput =>
  presenter(
    id,
    totals.map((t) => (t === null ? null : [t])),
    overtimeSeconds,
  );

export const MEAN = { method: 'mean' } as const;
export const trimmed = (dropHighest = 1, dropLowest = 1, scope: 'total' | 'criterion' = 'total') =>
  ({ method: 'trimmed', dropHighest, dropLowest, scope }) as const;
