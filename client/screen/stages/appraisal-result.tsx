// 民主测评 of the presenter just revealed: ballots per option as bars with their counts, the
// satisfaction rate, the appraisal score and, when it counts, how it combines with the judges'
// score — the line's own numbers (shared/scoring/appraisal.ts), never recomputed here.
import type { CSSProperties } from 'react';
import { useT } from '../../common/i18n.tsx';
import type { PublicView } from '../../../shared/protocol/index.ts';
import { formatFinal, formatPercent } from '../../../shared/format.ts';
import { appraisalStrings } from '../appraisal-strings.ts';
import { useElectorate } from '../appraisal-live.tsx';
import type { Result } from '../format.ts';

type Line = NonNullable<Result['appraisal']>;

/** "评委 86.00 × 70% + 测评 90.00 × 30% = 87.20"; null when the appraisal does not count. */
export function useCombination() {
  const t = useT(appraisalStrings);
  return (line: Line, raw: number | null, decimals: number): string | null => {
    if (line.component === null || line.weight <= 0) return null;
    return t('combine', {
      j: formatFinal(line.judges, decimals),
      wj: formatPercent(1 - line.weight, 1),
      // Under the `zero` rule a presenter without counted ballots has S = 0 by definition.
      s: formatFinal(line.scaled ?? 0, decimals),
      ws: formatPercent(line.weight, 1),
      raw: formatFinal(raw, decimals),
    });
  };
}

export function AppraisalResult({ view, result, shown }: { view: PublicView; result: Result; shown: boolean }) {
  const t = useT(appraisalStrings);
  const electorate = useElectorate();
  const combination = useCombination();
  const a = view.appraisal;
  const line = result.appraisal;
  if (!a || !line) return null;
  if (line.pending) {
    // Still open on this presenter: the turnout in the top bar says so. Held at the end: say when.
    return a.opens === 'atEnd' && !a.open.includes(result.presenterId) ? <p className="aresult__later">{t('afterAll')}</p> : null;
  }
  const decimals = view.contest.decimals;
  // Each bar is its share of all ballots, so a half-full bar reads as half the hall.
  const all = Math.max(1, line.ballots);
  const combined = combination(line, result.raw, decimals);
  const note = line.weight <= 0 ? t('notCounted') : line.noBallots ? t('noBallots') : line.counted === 0 ? t('noBallotsZero') : null;
  return (
    <section className={`aresult${shown ? ' is-shown' : ''}`} data-testid="appraisal-result" aria-hidden={!shown}>
      <header className="aresult__head">
        <span className="aresult__title">{t('title')}</span>
        <span className="aresult__mode" data-testid="appraisal-mode">
          {electorate(a)}
        </span>
        {/* 不了解 ballots are not in the 满意率: "共 3 票" beside a 100% of 2 would look wrong. */}
        <span className="aresult__total" data-testid="appraisal-ballots">
          {line.counted === line.ballots ? t('ballots', { n: line.ballots }) : t('ballotsCounted', { n: line.ballots, c: line.counted })}
        </span>
      </header>
      <div className="aresult__body">
        <ul className="abars">
          {line.options.map((o) => (
            <li key={o.id} className={`abars__row${o.points === null ? ' is-uncounted' : ''}`} data-option={o.id}>
              <span className="abars__name">{o.name}</span>
              <span className="abars__track" aria-hidden="true">
                <span style={{ '--share': o.count / all } as CSSProperties} />
              </span>
              <span className="abars__count" data-testid={`appraisal-count-${o.id}`}>
                {o.count}
              </span>
            </li>
          ))}
        </ul>
        <dl className="astats">
          <div>
            <dt>{t('satisfaction')}</dt>
            <dd data-testid="appraisal-satisfaction">{line.satisfaction === null ? '—' : formatPercent(line.satisfaction, 1)}</dd>
          </div>
          <div>
            <dt>{t('score')}</dt>
            <dd data-testid="appraisal-score">{formatFinal(line.score, decimals)}</dd>
          </div>
        </dl>
      </div>
      {combined && (
        <p className="aresult__combine" data-testid="appraisal-combination">
          {combined}
        </p>
      )}
      {note && <p className="aresult__note">{note}</p>}
    </section>
  );
}
