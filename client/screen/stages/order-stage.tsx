// The speaking order. A live draw shuffles names in every slot for a moment, then settles the
// slots one by one on the drawn order; a defined or manual order is simply listed.
import { useEffect, useState, type CSSProperties } from 'react';
import { useT } from '../../common/i18n.tsx';
import type { PublicView } from '../../../shared/protocol/index.ts';
import { columnsFor, presenterMap, type Presenter } from '../format.ts';
import { formatSpeaker } from '../../../shared/format.ts';
import { strings } from '../strings.ts';

const SHUFFLE_MS = 1400;
const FRAME_MS = 90;

/** How many slots have settled; all of them at once when the draw is not being watched live. */
function useSettling(n: number, live: boolean) {
  const [state, setState] = useState({ settled: live ? 0 : n, frame: 0 });
  useEffect(() => {
    if (!live) return;
    const start = Date.now();
    const step = Math.max(60, Math.min(320, 2600 / n));
    const id = setInterval(() => {
      const elapsed = Date.now() - start;
      const settled = elapsed < SHUFFLE_MS ? 0 : Math.min(n, Math.floor((elapsed - SHUFFLE_MS) / step) + 1);
      setState((s) => ({ settled, frame: s.frame + 1 }));
      if (settled >= n) clearInterval(id);
    }, FRAME_MS);
    return () => clearInterval(id);
  }, [n, live]);
  return state;
}

export function OrderStage({ view, live }: { view: PublicView; live: boolean }) {
  const t = useT(strings);
  const names = presenterMap(view);
  const list = view.order.map((id) => names.get(id)).filter((p): p is Presenter => p !== undefined);
  const n = list.length;
  const drawn = view.orderMethod === 'drawn';
  const { settled, frame } = useSettling(n, live && drawn);
  const cols = columnsFor(n);
  const style = { '--cols': cols, '--rows': Math.ceil(n / cols) } as CSSProperties;
  const done = settled >= n;

  return (
    <section className="stage stage--order" data-stage="order" data-settled={done}>
      <h2 className="stage__title gold-text">{done ? t('orderTitle') : t('orderDrawing')}</h2>
      {view.orderMethod === 'defined' && <p className="stage__subtitle">{t('orderDefined')}</p>}
      <ol className="order" style={style}>
        {list.map((p, i) => {
          const still = i < settled;
          // While shuffling, each slot flicks through names in a different rhythm.
          const shown = still ? p : (list[(frame * (i + 3) + i * 5) % n] ?? p);
          return (
            <li key={i} className={`order__row ${still ? 'is-settled' : 'is-spinning'}`}>
              <span className="order__no">{i + 1}</span>
              <span className="order__unit">{shown.unit}</span>
              {still && <span className="order__speaker">{formatSpeaker(p)}</span>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
