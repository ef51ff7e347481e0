// The ranking as revealed so far: rank, unit and speaker, final score; shared ranks say so.
import type { CSSProperties } from 'react';
import { useT } from '../common/i18n.tsx';
import type { PublicView } from '../../shared/protocol/index.ts';
import { formatFinal } from '../../shared/format.ts';
import { columnsFor, presenterMap, type RankingLine } from './format.ts';
import { strings } from './strings.ts';

interface Props {
  view: PublicView;
  /** The presenter just revealed, drawn out. */
  highlight?: string | null;
  /** At most this many lines (the highlighted one is kept even when beyond). */
  limit?: number;
  /** Lay long lists out in columns (projector): true picks a layout, a number caps the rows
   * per column. Phones keep one column. */
  columns?: boolean | number;
  className?: string;
}

/** The lines to draw, and whether the last one was brought up from below the cut. */
function pick(lines: RankingLine[], limit: number | undefined, highlight: string | null | undefined) {
  if (limit === undefined || lines.length <= limit) return { lines, gap: false };
  const top = lines.slice(0, limit);
  const mine = lines.find((l) => l.presenterId === highlight);
  return mine && !top.includes(mine) ? { lines: [...top.slice(0, limit - 1), mine], gap: true } : { lines: top, gap: false };
}

export function RankingList({ view, highlight, limit, columns = false, className }: Props) {
  const t = useT(strings);
  const names = presenterMap(view);
  const { lines, gap } = pick(view.ranking, limit, highlight);
  const cols =
    typeof columns === 'number' ? Math.min(4, Math.ceil(lines.length / columns)) : columns ? columnsFor(lines.length) : 1;
  const rows = Math.ceil(lines.length / cols);
  const style = { '--cols': cols, '--rows': rows } as CSSProperties;
  return (
    <ol className={`ranking ${className ?? ''}`} style={style} data-testid="ranking">
      {lines.map((l, i) => {
        const p = names.get(l.presenterId);
        const after = gap && i === lines.length - 1;
        return (
          <li
            key={l.presenterId}
            className={`ranking__row rank-${Math.min(l.rank, 4)}${l.presenterId === highlight ? ' is-highlight' : ''}${after ? ' is-gap' : ''}`}
          >
            <span className="ranking__rank">{l.rank}</span>
            <span className="ranking__name">
              <span className="ranking__unit">{p?.unit ?? l.presenterId}</span>
              {p?.speaker && <span className="ranking__speaker">{p.speaker}</span>}
            </span>
            {l.shared && <span className="tag tag--shared">{t('shared')}</span>}
            <span className="ranking__score">{formatFinal(l.final, view.contest.decimals)}</span>
          </li>
        );
      })}
    </ol>
  );
}
