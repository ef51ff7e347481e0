// One judge's values per criterion and their total; used by the confirm sheet, the submitted
// card and the history, so the judge sees the same layout everywhere.
import { formatScore } from '../../shared/format.ts';
import type { JudgeView } from '../../shared/protocol/index.ts';
import { useT } from '../common/i18n.tsx';
import { total } from './grid.ts';
import { strings } from './strings.ts';

/** A held score as one line for the staff to type in: "工作成效 30，创新亮点 20" (names may be missing: the position). */
export function valuesLine(values: readonly number[], criteria: readonly { name: string }[] | undefined): string {
  return values.map((v, k) => `${criteria?.[k]?.name ?? k + 1} ${formatScore(v)}`).join('，');
}

export function ValuesList({ criteria, values, testId }: { criteria: JudgeView['criteria']; values: readonly number[]; testId?: string }) {
  const t = useT(strings);
  const sum = total(values, criteria.map((c) => c.weight));
  const maxSum = total(criteria.map((c) => c.max), criteria.map((c) => c.weight));
  return (
    <dl className="jp-values" data-testid={testId}>
      {criteria.map((c, i) => (
        <div className="jp-values-row" key={c.name}>
          <dt>{c.name}</dt>
          <dd>
            <b>{formatScore(values[i] ?? 0)}</b>
            <span className="jp-of"> / {formatScore(c.max)}</span>
          </dd>
        </div>
      ))}
      <div className="jp-values-row jp-values-total">
        <dt>{t('total')}</dt>
        <dd>
          <b data-testid={testId ? `${testId}-total` : undefined}>{formatScore(sum)}</b>
          <span className="jp-of"> / {formatScore(maxSum)}</span>
        </dd>
      </div>
    </dl>
  );
}
