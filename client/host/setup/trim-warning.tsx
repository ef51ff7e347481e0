// Dropping the highest and lowest marks needs more judges than marks dropped: a group with fewer
// falls back to the plain mean at every reveal ("人数不足，按平均分计算"). Better the operator
// learns it here, while adding a judge or lowering the trimming is still a minute's work.
import { useT, type Strings } from '../../common/i18n.tsx';
import type { Draft } from './draft.ts';

export interface ThinGroup {
  /** null when the contest has no judge groups (all judges trimmed together). */
  name: string | null;
  judges: number;
}

/** The groups (or the whole panel) where dropHighest + dropLowest leaves no mark to average. */
export function thinGroups(draft: Draft): ThinGroup[] {
  const r = draft.rules;
  if (r.method !== 'trimmed') return [];
  const dropped = (r.dropHighest || 0) + (r.dropLowest || 0);
  if (dropped === 0) return [];
  const judges = draft.judges.filter((j) => j.name.trim() !== '');
  const groups = draft.judgeGroups.map((g) => g.name.trim()).filter(Boolean);
  const counts: ThinGroup[] =
    groups.length === 0
      ? [{ name: null, judges: judges.length }]
      : groups.map((name) => ({ name, judges: judges.filter((j) => j.group.trim() === name).length }));
  return counts.filter((g) => g.judges > 0 && dropped >= g.judges);
}

const strings: Strings<'group' | 'all'> = {
  zh: {
    group: '“{name}”只有 {n} 位评委，去掉 {d} 个分数后无分可算，该组将按平均分计算。请增加评委或减少去掉的分数。',
    all: '只有 {n} 位评委，去掉 {d} 个分数后无分可算，将按平均分计算。请增加评委或减少去掉的分数。',
  },
  en: {
    group: '“{name}” has only {n} judges: dropping {d} marks leaves none, so the group will use the plain mean. Add judges or drop fewer marks.',
    all: 'Only {n} judges: dropping {d} marks leaves none, so the plain mean will be used. Add judges or drop fewer marks.',
  },
};

export function TrimWarning({ draft }: { draft: Draft }) {
  const t = useT(strings);
  const thin = thinGroups(draft);
  if (thin.length === 0) return null;
  const d = (draft.rules.dropHighest || 0) + (draft.rules.dropLowest || 0);
  return (
    <div className="trim-warning" role="status" data-testid="trim-warning">
      {thin.map((g) => (
        <p className="total-warn" key={g.name ?? ''}>
          {g.name === null ? t('all', { n: g.judges, d }) : t('group', { name: g.name, n: g.judges, d })}
        </p>
      ))}
    </div>
  );
}
