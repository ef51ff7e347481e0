// The patch rooms' numbering (server/view-patches.ts): a client applies a patch only onto the view
// whose seq is the patch's base, so a seq must never name two views, not even across a restart
// of the main server while an edge keeps its phones connected.
import { describe, expect, it } from 'vitest';
import { PatchRooms } from '../../server/view-patches.ts';
import type { View } from '../../shared/protocol/index.ts';

const view = (rev: number) => ({ role: 'audience', rev, current: null, presenters: [], revealed: [] }) as unknown as View;

describe('patch room seqs', () => {
  it('grow across rooms and never repeat in one process', () => {
    const rooms = new PatchRooms();
    const a = rooms.current('a', () => view(1), 'compact').seq;
    const b = rooms.current('b', () => view(1), 'compact').seq;
    const next = rooms.next('a', view(2), 'compact');
    expect(b).toBeGreaterThan(a);
    expect(next && 'patch' in next ? [next.patch.base, next.patch.seq > b] : null).toEqual([a, true]);
    rooms.forget('a');
    expect(rooms.current('a', () => view(2), 'compact').seq).toBeGreaterThan(b);
  });

  it('of a process started later are above those of the one before (the restarted main server)', async () => {
    const before = new PatchRooms();
    let last = 0;
    for (let i = 0; i < 5000; i++) last = before.current(`room-${i}`, () => view(1), 'patch').seq;
    await new Promise((r) => setTimeout(r, 5));
    const after = new PatchRooms();
    expect(after.current('room-0', () => view(1), 'patch').seq).toBeGreaterThan(last);
  });

  it('are kept for at most so many rooms: the one updated longest ago is forgotten and gets the whole view next', () => {
    const rooms = new PatchRooms(1, 3);
    for (const r of ['a', 'b', 'c']) rooms.next(r, view(1), 'patch');
    expect(rooms.next('a', view(2), 'patch')).toHaveProperty('patch'); // a is now the latest
    rooms.next('d', view(1), 'patch'); // a fourth room: b, updated longest ago, goes
    expect(rooms.next('b', view(2), 'patch')).toHaveProperty('view');
    // b coming back made c go, and c coming back made a go; d is still patched.
    expect(rooms.next('c', view(2), 'patch')).toHaveProperty('view');
    expect(rooms.next('d', view(3), 'patch')).toHaveProperty('patch');
    expect(rooms.next('a', view(3), 'patch')).toHaveProperty('view');
  });
});
