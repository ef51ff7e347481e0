// Helpers for the screen's browser tests: settled screenshots, a no-overflow (and no mid-glyph
// clipping) check, and a host that fails loudly when a command is refused.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { CommandPayload, CommandType } from '../../shared/protocol/index.ts';
import { screenshot } from '../support/browser.ts';
import type { TestClient } from '../support/server.ts';

export interface Created {
  id: string;
  screenUrl: string;
  judges: { joinUrl: string }[];
}

export const pageText = (p: Page) => p.evaluate(() => document.body.innerText);

/** Waits for the entrance animations (not the endless ones) to finish, for a true picture. */
export const settle = (p: Page) =>
  p.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => {
          const t = a.effect?.getComputedTiming();
          // Endless glows and the slow fade of the key hint are not worth waiting for.
          return t !== undefined && t.iterations !== Infinity && Number(t.duration) <= 2000;
        })
        .map((a) => a.finished.catch(() => undefined)),
    ).then(() => undefined),
  );

export async function shot(p: Page, name: string): Promise<void> {
  await settle(p);
  await screenshot(p, name);
}

/**
 * Nothing on the stage reaches past the viewport or spills out of its own box — once the page has
 * had its chance to refit: a box that changed a frame ago is refitted by its ResizeObserver in the
 * next one (use-fit.ts), so a state that passes within a few seconds is what the room sees.
 */
export async function assertFits(p: Page): Promise<void> {
  await settle(p);
  await expect.poll(() => fitProblems(p), { timeout: 3000 }).toEqual([]);
}

function fitProblems(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > innerWidth || doc.scrollHeight > innerHeight) out.push(`document ${doc.scrollWidth}x${doc.scrollHeight}`);
    for (const el of document.querySelectorAll<HTMLElement>('.screen *')) {
      if (el.closest('.goldfall')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1) out.push(`${el.className}: ${JSON.stringify(r)}`);
    }
    // Text too long even at its smallest size ends in an ellipsis after whole lines, not mid-glyph.
    for (const el of document.querySelectorAll<HTMLElement>('.screen [data-clamped=true]')) {
      const css = getComputedStyle(el);
      if (css.whiteSpace === 'nowrap') {
        if (css.textOverflow !== 'ellipsis') out.push(`${el.className}: clipped without an ellipsis`);
        continue;
      }
      const lines = Number(css.webkitLineClamp);
      if (!(lines >= 1)) out.push(`${el.className}: clipped without a line clamp`);
      else if (lines * parseFloat(css.lineHeight) > el.clientHeight + 1) out.push(`${el.className}: ${lines} lines clipped by ${el.clientHeight}px`);
    }
    // Text that was fitted and then grew or was squeezed must be fitted again, not cut off below its box.
    for (const el of document.querySelectorAll<HTMLElement>('.screen [data-clamped=false]'))
      if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) out.push(`${el.className}: cut off (${el.scrollHeight} in ${el.clientHeight}px)`);
    const stage = document.querySelector<HTMLElement>('.stage');
    if (stage && (stage.scrollHeight > stage.clientHeight + 1 || stage.scrollWidth > stage.clientWidth + 1)) out.push('stage overflows');
    return out;
  });
}

export type Payload<T extends CommandType> = Omit<CommandPayload<T>, 'commandId'>;

/** Sends a command as `by` and throws with the server's message when it is refused. */
export function commander(host: () => TestClient) {
  return async <T extends CommandType>(type: T, payload: Payload<T>, by: TestClient = host()) => {
    const ack = await by.send(type, payload);
    if (!ack.ok) throw new Error(`${type}: ${ack.message}`);
  };
}
