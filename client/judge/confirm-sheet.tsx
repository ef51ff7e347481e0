// A bottom sheet that repeats every value before it is sent: a mistyped 4 for 40 is caught here,
// not on the projector.
import { useEffect, useRef } from 'react';
import type { JudgeView } from '../../shared/protocol/index.ts';
import { useT } from '../common/i18n.tsx';
import { strings } from './strings.ts';
import { ValuesList } from './values-list.tsx';

interface Props {
  view: JudgeView;
  presenterId: string;
  values: number[];
  onBack: () => void;
  onConfirm: () => void;
}

export function ConfirmSheet({ view, presenterId, values, onBack, onConfirm }: Props) {
  const t = useT(strings);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const backRef = useRef(onBack);
  backRef.current = onBack;
  const presenter = view.presenters.find((p) => p.id === presenterId);
  useEffect(() => {
    // Close the keyboard so the sheet is fully visible, and put focus on the sheet itself.
    (document.activeElement as HTMLElement | null)?.blur();
    confirmRef.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && backRef.current();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="jp-sheet-backdrop" onClick={onBack}>
      <div className="jp-sheet" role="dialog" aria-modal="true" aria-labelledby="jp-sheet-title" onClick={(e) => e.stopPropagation()}>
        <h2 id="jp-sheet-title">{t('confirmTitle')}</h2>
        {presenter && (
          <p className="jp-sheet-unit">
            {presenter.unit}
            {presenter.speaker && <span> · {presenter.speaker}</span>}
          </p>
        )}
        <ValuesList criteria={view.criteria} values={values} testId="confirm-values" />
        <div className="jp-sheet-actions">
          <button type="button" ref={confirmRef} className="jp-primary" onClick={onConfirm}>
            {t('confirm')}
          </button>
          <button type="button" className="jp-secondary" onClick={onBack}>
            {t('back')}
          </button>
        </div>
      </div>
    </div>
  );
}
