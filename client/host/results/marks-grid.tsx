// The presenters' marks cards, two to a row when a card's table fits half the page, else one to a
// row (six criteria with long names at 1280 px): the grid's narrowest column is the narrowest
// width any card's table can take, measured after each render, so no table runs out of its card.
import { useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';

export function MarksGrid({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [need, setNeed] = useState(0);
  useLayoutEffect(() => {
    const tables = [...(ref.current?.querySelectorAll<HTMLTableElement>('.marks-table') ?? [])];
    // All set, then all read: one layout for the lot, not one per card.
    for (const t of tables) t.style.width = 'min-content';
    const widest = Math.max(0, ...tables.map((t) => t.offsetWidth));
    for (const t of tables) t.style.width = '';
    const next = widest > 0 ? widest + 2 : 0; // + the card's borders
    if (next !== need) setNeed(next);
  });
  const style = need > 0 ? ({ '--marks-min': `${need}px` } as CSSProperties) : undefined;
  return (
    <div ref={ref} className="marks-grid" style={style}>
      {children}
    </div>
  );
}
