// 我的提问: the judge's own questions, newest first, with what became of each (等待中, 已上屏,
// 已答复, 未采用) as the host moderates; questions still on the phone come first as 待发送.
// Questions about presenters who are finished fold away, so the list stays short all day.
import { useState } from 'react';
import type { JudgeView } from '../../shared/protocol/index.ts';
import { useT } from '../common/i18n.tsx';
import { useJudgePad } from './pad-store.ts';
import { NoteRow, OutgoingRows, type Tone } from './note-list.tsx';
import { qaStrings } from './qa-strings.ts';
import { unitOf } from './qa-targets.ts';

type Question = JudgeView['myQuestions'][number];
const TONE: Record<Question['status'], Tone> = { waiting: 'wait', shown: 'shown', answered: 'ok', dismissed: 'muted', merged: 'muted' };

/**
 * A question the hall has seen stays 已上屏 on its asker's phone when the host takes it down or
 * moves on without 已答复 (it waits again in the queue): 等待中 read as ignored.
 */
const shownOrStatus = (q: Question): Question['status'] => (q.status === 'waiting' && q.wasShown ? 'shown' : q.status);

export function MyQuestions({ view }: { view: JudgeView }) {
  const t = useT(qaStrings);
  const { notes } = useJudgePad();
  const [showEarlier, setShowEarlier] = useState(false);
  const outgoing = notes.useOutbox((s) => s.items.some((n) => n.kind === 'question') || s.refusals.some((r) => r.item.kind === 'question'));
  if (view.myQuestions.length === 0 && !outgoing) return null;

  const sent = [...view.myQuestions].sort((a, b) => b.askedAt - a.askedAt);
  const stillOpen = (q: Question) => {
    const status = view.presenters.find((p) => p.id === q.presenterId)?.status;
    return q.presenterId === view.current?.presenterId || status === 'waiting';
  };
  const recent = sent.filter(stillOpen);
  const earlier = sent.filter((q) => !stillOpen(q));
  const row = (q: Question) => (
    <NoteRow
      key={q.id}
      testId="my-question"
      unit={unitOf(view, q.presenterId)}
      text={q.text}
      at={q.askedAt}
      badge={t(`q_${shownOrStatus(q)}`)}
      tone={TONE[shownOrStatus(q)]}
    />
  );
  return (
    <section className="jp-card jp-mine" aria-labelledby="jp-myq-title" data-testid="my-questions">
      <h2 id="jp-myq-title" className="jp-section-title">
        {t('myQuestions')}
      </h2>
      <ul className="jp-nlist">
        <OutgoingRows view={view} kind="question" sent={view.myQuestions} />
        {recent.map(row)}
        {showEarlier && earlier.map(row)}
      </ul>
      {earlier.length > 0 && (
        <button type="button" className="jp-link jp-earlier" aria-expanded={showEarlier} onClick={() => setShowEarlier(!showEarlier)}>
          {t(showEarlier ? 'hideEarlier' : 'showEarlier', { n: earlier.length })}
        </button>
      )}
    </section>
  );
}
