// One ballot for all at the end (opens: atEnd): once it closed, every presenter's 民主测评 in
// ranking order — ballots per option, satisfaction rate, appraisal score and the final it led to.
// Up to ~20 presenters fit a 1920×1080 projector: the table's size steps down until it fits.
import type { CSSProperties } from 'react';
import { useT } from '../../common/i18n.tsx';
import type { PublicView } from '../../../shared/protocol/index.ts';
import { formatFinal, formatPercent } from '../../../shared/format.ts';
import { appraisalStrings } from '../appraisal-strings.ts';
import { useElectorate } from '../appraisal-live.tsx';
import { presenterMap } from '../format.ts';
import { useFit } from '../use-fit.ts';

export function AppraisalBoard({ view }: { view: PublicView }) {
  const t = useT(appraisalStrings);
  const electorate = useElectorate();
  const names = presenterMap(view);
  const lines = new Map(view.revealed.map((r) => [r.presenterId, r.appraisal]));
  const a = view.appraisal;
  const key = `${view.ranking.map((l) => l.presenterId).join()}:${a?.options.length}`;
  const fit = useFit<HTMLDivElement>(key, 3.4, 1.4);
  if (!a) return null;
  const decimals = view.contest.decimals;
  const weight = a.weight > 0 ? t('boardWeight', { wj: formatPercent(1 - a.weight, 1), ws: formatPercent(a.weight, 1) }) : t('boardWeightZero');
  return (
    <>
      <h2 className="stage__title stage__title--board gold-text">{t('boardTitle')}</h2>
      <p className="stage__subtitle">
        <span data-testid="appraisal-mode">{electorate(a)}</span> · {weight}
      </p>
      <div className="aboard" ref={fit} data-testid="appraisal-board">
        <table>
          <thead>
            <tr>
              <th className="aboard__rank">{t('colRank')}</th>
              <th className="aboard__unit">{t('colUnit')}</th>
              {a.options.map((o) => (
                <th key={o.id} className="aboard__n">
                  {o.name}
                </th>
              ))}
              <th className="aboard__bar" aria-hidden="true" />
              <th className="aboard__num">{t('satisfaction')}</th>
              <th className="aboard__num">{t('score')}</th>
              <th className="aboard__num">{t('colFinal')}</th>
            </tr>
          </thead>
          <tbody>
            {view.ranking.map((r) => {
              const line = lines.get(r.presenterId);
              const total = Math.max(1, line?.ballots ?? 0);
              return (
                <tr key={r.presenterId} data-presenter={r.presenterId}>
                  <td className="aboard__rank">{r.rank}</td>
                  <td className="aboard__unit">{names.get(r.presenterId)?.unit ?? r.presenterId}</td>
                  {a.options.map((o) => (
                    <td key={o.id} className="aboard__n">
                      {line?.options.find((x) => x.id === o.id)?.count ?? 0}
                    </td>
                  ))}
                  <td className="aboard__bar" aria-hidden="true">
                    <span className="astack">
                      {line?.options.map((o, i) => (
                        <span key={o.id} className={`astack__part astack__part--${o.points === null ? 'none' : i}`} style={{ '--share': o.count / total } as CSSProperties} />
                      ))}
                    </span>
                  </td>
                  <td className="aboard__num">{line?.satisfaction == null ? '—' : formatPercent(line.satisfaction, 1)}</td>
                  <td className="aboard__num">{formatFinal(line?.score, decimals)}</td>
                  <td className="aboard__num aboard__final">{formatFinal(r.final, decimals)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
