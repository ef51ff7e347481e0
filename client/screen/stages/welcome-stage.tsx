// Before the show: the contest's title, theme, date, tier and venue, and beside them how the
// hall joins on their phones (QR code and join code), whether or not there is an appraisal:
// the audience page follows the whole show and its results.
import { useLang } from '../../common/i18n.tsx';
import type { PublicView } from '../../../shared/protocol/index.ts';
import { formatDate } from '../../../shared/format.ts';
import { JoinCard } from '../join-card.tsx';
import { useFit } from '../use-fit.ts';
import { Phrases } from '../../common/phrases.tsx';

export function WelcomeStage({ view }: { view: PublicView }) {
  const lang = useLang((s) => s.lang);
  const c = view.contest;
  const title = useFit<HTMLHeadingElement>(c.title, 9, 3.4);
  const theme = useFit<HTMLParagraphElement>(c.theme, 4, 2.2);
  const meta = [formatDate(c.date, lang), c.venue].filter(Boolean);
  return (
    <section className="stage stage--welcome" data-stage="welcome">
      <div className="welcome__main">
        <div className="welcome__emblem" aria-hidden="true">
          <span />
        </div>
        <h1 className="welcome__title gold-text" ref={title}>
          <Phrases text={c.title} />
        </h1>
        {c.theme && (
          <p className="welcome__theme" ref={theme}>
            <Phrases text={c.theme} />
          </p>
        )}
        {c.tier && <p className="welcome__tier">{c.tier}</p>}
        <div className="welcome__rule" aria-hidden="true" />
        {meta.length > 0 && (
          <p className="welcome__meta">
            {meta.map((m) => (
              <span key={m}>{m}</span>
            ))}
          </p>
        )}
      </div>
      <JoinCard view={view} size="large" />
    </section>
  );
}
