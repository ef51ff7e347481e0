// Submissions the server refused for presenters no longer on stage (e.g. sent from the outbox
// after scoring was locked): the judge must learn that those scores did not count.
import type { ErrorCode, JudgeView } from '../../shared/protocol/index.ts';
import { useT } from '../common/i18n.tsx';
import { useJudgePad } from './pad-store.ts';
import { strings, type JudgeKey } from './strings.ts';
import { valuesLine } from './values-list.tsx';

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

export function RefusalNotices({ view }: { view: JudgeView }) {
  const t = useT(strings);
  const { scores } = useJudgePad();
  const refusals = scores.useOutbox((s) => s.refusals);
  const cur = view.current;
  // Back in 汇报/提问 (the host stepped back): the scoring area is hidden, so this presenter's
  // refusal is said here too — else marks queued offline would vanish without a word.
  const waiting = cur?.phase === 'report' || cur?.phase === 'qa';
  const others = refusals.filter((r) => r.item.presenterId !== cur?.presenterId || waiting);
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
              {!again && <span className="jp-refused-values">{t('refusedValues', { values: valuesLine(item.values, view.criteria) })}</span>}
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
