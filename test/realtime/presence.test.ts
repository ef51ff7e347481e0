// Presence with a clock moved by hand: a judge turns offline only after the grace period with
// no connection left, and the host is told of each change once.
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

beforeEach(() => {
  time = new ManualTime();
  changes = [];
  presence = new LocalPresence(GRACE, (c) => changes.push(c), time.schedule);
});

describe('presence', () => {
  it('marks a judge online at once, offline only once the grace period has passed', () => {
    presence.connected('c1', 'j1');
    expect(online()).toEqual(['j1']);
    expect(changes).toEqual(['c1']);
    presence.disconnected('c1', 'j1');
    time.advance(GRACE - 1);
    expect(online()).toEqual(['j1']);
    expect(changes).toEqual(['c1']);
    time.advance(1);
    expect(online()).toEqual([]);
    expect(changes).toEqual(['c1', 'c1']);
  });

  it('a reconnect within the grace period is no change at all', () => {
    presence.connected('c1', 'j1');
    presence.disconnected('c1', 'j1');
    time.advance(GRACE - 100);
    presence.connected('c1', 'j1');
    time.advance(GRACE * 3);
    expect(online()).toEqual(['j1']);
    expect(changes).toEqual(['c1']);
    expect(time.pending).toBe(0);
  });

  it('counts connections: a judge with two phones stays online while either is connected', () => {
    presence.connected('c1', 'j1');
    presence.connected('c1', 'j1');
    presence.disconnected('c1', 'j1');
    time.advance(GRACE * 2);
    expect(online()).toEqual(['j1']);
    presence.disconnected('c1', 'j1');
    time.advance(GRACE);
    expect(online()).toEqual([]);
    expect(changes).toEqual(['c1', 'c1']);
  });

  it('keeps contests and judges apart', () => {
    presence.connected('c1', 'j1');
    presence.connected('c1', 'j2');
    presence.connected('c2', 'j1');
    presence.disconnected('c1', 'j1');
    time.advance(GRACE);
    expect(online('c1')).toEqual(['j2']);
    expect(online('c2')).toEqual(['j1']);
    expect(changes).toEqual(['c1', 'c1', 'c2', 'c1']);
  });

  it('close() cancels what is pending: nothing changes after the server stops', () => {
    presence.connected('c1', 'j1');
    presence.disconnected('c1', 'j1');
    presence.close();
    time.advance(GRACE * 2);
    expect(changes).toEqual(['c1']);
  });
});
