// The judges' questions for the presenter on stage: the host picks which go on the projector,
// marks them answered or not used, and can put a comment up. Moderation only; judges ask from
// their phones.
import { useT } from '../../common/i18n.tsx';
import type { HostView } from '../../../shared/protocol.ts';
import { useCommand } from '../host-session.ts';
import { commonStrings } from '../strings/common.ts';
import { qaStrings } from '../strings/qa.ts';
import { promptDialog } from '../ui/dialog.tsx';

export function QuestionsPanel({ view }: { view: HostView }) {
  const t = useT(qaStrings);
  const tc = useT(commonStrings);
  const run = useCommand();
  const cur = view.current;
  const inQa = cur?.phase === 'qa';
  const judgeName = (id: string | null) => view.judges.find((j) => j.id === id)?.name;
  const questions = cur ? view.questions.filter((q) => q.presenterId === cur.presenterId && q.status !== 'merged') : [];
  const comments = cur ? view.comments.filter((c) => c.presenterId === cur.presenterId) : [];
  const waiting = questions.filter((q) => q.status === 'waiting').length;
  const bankLeft = view.bank.filter((b) => !b.drawn).length;
  const status = { waiting: t('stWaiting'), shown: t('stShown'), answered: t('stAnswered'), dismissed: t('stDismissed'), merged: t('stMerged') };

  const edit = async (id: string, text: string) => {
    const next = await promptDialog({ title: t('editTitle'), input: { label: t('editLabel'), initial: text }, confirm: t('save'), cancel: tc('cancel') });
    if (next !== null && next.trim() && next.trim() !== text) await run('question:edit', { questionId: id, text: next.trim() });
  };

  return (
    <section className="panel qa-panel">
      <header className="panel-head">
        <h2>{t('title')}</h2>
        {waiting > 0 && <span className="count-part">{t('waiting', { n: waiting })}</span>}
        {inQa && bankLeft > 0 && (
          <button type="button" className="btn btn-small" onClick={() => void run('bank:draw', {})}>
            {t('bankDraw', { n: bankLeft })}
          </button>
        )}
      </header>
      <div className="qa-scroll">
        {!cur && <p className="muted small pad-s">{t('noPresenter')}</p>}
        {cur && questions.length === 0 && comments.length === 0 && <p className="muted small pad-s">{t('empty')}</p>}
        <ul className="qa-list">
          {questions.map((q) => (
            <li key={q.id} className={`qa-item q-${q.status}`} data-question={q.id}>
              <span className="qa-who">{q.source === 'bank' ? t('fromBank') : (judgeName(q.judgeId) ?? t('fromHost'))}</span>
              <span className="qa-text">{q.text}</span>
              <span className={`badge q-badge-${q.status}`}>{status[q.status]}</span>
              <span className="qa-actions">
                {q.status === 'waiting' && (
                  <>
                    <button type="button" className="btn btn-tiny btn-primary" disabled={!inQa} title={inQa ? undefined : t('onlyInQa')} onClick={() => void run('question:show', { questionId: q.id })}>
                      {t('show')}
                    </button>
                    <button type="button" className="btn btn-tiny" onClick={() => void edit(q.id, q.text)}>
                      {t('edit')}
                    </button>
                  </>
                )}
                {q.status === 'shown' && (
                  <>
                    <button type="button" className="btn btn-tiny btn-primary" onClick={() => void run('question:answered', { questionId: q.id })}>
                      {t('answered')}
                    </button>
                    <button type="button" className="btn btn-tiny" onClick={() => void run('question:hide', {})}>
                      {t('hide')}
                    </button>
                  </>
                )}
                {(q.status === 'waiting' || q.status === 'shown') && (
                  <button type="button" className="btn btn-tiny" onClick={() => void run('question:dismiss', { questionId: q.id })}>
                    {t('dismiss')}
                  </button>
                )}
              </span>
            </li>
          ))}
          {comments.map((c) => {
            const up = view.onScreen.comment === c.id;
            return (
              <li key={c.id} className="qa-item qa-comment">
                <span className="qa-who">
                  {t('comments')} · {judgeName(c.judgeId) ?? t('fromHost')}
                </span>
                <span className="qa-text">{c.text}</span>
                <span className="qa-actions">
                  <button type="button" className={up ? 'btn btn-tiny' : 'btn btn-tiny btn-primary'} onClick={() => void run('comment:show', { commentId: up ? null : c.id })}>
                    {up ? t('hide') : t('show')}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
