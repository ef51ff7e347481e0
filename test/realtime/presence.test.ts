// Presence with a clock moved by hand: a device stops counting only after the grace period with
// no connection left, a judge is online while any device counts, and each change of a judge's
// devices is told once (the server then sends the host and that judge fresh views).
import { beforeEach, describe, expect, it } from 'vitest';
import { LocalPresence, type Schedule } from '../../server/presence.ts';

const GRACE = 5000;

/** Timers that fire only when the test moves time. */
class ManualTime {
  now = 0;
  private tasks: { at: number; fn: () => void; live: boolean }[] = [];
  schedule: Schedule = (fn, ms) => {
    const task = { at: this.now + ms, fn, live: true };
    this.tasks.push(task);
    return () => void (task.live = false);
  };
  advance(ms: number): void {
    this.now += ms;
    const due = this.tasks.filter((t) => t.live && t.at <= this.now).sort((a, b) => a.at - b.at);
    this.tasks = this.tasks.filter((t) => !due.includes(t));
    for (const t of due) if (t.live) t.fn();
  }
  get pending(): number {
    return this.tasks.filter((t) => t.live).length;
  }
}

let time: ManualTime;
let changes: string[];
let presence: LocalPresence;
const online = (c = 'c1') => [...presence.online(c)].sort();
const devices = (c = 'c1') => Object.fromEntries(presence.devices(c));

beforeEach(() => {
  time = new ManualTime();
  changes = [];
  presence = new LocalPresence(GRACE, (c, j) => changes.push(`${c}/${j}`), time.schedule);
});

describe('presence', () => {
  it('marks a judge online at once, offline only once the grace period has passed', () => {
    presence.connected('c1', 'j1', 'phone');
    expect(online()).toEqual(['j1']);
    expect(changes).toEqual(['c1/j1']);
    presence.disconnected('c1', 'j1', 'phone');
    time.advance(GRACE - 1);
    expect(online()).toEqual(['j1']);
    expect(changes).toEqual(['c1/j1']);
    time.advance(1);
    expect(online()).toEqual([]);
    expect(devices()).toEqual({});
    expect(changes).toEqual(['c1/j1', 'c1/j1']);
  });

  it('a reconnect within the grace period is no change at all', () => {
    presence.connected('c1', 'j1', 'phone');
    presence.disconnected('c1', 'j1', 'phone');
    time.advance(GRACE - 100);
    presence.connected('c1', 'j1', 'phone');
    time.advance(GRACE * 3);
    expect(online()).toEqual(['j1']);
    expect(devices()).toEqual({ j1: 1 });
    expect(changes).toEqual(['c1/j1']);
    expect(time.pending).toBe(0);
  });

  it('counts devices: a second phone is told at once, and stops counting after the grace period', () => {
    presence.connected('c1', 'j1', 'phone-a');
    presence.connected('c1', 'j1', 'phone-b');
    expect(devices()).toEqual({ j1: 2 });
    expect(changes).toEqual(['c1/j1', 'c1/j1']);
    presence.disconnected('c1', 'j1', 'phone-b');
    time.advance(GRACE - 1);
    expect(devices()).toEqual({ j1: 2 }); // a blip on the second phone does not flicker
    time.advance(1);
    expect(devices()).toEqual({ j1: 1 });
    expect(online()).toEqual(['j1']);
    presence.disconnected('c1', 'j1', 'phone-a');
    time.advance(GRACE);
    expect(online()).toEqual([]);
    expect(changes).toEqual(['c1/j1', 'c1/j1', 'c1/j1', 'c1/j1']);
  });

  it('counts a device once however many connections it has (a stale one not yet timed out, two tabs)', () => {
    presence.connected('c1', 'j1', 'phone');
    presence.connected('c1', 'j1', 'phone');
    expect(devices()).toEqual({ j1: 1 });
    expect(changes).toEqual(['c1/j1']);
    presence.disconnected('c1', 'j1', 'phone');
    time.advance(GRACE * 2);
    expect(devices()).toEqual({ j1: 1 });
    presence.disconnected('c1', 'j1', 'phone');
    time.advance(GRACE);
    expect(online()).toEqual([]);
    expect(changes).toEqual(['c1/j1', 'c1/j1']);
  });

  it('keeps contests and judges apart', () => {
    presence.connected('c1', 'j1', 'a');
    presence.connected('c1', 'j2', 'b');
    presence.connected('c2', 'j1', 'a');
    presence.disconnected('c1', 'j1', 'a');
    time.advance(GRACE);
    expect(online('c1')).toEqual(['j2']);
    expect(online('c2')).toEqual(['j1']);
    expect(devices('c2')).toEqual({ j1: 1 });
    expect(changes).toEqual(['c1/j1', 'c1/j2', 'c2/j1', 'c1/j1']);
  });

  it('ignores a disconnect it never saw connect', () => {
    presence.disconnected('c1', 'j1', 'ghost');
    time.advance(GRACE);
    expect(changes).toEqual([]);
    expect(time.pending).toBe(0);
  });

  it('close() cancels what is pending: nothing changes after the server stops', () => {
    presence.connected('c1', 'j1', 'phone');
    presence.disconnected('c1', 'j1', 'phone');
    presence.close();
    time.advance(GRACE * 2);
    expect(changes).toEqual(['c1/j1']);
  });
});
