/** Options of {@link createClient}. */
import type { RetryOptions } from './retry';

/** What a request hook is told besides the request. */
export interface RequestHookInfo {
  /** 1 for the first attempt, 2 for the first retry, … */
  readonly attempt: number;
}

/** What a response hook is told besides the response. */
export interface ResponseHookInfo extends RequestHookInfo {
  /** The request that produced the response. */
  readonly request: Request;
}

/** A `fetch`-compatible function. */
export type FetchLike = (input: Request) => Promise<Response>;

/** Options of {@link createClient}. */
export interface ClientOptions {
  /**
   * The API root, including the `/v1` base path: an absolute URL such as
   * `https://api.example.gov.vn/v1`, or in a browser a path such as `/v1`,
   * resolved against the page's URL at each request (handy behind the
   * portal's own reverse proxy or BFF). Node needs an absolute URL.
   */
  baseUrl: string;
  /**
   * The `fetch` to use. Default: `globalThis.fetch`, looked up at each
   * request (not captured at creation), so msw and test doubles installed
   * later are seen.
   */
  fetch?: FetchLike | undefined;
  /**
   * Headers for every request, or a function returning them, called once per
   * attempt (e.g. a BFF adding a fresh bearer token in Node). The client's own
   * headers (`Accept`, `Content-Type`, `Idempotency-Key`, `X-CSRF-Token`) win.
   */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>) | undefined;
  /**
   * `fetch` credentials mode for every request. Default: `same-origin` for the
   * public catalogue and status lookups, `include` for calls that need the
   * citizen's session cookie (dossier, payment, survey, session), so a BFF on
   * another origin works when its CORS allows credentials.
   */
  credentials?: RequestCredentials | undefined;
  /** Time limit per attempt in ms, including reading the body. Default 15000. */
  timeoutMs?: number | undefined;
  /**
   * Retry settings, or `false` to never retry. Only GET requests and POSTs
   * with an Idempotency-Key are retried.
   */
  retry?: RetryOptions | false | undefined;
  /**
   * Called before each attempt; may return a replacement `Request`. Errors
   * it throws propagate unchanged.
   */
  onRequest?:
    | ((request: Request, info: RequestHookInfo) => Request | void | Promise<Request | void>)
    | undefined;
  /**
   * Called with each response before the client reads it; may return a
   * replacement `Response`. Errors it throws propagate unchanged.
   */
  onResponse?:
    | ((response: Response, info: ResponseHookInfo) => Response | void | Promise<Response | void>)
    | undefined;
}

/** Options every call accepts as its last argument. */
export interface CallOptions {
  /** Aborts the call (also during a retry wait); it then fails with `ABORTED`. */
  signal?: AbortSignal | undefined;
}

/** Options of calls that change state and may be retried safely with a key. */
export interface IdempotentCallOptions extends CallOptions {
  /**
   * The Idempotency-Key for this logical call. Default: a new random UUID per
   * call, reused for its retries. Pass your own to make a call safe to repeat
   * across page reloads (e.g. the survey outbox stores it with the answer).
   */
  idempotencyKey?: string | undefined;
}
