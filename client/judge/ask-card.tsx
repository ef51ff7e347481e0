// 提问: a question for the presenter on stage during the report or Q&A, or prepared ahead for a
// presenter still to come. While the presenter on stage is being scored it folds away below the
// score sheet, so the sheet stays the main thing on the screen.
import { useState } from 'react';
import type { JudgeView } from '../../shared/protocol/index.ts';
import { useT } from '../common/i18n.tsx';
import { CollapsibleCard } from './collapsible-card.tsx';
import { NoteBox } from './note-box.tsx';
import { qaStrings } from './qa-strings.ts';
import { askTargets, unitOf } from './qa-targets.ts';

export function AskCard({ view }: { view: JudgeView }) {
  const t = useT(qaStrings);
  const { live, ahead } = askTargets(view);
  const targets = live ? [live, ...ahead] : ahead;
  // The judge's pick holds while it can still be asked about; then the pad falls back to the
  // presenter on stage (or the next one), without an effect to keep in sync.
  const [chosen, setChosen] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const target = chosen !== null && targets.includes(chosen) ? chosen : targets[0];
  if (target === undefined) return null;

  const body = (
    <>
      <p className="jp-hint jp-ask-hint">{t(live ? 'askHint' : 'askAheadHint')}</p>
      {targets.length > 1 && (
        <label className="jp-target">
          <span>{t('askTarget')}</span>
          <select value={target} onChange={(e) => setChosen(e.target.value)} data-testid="ask-target">
            {targets.map((id) => (
              <option key={id} value={id}>
                {t(id === live ? 'targetCurrent' : 'targetAhead', { unit: unitOf(view, id) })}
              </option>
            ))}
          </select>
        </label>
      )}
      <NoteBox
        key={target}
        kind="question"
        presenterId={target}
        label={t('askLabel', { unit: unitOf(view, target) })}
        placeholder={t('askPlaceholder')}
        sendLabel={t('askSend')}
        rows={live ? 4 : 3}
      />
    </>
  );

  // Nobody to question on stage (scoring, between presenters): only preparing ahead, folded.
  if (!live)
    return (
      <CollapsibleCard title={t('askAheadTitle')} open={open} onToggle={setOpen} className="jp-ask" testId="ask-card">
        {body}
      </CollapsibleCard>
    );
  return (
    <section className="jp-card jp-ask" aria-labelledby="jp-ask-title" data-testid="ask-card">
      <h2 id="jp-ask-title" className="jp-section-title">
        {t('askTitle')}
      </h2>
      {body}
    </section>
  );
}
