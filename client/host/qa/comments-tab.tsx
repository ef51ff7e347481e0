// 点评 by presenter (the one on stage first): who said it and when, and 上屏 / 撤下. Putting a
// comment up takes any question down; the projector shows it until it is taken down.
import { useT } from '../../common/i18n.tsx';
import { formatTimeOfDay } from '../../../shared/format.ts';
import type { HostView } from '../../../shared/protocol/index.ts';
import { useCommand } from '../host-session.ts';
import { commonStrings } from '../strings/common.ts';
import { promptDialog } from '../ui/dialog.tsx';
import { qaStrings } from '../strings/qa.ts';
import { CommentForm } from './comment-form.tsx';
import { askerOf } from './qa-model.ts';

export function CommentsTab({ view, adding, onAdded }: { view: HostView; adding: boolean; onAdded: () => void }) {
  const t = useT(qaStrings);
  const tc = useT(commonStrings);
  const run = useCommand();
  const hide = async (commentId: string) => {
    const reason = await promptDialog({
      title: t('hideCommentTitle'),
      lines: [t('hideCommentLines')],
      input: { label: t('hideCommentReason'), maxLength: 200 },
      confirm: t('hideComment'),
      cancel: tc('cancel'),
      danger: true,
    });
    if (reason?.trim()) await run('comment:hide', { commentId, reason: reason.trim() });
  };
  const cur = view.current?.presenterId ?? null;
  const ids = [...new Set(view.comments.map((c) => c.presenterId))].sort((a, b) => (a === cur ? -1 : b === cur ? 1 : view.order.indexOf(a) - view.order.indexOf(b)));
  const unit = (id: string) => view.presenters.find((p) => p.id === id)?.unit ?? id;

  return (
    <>
      {adding && <CommentForm view={view} onDone={onAdded} />}
      {view.comments.length === 0 && !adding && <p className="muted small pad-s">{t('commentsEmpty')}</p>}
      {ids.map((pid) => (
        <section key={pid} className="qa-section" data-comments-for={pid}>
          <h3 className="qa-sec-head">
            {unit(pid)} {pid === cur && <span className="badge badge-active">{t('currentTag')}</span>}
          </h3>
          <ul className="qa-list">
            {view.comments
              .filter((c) => c.presenterId === pid)
              .map((c) => {
                const up = view.onScreen.comment === c.id;
                const who = askerOf(view, c.judgeId);
                return (
                  <li key={c.id} className={`qa-item qa-comment${up ? ' q-shown' : ''}${c.hidden ? ' q-dismissed' : ''}`} data-comment={c.id}>
                    <div className="qa-main">
                      <div className="qa-meta">
                        <span className="qa-who">{who?.name ?? t('fromHost')}</span>
                        {who?.title && <span className="muted">{who.title}</span>}
                        <span className="muted">· {formatTimeOfDay(c.at)}</span>
                        {up && <span className="qa-running">● {t('onScreen')}</span>}
                        {c.hidden && <span className="badge">{t('hiddenTag')}</span>}
                      </div>
                      <div className="qa-text">{c.text}</div>
                      {c.hidden && <div className="muted small">{t('hiddenBecause', { reason: c.hidden.reason })}</div>}
                    </div>
                    {!c.hidden && (
                      <div className="qa-actions">
                        <button type="button" className={up ? 'btn btn-tiny' : 'btn btn-tiny btn-primary'} onClick={() => void run('comment:show', { commentId: up ? null : c.id })}>
                          {up ? t('hide') : t('show')}
                        </button>
                        <button type="button" className="btn btn-tiny" data-action="hide-comment" onClick={() => void hide(c.id)}>
                          {t('hideComment')}
                        </button>
                      </div>
                    )}
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </>
  );
}
