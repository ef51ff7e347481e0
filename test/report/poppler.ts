// poppler-utils wrappers for checking PDFs the way users get them: extracted text, embedded
// fonts, and rendered pixels (a PDF can extract fine and still render empty boxes).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function tmpPdf(pdf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leitai-pdf-'));
  const file = path.join(dir, 'doc.pdf');
  fs.writeFileSync(file, pdf);
  return file;
}

/** Text of each page (pdftotext separates pages with form feeds); `layout` keeps table rows on lines. */
export function pdfPages(file: string, layout = false): string[] {
  const text = execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

export interface FontRow {
  name: string;
  emb: boolean;
  sub: boolean;
}

export function pdfFonts(file: string): FontRow[] {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  // name type encoding emb sub uni object ID: the yes/no columns are the 3rd..5th from the end.
  return out.map((line) => {
    const cols = line.trim().split(/\s+/);
    return { name: cols[0]!, emb: cols[cols.length - 5] === 'yes', sub: cols[cols.length - 4] === 'yes' };
  });
}

/** Renders one page to PNG and returns the file path. */
export function renderPage(file: string, page: number, dpi: number, out: string): string {
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-png', '-singlefile', file, out.replace(/\.png$/, '')]);
  return out;
}

/** One page rendered as 8-bit grayscale pixels (PGM from pdftoppm), row by row. */
export function grayPixels(file: string, page = 1, dpi = 72): { pixels: Buffer; width: number; height: number } {
  const pgm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-gray', file], { maxBuffer: 64 << 20 });
  // P5 header: "P5\n<w> <h>\n<max>\n", then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('unexpected pdftoppm output');
  return { pixels: pgm.subarray(header[0].length), width: Number(header[1]), height: Number(header[2]) };
}

/** Fraction of non-white pixels on a rendered page: a blank page, or one of empty glyph boxes only, has almost none. */
export function inkFraction(file: string, page: number, dpi = 50): number {
  const { pixels } = grayPixels(file, page, dpi);
  let ink = 0;
  for (const p of pixels) if (p < 200) ink++;
  return ink / pixels.length;
}
