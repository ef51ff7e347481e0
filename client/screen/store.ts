// The screen's store: the shared session (socket + view) plus what only the projector keeps —
// the mute switch, remembered on this machine, and which moments happened live.
import { create } from 'zustand';
import { createSession, type Session } from '../common/session.ts';
import type { PublicView } from '../../shared/protocol/index.ts';

export type PublicSession = Session<PublicView>;

export function screenSession(token: string): PublicSession {
  return createSession<PublicView>({ role: 'screen', token });
}

const MUTE_KEY = 'leitai:screen:muted';

// There is no host-controlled mute in the protocol yet, so the projector operator toggles it
// with the M key and the choice survives a reload.
export const useMute = create<{ muted: boolean; toggle: () => void }>((set, get) => ({
  muted: typeof localStorage !== 'undefined' && localStorage.getItem(MUTE_KEY) === '1',
  toggle: () => {
    const muted = !get().muted;
    localStorage.setItem(MUTE_KEY, muted ? '1' : '0');
    set({ muted });
  },
}));

/**
 * Keys of the moments worth animating (a drawn order, a reveal). A moment already on screen
 * when the page opened is shown settled, so a reload in the middle of the show does not replay
 * the draw or the reveal; once it leaves the screen it counts as new when it comes back.
 */
export function momentKey(view: PublicView): string | null {
  if (view.stage === 'order') return `order:${view.order.join(',')}`;
  if (view.stage === 'reveal' && view.current) return `reveal:${view.current.presenterId}`;
  if (view.stage === 'question' && view.qa.question?.source === 'bank') return `draw:${view.qa.question.id}`;
  return null;
}

export function createMoments() {
  let first = true;
  let stale: string | null = null;
  return {
    /** Call with every view; answers whether its moment should animate. */
    observe(view: PublicView): boolean {
      const key = momentKey(view);
      if (first) {
        first = false;
        stale = key;
        return false;
      }
      if (key !== stale) stale = null;
      return key !== null && key !== stale;
    },
  };
}
