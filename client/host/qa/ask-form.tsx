// The host types a question: for a judge who handed it over on paper or said it aloud, or as
// the host (no judge). For the presenter on stage, or in advance for one still to come.
import { useState } from 'react';
import { useT } from '../../common/i18n.tsx';
import type { HostView } from '../../../shared/protocol/index.ts';
import { useCommand } from '../host-session.ts';
import { commonStrings } from '../strings/common.ts';
import { qaStrings } from '../strings/qa.ts';
import { toast } from '../ui/toast.tsx';
import { JudgeSelect, PresenterSelect } from './entry-fields.tsx';

/** Presenters that still take questions: on stage before scoring, or not on yet. */
function askable(view: HostView) {
  const byId = new Map(view.presenters.map((p) => [p.id, p]));
  return view.order
    .map((id) => byId.get(id))
    .filter((p) => p !== undefined)
    .filter((p) => p.status === 'waiting' || (p.status === 'active' && (p.phase === 'report' || p.phase === 'qa')));
}

export function AskForm({ view, onDone }: { view: HostView; onDone: () => void }) {
  const t = useT(qaStrings);
  const tc = useT(commonStrings);
  const run = useCommand();
  const options = askable(view);
  const cur = view.current?.presenterId ?? null;
  const [judgeId, setJudgeId] = useState('');
  const [presenterId, setPresenterId] = useState(() => options.find((p) => p.id === cur)?.id ?? options[0]?.id ?? '');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (!text.trim() || !presenterId || busy) return;
    setBusy(true);
    const ack = await run('question:ask', { presenterId, text: text.trim(), ...(judgeId ? { judgeId } : {}) });
    setBusy(false);
    if (ack.ok) {
      toast(t('asked'), 'ok');
      onDone();
    }
  };

  return (
    <form
      className="entry-form"
      aria-label={t('askTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="entry-row">
        <JudgeSelect view={view} value={judgeId} onChange={setJudgeId} label={t('askAs')} none={t('hostSelf')} />
        <PresenterSelect options={options} value={presenterId} onChange={setPresenterId} label={t('askFor')} currentId={cur} currentTag={t('currentTag')} />
      </div>
      <label className="field">
        <span>{t('askText')}</span>
        <textarea className="input" rows={2} maxLength={300} aria-label={t('askText')} placeholder={t('askPlaceholder')} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <div className="entry-actions">
        <button type="button" className="btn btn-small" onClick={onDone}>
          {tc('cancel')}
        </button>
        <button type="submit" className="btn btn-small btn-primary" disabled={busy || !text.trim() || !presenterId}>
          {t('submit')}
        </button>
      </div>
    </form>
  );
}
