// Line breaking for the PDF: CJK text without spaces wraps inside its width, punctuation
// rules hold, long Latin words and hashes break only when they must, fonts fall back per
// character.
import { describe, expect, it } from 'vitest';
import { runs } from '../../server/report/fonts.ts';
import { ellipsize, layout } from '../../server/report/layout.ts';
import { LONG_COMMENT, LONG_QUESTION } from './fixture.ts';

const text = (l: { runs: { text: string }[] }) => l.runs.map((r) => r.text).join('');

describe('layout', () => {
  it('wraps Chinese without spaces within the width and loses no character', () => {
    for (const width of [60, 150, 400]) {
      const lines = layout(LONG_QUESTION, width, 10);
      expect(lines.length).toBeGreaterThan(1);
      for (const l of lines) expect(l.width).toBeLessThanOrEqual(width + 1e-9);
      expect(lines.map(text).join('')).toBe(LONG_QUESTION);
    }
  });

  it('keeps closing punctuation off the start of a line and opening punctuation off its end', () => {
    for (let width = 40; width < 300; width += 7) {
      const lines = layout(`${LONG_COMMENT}「𠮷田村」（㙟某）`, width, 10).map(text);
      for (const l of lines.slice(1)) expect('，。、；：？！）」』》…'.includes(l[0]!), `${width}: ${l}`).toBe(false);
      for (const l of lines.slice(0, -1)) expect('（「『《“'.includes(l[l.length - 1]!), `${width}: ${l}`).toBe(false);
    }
  });

  it('breaks Latin at spaces, long words only when wider than the line, and keeps newlines', () => {
    expect(layout('hello world again', 60, 10).map(text)).toEqual(['hello world', 'again']);
    const hash = 'a'.repeat(64);
    expect(layout(hash, 1000, 10)).toHaveLength(1);
    const split = layout(hash, 100, 10);
    expect(split.length).toBeGreaterThan(1);
    expect(split.map(text).join('')).toBe(hash);
    expect(layout('第一行\n第二行', 500, 10).map(text)).toEqual(['第一行', '第二行']);
  });

  it('uses SC first and the JP font only for what SC lacks, by code point', () => {
    expect(runs('「𠮷祥杯」阿苏·木呷 彝族').map((r) => [r.font, r.text])).toEqual([
      ['sc', '「'],
      ['jp', '𠮷'],
      ['sc', '祥杯」阿苏·木呷 彝族'],
    ]);
    expect(runs('𠮷', true)[0]!.font).toBe('jpBold');
    const e = ellipsize('「𠮷祥杯」峨山县村（社区）党组织书记擂台赛（第一期）', 80, 8);
    expect(text(e).endsWith('…')).toBe(true);
    expect(e.width).toBeLessThanOrEqual(80);
  });
});
