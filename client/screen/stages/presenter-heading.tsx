// Who is on stage: position in the order, unit, speaker and their title.
import { useT } from '../../common/i18n.tsx';
import type { PublicView } from '../../../shared/protocol/index.ts';
import { turnOf, type Presenter } from '../format.ts';
import { strings } from '../strings.ts';
import { useFit } from '../use-fit.ts';
import { Phrases } from '../../common/phrases.tsx';

interface Props {
  view: PublicView;
  presenter: Presenter;
  size: 'large' | 'small';
}

export function PresenterHeading({ view, presenter, size }: Props) {
  const t = useT(strings);
  const n = turnOf(view, presenter.id);
  // A 60-character unit name must not push the clock off the screen: two lines, shrinking.
  const unit = useFit<HTMLHeadingElement>(presenter.unit, size === 'large' ? 9 : 5.6, size === 'large' ? 4.2 : 3);
  return (
    <header className={`who who--${size}`}>
      {n > 0 && <p className="who__position">{t('position', { n, total: view.order.length })}</p>}
      <h2 className="who__unit gold-text" ref={unit}>
        <Phrases text={presenter.unit} />
      </h2>
      {(presenter.speaker || presenter.title) && (
        <p className="who__speaker">
          {presenter.title && <span className="who__title">{presenter.title}</span>}
          {presenter.speaker && <span>{presenter.speaker}</span>}
        </p>
      )}
    </header>
  );
}

