/**
 * When and how long to wait before trying a request again.
 *
 * Policy (see README "Retries"):
 * - only GET, and POST carrying an Idempotency-Key, are ever retried: a POST
 *   without one could be applied twice;
 * - on NETWORK and TIMEOUT failures and on 408, 429, 502, 503, 504;
 * - on 500 only for GET: a 500 from a POST is most often a deterministic
 *   failure on that body, and servers do not always store a replayable
 *   result for a 5xx, so repeating it buys load, not success;
 * - never on other 4xx, never after the caller aborted;
 * - waits come from `Retry-After` when the server sent it (seconds or an HTTP
 *   date), else capped exponential backoff with full jitter
 *   (`random(0, min(maxDelayMs, baseDelayMs * 2^(retry-1)))`), which spreads
 *   a crowd of clients reconnecting after an outage.
 */
import { DvcError } from './errors';

/** Retry settings of a client. */
export interface RetryOptions {
  /** Retries after the first attempt (so `retries + 1` requests at most). Default 3. */
  retries?: number;
  /** First backoff ceiling in ms. Default 300. */
  baseDelayMs?: number;
  /** Largest backoff ceiling in ms. Default 5000. */
  maxDelayMs?: number;
  /**
   * Longest `Retry-After` honoured, in ms. A server asking for a longer wait
   * gets no retry: the error is returned at once with `retryAfterMs`, so the
   * UI can say when to come back. Default 30000.
   */
  maxRetryAfterMs?: number;
}

/** {@link RetryOptions} with every default filled in. */
export type RetryPolicy = Required<RetryOptions>;

/** Default retry settings. */
export const DEFAULT_RETRY: Readonly<RetryPolicy> = Object.freeze({
  retries: 3,
  baseDelayMs: 300,
  maxDelayMs: 5000,
  maxRetryAfterMs: 30_000,
});

/** Fills in defaults and rejects nonsense (negative or non-finite numbers). */
export function retryPolicy(options: RetryOptions | false | undefined): RetryPolicy {
  if (options === false) return { ...DEFAULT_RETRY, retries: 0 };
  const policy = { ...DEFAULT_RETRY, ...options };
  for (const [key, value] of Object.entries(policy)) {
    if (!Number.isFinite(value) || value < 0) {
      throw new DvcError(
        'INPUT',
        `retry.${key} must be a finite number ≥ 0 (got ${String(value)}). Fix createClient's options.`,
      );
    }
  }
  policy.retries = Math.floor(policy.retries);
  return policy;
}

/** Statuses worth another attempt for any retryable request. */
const RETRY_STATUSES: ReadonlySet<number> = new Set([408, 429, 502, 503, 504]);

/** Whether a response with `status` may be retried for `method`. */
export function isRetryableStatus(status: number, method: string): boolean {
  return RETRY_STATUSES.has(status) || (status === 500 && method === 'GET');
}

/**
 * The backoff before retry number `retry` (1-based): full jitter under a
 * capped exponential ceiling.
 */
export function backoffDelay(
  retry: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

/**
 * `Retry-After` in milliseconds from now: delta-seconds or an HTTP date.
 * Returns `undefined` when absent or unparseable; a date in the past is 0.
 */
export function parseRetryAfter(
  value: string | null,
  now: number = Date.now(),
): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date names its weekday and month; without letters, `Date.parse`
  // would read "-5" as the year -5.
  const at = /[a-z]/i.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/**
 * Waits `ms`, or rejects with the signal's reason as soon as it aborts, so a
 * caller's abort during a backoff ends the call at once.
 */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
