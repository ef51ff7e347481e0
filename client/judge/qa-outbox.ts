// The outbox for 提问 and 点评, the same pattern as the score outbox: a note is written to the
// phone with its command id before it is sent, resent with that same id until the server
// answers, and only then forgotten. A reload, a dead battery or a Wi-Fi blip cannot lose it,
// and the server records it once however often it arrives.
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { Ack, ErrorCode, JudgeView } from '../../shared/protocol/index.ts';
import { newCommandId } from '../common/ids.ts';
import type { Session } from '../common/session.ts';
import { loadNotes, saveNotes, type NoteItem, type NoteKind } from './qa-storage.ts';

export interface NoteRefusal {
  item: NoteItem;
  code: ErrorCode;
}

export interface QaState {
  notes: NoteItem[];
  /** Command ids sent and not yet answered (an ack or a timeout). */
  inFlight: string[];
  /** Why a kept note has not gone through yet (e.g. rate_limited), by command id. */
  delayed: Record<string, ErrorCode>;
  /** Notes the server refused for good; shown with their text until the judge dismisses them. */
  refusals: NoteRefusal[];
}

export interface QaOutbox {
  useQa: UseBoundStore<StoreApi<QaState>>;
  send: (kind: NoteKind, presenterId: string, text: string) => void;
  flush: () => void;
  dismiss: (commandId: string) => void;
}

/** Answers that retrying can change: a timeout, a full minute of questions, a disk hiccup. */
const RETRYABLE: readonly ErrorCode[] = ['internal', 'rate_limited', 'storage_failed'];

export function createQaOutbox(session: Session<JudgeView>, token: string): QaOutbox {
  const useQa = create<QaState>(() => ({ notes: loadNotes(token), inFlight: [], delayed: {}, refusals: [] }));

  const setNotes = (notes: NoteItem[]) => {
    saveNotes(token, notes);
    useQa.setState({ notes });
  };

  function settle(item: NoteItem, ack: Ack): void {
    const { inFlight, delayed } = useQa.getState();
    const { [item.commandId]: _was, ...rest } = delayed;
    useQa.setState({ inFlight: inFlight.filter((id) => id !== item.commandId), delayed: rest });
    if (!ack.ok && RETRYABLE.includes(ack.code)) {
      useQa.setState({ delayed: { ...rest, [item.commandId]: ack.code } });
      return;
    }
    setNotes(useQa.getState().notes.filter((n) => n.commandId !== item.commandId));
    if (!ack.ok) useQa.setState({ refusals: [...useQa.getState().refusals, { item, code: ack.code }] });
  }

  function emit(item: NoteItem): Promise<Ack> {
    const payload = { commandId: item.commandId, presenterId: item.presenterId, text: item.text };
    return item.kind === 'question' ? session.send('question:ask', payload) : session.send('comment:add', payload);
  }

  function flush(): void {
    if (!session.socket.connected) return; // emits while disconnected would pile up in socket.io's buffer
    const { notes, inFlight } = useQa.getState();
    for (const item of notes) {
      if (inFlight.includes(item.commandId)) continue;
      useQa.setState({ inFlight: [...useQa.getState().inFlight, item.commandId] });
      void emit(item).then((ack) => settle(item, ack));
    }
  }

  function send(kind: NoteKind, presenterId: string, text: string): void {
    const item: NoteItem = { kind, commandId: newCommandId(), presenterId, text, createdAt: Date.now() };
    // Persist before sending: from here on the note survives a reload.
    setNotes([...useQa.getState().notes, item]);
    flush();
  }

  function dismiss(commandId: string): void {
    useQa.setState({ refusals: useQa.getState().refusals.filter((r) => r.item.commandId !== commandId) });
  }

  return { useQa, send, flush, dismiss };
}
