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
        const lines = String(Math.max(1, Math.floor((el.clientHeight + 1) / line)));
        el.style.setProperty('--fit-lines', lines);
        el.dataset.fitLines = lines;
      }
      el.dataset.clamped = 'true';
    };
    fit();
    window.addEventListener('resize', fit);
    // A web font that arrives after the first fit changes the widths.
    void document.fonts?.ready.then(fit);
    return () => window.removeEventListener('resize', fit);
  }, [text, max, min]);
  return ref;
}
