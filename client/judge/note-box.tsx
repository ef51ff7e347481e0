// A text box for one question or comment about one presenter: a big label, a live count against
// the server's limit, and a send button. What is typed is kept on the phone on every keystroke,
// so a reload mid-sentence loses nothing; the parent keys it by presenter.
import { useRef, useState, type ChangeEvent } from 'react';
import { useT } from '../common/i18n.tsx';
import { useJudgePad } from './pad-store.ts';
import { loadTextDraft, MAX_CHARS, saveTextDraft, type NoteKind } from './qa-storage.ts';
import { qaStrings } from './qa-strings.ts';

/** Invisible control characters (pasted from office documents) that the server refuses. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/** What is sent: what the server would keep, so a resend is byte-for-byte the same command. */
const clean = (text: string) => text.replace(CONTROL, ' ').trim();

interface Props {
  kind: NoteKind;
  presenterId: string;
  label: string;
  placeholder: string;
  sendLabel: string;
  rows: number;
}

export function NoteBox({ kind, presenterId, label, placeholder, sendLabel, rows }: Props) {
  const t = useT(qaStrings);
  const { token, sendNote } = useJudgePad();
  const [text, setText] = useState(() => loadTextDraft(token, kind, presenterId));
  const area = useRef<HTMLTextAreaElement>(null);
  const max = MAX_CHARS[kind];
  // The server trims and counts UTF-16 units; count the same way so the limit never surprises.
  const n = clean(text).length;
  const over = n - max;
  const id = `jp-${kind}-text`;

  const change = (e: ChangeEvent<HTMLTextAreaElement>) => {
    setText(e.target.value);
    saveTextDraft(token, kind, presenterId, e.target.value);
  };
  const send = () => {
    if (n === 0 || over > 0) return;
    // Clearing at once is what makes a double tap harmless: the second tap finds nothing to send.
    sendNote(kind, presenterId, clean(text));
    setText('');
    saveTextDraft(token, kind, presenterId, '');
    area.current?.blur();
  };

  return (
    <div className="jp-note" data-testid={`${kind}-box`}>
      <label className="jp-note-label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        ref={area}
        className={`jp-note-text${over > 0 ? ' jp-note-over' : ''}`}
        rows={rows}
        value={text}
        placeholder={placeholder}
        enterKeyHint="send"
        aria-describedby={`${id}-count`}
        onChange={change}
      />
      <div className="jp-note-bar">
        <span id={`${id}-count`} className={`jp-note-count${over > 0 ? ' jp-note-count-over' : ''}`} data-testid={`${kind}-count`}>
          {`${n}/${max}`}
          {over > 0 && <small>{t('tooLong', { n: over })}</small>}
        </span>
        <button type="button" className="jp-primary jp-note-send" disabled={n === 0 || over > 0} onClick={send}>
          {sendLabel}
        </button>
      </div>
    </div>
  );
}
