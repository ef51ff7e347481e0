// The wait before a page knocks again after `unavailable`: doubling, capped, jittered between
// half and all of the ceiling, so a hall of phones refused together does not return together.
import { describe, expect, it } from 'vitest';
import { RETRY_BASE_MS, RETRY_MAX_MS, retryDelayMs } from '../../client/common/retry.ts';

describe('retryDelayMs', () => {
  it.each([
    [0, 0, RETRY_BASE_MS / 2],
    [0, 1, RETRY_BASE_MS],
    [1, 0, RETRY_BASE_MS],
    [2, 1, RETRY_BASE_MS * 4],
    [3, 0.5, RETRY_BASE_MS * 6],
    [10, 1, RETRY_MAX_MS],
    [10, 0, RETRY_MAX_MS / 2],
    [1000, 1, RETRY_MAX_MS],
  ])('attempt %i with random %d waits %i ms', (attempt, random, expected) => {
    expect(retryDelayMs(attempt, () => random)).toBe(expected);
  });

  it('spreads a hall of phones over the window', () => {
    const waits = Array.from({ length: 1000 }, () => retryDelayMs(0));
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(RETRY_BASE_MS / 2);
    expect(Math.max(...waits)).toBeLessThanOrEqual(RETRY_BASE_MS);
    expect(new Set(waits).size).toBeGreaterThan(100);
  });
});
