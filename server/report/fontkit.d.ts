// fontkit ships no types and @types/fontkit is not a dependency; this declares only the part
// the report uses (glyph coverage and advance widths), and the character set that
// scripts/rare-han-fonts.ts cuts the web fonts by. fontkit is declared in package.json at the
// version pdfkit itself uses, so one copy is installed.
declare module 'fontkit' {
  export interface Glyph {
    advanceWidth: number;
  }
  export interface Font {
    postscriptName: string;
    unitsPerEm: number;
    /** Every code point the font maps to a glyph. */
    characterSet: number[];
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
