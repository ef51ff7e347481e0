// The score sheet for the presenter on stage: one row per criterion, a live total kept in
// reach of the thumb, and a confirm sheet before anything is sent. Typed values are saved as a
// draft on every change, so a reload or a flat battery loses nothing.
import { useEffect, useRef, useState } from 'react';
import { formatScore } from '../../shared/format.ts';
import type { JudgeView } from '../../shared/protocol/index.ts';
import { useT } from '../common/i18n.tsx';
import { ConfirmSheet } from './confirm-sheet.tsx';
import { CriterionRow } from './criterion-row.tsx';
import { readEntry, total } from './grid.ts';
import { useJudgePad } from './pad-store.ts';
import { loadDraft, saveDraft } from './storage.ts';
import { strings } from './strings.ts';

interface Props {
  view: JudgeView;
  presenterId: string;
  /** Values to start from when amending (already submitted or waiting to be sent). */
  start: readonly number[] | null;
  onCancel: (() => void) | null;
  onSubmitted: () => void;
}

export function ScoreForm({ view, presenterId, start, onCancel, onSubmitted }: Props) {
  const t = useT(strings);
  const pad = useJudgePad();
  const { criteria, scoreStep } = view;
  const [texts, setTexts] = useState<string[]>(() => {
    const draft = loadDraft(pad.token, presenterId);
    if (draft && draft.length === criteria.length) return draft;
    return criteria.map((_, i) => (start?.[i] !== undefined ? formatScore(start[i]) : ''));
  });
  const [showEmpty, setShowEmpty] = useState(false);
  const [confirming, setConfirming] = useState(false);
  /** Counts refused submits: each one brings the first field in error into view. */
  const [refused, setRefused] = useState(0);
  const bar = useRef<HTMLDivElement>(null);

  const entries = texts.map((text, i) => readEntry(text, criteria[i]?.max ?? 0, scoreStep));
  const bad = entries.filter((e) => e.problem !== null).length;
  const weights = criteria.map((c) => c.weight);
  const live = total(entries.map((e) => (e.problem === null && e.value !== null ? e.value : 0)), weights);
  const maxSum = total(criteria.map((c) => c.max), weights);

  const change = (i: number, text: string) => {
    const next = texts.map((x, k) => (k === i ? text : x));
    setTexts(next);
    saveDraft(pad.token, presenterId, next);
  };

  const review = () => {
    if (bad > 0) {
      setShowEmpty(true);
      setRefused((n) => n + 1);
      return;
    }
    setConfirming(true);
  };

  // After the render that shows the problems: the bar has grown by then (its "N items missing"
  // line; four lines in English at 360 px), and focus() alone would leave the message under it.
  useEffect(() => {
    if (refused === 0) return;
    const first = entries.findIndex((e) => e.problem !== null);
    const input = document.getElementById(`jp-crit-${first}`);
    input?.focus({ preventScroll: true });
    const row = input?.closest('.jp-crit')?.getBoundingClientRect();
    const top = bar.current?.getBoundingClientRect().top ?? innerHeight;
    if (!row) return;
    const room = 8;
    if (row.top < room) window.scrollBy(0, row.top - room);
    // Its message clear of the bar, unless the row is too tall for that: then its top in view.
    else if (row.bottom > top - room) window.scrollBy(0, Math.min(row.bottom - top + room, row.top - room));
  }, [refused]);

  const values = entries.map((e) => e.value ?? 0);
  return (
    <section className="jp-card jp-form" aria-labelledby="jp-form-title">
      <div className="jp-form-head">
        <h2 id="jp-form-title">{t('scoreSheet')}</h2>
        {onCancel && (
          <button type="button" className="jp-link" onClick={onCancel}>
            {t('cancelAmend')}
          </button>
        )}
      </div>
      <p className="jp-hint">{t('scoreSheetHint', { step: formatScore(scoreStep) })}</p>
      {criteria.map((c, i) => (
        <CriterionRow
          key={c.name}
          index={i}
          name={c.name}
          max={c.max}
          step={scoreStep}
          text={texts[i] ?? ''}
          entry={entries[i] ?? { value: null, problem: 'empty' }}
          showEmpty={showEmpty}
          onChange={(text) => change(i, text)}
        />
      ))}
      <div className="jp-submit-bar" ref={bar}>
        <div className="jp-live-total">
          <span>{t('total')}</span>
          <b data-testid="live-total">{formatScore(live)}</b>
          <span className="jp-of">/ {formatScore(maxSum)}</span>
          {showEmpty && bad > 0 && <small className="jp-incomplete">{t('incomplete', { n: bad })}</small>}
        </div>
        <button type="button" className="jp-primary" onClick={review}>
          {t('submit')}
        </button>
      </div>
      {confirming && (
        <ConfirmSheet
          view={view}
          presenterId={presenterId}
          values={values}
          onBack={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            pad.submit(presenterId, values);
            onSubmitted();
          }}
        />
      )}
    </section>
  );
}
