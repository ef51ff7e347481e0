// 点评: usually only the senior leader comments, so the box folds to one line for everyone else
// and remembers being opened. It is about the presenter on stage, or when nobody is, the last
// one who finished; the judge's own comments are listed beneath, sent exactly once like scores.
import { useState } from 'react';
import type { JudgeView } from '../../shared/protocol/index.ts';
import { useT } from '../common/i18n.tsx';
import { CollapsibleCard } from './collapsible-card.tsx';
import { NoteBox } from './note-box.tsx';
import { NoteRow, OutgoingRows } from './note-list.tsx';
import { useJudgePad } from './pad-store.ts';
import { loadOpen, saveOpen } from './qa-storage.ts';
import { qaStrings } from './qa-strings.ts';
import { commentTarget, unitOf } from './qa-targets.ts';

export function CommentBox({ view }: { view: JudgeView }) {
  const t = useT(qaStrings);
  const { token, notes } = useJudgePad();
  const [open, setOpen] = useState(() => loadOpen(token, 'comment'));
  const outgoing = notes.useOutbox((s) => s.items.some((n) => n.kind === 'comment') || s.refusals.some((r) => r.item.kind === 'comment'));
  const target = commentTarget(view);
  const mine = [...view.myComments].sort((a, b) => b.at - a.at);
  if (!target && mine.length === 0 && !outgoing) return null;

  const toggle = (next: boolean) => {
    setOpen(next);
    saveOpen(token, 'comment', next);
  };
  return (
    <CollapsibleCard
      title={t('commentTitle')}
      summary={mine.length ? t('commentSummary', { n: mine.length }) : null}
      open={open}
      onToggle={toggle}
      className="jp-comment"
      testId="comment-card"
    >
      {target && (
        <NoteBox
          key={target}
          kind="comment"
          presenterId={target}
          label={t('commentLabel', { unit: unitOf(view, target) })}
          placeholder={t('commentPlaceholder')}
          sendLabel={t('commentSend')}
          rows={5}
        />
      )}
      {(mine.length > 0 || outgoing) && (
        <>
          <h3 className="jp-sub-title">{t('myComments')}</h3>
          <ul className="jp-nlist" data-testid="my-comments">
            <OutgoingRows view={view} kind="comment" sent={view.myComments} />
            {mine.map((c) => (
              <NoteRow key={c.id} testId="my-comment" unit={unitOf(view, c.presenterId)} text={c.text} at={c.at} badge={null} tone="ok" />
            ))}
          </ul>
        </>
      )}
    </CollapsibleCard>
  );
}
