// A modal holding a small form (rename with a reason, merge, correct an entry): the styled
// dialog of ui/dialog.tsx holds one field at most, these need a few and the server's refusal.
import type { ReactNode } from 'react';

type Props = {
  title: string;
  children: ReactNode;
  confirm: string;
  cancel: string;
  busy?: boolean;
  canConfirm?: boolean;
  danger?: boolean;
  /** The server's refusal, shown in its own words until the form changes or closes. */
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
};

export function FormModal({ title, children, confirm, cancel, busy = false, canConfirm = true, danger = false, error, onConfirm, onCancel }: Props) {
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onCancel()}>
      <form
        className="modal modal-form"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        onKeyDown={(e) => e.key === 'Escape' && onCancel()}
        onSubmit={(e) => {
          e.preventDefault();
          if (canConfirm && !busy) onConfirm();
        }}
      >
        <h2>{title}</h2>
        {children}
        {error && (
          <p className="issues" role="alert">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onCancel}>
            {cancel}
          </button>
          <button type="submit" className={danger ? 'btn btn-danger' : 'btn btn-primary'} disabled={!canConfirm || busy}>
            {confirm}
          </button>
        </div>
      </form>
    </div>
  );
}
