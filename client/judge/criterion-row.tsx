// One criterion, sized for a thumb: − / value / + on the scoreStep grid, typed entry with the
// numeric keypad, the maximum beside it, and a problem named inline before anything is sent.
import type { ChangeEvent } from 'react';
import { formatScore } from '../../shared/format.ts';
import { useT } from '../common/i18n.tsx';
import { stepValue, type Entry } from './grid.ts';
import { strings } from './strings.ts';

interface Props {
  index: number;
  name: string;
  max: number;
  step: number;
  text: string;
  entry: Entry;
  /** Whether an empty field counts as a problem yet (only after a submit attempt). */
  showEmpty: boolean;
  onChange: (text: string) => void;
}

export function CriterionRow({ index, name, max, step, text, entry, showEmpty, onChange }: Props) {
  const t = useT(strings);
  const id = `jp-crit-${index}`;
  const problem = entry.problem === 'empty' && !showEmpty ? null : entry.problem;
  // Junk text counts as 0 for the buttons, so a tap always lands on a valid grid value.
  const base = entry.problem === 'nan' ? null : entry.value;
  const bump = (dir: 1 | -1) => onChange(formatScore(stepValue(base, dir, step, max)));
  const vars = { name, step: formatScore(step), max: formatScore(max) };
  return (
    <div className={`jp-crit${problem ? ' jp-crit-bad' : ''}`} data-testid={`criterion-${index}`}>
      <label className="jp-crit-name" htmlFor={id}>
        {name}
      </label>
      <div className="jp-stepper">
        <button type="button" className="jp-step" aria-label={t('decrease', vars)} disabled={base === null || base <= 0} onClick={() => bump(-1)}>
          −
        </button>
        <div className="jp-field">
          <input
            id={id}
            type="text"
            inputMode="decimal"
            enterKeyHint="next"
            autoComplete="off"
            value={text}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
          />
          <span className="jp-max">/ {formatScore(max)}</span>
        </div>
        <button type="button" className="jp-step" aria-label={t('increase', vars)} disabled={base !== null && base >= max} onClick={() => bump(1)}>
          +
        </button>
      </div>
      {problem && (
        <p className="jp-problem" id={`${id}-problem`} role="alert">
          {t(`prob_${problem}`, vars)}
        </p>
      )}
    </div>
  );
}
