// Opens a page of the built client in real Chromium and records every Content-Security-Policy
// violation it reports (the DOM event, and Chrome's "Refused to …" console errors).
import type { Browser } from 'playwright-core';
import { newPage, sizes } from '../../support/browser.ts';

export interface PageReport {
  violations: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

export async function visit(browser: Browser, size: keyof typeof sizes, url: string, ready: (page: import('playwright-core').Page) => Promise<unknown>): Promise<PageReport> {
  const { context, page } = await newPage(browser, size);
  const report: PageReport = { violations: [], consoleErrors: [], pageErrors: [] };
  try {
    await page.exposeFunction('__cspViolation', (v: string) => report.violations.push(v));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const w = window as unknown as { __cspViolation: (v: string) => void };
        w.__cspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
      });
    });
    page.on('console', (m) => m.type() === 'error' && report.consoleErrors.push(m.text()));
    page.on('pageerror', (e) => report.pageErrors.push(e.message));
    await page.goto(url);
    await ready(page);
    // Late violations (a lazily loaded chunk, a style set after the first view) get a moment.
    await page.waitForTimeout(300);
  } finally {
    await context.close();
  }
  return report;
}
