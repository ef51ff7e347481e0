// Server-side rendering of the trend chart: the same ECharts option the browser renders
// (shared/series/trend-chart.ts), rendered to an SVG string by echarts' SSR mode and drawn into
// the PDF by svg-to-pdfkit. Text in the SVG is drawn with the report's embedded Noto Sans SC
// (every font family maps to it), and ECharts measures text with that font's real advance
// widths, so labels are placed for the glyphs the PDF will actually show. Unit names, which may
// need the JP fallback (𠮷), are not in the chart: the caption above it is written by Writer.
import type { EChartsCoreOption } from 'echarts';
import SVGtoPDF from 'svg-to-pdfkit';
import { useFont, type FontKey } from './fonts.ts';
import { widthOf } from './layout.ts';

let echarts: typeof import('echarts') | null = null;

/**
 * Loads ECharts, once per process, before a file with charts is drawn: it takes half a second to
 * load, which a contest report without 对标 charts (most of them) no longer pays. Its default
 * measure in Node guesses widths; the report's font knows them.
 */
export async function loadCharts(): Promise<void> {
  if (echarts) return;
  const loaded = await import('echarts');
  loaded.setPlatformAPI({
    measureText(text: string, font?: string) {
      const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
      return { width: widthOf(text, size, /\bbold\b|\b[6-9]00\b/.test(font ?? '')) };
    },
  });
  echarts = loaded;
}

/** Renders an option to an SVG string of `width` × `height` px (drawn 1 px = 1 pt); loadCharts() first. */
export function chartSvg(option: EChartsCoreOption, width: number, height: number): string {
  if (!echarts) throw new Error('chartSvg before loadCharts()');
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Draws an SVG at (x, y), its text in the embedded CJK font (regular or bold). */
export function drawSvg(doc: PDFKit.PDFDocument, fonts: Set<FontKey>, svg: string, x: number, y: number, width: number, height: number): void {
  doc.save();
  SVGtoPDF(doc, svg, x, y, {
    width,
    height,
    assumePt: true,
    fontCallback: (_family, bold) => {
      const key: FontKey = bold ? 'scBold' : 'sc';
      useFont(doc, key, fonts);
      return key;
    },
    warningCallback: (m) => {
      // An unsupported SVG feature draws less than the browser would: worth knowing, never fatal.
      if (process.env.LEITAI_SVG_WARNINGS) console.warn(`svg-to-pdfkit: ${m}`);
    },
  });
  doc.restore();
}
