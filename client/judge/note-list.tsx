// Rows for the judge's own questions and comments: what the server has, what the phone still
// holds (待发送), and what the server refused, with the text kept visible so nothing is lost.
// Text is always rendered as plain React text, never as HTML.
import { COMMENTS_PER_PRESENTER, QUESTIONS_PER_PRESENTER } from '../../shared/domain/limits.ts';
import { formatTimeOfDay } from '../../shared/format.ts';
import type { ErrorCode, JudgeView } from '../../shared/protocol/index.ts';
import { useT } from '../common/i18n.tsx';
import { useJudgePad } from './pad-store.ts';
import type { NoteItem, NoteKind } from './qa-storage.ts';
import { qaStrings, type QaKey } from './qa-strings.ts';
import { unitOf } from './qa-targets.ts';

export type Tone = 'wait' | 'shown' | 'ok' | 'muted' | 'pending' | 'bad';

interface RowProps {
  unit: string;
  text: string;
  at: number | null;
  badge: string | null;
  tone: Tone;
  hint?: string | null;
  onDismiss?: () => void;
  testId: string;
}


export function NoteRow({ unit, text, at, badge, tone, hint, onDismiss, testId }: RowProps) {
  const t = useT(qaStrings);
  return (
    <li className={`jp-nrow jp-nrow-${tone}`} data-testid={testId}>
      <div className="jp-nrow-head">
        <span className="jp-nrow-unit">
          {unit}
          {at !== null && <small>{formatTimeOfDay(at)}</small>}
        </span>
        {badge && (
          <span className={`jp-badge jp-badge-${tone}`} data-testid="note-status">
            {badge}
          </span>
        )}
        {onDismiss && (
          <button type="button" className="jp-link jp-nrow-x" aria-label={t('dismiss')} onClick={onDismiss}>
            ✕
          </button>
        )}
      </div>
      <p className="jp-nrow-text" data-testid="note-text">
        {text}
      </p>
      {hint && <p className="jp-hint jp-nrow-hint">{hint}</p>}
    </li>
  );
}

function refusalKey(kind: NoteKind, code: ErrorCode): QaKey {
  if (code === 'not_current') return kind === 'question' ? 'r_question_not_current' : 'r_comment_not_current';
  if (code === 'limit_reached') return kind === 'question' ? 'r_question_limit' : 'r_comment_limit';
  if (code === 'invalid' || code === 'wrong_state') return `r_${code}`;
  return 'r_other';
}

/** What the phone still holds or had refused, of one kind: the rows above the server's list. */
export function OutgoingRows({ view, kind, sent }: { view: JudgeView; kind: NoteKind; sent: readonly { presenterId: string; text: string }[] }) {
  const t = useT(qaStrings);
  const { notes: outbox } = useJudgePad();
  const notes = outbox.useOutbox((s) => s.items);
  const inFlight = outbox.useOutbox((s) => s.inFlight);
  const delayed = outbox.useOutbox((s) => s.delayed);
  const refusals = outbox.useOutbox((s) => s.refusals);
  const mine = (n: NoteItem) => n.kind === kind;
  // The server's new view arrives just before its ack: skip the one-frame double.
  const arrived = (n: NoteItem) => inFlight.includes(n.commandId) && sent.some((s) => s.presenterId === n.presenterId && s.text === n.text);
  const pending = notes.filter((n) => mine(n) && !arrived(n)).reverse();
  return (
    <>
      {refusals
        .filter((r) => mine(r.item))
        .map((r) => (
          <NoteRow
            key={r.item.commandId}
            testId={`my-${kind}`}
            unit={unitOf(view, r.item.presenterId)}
            text={r.item.text}
            at={null}
            badge={t('notAccepted')}
            tone="bad"
            hint={t('refusedWhy', { reason: t(refusalKey(kind, r.code), { n: kind === 'question' ? QUESTIONS_PER_PRESENTER : COMMENTS_PER_PRESENTER }) })}
            onDismiss={() => outbox.dismiss(r.item.commandId)}
          />
        ))}
      {pending.map((n) => {
        const sending = inFlight.includes(n.commandId);
        return (
          <NoteRow
            key={n.commandId}
            testId={`my-${kind}`}
            unit={unitOf(view, n.presenterId)}
            text={n.text}
            at={null}
            badge={t(sending ? 'sending' : 'pending')}
            tone="pending"
            hint={delayed[n.commandId] === 'rate_limited' ? t('rateLimited') : sending ? null : t('pendingHint')}
          />
        );
      })}
    </>
  );
}
