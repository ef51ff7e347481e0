// A presenter's 民主测评 result once voting on them has closed: ballots per option, the
// satisfaction rate, the appraisal score and, when it counts, how it combines with the judges'
// score — all from the line the server computed (shared/scoring/appraisal.ts), never recomputed.
import { useT } from '../common/i18n.tsx';
import type { PublicView } from '../../shared/protocol/index.ts';
import { formatFinal, formatPercent } from '../../shared/format.ts';
import { presenterMap, type Result } from '../screen/format.ts';
import { strings } from './appraisal-strings.ts';

type Line = NonNullable<Result['appraisal']>;
type Appraisal = NonNullable<PublicView['appraisal']>;

/** The electorate, printed on every result so a show of opinion is never taken for a counted vote. */
export const mode = (a: Appraisal, t: (k: 'codes' | 'open') => string) => (a.electorate === 'codes' ? t('codes') : t('open'));

/** `raw`: the presenter's score before any overtime penalty, which the combination adds up to (as on the projector). */
export function AppraisalLine({ line, raw, appraisal, decimals, head = true }: { line: Line; raw: number | null; appraisal: Appraisal; decimals: number; head?: boolean }) {
  const t = useT(strings);
  const f = (x: number | null) => formatFinal(x, decimals);
  if (line.pending) return <p className="watch__dim appraisal__note">{t('pending')}</p>;
  return (
    <div className="appraisal" data-testid="appraisal-result">
      {head && (
        <p className="appraisal__head">
          {t('title')} <span className="ballot__mode">{mode(appraisal, t)}</span>
        </p>
      )}
      <ul className="appraisal__counts">
        {line.options.map((o) => (
          <li key={o.id} className={o.points === null ? 'appraisal__count appraisal__count--unsure' : 'appraisal__count'} data-option={o.name}>
            <span>{o.name}</span> <b>{o.count}</b>
          </li>
        ))}
      </ul>
      <p className="watch__dim">{t('ballots', { n: line.ballots, c: line.counted })}</p>
      {line.score !== null && (
        <p className="appraisal__figures">
          {line.satisfaction !== null && (
            <span>
              {t('satisfaction')} <b>{formatPercent(line.satisfaction, 1)}</b>
            </span>
          )}
          <span>
            {t('score')} <b>{f(line.score)}</b>
          </span>
        </p>
      )}
      {line.weight === 0 ? (
        <p className="watch__dim">{t('notCounted')}</p>
      ) : line.noBallots ? (
        <p className="watch__dim">{t('noBallots')}</p>
      ) : (
        line.component !== null && (
          <>
            <p className="appraisal__combined" data-testid="appraisal-combined">
              {t('combined', { j: f(line.judges), jw: formatPercent(1 - line.weight, 1), s: f(line.scaled ?? 0), w: formatPercent(line.weight, 1), raw: f(raw) })}
            </p>
            <p className="watch__dim">{t('component', { n: f(line.component) })}</p>
          </>
        )
      )}
    </div>
  );
}

/**
 * With one ballot for everyone at the end, the results come after every reveal: one card with
 * each presenter's line, shown once that round has closed.
 */
export function AtEndResults({ view }: { view: PublicView }) {
  const t = useT(strings);
  const appraisal = view.appraisal;
  if (!appraisal || appraisal.opens !== 'atEnd' || appraisal.open.length > 0) return null;
  const names = presenterMap(view);
  const lines = view.revealed.filter((r) => r.appraisal && !r.appraisal.pending);
  if (lines.length === 0) return null;
  return (
    <section className="watch__card">
      <div className="ballot__head">
        <h2 className="watch__h2">{t('atEndResults')}</h2>
        <span className="ballot__mode">{mode(appraisal, t)}</span>
      </div>
      {lines.map((r) => (
        <div className="appraisal__presenter" key={r.presenterId}>
          <p className="ballot__unit">{names.get(r.presenterId)?.unit}</p>
          <AppraisalLine line={r.appraisal!} raw={r.raw} appraisal={appraisal} decimals={view.contest.decimals} head={false} />
        </div>
      ))}
    </section>
  );
}
