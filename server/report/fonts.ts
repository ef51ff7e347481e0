// The fonts of every PDF: Noto Sans SC for Chinese, Noto Sans JP as a fallback for the
// characters SC lacks (𠮷 U+20BB7, found in real place and person names). Each string is cut
// into runs by glyph coverage, SC first, so a name such as "𠮷田村" renders completely instead
// of with an empty box. Files are read once per process; pdfkit subsets what is used, so a
// report stays small although the fonts are 5-10 MB each.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

export type FontKey = 'sc' | 'scBold' | 'jp' | 'jpBold';

const FILES: Record<FontKey, string> = {
  sc: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  scBold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  jp: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
  jpBold: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
};

/** Both families share these vertical metrics (measured: ascent 1160, descent -288 per 1000). */
export const ASCENT = 1.16;
export const DESCENT = 0.288;

interface Loaded {
  buffer: Buffer;
  font: fontkit.Font;
  /** Advance width per code point in em, memoised: layout asks for the same glyphs constantly. */
  widths: Map<number, number>;
  /** Coverage per code point, memoised for the same reason. */
  covers: Map<number, boolean>;
}

const require = createRequire(import.meta.url);
const loaded = new Map<FontKey, Loaded>();

/** Reads and parses a font once per process (fontkit parses lazily, so this is cheap). */
export function font(key: FontKey): Loaded {
  let f = loaded.get(key);
  if (!f) {
    const buffer = fs.readFileSync(require.resolve(FILES[key]));
    f = { buffer, font: fontkit.create(buffer), widths: new Map(), covers: new Map() };
    loaded.set(key, f);
  }
  return f;
}

function covers(key: FontKey, cp: number): boolean {
  const f = font(key);
  let has = f.covers.get(cp);
  if (has === undefined) {
    has = f.font.hasGlyphForCodePoint(cp);
    f.covers.set(cp, has);
  }
  return has;
}

/** Advance width of one code point in em (multiply by the font size for points). */
export function advance(key: FontKey, cp: number): number {
  const f = font(key);
  let w = f.widths.get(cp);
  if (w === undefined) {
    w = f.font.glyphForCodePoint(cp).advanceWidth / f.font.unitsPerEm;
    f.widths.set(cp, w);
  }
  return w;
}

/**
 * The font for one character: SC whenever it has the glyph (JP draws some shared ideographs in
 * Japanese forms, so it must not take over whole strings), else JP, else SC (a missing-glyph
 * box, which at least shows that something is there).
 */
export function fontFor(cp: number, bold: boolean): FontKey {
  const sc: FontKey = bold ? 'scBold' : 'sc';
  const jp: FontKey = bold ? 'jpBold' : 'jp';
  if (covers(sc, cp)) return sc;
  return covers(jp, cp) ? jp : sc;
}

export interface Run {
  font: FontKey;
  text: string;
}

/** Splits a string into maximal runs of one font each (code points, not UTF-16 units). */
export function runs(text: string, bold = false): Run[] {
  const out: Run[] = [];
  for (const ch of text) {
    const key = fontFor(ch.codePointAt(0)!, bold);
    const last = out[out.length - 1];
    if (last && last.font === key) last.text += ch;
    else out.push({ font: key, text: ch });
  }
  return out;
}

/**
 * Registers a font with a document on first use, so a report without rare characters does
 * not carry (or parse) the JP fallback at all.
 */
export function useFont(doc: PDFKit.PDFDocument, key: FontKey, registered: Set<FontKey>): void {
  if (!registered.has(key)) {
    doc.registerFont(key, font(key).buffer);
    registered.add(key);
  }
  doc.font(key);
}
