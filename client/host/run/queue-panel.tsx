// The speaking order with each presenter's status and score. Before anyone has presented the
// order can be drawn by lot or rearranged (drag, or ↑↓); later, presenters can be moved back
// (顺延), marked absent, or called from absent.
import { useState } from 'react';
import { useT } from '../../common/i18n.tsx';
import { formatFinal } from '../../../shared/format.ts';
import type { HostView } from '../../../shared/protocol/index.ts';
import { move } from '../setup/fields.tsx';
import { runStrings } from '../strings/run.ts';
import type { Actions } from './use-actions.ts';

export function QueuePanel({ view, actions }: { view: HostView; actions: Actions }) {
  const t = useT(runStrings);
  const [dragging, setDragging] = useState<string | null>(null);
  const open = view.orderOpen;
  const running = view.contest.status === 'running';
  const stageFree = !view.current || view.current.phase === 'revealed';
  const finals = new Map(view.results.presenters.map((r) => [r.presenterId, r.final]));
  const ranks = new Map(view.results.ranking.map((r) => [r.presenterId, r.rank]));
  const method = { defined: t('orderDefined'), drawn: t('orderDrawn'), manual: t('orderManual') }[view.orderMethod];
  const status = { waiting: t('stWaiting'), active: t('stActive'), done: t('stDone'), absent: t('stAbsent') };

  const dropOn = (target: string) => {
    if (!dragging || dragging === target) return;
    const from = view.order.indexOf(dragging);
    const to = view.order.indexOf(target);
    actions.setOrder(move(view.order, from, to - from));
    setDragging(null);
  };

  return (
    <section className="panel queue-panel">
      <header className="panel-head">
        <h2>
          {t('queue')} <span className="muted small">({method})</span>
        </h2>
        {open && (
          <button type="button" className="btn btn-small btn-gold" onClick={() => void actions.draw()}>
            {view.orderMethod === 'drawn' ? t('drawAgain') : t('draw')}
          </button>
        )}
      </header>
      {open && <p className="muted small hint">{t('dragHint')}</p>}
      <ol className="queue">
        {view.order.map((id, i) => {
          const p = view.presenters.find((x) => x.id === id);
          if (!p) return null;
          const isCurrent = view.current?.presenterId === id;
          const movable = p.status === 'waiting' || (isCurrent && p.phase === 'report' && Object.keys(p.marks).length === 0);
          const final = p.status === 'done' ? finals.get(id) : undefined;
          return (
            <li
              key={id}
              className={`queue-row st-${p.status}${isCurrent ? ' current' : ''}${dragging === id ? ' dragging' : ''}`}
              data-presenter={id}
              draggable={open}
              onDragStart={() => setDragging(id)}
              onDragEnd={() => setDragging(null)}
              onDragOver={(e) => open && e.preventDefault()}
              onDrop={() => dropOn(id)}
            >
              <span className="q-idx">{i + 1}</span>
              <div className="q-name" title={`${p.unit} ${p.speaker}`.trim()}>
                <strong>{p.unit}</strong>
                <span className="muted small">{p.speaker}</span>
              </div>
              {final != null && (
                <span className="q-score" title={`#${ranks.get(id) ?? ''}`}>
                  {formatFinal(final, view.definition.rules.decimals)}
                </span>
              )}
              <span className={`badge badge-${p.status}`}>{status[p.status]}</span>
              <span className="q-actions">
                {open ? (
                  <>
                    <button type="button" className="icon-btn" aria-label={t('moveUp', { name: p.unit })} title={t('moveUp', { name: p.unit })} disabled={i === 0} onClick={() => actions.setOrder(move(view.order, i, -1))}>
                      ↑
                    </button>
                    <button type="button" className="icon-btn" aria-label={t('moveDown', { name: p.unit })} title={t('moveDown', { name: p.unit })} disabled={i === view.order.length - 1} onClick={() => actions.setOrder(move(view.order, i, 1))}>
                      ↓
                    </button>
                  </>
                ) : (
                  movable &&
                  running && (
                    <button type="button" className="btn btn-tiny" onClick={() => actions.skip(id)}>
                      {t('skip')}
                    </button>
                  )
                )}
                {movable && view.contest.status !== 'finished' && (
                  <button type="button" className="btn btn-tiny" onClick={() => void actions.absent(id)}>
                    {t('absent')}
                  </button>
                )}
                {p.status === 'absent' && running && stageFree && (
                  <button type="button" className="btn btn-tiny" onClick={() => actions.call(id)}>
                    {t('callNow')}
                  </button>
                )}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
