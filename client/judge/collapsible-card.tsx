// A card that folds down to its title, for what only some judges use (点评, questions prepared
// ahead): it stays out of the way of the score sheet until it is wanted.
import { useId, type ReactNode } from 'react';

interface Props {
  title: string;
  /** A short line beside the title while folded, e.g. how many comments were sent. */
  summary?: string | null;
  open: boolean;
  onToggle: (open: boolean) => void;
  className?: string;
  testId?: string;
  children: ReactNode;
}

export function CollapsibleCard({ title, summary, open, onToggle, className, testId, children }: Props) {
  const body = useId();
  return (
    <section className={`jp-card jp-fold${className ? ` ${className}` : ''}`} data-testid={testId}>
      <h2 className="jp-fold-head">
        <button type="button" className="jp-fold-toggle" aria-expanded={open} aria-controls={body} onClick={() => onToggle(!open)}>
          <span className="jp-fold-title">{title}</span>
          {summary && <span className="jp-fold-summary">{summary}</span>}
          <svg className={`jp-chevron${open ? ' jp-chevron-open' : ''}`} viewBox="0 0 16 16" aria-hidden="true">
            <path d="M3 6l5 5 5-5" />
          </svg>
        </button>
      </h2>
      {open && (
        <div id={body} className="jp-fold-body">
          {children}
        </div>
      )}
    </section>
  );
}
