// The score sheet of one presenter as the judge works on it: the form while scoring is open and
// nothing was sent (or while amending), else what was sent and whether it arrived. Used for the
// presenter on stage in a 擂台赛 and for each unit of a 评比, so both follow one rule.
import { useState } from 'react';
import type { JudgeView } from '../../shared/protocol/index.ts';
import { useT } from '../common/i18n.tsx';
import { useJudgePad } from './pad-store.ts';
import { aftermath, reasonKey, RefusedValues } from './refusal-notices.tsx';
import { ScoreForm } from './score-form.tsx';
import { strings, type JudgeKey } from './strings.ts';
import { SubmittedCard } from './submitted-card.tsx';

interface Props {
  view: JudgeView;
  presenterId: string;
  /** Scoring is open for this presenter: the judge may submit or amend. */
  open: boolean;
  /** What to say under sent values once scoring is closed (locked or revealed). */
  closedNote: JudgeKey;
  /** After the judge confirmed a submission (the pad already holds it). */
  onSubmitted?: () => void;
}

export function Notice({ text }: { text: string }) {
  return (
    <p className="jp-card jp-notice" data-testid="notice">
      {text}
    </p>
  );
}

/** Keyed by presenter id where used, so amending one presenter never carries over to the next. */
export function UnitScoring({ view, presenterId: id, open, closedNote, onSubmitted }: Props) {
  const t = useT(strings);
  const { scores } = useJudgePad();
  const pending = scores.useOutbox((s) => s.items.find((i) => i.presenterId === id));
  const inFlight = scores.useOutbox((s) => s.inFlight);
  const refusal = scores.useOutbox((s) => s.refusals.find((r) => r.item.presenterId === id));
  const [editing, setEditing] = useState(false);
  /** The judge chose, with 取消, to keep what counts rather than resend a refused change. */
  const [keptSent, setKeptSent] = useState(false);
  const mine = view.myMarks[id];

  const refusalLine = refusal && aftermath(view, id) !== 'answered' && (
    <p className="jp-card jp-refusal" role="alert" data-testid="refusal">
      {/* Scoring open again after it was taken back: the old refusal says what to do now. */}
      {open && refusal.code === 'scoring_closed' ? t('refusedReopened') : t('refused', { reason: t(reasonKey(refusal.code)) })}
      {/* Not counted and not to be resent from here: what was typed, for the staff's 补录. */}
      {!open && <RefusedValues view={view} item={refusal.item} />}
    </p>
  );
  const sent = pending?.values ?? mine?.values ?? null;
  // Scoring open again after a change was refused (taken back or locked meanwhile): the notice says
  // the refused values are filled in again, so the form shows them at once; a card saying 已提交
  // with the earlier values under that notice read as if the change had counted.
  const refusedChange = open && refusal?.code === 'scoring_closed' && sent !== null && !sameValues(refusal.item.values, sent) && !keptSent;
  if (open && (editing || !sent || refusedChange))
    return (
      <>
        {refusalLine}
        <ScoreForm
          key={id}
          view={view}
          presenterId={id}
          start={refusedChange ? refusal.item.values : sent}
          onCancel={
            sent
              ? () => {
                  setEditing(false);
                  setKeptSent(true);
                }
              : null
          }
          onSubmitted={() => {
            setEditing(false);
            onSubmitted?.();
          }}
        />
      </>
    );
  if (!sent)
    return (
      <>
        {refusalLine}
        <Notice text={t('notSubmitted')} />
      </>
    );
  return (
    <>
      {refusalLine}
      <SubmittedCard
        view={view}
        values={sent}
        delivery={pending ? (inFlight.includes(pending.commandId) ? 'sending' : 'pending') : mine?.byHost ? 'byHost' : 'submitted'}
        at={pending ? null : (mine?.at ?? null)}
        note={open ? 'amendHint' : closedNote}
        onAmend={open ? () => setEditing(true) : null}
      />
    </>
  );
}

const sameValues = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, i) => v === b[i]);
