// A textarea that takes rows copied from Excel; the caller turns the text into rows.
import { useState } from 'react';
import { useT } from '../../common/i18n.tsx';
import { setupStrings } from '../strings/setup.ts';
import { carryIds } from '../../../shared/roster.ts';
import { blank } from './draft.ts';

export function PasteBox({ label, name, onPaste }: { label: string; name: string; onPaste: (text: string, replace: boolean) => string | null }) {
  const t = useT(setupStrings);
  const [text, setText] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const apply = (replace: boolean) => {
    if (!text.trim()) return;
    setNote(onPaste(text, replace));
    setText('');
  };
  return (
    <div className="paste-box">
      <label className="field field-wide">
        <span>{label}</span>
        <textarea className="input" name={name} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <div className="row-gap">
        <button type="button" className="btn btn-small" disabled={!text.trim()} onClick={() => apply(false)}>
          {t('pasteAppend')}
        </button>
        <button type="button" className="btn btn-small" disabled={!text.trim()} onClick={() => apply(true)}>
          {t('pasteReplace')}
        </button>
        {note && <span className="muted small">{note}</span>}
      </div>
    </div>
  );
}

/** Keeps typed rows but drops the empty placeholder line a fresh form starts with. */
/**
 * Pasted rows added below the filled ones, or replacing them; replaced rows hand their ids to the
 * pasted rows with the same key, so pasting the same list again keeps every judge's link.
 */
export function mergeRows<T extends { id?: string }>(current: T[], pasted: T[], replace: boolean, key: (row: T) => string): T[] {
  const kept = replace ? [] : current.filter((row) => !blank(row));
  return [...kept, ...carryIds(replace ? current : [], pasted, key)];
}
