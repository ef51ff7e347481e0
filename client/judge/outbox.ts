// The one machine that gets what a judge sends (scores, questions, comments) to the server
// exactly once over flaky Wi-Fi: an item is written to the phone with its command id before it
// is sent, resent with that same id until the server answers, and only then forgotten. A reload,
// a dead battery or a Wi-Fi blip cannot lose it, and the server records it once however often it
// arrives. An answer that retrying can change keeps the item; a refusal is final and is kept
// beside the queue for the judge to see.
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { Ack, ErrorCode } from '../../shared/protocol/index.ts';
import { readJson, writeJson } from './storage.ts';

export interface Queued {
  /** Made once on the device; every resend reuses it so the server applies the item once. */
  commandId: string;
}

export interface Refused<T> {
  item: T;
  code: ErrorCode;
  message: string;
}

export interface OutboxState<T> {
  /** What the phone holds and the server has not answered for good, oldest first. */
  items: T[];
  /** Command ids sent and not yet answered (an ack or a timeout). */
  inFlight: string[];
  /** Why a kept item has not gone through yet (e.g. rate_limited), by command id. */
  delayed: Record<string, ErrorCode>;
  /** Items the server refused for good, until the judge dismisses them or replaces them. */
  refusals: Refused<T>[];
}

export interface OutboxSpec<T extends Queued> {
  /** localStorage key, per link token, so two judges sharing a phone never see each other's. */
  storageKey: string;
  /** What a stored entry must look like to be kept; anything else (an old or corrupt entry) is dropped. */
  isItem: (x: unknown) => x is T;
  send: (item: T) => Promise<Ack>;
  /** Emits while disconnected would pile up in socket.io's buffer and go out in a burst later. */
  connected: () => boolean;
  /**
   * Items in the same slot replace each other, and so do their refusals: a score amended before
   * the first one was delivered is one submission, not two. Without it every item is its own.
   */
  slot?: (item: T) => string;
  /** Called once per final refusal of an item still queued (not one the judge replaced meanwhile). */
  onRefused?: (item: T, ack: Extract<Ack, { ok: false }>) => void;
}

export interface Outbox<T> {
  useOutbox: UseBoundStore<StoreApi<OutboxState<T>>>;
  /** Persists the item (replacing any in its slot), clears its slot's refusal, and sends. */
  put: (item: T) => void;
  /** Sends every held item not already on its way. */
  flush: () => void;
  /** Forgets a refusal the judge has read. */
  dismiss: (commandId: string) => void;
}

/**
 * Answers that retrying can change: a disk hiccup, a full minute of questions, and "internal",
 * which is also what a timed-out send resolves to (client/common/session.ts).
 */
export const RETRYABLE: readonly ErrorCode[] = ['internal', 'rate_limited', 'storage_failed'];

export function createOutbox<T extends Queued>(spec: OutboxSpec<T>): Outbox<T> {
  const slot = spec.slot ?? ((i: T) => i.commandId);
  const load = (): T[] => {
    const raw = readJson(spec.storageKey);
    return Array.isArray(raw) ? raw.filter(spec.isItem) : [];
  };
  const useOutbox = create<OutboxState<T>>(() => ({ items: load(), inFlight: [], delayed: {}, refusals: [] }));

  const setItems = (items: T[]) => {
    writeJson(spec.storageKey, items.length ? items : null);
    useOutbox.setState({ items });
  };

  function settle(item: T, ack: Ack): void {
    const { inFlight, delayed, items } = useOutbox.getState();
    const { [item.commandId]: _was, ...rest } = delayed;
    useOutbox.setState({ inFlight: inFlight.filter((id) => id !== item.commandId), delayed: rest });
    if (!ack.ok && RETRYABLE.includes(ack.code)) {
      useOutbox.setState({ delayed: { ...rest, [item.commandId]: ack.code } });
      return;
    }
    // The judge may have replaced it meanwhile; only the item this answer is about leaves.
    const stillQueued = items.some((i) => i.commandId === item.commandId);
    setItems(useOutbox.getState().items.filter((i) => i.commandId !== item.commandId));
    if (!ack.ok && stillQueued) {
      const others = useOutbox.getState().refusals.filter((r) => slot(r.item) !== slot(item));
      useOutbox.setState({ refusals: [...others, { item, code: ack.code, message: ack.message }] });
      spec.onRefused?.(item, ack);
    }
  }

  function flush(): void {
    if (!spec.connected()) return;
    const { items, inFlight } = useOutbox.getState();
    for (const item of items) {
      if (inFlight.includes(item.commandId)) continue;
      useOutbox.setState({ inFlight: [...useOutbox.getState().inFlight, item.commandId] });
      void spec.send(item).then((ack) => settle(item, ack));
    }
  }

  function put(item: T): void {
    const key = slot(item);
    // Persist before sending: from here on a reload or a dead battery cannot lose it.
    setItems([...useOutbox.getState().items.filter((i) => slot(i) !== key), item]);
    useOutbox.setState({ refusals: useOutbox.getState().refusals.filter((r) => slot(r.item) !== key) });
    flush();
  }

  function dismiss(commandId: string): void {
    useOutbox.setState({ refusals: useOutbox.getState().refusals.filter((r) => r.item.commandId !== commandId) });
  }

  return { useOutbox, put, flush, dismiss };
}
