// The questions already answered in this presenter's turn, as a short strip under the stage.
import { useT } from '../../common/i18n.tsx';
import type { PublicView } from '../../../shared/protocol/index.ts';
import { formatElapsed } from '../../../shared/format.ts';
import { strings } from '../strings.ts';

/** The latest few fit without crowding the question or the clock. */
const SHOWN = 3;

export function AnsweredList({ view }: { view: PublicView }) {
  const t = useT(strings);
  const all = view.qa.answered;
  if (all.length === 0) return null;
  const shown = all.slice(-SHOWN);
  const first = all.length - shown.length;
  return (
    <div className="answered" data-testid="answered">
      <p className="answered__title">{t('answeredSoFar')}</p>
      <ol className="answered__list" start={first + 1}>
        {shown.map((q) => (
          <li key={q.id} className="answered__item">
            <span className="answered__text">{q.text}</span>
            {q.answerMs !== null && <span className="answered__time">{t('answerTook', { t: formatElapsed(q.answerMs) })}</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
