// Rows of contests with their status and actions; a series' table adds its tier and period.
import { Fragment } from 'react';
import { CHINA_TIME, formatDate, formatDateTime } from '../../../shared/format.ts';
import { useLang, useT } from '../../common/i18n.tsx';
import type { ContestSummary } from '../api.ts';
import { go, type Route } from '../route.ts';
import { contestsStrings } from '../strings/contests.ts';
import { StatusPill } from '../ui/status-pill.tsx';
import { ObjectionBadge } from '../notice/objection-badge.tsx';
import { Phrases } from '../../common/phrases.tsx';

export type ContestRow = {
  contest: ContestSummary;
  /** Where 复制为模板 goes: a series contest's copy lands in the next period. */
  copy: Route;
  /** Shown above the first row of each period of a series (tier · period). */
  group?: string;
};

/** `objections`: unanswered objections by contest id, marked beside the status. */
export function ContestTable({ rows, inSeries = false, objections }: { rows: ContestRow[]; inSeries?: boolean; objections?: ReadonlyMap<string, number> | undefined }) {
  const t = useT(contestsStrings);
  const lang = useLang((s) => s.lang);
  // The one date formatter (shared/format.ts), in China time like the notices and objections.
  const fmt = (ms: number) => formatDateTime(ms, CHINA_TIME, lang);
  return (
    <table className="table panel contest-table">
      <thead>
        <tr>
          <th>{t('colTitle')}</th>
          <th>{t('colDate')}</th>
          {!inSeries && <th>{t('colTier')}</th>}
          <th>{t('colStatus')}</th>
          <th>{t('colCreated')}</th>
          <th>{t('colActions')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ contest: c, copy, group }) => (
          <Fragment key={c.id}>
            {group && (
              <tr className="group-row">
                <th colSpan={5}>{group}</th>
              </tr>
            )}
            <tr data-contest={c.id}>
              <td>
                <button type="button" className="link strong" onClick={() => go({ page: 'contest', id: c.id, tab: 'run' })}>
                  <Phrases text={c.title} />
                </button>
              </td>
              <td className="nowrap">{formatDate(c.date, lang) || '—'}</td>
              {!inSeries && <td>{c.tier ? <Phrases text={c.tier} /> : '—'}</td>}
              <td>
                <StatusPill status={c.status} />
                <ObjectionBadge n={objections?.get(c.id)} open={() => go({ page: 'contest', id: c.id, tab: 'notice' })} />
              </td>
              <td className="muted nowrap">{fmt(c.createdAt)}</td>
              <td>
                <div className="row-gap contest-actions">
                  <button type="button" className="btn btn-small btn-primary" onClick={() => go({ page: 'contest', id: c.id, tab: 'run' })}>
                    {t('open')}
                  </button>
                  {c.status === 'setup' && (
                    <button type="button" className="btn btn-small" onClick={() => go({ page: 'contest', id: c.id, tab: 'setup' })}>
                      {t('edit')}
                    </button>
                  )}
                  {c.status === 'finished' && (
                    <button type="button" className="btn btn-small" onClick={() => go({ page: 'contest', id: c.id, tab: 'results' })}>
                      {t('results')}
                    </button>
                  )}
                  <button type="button" className="btn btn-small" onClick={() => go({ page: 'contest', id: c.id, tab: 'access' })}>
                    {t('access')}
                  </button>
                  <button type="button" className="btn btn-small" onClick={() => go(copy)}>
                    {copy.page === 'new' && copy.series ? t('copyNext') : t('copy')}
                  </button>
                </div>
              </td>
            </tr>
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
