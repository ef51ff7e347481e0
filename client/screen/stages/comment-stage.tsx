// 点评: a leader's comment on the presenter, as the host put it on screen.
import { useT } from '../../common/i18n.tsx';
import type { PublicView } from '../../../shared/protocol/index.ts';
import { currentPresenter, textSize } from '../format.ts';
import { strings } from '../strings.ts';
import { useFit } from '../use-fit.ts';
import { PresenterHeading } from './presenter-heading.tsx';

export function CommentStage({ view }: { view: PublicView }) {
  const t = useT(strings);
  const p = currentPresenter(view);
  const c = view.qa.comment;
  const fit = useFit<HTMLParagraphElement>(`${c?.id}:${c?.text}`, textSize(c?.text.length ?? 0), 2.2);
  return (
    <section className="stage stage--comment" data-stage="comment">
      {p && <PresenterHeading view={view} presenter={p} size="small" />}
      {c && (
        <div className="words words--comment" key={c.id}>
          <p className="words__label">
            <span>{t('comment')}</span>
          </p>
          <p className="words__text" ref={fit} data-testid="comment">
            {c.text}
          </p>
          {c.by && <p className="words__by">{t('commentBy', { who: c.by })}</p>}
        </div>
      )}
    </section>
  );
}
