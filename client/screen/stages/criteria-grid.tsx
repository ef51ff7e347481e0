// Per-criterion trimming (rules.aggregation.scope 'criterion') drops a highest and a lowest
// value in each criterion, not whole totals, so the cards alone would show nothing struck: this
// grid (criteria × judges) shows which values fell out of each criterion's mean.
import { useT } from '../../common/i18n.tsx';
import { formatScore } from '../../../shared/format.ts';
import type { PublicView } from '../../../shared/protocol/index.ts';
import type { Mark } from '../format.ts';
import { strings } from '../strings.ts';

export function CriteriaGrid({ view, marks, struck }: { view: PublicView; marks: Mark[]; struck: boolean }) {
  const t = useT(strings);
  if (marks.length === 0 || marks.some((m) => m.criteria === null)) return null;
  return (
    <table className="cgrid" data-testid="criteria-grid">
      <thead>
        <tr>
          <th className="cgrid__corner">{t('droppedPerCriterion')}</th>
          {marks.map((m) => (
            <th key={m.seat} scope="col">
              {m.name ?? t('judgeSeat', { n: m.seat })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {view.criteria.map((c, i) => (
          <tr key={c.id}>
            <th scope="row">{c.name}</th>
            {marks.map((m) => {
              const cell = m.criteria?.[i];
              const dropped = struck ? (cell?.dropped ?? null) : null;
              return (
                <td key={m.seat} className={dropped ? `is-dropped is-${dropped}` : undefined} title={dropped ? t(dropped) : undefined}>
                  {cell ? formatScore(cell.value) : ''}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
