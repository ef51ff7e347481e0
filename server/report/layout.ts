// Line breaking for mixed Chinese/Latin text with per-character fonts. pdfkit wraps CJK
// text itself (it follows UAX #14), but it cannot switch fonts inside a wrapped paragraph,
// which the SC/JP fallback needs; so lines are measured and broken here and pdfkit only
// draws runs at given positions.
import { advance, fontFor, type FontKey, type Run } from './fonts.ts';

export interface LaidRun extends Run {
  /** Width in points at the size the line was laid out for. */
  width: number;
}

export interface Line {
  runs: LaidRun[];
  width: number;
}

// Characters between which a line may break: ideographs, kana, hangul, CJK and full-width
// punctuation, and the supplementary ideograph planes (𠮷 lives there).
const CJK = /[\u2E80-\u9FFF\uA000-\uA4CF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u{20000}-\u{3FFFF}]/u;
// 禁则 (line-breaking rules): these may not start a line...
const NO_START = new Set([...'，。、；：？！）」』》〉】〕〗’”…—·・%‰,.;:?!)]}～'].map((c) => c.codePointAt(0)!));
// ...and these may not end one.
const NO_END = new Set([...'（「『《〈【〔〖‘“([{'].map((c) => c.codePointAt(0)!));

interface Glyph {
  ch: string;
  cp: number;
  font: FontKey;
  width: number;
}

/** Whether a break is allowed between `a` and `b`. */
function canBreak(a: Glyph, b: Glyph): boolean {
  if (NO_START.has(b.cp) || NO_END.has(a.cp)) return false;
  if (b.ch === ' ') return false; // break after the space, not before it
  if (a.ch === ' ') return true;
  return CJK.test(a.ch) || CJK.test(b.ch);
}

function toLine(glyphs: Glyph[]): Line {
  // Spaces at the edges of a wrapped line are invisible and would spoil alignment.
  let from = 0;
  let to = glyphs.length;
  while (from < to && glyphs[from]!.ch === ' ') from++;
  while (to > from && glyphs[to - 1]!.ch === ' ') to--;
  const runs: LaidRun[] = [];
  let width = 0;
  for (const g of glyphs.slice(from, to)) {
    const last = runs[runs.length - 1];
    if (last && last.font === g.font) {
      last.text += g.ch;
      last.width += g.width;
    } else runs.push({ font: g.font, text: g.ch, width: g.width });
    width += g.width;
  }
  return { runs, width };
}

/** Removes control characters that fonts cannot draw and that would confuse measuring. */
export function clean(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}

/**
 * Breaks `text` into lines no wider than `width` points at font `size`. Explicit newlines are
 * kept; a word longer than the width (a URL, a hash) is broken between characters.
 */
export function layout(text: string, width: number, size: number, bold = false): Line[] {
  const lines: Line[] = [];
  for (const paragraph of clean(text).split('\n')) {
    const glyphs: Glyph[] = [...paragraph].map((ch) => {
      const cp = ch.codePointAt(0)!;
      const font = fontFor(cp, bold);
      return { ch, cp, font, width: advance(font, cp) * size };
    });
    let start = 0;
    let used = 0;
    let lastBreak = -1; // index of the first glyph after the latest allowed break
    for (let i = 0; i < glyphs.length; i++) {
      const g = glyphs[i]!;
      if (i > start && canBreak(glyphs[i - 1]!, g)) lastBreak = i;
      if (used + g.width > width && i > start && g.ch !== ' ') {
        const cut = lastBreak > start ? lastBreak : i;
        lines.push(toLine(glyphs.slice(start, cut)));
        start = cut;
        lastBreak = -1;
        for (let k = start + 1; k < i; k++) if (canBreak(glyphs[k - 1]!, glyphs[k]!)) lastBreak = k;
        if (i > start && canBreak(glyphs[i - 1]!, g)) lastBreak = i;
        used = glyphs.slice(start, i).reduce((w, x) => w + x.width, 0);
      }
      used += g.width;
    }
    lines.push(toLine(glyphs.slice(start)));
  }
  return lines;
}

/** Width of a single-line string in points. */
export function widthOf(text: string, size: number, bold = false): number {
  let w = 0;
  for (const ch of clean(text)) {
    const cp = ch.codePointAt(0)!;
    w += advance(fontFor(cp, bold), cp) * size;
  }
  return w;
}

/** The first line of `text` at `width`, with "…" when the rest does not fit (page headers). */
export function ellipsize(text: string, width: number, size: number, bold = false): Line {
  const all = layout(text.replace(/\n/g, ' '), width, size, bold);
  if (all.length <= 1) return all[0] ?? { runs: [], width: 0 };
  let chars = [...clean(text).replace(/\n/g, ' ')];
  while (chars.length > 0 && widthOf(chars.join('') + '…', size, bold) > width) chars = chars.slice(0, -1);
  return layout(chars.join('').trimEnd() + '…', width, size, bold)[0]!;
}
