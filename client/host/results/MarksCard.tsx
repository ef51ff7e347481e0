// One presenter's marks: a row per judge, a column per criterion, dropped marks struck through.
import { useT } from '../../common/i18n.tsx';
import type { HostView } from '../../../shared/protocol.ts';
import { resultsStrings } from '../strings/results.ts';

type Score = HostView['results']['presenters'][number];
type Presenter = HostView['presenters'][number];

export function MarksCard({ view, presenter, score, provisional }: { view: HostView; presenter: Presenter; score: Score; provisional: boolean }) {
  const t = useT(resultsStrings);
  const criteria = view.definition.criteria;
  const judgeName = new Map(view.judges.map((j) => [j.id, j.name]));
  const missing = presenter.revealedWithMissing.map((id) => judgeName.get(id) ?? id);
  return (
    <article className="panel marks-card" data-presenter={presenter.id}>
      <header className="panel-head">
        <h3>
          {presenter.unit} <span className="muted small">{presenter.speaker}</span>
        </h3>
        {provisional && <span className="tag">{t('provisional')}</span>}
        <strong className="marks-final">{score.final ?? '—'}</strong>
      </header>
      <table className="table marks-table">
        <thead>
          <tr>
            <th>{t('judge')}</th>
            {criteria.map((c) => (
              <th key={c.name} className="col-num" title={`${c.name} / ${c.max}`}>
                {c.name}
              </th>
            ))}
            <th className="col-num">{t('total')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {score.judges.map((j) => (
            <tr key={j.judgeId}>
              <td>{judgeName.get(j.judgeId) ?? j.judgeId}</td>
              {j.values.map((v, k) => (
                <td key={k} className={j.droppedCriteria[k] ? 'col-num struck' : 'col-num'}>
                  {v}
                </td>
              ))}
              <td className={j.dropped ? 'col-num strong struck' : 'col-num strong'}>{j.total}</td>
              <td className="muted small">{j.dropped === 'highest' ? t('droppedHigh') : j.dropped === 'lowest' ? t('droppedLow') : ''}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td className="muted">{t('aggregate')}</td>
            {score.criteria.map((c, k) => (
              <td key={k} className="col-num muted">
                {c ?? '—'}
              </td>
            ))}
            <td className="col-num strong">{score.raw ?? '—'}</td>
            <td />
          </tr>
        </tfoot>
      </table>
      <div className="marks-notes small">
        {score.groups.length > 1 &&
          score.groups.map((g) => (
            <span key={g.name ?? ''}>{t('groupLine', { name: g.name ?? t('noGroup'), score: g.result ?? '—', w: g.weight })}</span>
          ))}
        {score.fellBackToMean && <span className="warn-text">{t('fellBack')}</span>}
        {missing.length > 0 && <span className="warn-text">{t('missing', { names: missing.join('、') })}</span>}
      </div>
    </article>
  );
}
