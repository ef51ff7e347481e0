// fontkit ships no types and @types/fontkit is not a dependency; this declares only the part
// the report uses (glyph coverage and advance widths). fontkit is declared in package.json at the
// version pdfkit itself uses, so one copy is installed.
declare module 'fontkit' {
  export interface Glyph {
    advanceWidth: number;
  }
  export interface Font {
    postscriptName: string;
    unitsPerEm: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
