// The judge's own scores for earlier presenters, read-only, in speaking order; tap to see the
// per-criterion values.
import { useState } from 'react';
import { formatScore } from '../../shared/format.ts';
import type { JudgeView } from '../../shared/protocol/index.ts';
import { useT } from '../common/i18n.tsx';
import { strings } from './strings.ts';
import { ValuesList } from './values-list.tsx';

export function History({ view }: { view: JudgeView }) {
  const t = useT(strings);
  const [open, setOpen] = useState<string | null>(null);
  // The presenter on stage has its own card above, except once the contest is over: then the
  // notice 本期擂台赛已结束 takes that place, and the last score belongs in this list.
  const onStage = view.contest.status === 'finished' ? null : view.current?.presenterId;
  const earlier = view.order.filter((id) => id !== onStage && view.myMarks[id]);
  if (earlier.length === 0) return null;
  return (
    <section className="jp-card jp-history" aria-labelledby="jp-history-title" data-testid="history">
      <h2 id="jp-history-title">{t('history')}</h2>
      <ul>
        {earlier.map((id) => {
          const m = view.myMarks[id];
          const p = view.presenters.find((x) => x.id === id);
          if (!m) return null;
          const expanded = open === id;
          return (
            <li key={id}>
              <button type="button" className="jp-history-row" aria-expanded={expanded} onClick={() => setOpen(expanded ? null : id)}>
                <span className="jp-history-unit">
                  {p?.unit ?? id}
                  {p?.speaker && <small>{p.speaker}</small>}
                </span>
                {m.byHost && <small className="jp-by-host">{t('byHost')}</small>}
                <b>{t('points', { n: formatScore(m.total) })}</b>
                <svg className={`jp-chevron${expanded ? ' jp-chevron-open' : ''}`} viewBox="0 0 16 16" aria-hidden="true">
                  <path d="M3 6l5 5 5-5" />
                </svg>
              </button>
              {expanded && <ValuesList criteria={view.criteria} values={m.values} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
