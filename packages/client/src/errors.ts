/**
 * One error type for every failure of the client, with a stable `code` a
 * caller can switch on.
 */
import type { Problem } from './schemas/problem';

/**
 * Why a call failed:
 *
 * - `INPUT` — the arguments were invalid; nothing was sent.
 * - `NETWORK` — the request did not complete (offline, DNS, CORS, reset).
 * - `TIMEOUT` — no complete answer within `timeoutMs` (per attempt).
 * - `ABORTED` — the caller's `signal` aborted the call.
 * - `HTTP` — the server answered with a non-success status (see `status`,
 *   `problem`).
 * - `RESPONSE_INVALID` — the answer broke the contract: wrong content type,
 *   empty or malformed JSON, or a body that fails its schema (see `issues`).
 */
export type DvcErrorCode =
  'INPUT' | 'NETWORK' | 'TIMEOUT' | 'ABORTED' | 'HTTP' | 'RESPONSE_INVALID';

/** Where a value broke its schema: the path into it, and what is wrong. */
export interface DvcIssue {
  /** Path into the value, e.g. `['items', 0, 'amount']`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, without the offending value. */
  readonly message: string;
}

/** Details carried by a {@link DvcError}. */
export interface DvcErrorDetails {
  /** HTTP method of the request, if one was attempted. */
  readonly method?: string | undefined;
  /** Path of the request URL, without query or host (e.g. `/v1/procedures`). */
  readonly path?: string | undefined;
  /** How many requests were sent (0 for `INPUT`). */
  readonly attempts?: number | undefined;
  /** HTTP status, for `HTTP` and `RESPONSE_INVALID`. */
  readonly status?: number | undefined;
  /** Parsed problem details, when an `HTTP` error came as problem+json. */
  readonly problem?: Problem | undefined;
  /** Failing paths and messages, for `INPUT` and `RESPONSE_INVALID`. */
  readonly issues?: readonly DvcIssue[] | undefined;
  /** Server-requested wait (from `Retry-After`) in milliseconds, when given. */
  readonly retryAfterMs?: number | undefined;
  /** The underlying error (e.g. fetch's `TypeError`), if any. */
  readonly cause?: unknown;
}

const BRAND = Symbol.for('@dvc-kit/client.DvcError');

/**
 * Every failure of a {@link DvcClient} call. Switch on `code`; a message is
 * for people (developers, logs) and says what to do. It never contains a
 * response body or query values, which may hold personal data.
 *
 * @example
 * ```ts
 * try {
 *   await client.dossiers.status(code);
 * } catch (e) {
 *   if (isDvcError(e) && e.code === 'HTTP' && e.status === 404) showNotFound();
 *   else throw e;
 * }
 * ```
 */
export class DvcError extends Error {
  /** Why the call failed. */
  readonly code: DvcErrorCode;
  /** HTTP method, if a request was attempted. */
  readonly method: string | undefined;
  /** Request path without query, e.g. `/v1/dossiers/…/payment`. */
  readonly path: string | undefined;
  /** Number of requests sent (0 when nothing was sent). */
  readonly attempts: number;
  /** HTTP status of the last response, if there was one. */
  readonly status: number | undefined;
  /** Problem details (RFC 9457) of an `HTTP` error, if the body had them. */
  readonly problem: Problem | undefined;
  /** Failing paths and messages for `INPUT` and `RESPONSE_INVALID`. */
  readonly issues: readonly DvcIssue[];
  /** What `Retry-After` asked for, in milliseconds, if present. */
  readonly retryAfterMs: number | undefined;

  /**
   * @param code - why the call failed
   * @param message - what happened and what to do, for people
   * @param details - request and response facts
   */
  constructor(code: DvcErrorCode, message: string, details: DvcErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'DvcError';
    this.code = code;
    this.method = details.method;
    this.path = details.path;
    this.attempts = details.attempts ?? 0;
    this.status = details.status;
    this.problem = details.problem;
    this.issues = details.issues ?? [];
    this.retryAfterMs = details.retryAfterMs;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * Whether `value` is a {@link DvcError} — also one from another copy of this
 * package on the page, which `instanceof` would miss.
 */
export function isDvcError(value: unknown): value is DvcError {
  return (
    value instanceof DvcError ||
    (typeof value === 'object' &&
      value !== null &&
      (value as Record<symbol, unknown>)[BRAND] === true)
  );
}

/** Builds the `INPUT` error for invalid arguments; nothing was sent. */
export function inputError(what: string, issues: readonly DvcIssue[]): DvcError {
  const first = issues[0];
  const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
  const why = first ? `: ${first.message}${where}` : '';
  return new DvcError('INPUT', `Invalid ${what}${why}. Fix the argument; no request was sent.`, {
    issues,
  });
}

/** Turns schema issues into {@link DvcIssue}s, dropping any input values. */
export function toIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): DvcIssue[] {
  return issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
    message: i.message,
  }));
}
