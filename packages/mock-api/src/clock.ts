/**
 * Time, injectable. The seed and every time-dependent rule (overdue,
 * payment expiry) read "now" from a clock so tests can pin it.
 */
export interface Clock {
  /** The current time in epoch milliseconds. */
  now(): number;
}

/** The default fixed "now" of the seed: 2024-11-20 09:00 in Hanoi. */
export const DEFAULT_NOW = Date.parse('2024-11-20T02:00:00Z');

/** The wall clock. */
export const systemClock: Clock = { now: () => Date.now() };

/** A clock that stays at `at` until moved with `set` or `advance`. */
export interface ManualClock extends Clock {
  /** Moves the clock to `at` (epoch ms or an ISO string). */
  set(at: number | string): void;
  /** Moves the clock forward by `ms`. */
  advance(ms: number): void;
}

/** A clock pinned at `at` (default {@link DEFAULT_NOW}), moved only by hand. */
export function fixedClock(at: number | string = DEFAULT_NOW): ManualClock {
  let current = typeof at === 'string' ? Date.parse(at) : at;
  return {
    now: () => current,
    set: (next) => {
      current = typeof next === 'string' ? Date.parse(next) : next;
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

/** ISO 8601 in UTC with the `Z` offset. */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
