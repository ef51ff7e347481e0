// Text whose length the screen does not control (a question, a unit's name, the title) is set
// as large as its box allows: the size steps down from `max` to `min` (in --u) until the text no
// longer overflows its box. Past `min` it is clamped to the whole lines that fit, ending in an
// ellipsis (CSS line-clamp on [data-fit-lines], screen.css), so the room
// sees that there is more rather than a line cut through its glyphs. A single-line box
// (nowrap) ends in text-overflow: ellipsis instead. The box must be bounded: a max-height in em
// (so that it shrinks with the text), nowrap with a width, or a flex item allowed to shrink.
import { useLayoutEffect, useRef } from 'react';

const STEP = 0.92;

export function useFit<T extends HTMLElement>(text: string, max: number, min: number) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fits = () => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1;
    const fit = () => {
      // Measure unclamped: a clamp left from the last fit would hide the overflow.
      el.dataset.clamped = 'false';
      delete el.dataset.fitLines;
      el.style.removeProperty('--fit-lines');
      let size = max;
      el.style.setProperty('--fit', String(size));
      while (size > min && !fits()) {
        size = Math.max(min, size * STEP);
        el.style.setProperty('--fit', String(size));
      }
      if (fits()) return;
      const style = getComputedStyle(el);
      if (style.whiteSpace !== 'nowrap') {
        const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
        const clamp = (n: number) => {
          el.style.setProperty('--fit-lines', String(n));
          el.dataset.fitLines = String(n);
        };
        let lines = Math.max(1, Math.floor((el.clientHeight + 1) / line));
        clamp(lines);
        // Clamped, the box can be squeezed further by its flex siblings than it was unclamped:
        // step down until the lines kept fit the box they end up in.
        while (lines > 1 && lines * line > el.clientHeight + 1) clamp(--lines);
      }
      el.dataset.clamped = 'true';
    };
    // Siblings in one flex column share the height: when a neighbour fits later (or a font
    // arrives) this box can be squeezed after its own fit, leaving a clamp of more lines than it
    // holds. So the box is watched, and refitted when its size changes from what this fit left.
    let box = '';
    const refit = () => {
      fit();
      box = `${el.clientWidth}x${el.clientHeight}`;
    };
    // At most a few refits a second from the observer, should two neighbours keep moving each other;
    // a change past that budget is refitted once the second is over, never dropped (the box may
    // have settled meanwhile, e.g. after the stage's entrance, and the last fit was of a box
    // that no longer is: a title at full size clipped to three of its four lines).
    let budget = { at: 0, left: 0 };
    let later: ReturnType<typeof setTimeout> | undefined;
    const watch = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => {
      if (`${el.clientWidth}x${el.clientHeight}` === box) return;
      const now = performance.now();
      if (now - budget.at > 1000) budget = { at: now, left: 4 };
      if (budget.left-- > 0) refit();
      else if (later === undefined)
        later = setTimeout(() => {
          later = undefined;
          if (`${el.clientWidth}x${el.clientHeight}` !== box) refit();
        }, budget.at + 1000 - now);
    });
    refit();
    watch?.observe(el);
    window.addEventListener('resize', refit);
    // A web font that arrives after the first fit changes the widths.
    void document.fonts?.ready.then(refit);
    return () => {
      watch?.disconnect();
      clearTimeout(later);
      window.removeEventListener('resize', refit);
    };
  }, [text, max, min]);
  return ref;
}
