// After confirming: what was sent, and whether the server has it (已提交) or the phone is still
// holding it (待发送). Values stay visible, read-only once scoring is locked or revealed.
import { formatTimeOfDay } from '../../shared/format.ts';
import type { JudgeView } from '../../shared/protocol/index.ts';
import { useT } from '../common/i18n.tsx';
import { strings, type JudgeKey } from './strings.ts';
import { ValuesList } from './values-list.tsx';

/** byHost: staff entered or corrected these marks (补录/更正); this phone did not send them. */
export type Delivery = 'submitted' | 'pending' | 'sending' | 'byHost';

interface Props {
  view: JudgeView;
  values: readonly number[];
  delivery: Delivery;
  /** Server time of the accepted submission, when the server has it. */
  at: number | null;
  note: JudgeKey | null;
  onAmend: (() => void) | null;
}


export function SubmittedCard({ view, values, delivery, at, note, onAmend }: Props) {
  const t = useT(strings);
  return (
    <section className={`jp-card jp-done jp-done-${delivery}`} data-testid="submitted-card" aria-live="polite">
      <div className="jp-done-head">
        <p className="jp-done-state" data-testid="delivery">
          <span className="jp-done-icon" aria-hidden="true">
            {delivery === 'submitted' ? '✓' : delivery === 'byHost' ? '✎' : '↻'}
          </span>
          {t(delivery)}
        </p>
        {delivery === 'submitted' && at !== null && <span className="jp-done-at">{t('submittedAt', { time: formatTimeOfDay(at) })}</span>}
        {delivery === 'byHost' && at !== null && <span className="jp-done-at">{t('byHostAt', { time: formatTimeOfDay(at) })}</span>}
      </div>
      {(delivery === 'pending' || delivery === 'sending') && <p className="jp-hint">{t('pendingHint')}</p>}
      {delivery === 'byHost' && <p className="jp-hint">{t('byHostHint')}</p>}
      <ValuesList criteria={view.criteria} values={values} testId="submitted-values" />
      {note && <p className="jp-hint">{t(note)}</p>}
      {onAmend && (
        <button type="button" className="jp-secondary jp-amend" onClick={onAmend}>
          {t('amend')}
        </button>
      )}
    </section>
  );
}
