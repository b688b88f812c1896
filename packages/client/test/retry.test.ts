import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  DEFAULT_RETRY,
  isRetryableStatus,
  parseRetryAfter,
  retryPolicy,
  sleep,
} from '../src/retry';

describe('backoffDelay', () => {
  const policy = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1000 };

  it('grows exponentially under a cap, with full jitter', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, policy, () => 0.999999))).toEqual([
      99, 199, 399, 799, 999, 999,
    ]);
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
    expect(backoffDelay(3, policy, () => 0.5)).toBe(200);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2024-11-20T01:00:00Z');
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });
  it('reads an HTTP date, a past one as 0', () => {
    expect(parseRetryAfter('Wed, 20 Nov 2024 01:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 20 Nov 2024 00:00:00 GMT', now)).toBe(0);
  });
  it('ignores absent or nonsense values', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
});

describe('isRetryableStatus', () => {
  it('retries 408, 429, 502, 503, 504 for every method, 500 only for GET', () => {
    for (const s of [408, 429, 502, 503, 504]) {
      expect(isRetryableStatus(s, 'GET')).toBe(true);
      expect(isRetryableStatus(s, 'POST')).toBe(true);
    }
    expect(isRetryableStatus(500, 'GET')).toBe(true);
    expect(isRetryableStatus(500, 'POST')).toBe(false);
    for (const s of [400, 401, 403, 404, 409, 422, 501])
      expect(isRetryableStatus(s, 'GET')).toBe(false);
  });
});

describe('retryPolicy', () => {
  it('fills defaults, turns false into no retries, refuses nonsense', () => {
    expect(retryPolicy(undefined)).toEqual(DEFAULT_RETRY);
    expect(retryPolicy(false).retries).toBe(0);
    expect(retryPolicy({ retries: 1.7 }).retries).toBe(1);
    expect(() => retryPolicy({ baseDelayMs: -1 })).toThrow(/retry.baseDelayMs/);
    expect(() => retryPolicy({ retries: Number.POSITIVE_INFINITY })).toThrow(/retry.retries/);
  });
});

describe('sleep', () => {
  it('rejects at once when the signal aborts', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const wait = sleep(60_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(wait).rejects.toThrow('stop');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
