/**
 * One logical API call: build the request, send it with a per-attempt
 * timeout tied to the caller's signal, retry what is safe to retry, and turn
 * the answer into a parsed value or a {@link DvcError}.
 */
import { DvcError, toIssues } from '../errors';
import type { DvcErrorCode, DvcIssue } from '../errors';
import { PARSE_CONTEXT } from '../issues';
import type { ClientOptions } from '../options';
import { backoffDelay, isRetryableStatus, parseRetryAfter, sleep } from '../retry';
import type { RetryPolicy } from '../retry';
import { ProblemSchema } from '../schemas/problem';
import type { Problem } from '../schemas/problem';

/** Something that can parse an answer body; every zod/mini schema is one. */
export interface BodySchema<T> {
  safeParse(
    data: unknown,
    context: typeof PARSE_CONTEXT,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: PropertyKey[]; message: string }[] } };
}

/** What one API call needs. */
export interface Call<T> {
  method: 'GET' | 'POST';
  /** Path below the base URL, already encoded, e.g. `/procedures/1.004227`. */
  path: string;
  query?: Readonly<Record<string, string | number | undefined>>;
  /** JSON request body (POST). */
  body?: unknown;
  /** Schema of a success body, or `null` when no content is expected. */
  schema: BodySchema<T> | null;
  /** Set on POSTs that may be retried. */
  idempotencyKey?: string | undefined;
  /** Whether the call needs the citizen's session cookie. */
  session: boolean;
  /** Extra headers of this call (e.g. `X-CSRF-Token`). */
  headers?: Readonly<Record<string, string>>;
  signal?: AbortSignal | undefined;
}

/** Settings of a transport, resolved by `createClient`. */
export interface TransportSettings {
  baseUrl: string;
  timeoutMs: number;
  retry: RetryPolicy;
  options: ClientOptions;
}

/** Sends calls. */
export type Send = <T>(call: Call<T>) => Promise<T>;

/** The outcome of one attempt that did not succeed. */
interface Failure {
  code: Exclude<DvcErrorCode, 'INPUT'>;
  message: string;
  retryable: boolean;
  status?: number;
  problem?: Problem | undefined;
  issues?: DvcIssue[];
  retryAfterMs?: number | undefined;
  cause?: unknown;
}

type Attempt<T> = { ok: true; value: T } | { ok: false; failure: Failure };

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/** Creates the function every resource uses to talk to the API. */
export function createTransport(settings: TransportSettings): Send {
  return async function send<T>(call: Call<T>): Promise<T> {
    const url = buildUrl(settings.baseUrl, call.path, call.query);
    // Errors name the path only: query values (a search text) may hold personal data.
    const facts = { method: call.method, path: url.pathname };
    const retryable = call.method === 'GET' || call.idempotencyKey !== undefined;
    const maxAttempts = retryable ? settings.retry.retries + 1 : 1;
    const fail = (f: Failure, attempts: number): DvcError =>
      new DvcError(f.code, f.message, { ...facts, ...f, attempts });

    for (let attempt = 1; ; attempt++) {
      if (call.signal?.aborted) throw fail(aborted(call, url), attempt - 1);
      const result = await attemptOnce(settings, call, url, attempt);
      if (result.ok) return result.value;
      const { failure } = result;
      if (!failure.retryable || attempt >= maxAttempts) {
        throw fail(withAttempts(failure, attempt, maxAttempts), attempt);
      }
      let delay = backoffDelay(attempt, settings.retry);
      if (failure.retryAfterMs !== undefined) {
        if (failure.retryAfterMs > settings.retry.maxRetryAfterMs) {
          throw fail(
            {
              ...failure,
              message: `${failure.message} The server asked to wait ${Math.ceil(failure.retryAfterMs / 1000)} s, longer than the client waits (retry.maxRetryAfterMs).`,
            },
            attempt,
          );
        }
        delay = failure.retryAfterMs;
      }
      try {
        await sleep(delay, call.signal);
      } catch {
        throw fail(aborted(call, url), attempt);
      }
    }
  };
}

function withAttempts(failure: Failure, attempt: number, max: number): Failure {
  if (!failure.retryable || max === 1) return failure;
  return { ...failure, message: `${failure.message} (gave up after ${attempt} attempts)` };
}

function aborted(call: Call<unknown>, url: URL): Failure {
  return {
    code: 'ABORTED',
    message: `${call.method} ${url.pathname} was aborted by the caller's signal.`,
    retryable: false,
    cause: call.signal?.reason,
  };
}

function buildUrl(baseUrl: string, path: string, query: Call<unknown>['query']): URL {
  // A relative base (e.g. `/v1`) resolves as fetch would: against the
  // document's base URL (which honours <base href> and is right in srcdoc
  // frames, where location is about:srcdoc), else the worker's location.
  // Looked up now: a single-page app may have navigated since createClient.
  const url = new URL(baseUrl + path, globalThis.document?.baseURI ?? globalThis.location?.href);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url;
}

