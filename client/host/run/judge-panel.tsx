// Every judge at a glance, grouped by judge group: online, submitted ✓ for the current presenter,
// their values and total (the host sees them before the reveal; nobody else does), amendments,
// which marks were dropped, and 更正/补录 per judge (paper ballot or a judge's slip).
import { useT } from '../../common/i18n.tsx';
import { formatDuration, formatFinal, formatPercent, formatScore } from '../../../shared/format.ts';
import type { HostView } from '../../../shared/protocol/index.ts';
import { ratingStrings } from '../strings/rating.ts';
import { runStrings } from '../strings/run.ts';
import { JudgeRow } from './judge-row.tsx';
import { shortNames } from './short-names.ts';

/** Beyond this many criteria the values share one column ("38/18/17/19"). */
export const MAX_CRITERIA_COLUMNS = 5;

/**
 * Offline, the last view's presence is stale: shown as unknown, never as a green 5/5. `focusId`:
 * in a 评比, nobody is on stage, so the marks shown are those of the unit the host picked.
 */
export function JudgePanel({ view, offline = false, focusId = null }: { view: HostView; offline?: boolean; focusId?: string | null }) {
  const t = useT(runStrings);
  const tr = useT(ratingStrings);
  const focus = focusId === null ? undefined : view.presenters.find((x) => x.id === focusId);
  const p = focus ?? view.presenters.find((x) => x.id === view.current?.presenterId);
  const phase = focus ? focus.phase : view.current?.phase;
  const showMarks = Boolean(p && (phase === 'scoring' || phase === 'revealed'));
  const result = showMarks ? view.results.presenters.find((r) => r.presenterId === p?.id) : undefined;
  const criteria = view.definition.criteria;
  const split = criteria.length <= MAX_CRITERIA_COLUMNS;
  const heads2 = shortNames(criteria.map((c) => c.name), 2);
  const heads1 = shortNames(criteria.map((c) => c.name), 1);
  const online = view.judges.filter((j) => j.online).length;
  const submitted = p ? Object.keys(p.marks).length : 0;
  const n = view.judges.length;
  const groups = view.definition.judgeGroups;
  const weightSum = groups.reduce((s, g) => s + g.weight, 0);
  const sections = groups.length
    ? groups.map((g) => ({ name: g.name as string | null, share: g.weight / weightSum, judges: view.judges.filter((j) => j.group === g.name) }))
    : [{ name: null, share: 1, judges: view.judges }];
  const cols = 4 + (split ? criteria.length : 1) + 1;

  return (
    <section className={n > 12 ? 'panel judge-panel dense' : 'panel judge-panel'}>
      <header className="panel-head">
        <h2>{t('judges')}</h2>
        {focus && (
          <span className="judge-focus" data-testid="judge-focus">
            {focus.unit}
          </span>
        )}
        {offline ? (
          <span className="small presence-unknown" data-testid="online-count">
            {t('onlineUnknown', { m: n })}
          </span>
        ) : (
          <span className="muted small" data-testid="online-count">
            {t('onlineCount', { n: online, m: n })}
          </span>
        )}
        {showMarks && (
          <span className={submitted === n ? 'count-full' : 'count-part'} data-testid="submitted-count">
            {t('submittedCount', { n: submitted, m: n })}
          </span>
        )}
      </header>
      <div className="judge-scroll">
        <table className="table judge-table">
          <thead>
            <tr>
              <th className="col-idx">#</th>
              <th>{t('colJudge')}</th>
              {split ? (
                criteria.map((c, i) => (
                  <th key={c.name} className="col-num" title={`${c.name} / ${c.max}`}>
                    {heads2[i]}
                  </th>
                ))
              ) : (
                <th className="col-num" title={criteria.map((c) => c.name).join(' / ')}>
                  {heads1.join('/')}
                </th>
              )}
              <th className="col-num">{t('colTotal')}</th>
              <th className="col-state" />
              <th className="col-fix" />
            </tr>
          </thead>
          {sections.map((s) => {
            const groupResult = result?.groups.find((g) => g.name === s.name)?.result;
            return (
              <tbody key={s.name ?? ''}>
                {s.name !== null && (
                  <tr className="group-row">
                    <td colSpan={cols - 3}>
                      {s.name} <span className="muted">· {formatPercent(s.share, 1)}</span>
                    </td>
                    <td className="col-num">{groupResult == null ? '' : formatFinal(groupResult, view.definition.rules.decimals)}</td>
                    <td colSpan={2} />
                  </tr>
                )}
                {s.judges.map((j) => (
                  <JudgeRow
                    key={j.id}
                    judge={j}
                    presenceKnown={!offline}
                    seat={view.judges.indexOf(j) + 1}
                    criteria={criteria.length}
                    split={split}
                    mark={showMarks ? p?.marks[j.id] : undefined}
                    line={result?.judges.find((l) => l.judgeId === j.id)}
                    awaiting={showMarks}
                    correctFor={showMarks && p ? p.id : null}
                  />
                ))}
              </tbody>
            );
          })}
        </table>
      </div>
      <footer className="judge-foot">
        {!showMarks ? (
          <span className="muted small">{view.contest.kind === 'rating' && !focus ? tr('focusHint') : t('noMarksYet')}</span>
        ) : result?.final != null ? (
          <strong className={phase === 'revealed' ? 'final-score' : 'prov-score'} data-testid="current-score">
            {t(phase === 'revealed' ? 'finalScore' : 'provisional', { score: formatFinal(result.final, view.definition.rules.decimals) })}
          </strong>
        ) : null}
        {/* The penalty in the projector's words, with the score before it: the final alone hid why it was lower. */}
        {showMarks && result && result.penalty > 0 && result.raw !== null ? (
          <span className="muted small" data-testid="current-penalty">
            {t('penaltyLine', { t: formatDuration(result.overtimeSeconds), n: formatScore(result.penalty), raw: formatFinal(result.raw, view.definition.rules.decimals) })}
          </span>
        ) : null}
      </footer>
    </section>
  );
}
