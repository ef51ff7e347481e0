// The 评比 pad is fetched only by the judges of a 评比: most pads are an arena's, and they should
// not carry the code of the unit list (the judge pad's weight, docs/benchmarks.md). The module
// is asked for once the view says which kind of contest this is. If the fetch fails (the Wi-Fi
// dropped at that moment) the judge gets a way out: nothing can be lost by reloading, as the pad
// has not shown yet and drafts and the outbox live in this phone's storage anyway.
import { useEffect, useState, type ComponentType } from 'react';
import type { JudgeView } from '../../shared/protocol/index.ts';
import { useT } from '../common/i18n.tsx';
import { strings } from './strings.ts';

type Pad = ComponentType<{ view: JudgeView }>;
let loaded: Pad | null = null;

export function RatingPadLoader({ view }: { view: JudgeView }) {
  const t = useT(strings);
  const [Pad, setPad] = useState<Pad | null>(() => loaded);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (Pad) return;
    let live = true;
    // Awaited, not import().then(ok, failed): Vite moves a .then written on the import inside its
    // preload wrapper, and a stylesheet that fails to load then rejects past the handler.
    (async () => {
      try {
        const { RatingPad } = await import('./rating-pad.tsx');
        loaded = RatingPad;
        if (live) setPad(() => RatingPad);
      } catch {
        if (live) setFailed(true);
      }
    })();
    return () => {
      live = false;
    };
  }, [Pad]);

  if (Pad) return <Pad view={view} />;
  if (failed)
    return (
      <section className="jp-card jp-notice" role="alert" data-testid="pad-failed">
        <p>{t('padFailed')}</p>
        <button type="button" className="jp-primary" onClick={() => location.reload()}>
          {t('reload')}
        </button>
      </section>
    );
  return (
    <div className="jp-pad-loading" aria-busy="true">
      <div className="jp-spinner" aria-hidden="true" />
      <p>{t('padLoading')}</p>
    </div>
  );
}
