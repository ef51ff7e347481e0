// Text whose length the screen does not control (a question, a unit's name, the title) is set
// as large as its box allows: the size steps down from `max` to `min` (in --u) until the text no
// longer overflows its box, and past `min` the CSS clamps it (overflow hidden, an ellipsis)
// rather than push the clock off the screen. The box must be bounded: a max-height in em (so
// that it shrinks with the text), nowrap with a width, or a flex item allowed to shrink.
import { useLayoutEffect, useRef } from 'react';

const STEP = 0.92;

export function useFit<T extends HTMLElement>(text: string, max: number, min: number) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fits = () => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1;
    const fit = () => {
      let size = max;
      el.style.setProperty('--fit', String(size));
      while (size > min && !fits()) {
        size = Math.max(min, size * STEP);
        el.style.setProperty('--fit', String(size));
      }
      el.dataset.clamped = String(!fits());
    };
    fit();
    window.addEventListener('resize', fit);
    // A web font that arrives after the first fit changes the widths.
    void document.fonts?.ready.then(fit);
    return () => window.removeEventListener('resize', fit);
  }, [text, max, min]);
  return ref;
}
