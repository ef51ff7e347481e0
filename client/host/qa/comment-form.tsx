// The host records a leader's comment (点评) for a judge, for the presenter on stage or one
// who has already presented.
import { useState } from 'react';
import { useT } from '../../common/i18n.tsx';
import type { HostView } from '../../../shared/protocol/index.ts';
import { useCommand } from '../host-session.ts';
import { commonStrings } from '../strings/common.ts';
import { qaStrings } from '../strings/qa.ts';
import { toast } from '../ui/toast.tsx';
import { JudgeSelect, PresenterSelect } from './entry-fields.tsx';

/** Presenters a comment can be about: on stage or done (the server refuses the rest). */
export function commentable(view: HostView) {
  const byId = new Map(view.presenters.map((p) => [p.id, p]));
  return view.order
    .map((id) => byId.get(id))
    .filter((p) => p !== undefined)
    .filter((p) => p.status === 'active' || p.status === 'done');
}

export function CommentForm({ view, onDone }: { view: HostView; onDone: () => void }) {
  const t = useT(qaStrings);
  const tc = useT(commonStrings);
  const run = useCommand();
  const options = commentable(view);
  const cur = view.current?.presenterId ?? null;
  const [judgeId, setJudgeId] = useState('');
  const [presenterId, setPresenterId] = useState(() => options.find((p) => p.id === cur)?.id ?? options[options.length - 1]?.id ?? '');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const ready = Boolean(judgeId && presenterId && text.trim());

  const submit = async () => {
    if (!ready || busy) return;
    setBusy(true);
    const ack = await run('comment:add', { presenterId, judgeId, text: text.trim() });
    setBusy(false);
    if (ack.ok) {
      toast(t('commented'), 'ok');
      onDone();
    }
  };

  return (
    <form
      className="entry-form"
      aria-label={t('commentTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="entry-row">
        <JudgeSelect view={view} value={judgeId} onChange={setJudgeId} label={t('commentBy')} none={t('pickJudge')} />
        <PresenterSelect options={options} value={presenterId} onChange={setPresenterId} label={t('commentFor')} currentId={cur} currentTag={t('currentTag')} />
      </div>
      <label className="field">
        <span>{t('commentText')}</span>
        <textarea className="input" rows={3} maxLength={1000} aria-label={t('commentText')} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <div className="entry-actions">
        <button type="button" className="btn btn-small" onClick={onDone}>
          {tc('cancel')}
        </button>
        <button type="submit" className="btn btn-small btn-primary" disabled={busy || !ready}>
          {t('submit')}
        </button>
      </div>
    </form>
  );
}