async function buildHeaders(settings: TransportSettings, call: Call<unknown>): Promise<Headers> {
  const { headers } = settings.options;
  const base = typeof headers === 'function' ? await headers() : headers;
  const result = new Headers(base);
  result.set('Accept', 'application/json, application/problem+json');
  if (call.body !== undefined) result.set('Content-Type', 'application/json');
  if (call.idempotencyKey !== undefined) result.set('Idempotency-Key', call.idempotencyKey);
  for (const [key, value] of Object.entries(call.headers ?? {})) result.set(key, value);
  return result;
}

async function attemptOnce<T>(
  settings: TransportSettings,
  call: Call<T>,
  url: URL,
  attempt: number,
): Promise<Attempt<T>> {
  const { options } = settings;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), settings.timeoutMs);
  const signal = call.signal ? AbortSignal.any([call.signal, timeout.signal]) : timeout.signal;
  // Decides what a thrown fetch or body-read error means, from the signals
  // rather than the error's type: fetch rejects with the abort reason as is.
  const thrown = (cause: unknown): Attempt<T> => {
    if (call.signal?.aborted) return { ok: false, failure: aborted(call, url) };
    if (timeout.signal.aborted) {
      return {
        ok: false,
        failure: {
          code: 'TIMEOUT',
          message: `${call.method} ${url.pathname} got no complete answer within ${settings.timeoutMs} ms. The network or the service is slow; try again, or raise timeoutMs.`,
          retryable: true,
          cause,
        },
      };
    }
    return {
      ok: false,
      failure: {
        code: 'NETWORK',
        message: `${call.method} ${url.pathname} did not reach the service (offline, DNS, TLS, CORS or a dropped connection). Check the connection and baseUrl, then try again.`,
        retryable: true,
        cause,
      },
    };
  };

  try {
    let request = new Request(url, {
      method: call.method,
      headers: await buildHeaders(settings, call),
      body: call.body === undefined ? null : JSON.stringify(call.body),
      credentials: options.credentials ?? (call.session ? 'include' : 'same-origin'),
      signal,
    });
    if (options.onRequest) request = (await options.onRequest(request, { attempt })) ?? request;
    // Looked up per request so msw or a test double installed later is used.
    const fetchFn = options.fetch ?? globalThis.fetch;
    let response: Response;
    let text: string;
    try {
      response = await fetchFn(request);
    } catch (cause) {
      return thrown(cause);
    }
    if (options.onResponse) {
      response = (await options.onResponse(response, { request, attempt })) ?? response;
    }
    try {
      text = await response.text();
    } catch (cause) {
      return thrown(cause);
    }
    return interpret(call, url, response, text);
  } finally {
    clearTimeout(timer);
  }
}

function interpret<T>(call: Call<T>, url: URL, response: Response, text: string): Attempt<T> {
  const where = `${call.method} ${url.pathname}`;
  const type = response.headers.get('Content-Type') ?? '';
  const status = response.status;
  if (!response.ok) return { ok: false, failure: httpFailure(call, where, response, type, text) };

  if (call.schema === null) return { ok: true, value: undefined as T };
  const invalid = (why: string, issues: DvcIssue[] = []): Attempt<T> => ({
    ok: false,
    failure: {
      code: 'RESPONSE_INVALID',
      message: `${where} answered ${status} with ${why}. The server does not follow the dvc-kit contract; report it to the service's operator.`,
      retryable: false,
      status,
      issues,
    },
  });
  if (!JSON_TYPE.test(type)) return invalid(`content type "${type || 'none'}" instead of JSON`);
  if (text.trim() === '') return invalid('an empty body where JSON was expected');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // The parser's message quotes the body; leave it out.
    return invalid('malformed JSON');
  }
  const parsed = call.schema.safeParse(json, PARSE_CONTEXT);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = toIssues(parsed.error.issues);
  const first = issues[0];
  const at = first ? ` (${first.path.join('.') || 'body'}: ${first.message})` : '';
  return invalid(`a body that breaks its schema${at}`, issues);
}

function httpFailure(
  call: Call<unknown>,
  where: string,
  response: Response,
  type: string,
  text: string,
): Failure {
  const status = response.status;
  let problem: Problem | undefined;
  if (JSON_TYPE.test(type) && text !== '') {
    try {
      const parsed = ProblemSchema.safeParse(JSON.parse(text), PARSE_CONTEXT);
      if (parsed.success) problem = parsed.data;
    } catch {
      // A malformed error body still leaves a usable status.
    }
  }
  const code = problem ? ` (${problem.code})` : '';
  return {
    code: 'HTTP',
    message: `${where} answered ${status}${code}. ${advice(status)}`,
    retryable: isRetryableStatus(status, call.method),
    status,
    problem,
    retryAfterMs: parseRetryAfter(response.headers.get('Retry-After')),
  };
}

function advice(status: number): string {
  if (status === 400 || status === 422)
    return 'The request was refused as invalid; see problem.errors.';
  if (status === 401) return 'Sign the citizen in, then try again.';
  if (status === 403)
    return 'The signed-in citizen may not do this, or the CSRF token is missing or stale.';
  if (status === 404) return 'Nothing has that code; check it.';
  if (status === 409) return 'The current state does not allow this; reload it.';
  if (status === 429) return 'Too many requests; wait (see retryAfterMs) and try again.';
  if (status >= 500) return 'The service failed or is unavailable; try again later.';
  return 'See status and problem for details.';
}
