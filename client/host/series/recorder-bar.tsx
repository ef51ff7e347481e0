// Asks once who enters the ledger on this laptop, and shows it with a way to change it.
import { useState } from 'react';
import { useT } from '../../common/i18n.tsx';
import { seriesLedgerStrings } from '../strings/series-ledger.ts';
import { setRecorder, useRecorder } from './recorder.ts';

export function RecorderBar() {
  const t = useT(seriesLedgerStrings);
  const by = useRecorder((s) => s.by);
  const [editing, setEditing] = useState(by === '');
  const [text, setText] = useState(by);
  if (!editing)
    return (
      <div className="recorder" data-testid="recorder">
        <span className="muted small">{t('recorder')}</span>
        <strong>{by}</strong>
        <button type="button" className="btn btn-tiny" onClick={() => (setText(by), setEditing(true))}>
          {t('recorderChange')}
        </button>
      </div>
    );
  const save = () => {
    if (!text.trim()) return;
    setRecorder(text);
    setEditing(false);
  };
  return (
    <form className="recorder recorder-ask" data-testid="recorder" onSubmit={(e) => (e.preventDefault(), save())}>
      <label className="field">
        <span>{t('recorderAsk')}</span>
        <input className="input" value={text} maxLength={40} placeholder={t('recorderPh')} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="submit" className="btn btn-small btn-primary" disabled={!text.trim()}>
        {t('recorderSave')}
      </button>
    </form>
  );
}
