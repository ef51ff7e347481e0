// The judge's pad on top of the shared session: the view comes from the session; this adds the
// two outboxes (scores; questions and comments) that get what the judge sends to the server
// exactly once over flaky Wi-Fi, and keeps them going.
import { createContext, useContext } from 'react';
import { formatScore } from '../../shared/format.ts';
import type { JudgeView } from '../../shared/protocol/index.ts';
import { newCommandId } from '../common/ids.ts';
import { createSession, type Session } from '../common/session.ts';
import { createOutbox, type Outbox } from './outbox.ts';
import { isNote, notesKey, type NoteItem, type NoteKind } from './qa-storage.ts';
import { deviceId, isScoreItem, saveDraft, scoresKey, type ScoreItem } from './storage.ts';

export interface JudgePad {
  token: string;
  session: Session<JudgeView>;
  /** One held submission per presenter: amending before delivery replaces it. */
  scores: Outbox<ScoreItem>;
  submit: (presenterId: string, values: number[]) => void;
  /** Questions and comments, each its own item. */
  notes: Outbox<NoteItem>;
  /** `text` already cleaned: the server compares resends by content, so it must never change. */
  sendNote: (kind: NoteKind, presenterId: string, text: string) => void;
}

const RETRY_EVERY_MS = 5000;

export function createJudgePad(token: string): JudgePad {
  const session = createSession<JudgeView>({ role: 'judge', token, device: deviceId() });
  const connected = () => session.socket.connected;

  const scores = createOutbox<ScoreItem>({
    storageKey: scoresKey(token),
    isItem: isScoreItem,
    connected,
    slot: (i) => i.presenterId,
    send: (i) => session.send('score:submit', { commandId: i.commandId, presenterId: i.presenterId, values: i.values }),
    // Put the refused values back in the form so the judge can fix and resend them.
    onRefused: (i) => saveDraft(token, i.presenterId, i.values.map(formatScore)),
  });
  const notes = createOutbox<NoteItem>({
    storageKey: notesKey(token),
    isItem: isNote,
    connected,
    send: (i) => {
      const payload = { commandId: i.commandId, presenterId: i.presenterId, text: i.text };
      return i.kind === 'question' ? session.send('question:ask', payload) : session.send('comment:add', payload);
    },
  });

  function submit(presenterId: string, values: number[]): void {
    saveDraft(token, presenterId, null);
    scores.put({ commandId: newCommandId(), presenterId, values, createdAt: Date.now() });
  }

  function sendNote(kind: NoteKind, presenterId: string, text: string): void {
    notes.put({ kind, commandId: newCommandId(), presenterId, text, createdAt: Date.now() });
  }

  session.useSession.subscribe((now, before) => {
    if (now.status === 'online' && before.status !== 'online') {
      scores.flush();
      notes.flush();
    }
    // A gentle buzz when scoring opens for a presenter, not on the first view after a reload.
    const a = before.view?.current;
    const b = now.view?.current;
    if (a && b?.scoringOpen && !(a.scoringOpen && a.presenterId === b.presenterId)) navigator.vibrate?.([60, 80, 60]);
    // In a 评比, when scoring opens on the units (nothing was open before).
    const anyOpen = (v: JudgeView | null) => v?.rating?.units.some((u) => u.state === 'open') === true;
    if (before.view && !anyOpen(before.view) && anyOpen(now.view)) navigator.vibrate?.([60, 80, 60]);
  });
  const retry = setInterval(() => {
    if (session.useSession.getState().status === 'denied') clearInterval(retry);
    else {
      for (const box of [scores, notes]) if (box.useOutbox.getState().items.length) box.flush();
    }
  }, RETRY_EVERY_MS);

  // socket.io notices a dead link only after its ping timeout (~45 s); the browser knows at once.
  window.addEventListener('offline', () => session.socket.disconnect());
  window.addEventListener('online', () => {
    if (session.useSession.getState().status !== 'denied' && !session.socket.connected) session.socket.connect();
  });

  return { token, session, scores, submit, notes, sendNote };
}

export const PadContext = createContext<JudgePad | null>(null);

export function useJudgePad(): JudgePad {
  const pad = useContext(PadContext);
  if (!pad) throw new Error('useJudgePad outside <PadContext.Provider>');
  return pad;
}
