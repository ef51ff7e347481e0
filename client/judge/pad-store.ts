// The judge's store on top of the shared session: the view comes from the session; this adds the
// outbox that gets a score to the server exactly once over flaky Wi-Fi, and the refusals to show.
import { createContext, useContext } from 'react';
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { Ack, ErrorCode, JudgeView } from '../../shared/protocol/index.ts';
import { newCommandId } from '../common/ids.ts';
import { createSession, type Session } from '../common/session.ts';
import { formatScore } from './grid.ts';
import { createQaOutbox, type QaOutbox } from './qa-outbox.ts';
import { loadOutbox, saveDraft, saveOutbox, type OutboxItem } from './storage.ts';

export interface Refusal {
  code: ErrorCode;
  message: string;
  values: number[];
}

export interface PadState {
  outbox: OutboxItem[];
  /** Command ids sent and not yet answered (an ack or a timeout). */
  inFlight: string[];
  /** The last definitive refusal per presenter, until the judge submits again. */
  refusals: Record<string, Refusal>;
}

export interface JudgePad {
  token: string;
  session: Session<JudgeView>;
  usePad: UseBoundStore<StoreApi<PadState>>;
  submit: (presenterId: string, values: number[]) => void;
  /** Questions and comments, delivered exactly once the same way. */
  qa: QaOutbox;
}

/** Answers that retrying cannot change; anything else (timeout, rate limit, disk) is retried. */
const RETRYABLE: readonly ErrorCode[] = ['internal', 'rate_limited', 'storage_failed'];
const RETRY_EVERY_MS = 5000;

export function createJudgePad(token: string): JudgePad {
  const session = createSession<JudgeView>({ role: 'judge', token });
  const usePad = create<PadState>(() => ({ outbox: loadOutbox(token), inFlight: [], refusals: {} }));
  const qa = createQaOutbox(session, token);

  const setOutbox = (outbox: OutboxItem[]) => {
    saveOutbox(token, outbox);
    usePad.setState({ outbox });
  };

  function settle(item: OutboxItem, ack: Ack): void {
    const s = usePad.getState();
    usePad.setState({ inFlight: s.inFlight.filter((id) => id !== item.commandId) });
    if (!ack.ok && RETRYABLE.includes(ack.code)) return;
    // The judge may have amended meanwhile; only the item this answer is about leaves the outbox.
    const stillQueued = s.outbox.some((i) => i.commandId === item.commandId);
    setOutbox(usePad.getState().outbox.filter((i) => i.commandId !== item.commandId));
    if (!ack.ok && stillQueued) {
      usePad.setState({ refusals: { ...usePad.getState().refusals, [item.presenterId]: { code: ack.code, message: ack.message, values: item.values } } });
      // Put the refused values back in the form so the judge can fix and resend them.
      saveDraft(token, item.presenterId, item.values.map(formatScore));
    }
  }

  function flush(): void {
    if (!session.socket.connected) return; // emits while disconnected would pile up in socket.io's buffer
    const { outbox, inFlight } = usePad.getState();
    for (const item of outbox) {
      if (inFlight.includes(item.commandId)) continue;
      usePad.setState({ inFlight: [...usePad.getState().inFlight, item.commandId] });
      void session
        .send('score:submit', { commandId: item.commandId, presenterId: item.presenterId, values: item.values })
        .then((ack) => settle(item, ack));
    }
  }

  function submit(presenterId: string, values: number[]): void {
    const item: OutboxItem = { commandId: newCommandId(), presenterId, values, createdAt: Date.now() };
    // Persist before sending: from here on a reload or a dead battery cannot lose the score.
    setOutbox([...usePad.getState().outbox.filter((i) => i.presenterId !== presenterId), item]);
    saveDraft(token, presenterId, null);
    const { [presenterId]: _cleared, ...refusals } = usePad.getState().refusals;
    usePad.setState({ refusals });
    flush();
  }

  session.useSession.subscribe((now, before) => {
    if (now.status === 'online' && before.status !== 'online') {
      flush();
      qa.flush();
    }
    // A gentle buzz when scoring opens for a presenter, not on the first view after a reload.
    const a = before.view?.current;
    const b = now.view?.current;
    if (a && b?.scoringOpen && !(a.scoringOpen && a.presenterId === b.presenterId)) navigator.vibrate?.([60, 80, 60]);
  });
  const retry = setInterval(() => {
    if (session.useSession.getState().status === 'denied') clearInterval(retry);
    else {
      if (usePad.getState().outbox.length) flush();
      if (qa.useQa.getState().notes.length) qa.flush();
    }
  }, RETRY_EVERY_MS);

  // socket.io notices a dead link only after its ping timeout (~45 s); the browser knows at once.
  window.addEventListener('offline', () => session.socket.disconnect());
  window.addEventListener('online', () => {
    if (session.useSession.getState().status !== 'denied' && !session.socket.connected) session.socket.connect();
  });

  return { token, session, usePad, submit, qa };
}

export const PadContext = createContext<JudgePad | null>(null);

export function useJudgePad(): JudgePad {
  const pad = useContext(PadContext);
  if (!pad) throw new Error('useJudgePad outside <PadContext.Provider>');
  return pad;
}
