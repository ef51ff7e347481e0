// subset-font ships no types; the one call scripts/rare-han-fonts.ts makes (harfbuzz's subsetter).
declare module 'subset-font' {
  export default function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype' }): Promise<Buffer>;
}
