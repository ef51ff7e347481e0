// The token bucket behind every limit (commands per connection, objections per address): what a
// client may send, when it may send again, and when its bucket can be forgotten.
import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../server/rate-limit.ts';

describe('RateLimiter', () => {
  it('lets a burst through, refuses the next, and refills at its rate', () => {
    let now = 0;
    const bucket = new RateLimiter(3, 3 / 600, () => now); // 公示 objections: 3 per 10 minutes
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    expect(bucket.empty()).toBe(true);
    now = 199_000; // one token takes 200 s
    expect(bucket.empty()).toBe(true);
    now = 200_000;
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
  });

  it('is full (safe to forget) only once the whole burst has grown back', () => {
    let now = 0;
    const bucket = new RateLimiter(3, 3 / 600, () => now);
    expect(bucket.full()).toBe(true);
    bucket.take();
    expect(bucket.full()).toBe(false);
    now = 199_999;
    expect(bucket.full()).toBe(false);
    now = 200_000;
    expect(bucket.full()).toBe(true);
  });
});
