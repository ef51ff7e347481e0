// Failed host logins per client address, with a clock moved by hand: 10 wrong tokens within a
// minute refuse that address for a minute (logged once), a right one clears the count, and no
// address ever pays for another.
import { beforeEach, describe, expect, it } from 'vitest';
import { clientAddress, HOST_LOGIN_LIMIT, LocalHostLogins } from '../../server/host-logins.ts';

let now: number;
let logged: string[];
let logins: LocalHostLogins;
const fail = (address: string, times: number) => {
  for (let i = 0; i < times; i++) logins.failed(address);
};

beforeEach(() => {
  now = 1_000_000;
  logged = [];
  logins = new LocalHostLogins(HOST_LOGIN_LIMIT, () => now, (line) => logged.push(line));
});

describe('failed host logins', () => {
  it('refuses an address for a minute from its 10th failure within a minute, and logs that once', () => {
    fail('192.168.1.23', 9);
    expect(logins.refusedFor('192.168.1.23')).toBe(0);
    fail('192.168.1.23', 1);
    expect(logins.refusedFor('192.168.1.23')).toBe(60_000);
    now += 59_999;
    expect(logins.refusedFor('192.168.1.23')).toBe(1);
    now += 1;
    expect(logins.refusedFor('192.168.1.23')).toBe(0);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toBe(
      '[leitai] 来自 192.168.1.23 的主持人令牌 60 秒内错误 10 次，该地址 60 秒内不能登录主持人 ' +
        '(host token wrong 10 times within 60 s from 192.168.1.23; host logins from it refused for 60 s)',
    );
  });

  it('counts within a sliding minute: failures spread out further never add up', () => {
    for (let i = 0; i < 30; i++) {
      logins.failed('10.0.0.5');
      now += 6_700; // any 10 of them span just over a minute: slower than the limit
    }
    expect(logins.refusedFor('10.0.0.5')).toBe(0);
    expect(logged).toEqual([]);
  });

  it('starts a new episode after the wait, with a line of its own', () => {
    fail('10.0.0.5', 10);
    now += 60_000;
    fail('10.0.0.5', 9);
    expect(logins.refusedFor('10.0.0.5')).toBe(0);
    fail('10.0.0.5', 1);
    expect(logins.refusedFor('10.0.0.5')).toBe(60_000);
    expect(logged).toHaveLength(2);
  });

  it('forgets the failures of an address that then logs in', () => {
    fail('10.0.0.5', 9);
    logins.succeeded('10.0.0.5');
    fail('10.0.0.5', 9);
    expect(logins.refusedFor('10.0.0.5')).toBe(0);
  });

  it('never touches another address', () => {
    fail('10.0.0.5', 50);
    expect(logins.refusedFor('10.0.0.5')).toBeGreaterThan(0);
    expect(logins.refusedFor('10.0.0.6')).toBe(0);
    expect(logins.refusedFor('127.0.0.1')).toBe(0);
  });

  it('takes an IPv4 client on a dual-stack socket for the same machine', () => {
    expect(clientAddress('::ffff:192.168.1.23')).toBe('192.168.1.23');
    expect(clientAddress('fe80::1')).toBe('fe80::1');
    expect(clientAddress(undefined)).toBe('unknown');
    fail('::ffff:192.168.1.23', 5);
    fail('192.168.1.23', 5);
    expect(logins.refusedFor('192.168.1.23')).toBeGreaterThan(0);
    expect(logins.refusedFor('::ffff:192.168.1.23')).toBeGreaterThan(0);
  });

  it('stays small with thousands of addresses that tried once', () => {
    for (let i = 0; i < 5_000; i++) {
      logins.failed(`10.1.${i >> 8}.${i & 255}`);
      now += 100; // well over a minute in all: the early ones are stale when the sweep runs
    }
    expect(logins.tracked).toBeLessThanOrEqual(1_000);
  });
});
