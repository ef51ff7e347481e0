// A 评比 while its units are being scored: every unit with how many judges have submitted and a
// check once all have — never a value. Takes the place of the empty presenter stage; once units
// are revealed the ranking stage shows them as in a 擂台赛.
import type { CSSProperties } from 'react';
import { useT } from '../../common/i18n.tsx';
import type { PublicView } from '../../../shared/protocol/index.ts';
import { columnsFor, presenterMap } from '../format.ts';
import { ratingStrings } from '../rating-strings.ts';

export function RatingProgressStage({ view }: { view: PublicView }) {
  const t = useT(ratingStrings);
  const units = view.rating?.units ?? [];
  const names = presenterMap(view);
  const done = units.filter((u) => u.submitted >= u.expected).length;
  const locked = units.length > 0 && units.every((u) => u.state !== 'open');
  const cols = columnsFor(units.length);
  const style = { '--cols': cols, '--rows': Math.ceil(units.length / cols) } as CSSProperties;
  return (
    <section className="stage stage--rating" data-stage="rating-progress">
      <h2 className="stage__title gold-text">{t('title')}</h2>
      <p className="stage__subtitle" data-testid="rating-done">
        {locked ? t('locked') : t('subtitle', { done, total: units.length })}
      </p>
      <ol className="rating-grid" style={style} data-testid="rating-grid">
        {units.map((u) => {
          const complete = u.submitted >= u.expected;
          return (
            <li key={u.presenterId} className={`rating-cell${complete ? ' is-complete' : ''}`} data-unit={u.presenterId}>
              <span className="rating-cell__unit">{names.get(u.presenterId)?.unit ?? u.presenterId}</span>
              <span className="rating-cell__count">{u.state === 'revealed' ? t('revealed') : t('scored', { n: u.submitted, m: u.expected })}</span>
              <span className="rating-cell__check" aria-label={complete ? t('complete') : undefined}>
                {complete ? '✓' : ''}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
