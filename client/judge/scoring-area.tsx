// What the judge can do right now for the presenter on stage: wait, score, see what was sent,
// or amend while scoring is open.
import { useState } from 'react';
import type { JudgeView } from '../../shared/protocol/index.ts';
import { useT } from '../common/i18n.tsx';
import { useJudgePad } from './pad-store.ts';
import { ScoreForm } from './score-form.tsx';
import { strings, type JudgeKey } from './strings.ts';
import { SubmittedCard } from './submitted-card.tsx';
import { reasonKey } from './refusal-notices.tsx';

function Notice({ text }: { text: string }) {
  return (
    <p className="jp-card jp-notice" data-testid="notice">
      {text}
    </p>
  );
}

export function ScoringArea({ view }: { view: JudgeView }) {
  const t = useT(strings);
  const { scores } = useJudgePad();
  const outbox = scores.useOutbox((s) => s.items);
  const inFlight = scores.useOutbox((s) => s.inFlight);
  const refusals = scores.useOutbox((s) => s.refusals);
  // Which presenter the judge chose to amend; a new presenter on stage ends it by itself.
  const [editing, setEditing] = useState<string | null>(null);

  if (view.contest.status === 'setup') return <Notice text={t('waitSetup')} />;
  if (view.contest.status === 'finished') return <Notice text={t('finished')} />;
  const cur = view.current;
  if (!cur) return <Notice text={t('waitNext')} />;

  const id = cur.presenterId;
  const pending = outbox.find((i) => i.presenterId === id);
  const mine = view.myMarks[id];
  const refusal = refusals.find((r) => r.item.presenterId === id);
  const open = cur.phase === 'scoring' && cur.scoringOpen;
  const refusalLine = refusal && (
    <p className="jp-card jp-refusal" role="alert" data-testid="refusal">
      {t('refused', { reason: t(reasonKey(refusal.code)) })}
    </p>
  );

  if (cur.phase === 'report' || cur.phase === 'qa') return <Notice text={t('waitScoring')} />;

  const sent = pending?.values ?? mine?.values ?? null;
  if (open && (editing === id || !sent))
    return (
      <>
        {refusalLine}
        <ScoreForm
          key={id}
          view={view}
          presenterId={id}
          start={sent}
          onCancel={sent ? () => setEditing(null) : null}
          onSubmitted={() => setEditing(null)}
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

  const note: JudgeKey | null = open ? 'amendHint' : cur.phase === 'revealed' ? 'revealedNote' : 'lockedNote';
  return (
    <>
      {refusalLine}
      <SubmittedCard
        view={view}
        values={sent}
        delivery={pending ? (inFlight.includes(pending.commandId) ? 'sending' : 'pending') : mine?.byHost ? 'byHost' : 'submitted'}
        at={pending ? null : (mine?.at ?? null)}
        note={note}
        onAmend={open ? () => setEditing(id) : null}
      />
    </>
  );
}
