// The audience's phone: a read-only follow of the public view — who is on stage, the timer,
// revealed scores and the ranking. It shows exactly what the projector may show, no more.
import { useEffect } from 'react';
import { LangSwitch, useT } from '../common/i18n.tsx';
import type { Audience } from './audience.ts';
import { strings } from './strings.ts';
import { WatchStage } from './watch-stage.tsx';
import { Phrases } from '../common/phrases.tsx';

export function NoContest() {
  const t = useT(strings);
  return (
    <div className="watch">
      <p className="watch__notice">{t('noContest')}</p>
    </div>
  );
}

/** Long titles get a smaller size (watch.css): at most about six lines on a 390-px phone. */
const titleLength = (title: string) => (title.length > 60 ? 'longest' : title.length > 30 ? 'long' : undefined);

export function WatchApp({ audience }: { audience: Audience }) {
  const t = useT(strings);
  const { session, carry } = audience.useAudience();
  const { view: own, status, denied, offsetMs } = session.useSession();
  // Taking or dropping a ballot code opens a new connection: the last view stays until it speaks.
  const view = own ?? carry;
  const title = view?.contest.title;
  useEffect(() => {
    document.title = title ? `${title} · ${t('pageTitle')}` : t('pageTitle');
  }, [title, t]);

  return (
    <div className="watch">
      <header className="watch__head">
        <div className="watch__heading">
          <h1 className="watch__title" data-length={titleLength(title ?? '')}>
            <Phrases text={title ?? t('pageTitle')} />
          </h1>
          {view?.contest.tier && <p className="watch__tier">{view.contest.tier}</p>}
        </div>
        <LangSwitch className="watch__lang" />
      </header>
      {view && status === 'offline' && <p className="watch__offline" role="status">{t('reconnecting')}</p>}
      {status === 'denied' ? (
        <div className="watch__notice">
          <p>{t('denied')}</p>
          {denied && <p>{denied}</p>}
        </div>
      ) : view ? (
        <WatchStage view={view} offsetMs={offsetMs} audience={audience} />
      ) : (
        <p className="watch__notice">{t('connecting')}</p>
      )}
    </div>
  );
}
