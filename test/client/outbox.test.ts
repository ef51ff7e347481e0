// The judge's outbox without a browser: what the phone keeps, resends and gives up on, driven by
// a fake server whose answers the test releases one by one.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOutbox, type OutboxSpec } from '../../client/judge/outbox.ts';
import type { Ack } from '../../shared/protocol/index.ts';

interface Item {
  commandId: string;
  presenterId: string;
  values: number[];
}
const isItem = (x: unknown): x is Item => typeof x === 'object' && x !== null && typeof (x as Item).commandId === 'string';

const KEY = 'leitai:test-outbox';
let disk: Map<string, string>;

beforeEach(() => {
  disk = new Map();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => disk.get(k) ?? null,
    setItem: (k: string, v: string) => void disk.set(k, v),
    removeItem: (k: string) => void disk.delete(k),
  });
});
afterEach(() => vi.unstubAllGlobals());

/** An outbox whose sends wait until the test answers them. */
function rig(extra: Partial<OutboxSpec<Item>> = {}) {
  const sent: { item: Item; answer: (ack: Ack) => Promise<void> }[] = [];
  let online = true;
  const refused: Item[] = [];
  const box = createOutbox<Item>({
    storageKey: KEY,
    isItem,
    connected: () => online,
    send: (item) =>
      new Promise<Ack>((resolve) => {
        sent.push({ item, answer: async (ack) => { resolve(ack); await Promise.resolve(); } });
      }),
    onRefused: (item) => refused.push(item),
    ...extra,
  });
  const stored = () => JSON.parse(disk.get(KEY) ?? '[]') as Item[];
  return { box, sent, refused, stored, setOnline: (v: boolean) => (online = v) };
}

const item = (commandId: string, presenterId = 'p1', values = [30]): Item => ({ commandId, presenterId, values });
const refusal: Ack = { ok: false, code: 'scoring_closed', message: '评分已锁定' };

describe('judge outbox', () => {
  it('writes the item to the phone before sending it, and forgets it once accepted', async () => {
    const { box, sent, stored } = rig();
    box.put(item('a'));
    expect(stored().map((i) => i.commandId)).toEqual(['a']);
    expect(sent).toHaveLength(1);
    expect(box.useOutbox.getState().inFlight).toEqual(['a']);
    await sent[0]!.answer({ ok: true, rev: 3 });
    expect(box.useOutbox.getState()).toMatchObject({ items: [], inFlight: [], refusals: [] });
    expect(disk.has(KEY)).toBe(false);
  });

  it('holds items while offline and sends them on the next flush', () => {
    const { box, sent, setOnline } = rig();
    setOnline(false);
    box.put(item('a'));
    expect(sent).toHaveLength(0);
    setOnline(true);
    box.flush();
    expect(sent.map((s) => s.item.commandId)).toEqual(['a']);
    box.flush(); // already on its way: not sent twice
    expect(sent).toHaveLength(1);
  });

  it.each(['internal', 'rate_limited', 'storage_failed'] as const)('keeps the item after %s and resends the same command id', async (code) => {
    const { box, sent, stored, refused } = rig();
    box.put(item('a'));
    await sent[0]!.answer({ ok: false, code, message: '' });
    expect(box.useOutbox.getState()).toMatchObject({ inFlight: [], delayed: { a: code }, refusals: [] });
    expect(stored().map((i) => i.commandId)).toEqual(['a']);
    box.flush();
    expect(sent.map((s) => s.item.commandId)).toEqual(['a', 'a']);
    // The judge keeps seeing why it is late until the resend is answered.
    expect(box.useOutbox.getState().delayed).toEqual({ a: code });
    await sent[1]!.answer({ ok: true, rev: 4 });
    expect(box.useOutbox.getState()).toMatchObject({ items: [], delayed: {} });
    expect(refused).toEqual([]);
  });

  it('treats a refusal as final and keeps it for the judge to see until dismissed', async () => {
    const { box, sent, stored, refused } = rig();
    box.put(item('a', 'p1', [41]));
    await sent[0]!.answer(refusal);
    expect(stored()).toEqual([]);
    expect(box.useOutbox.getState().refusals).toEqual([{ item: item('a', 'p1', [41]), code: 'scoring_closed', message: '评分已锁定' }]);
    expect(refused.map((i) => i.commandId)).toEqual(['a']);
    box.flush();
    expect(sent).toHaveLength(1);
    box.dismiss('a');
    expect(box.useOutbox.getState().refusals).toEqual([]);
  });

  it('keeps every item without a slot, in order', () => {
    const { box, stored } = rig();
    box.put(item('a'));
    box.put(item('b'));
    expect(stored().map((i) => i.commandId)).toEqual(['a', 'b']);
  });

  describe('with a slot per presenter (scores)', () => {
    const slotted = () => rig({ slot: (i) => i.presenterId });

    it('an amendment replaces the queued item for the same presenter only', () => {
      const { box, stored, setOnline } = slotted();
      setOnline(false);
      box.put(item('a', 'p1', [30]));
      box.put(item('b', 'p2', [31]));
      box.put(item('c', 'p1', [32]));
      expect(stored().map((i) => i.commandId)).toEqual(['b', 'c']);
    });

    it('a refusal of an item already replaced is not shown, and leaves the amendment queued', async () => {
      const { box, sent, stored, refused } = slotted();
      box.put(item('a', 'p1', [30]));
      box.put(item('c', 'p1', [32]));
      await sent[0]!.answer(refusal);
      expect(box.useOutbox.getState().refusals).toEqual([]);
      expect(refused).toEqual([]);
      expect(stored().map((i) => i.commandId)).toEqual(['c']);
    });

    it('submitting again for a presenter clears that presenter’s refusal and no other', async () => {
      const { box, sent } = slotted();
      box.put(item('a', 'p1'));
      box.put(item('b', 'p2'));
      await sent[0]!.answer(refusal);
      await sent[1]!.answer(refusal);
      expect(box.useOutbox.getState().refusals.map((r) => r.item.commandId)).toEqual(['a', 'b']);
      box.put(item('c', 'p1'));
      expect(box.useOutbox.getState().refusals.map((r) => r.item.commandId)).toEqual(['b']);
    });
  });

  it('reloads what a previous page kept, dropping entries that are not items', () => {
    disk.set(KEY, JSON.stringify([item('a'), { nonsense: true }, 7]));
    const { box, sent } = rig();
    expect(box.useOutbox.getState().items.map((i) => i.commandId)).toEqual(['a']);
    box.flush();
    expect(sent.map((s) => s.item.commandId)).toEqual(['a']);
  });
});
