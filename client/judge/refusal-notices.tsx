// Submissions the server refused for presenters no longer on stage (e.g. sent from the outbox
// after scoring was locked): the judge must learn that those scores did not count.
import type { ErrorCode, JudgeView } from '../../shared/protocol/index.ts';
import { useT } from '../common/i18n.tsx';
import { useJudgePad } from './pad-store.ts';
import { strings, type JudgeKey } from './strings.ts';
import { valuesLine } from './values-list.tsx';
import { formatScore } from '../../shared/format.ts';

export function reasonKey(code: ErrorCode): JudgeKey {
  switch (code) {
    case 'scoring_closed':
    case 'not_current':
    case 'invalid':
    case 'forbidden':
    case 'not_found':
      return `err_${code}`;
    default:
      return 'err_other';
  }
}

/**
 * What a refused score leaves the judge with: the staff have since entered the judge's marks
 * (补录 or 更正), so there is nothing left to do (`answered`); an earlier score counted and still
 * does (`kept`); or nothing of this judge's counts for the unit (`lost`).
 */
export function aftermath(view: JudgeView, presenterId: string): 'answered' | 'kept' | 'lost' {
  const mine = view.myMarks[presenterId];
  return mine?.byHost ? 'answered' : mine ? 'kept' : 'lost';
}

/** Under a refusal that did not count: what was typed, and what to do about it. */
export function RefusedValues({ view, item }: { view: JudgeView; item: { presenterId: string; values: readonly number[] } }) {
  const t = useT(strings);
  const values = valuesLine(item.values, view.criteria);
  const mine = view.myMarks[item.presenterId];
  return (
    <span className="jp-refused-values">
      {aftermath(view, item.presenterId) === 'kept' && mine ? t('refusedKept', { values, total: formatScore(mine.total) }) : t('refusedValues', { values })}
    </span>
  );
}

export function RefusalNotices({ view }: { view: JudgeView }) {
  const t = useT(strings);
  const { scores } = useJudgePad();
  const refusals = scores.useOutbox((s) => s.refusals);
  const cur = view.current;
  // Back in 汇报/提问 (the host stepped back): the scoring area is hidden, so this presenter's
  // refusal is said here too — else marks queued offline would vanish without a word.
  const waiting = cur?.phase === 'report' || cur?.phase === 'qa';
  const others = refusals.filter((r) => (r.item.presenterId !== cur?.presenterId || waiting) && aftermath(view, r.item.presenterId) !== 'answered');
  if (others.length === 0) return null;
  return (
    <>
      {others.map(({ item, code }) => {
        const id = item.presenterId;
        const unit = view.presenters.find((p) => p.id === id)?.unit ?? id;
        // Taken back while this presenter is on stage: it may be sent again once scoring reopens.
        const again = id === cur?.presenterId && code === 'scoring_closed';
        return (
          <div className="jp-card jp-refusal" role="alert" key={id} data-testid="refusal">
            <p>
              {again ? t('refusedWithdrawn', { unit }) : t('refusedFor', { unit, reason: t(reasonKey(code)) })}
              {/* Did not count and will not be resent: what was typed, for the staff's 补录. */}
              {!again && <RefusedValues view={view} item={item} />}
            </p>
            <button type="button" className="jp-link" onClick={() => scores.dismiss(item.commandId)} aria-label="OK">
              ✕
            </button>
          </div>
        );
      })}
    </>
  );
}
