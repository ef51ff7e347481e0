// Loading the question bank: paste one question per line, or import a text file (UTF-8 or the
// GB18030 of Notepad on Chinese Windows). Loading replaces the bank; drawn ones stay drawn.
import { useRef, useState } from 'react';
import { useT } from '../../common/i18n.tsx';
import type { HostView } from '../../../shared/protocol/index.ts';
import { useCommand } from '../host-session.ts';
import { commonStrings } from '../strings/common.ts';
import { qaStrings } from '../strings/qa.ts';
import { confirmDialog } from '../ui/dialog.tsx';
import { toast } from '../ui/toast.tsx';
import { parseBank, readTextFile } from './qa-model.ts';

const MAX_QUESTIONS = 500;
const MAX_LENGTH = 300;

export function BankEditor({ view, onDone }: { view: HostView; onDone: (() => void) | null }) {
  const t = useT(qaStrings);
  const tc = useT(commonStrings);
  const run = useCommand();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const questions = parseBank(text);
  const tooLong = questions.findIndex((q) => q.length > MAX_LENGTH);
  const problem = questions.length > MAX_QUESTIONS ? t('bankTooMany', { n: questions.length }) : tooLong >= 0 ? t('bankTooLong', { n: tooLong + 1 }) : null;

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const content = await readTextFile(file);
      setText((prev) => (prev.trim() ? `${prev.trimEnd()}\n${content}` : content));
    } catch {
      toast(t('bankFileFailed'));
    }
  };

  const load = async () => {
    if (questions.length === 0 || problem || busy) return;
    if (view.bank.length > 0) {
      const ok = await confirmDialog({ title: t('bankReplaceTitle'), lines: [t('bankReplaceBody', { n: questions.length, old: view.bank.length })], confirm: t('bankLoad'), cancel: tc('cancel') });
      if (!ok) return;
    }
    setBusy(true);
    const ack = await run('bank:load', { questions });
    setBusy(false);
    if (ack.ok) {
      toast(t('bankLoaded', { n: questions.length }), 'ok');
      setText('');
      onDone?.();
    }
  };

  return (
    <div className="entry-form bank-editor">
      <label className="field">
        <span>{t('bankPaste')}</span>
        <textarea className="input" rows={4} aria-label={t('bankPaste')} placeholder={t('bankPastePlaceholder')} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <div className="entry-actions">
        <span className={problem ? 'warn-text small' : 'muted small'}>{problem ?? (questions.length > 0 ? t('bankLines', { n: questions.length }) : '')}</span>
        <input
          ref={fileRef}
          type="file"
          accept=".txt,text/plain"
          hidden
          data-testid="bank-file"
          onChange={(e) => {
            void importFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <button type="button" className="btn btn-small" onClick={() => fileRef.current?.click()}>
          {t('bankFile')}
        </button>
        {onDone && (
          <button type="button" className="btn btn-small" onClick={onDone}>
            {tc('cancel')}
          </button>
        )}
        <button type="button" className="btn btn-small btn-primary" disabled={busy || questions.length === 0 || problem !== null} onClick={() => void load()}>
          {t('bankLoad')}
        </button>
      </div>
    </div>
  );
}
