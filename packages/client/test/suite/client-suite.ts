/**
 * The client's behaviour, written once and run in Node (msw setupServer) and
 * in Chromium (msw setupWorker): for every method, the happy path and a fault
 * matrix, counting the requests the mock backend actually saw.
 */
import { delay, http, HttpResponse } from 'msw';
import type { JsonBodyType, RequestHandler } from 'msw';
import { describe, expect, it } from 'vitest';
import { createClient, isDvcError } from '../../src/index';
import type { ClientOptions, DvcClient, DvcError } from '../../src/index';
import * as f from '../fixtures';
import { METHODS } from './methods';
import type { MethodCase } from './methods';

/** What a runtime provides to the suite. */
export interface SuiteEnv {
  /** Absolute API root the handlers match, e.g. `https://api.test/v1`. */
  apiRoot: string;
  /** The `baseUrl` given to the client (may be relative in a browser). */
  baseUrl: string;
  /** Installs handlers for the current test. */
  use(...handlers: RequestHandler[]): void;
}

/** A request the mock backend saw. */
export interface Seen {
  url: URL;
  headers: Headers;
  body: string;
}

type Responder = (request: Request) => Response | Promise<Response>;

const RETRIES = 2;
const MAX_ATTEMPTS = RETRIES + 1;

/** Serves `mc`'s path with `responders` in turn (the last one repeats). */
export function serve(env: SuiteEnv, mc: MethodCase, ...responders: Responder[]): Seen[] {
  const seen: Seen[] = [];
  const target = new URL(env.apiRoot + mc.path);
  env.use(
    http.all('*', async ({ request }) => {
      const url = new URL(request.url);
      if (url.origin !== target.origin || url.pathname !== target.pathname) return undefined;
      if (request.method !== mc.method) return undefined;
      seen.push({ url, headers: new Headers(request.headers), body: await request.clone().text() });
      const respond = responders[Math.min(seen.length - 1, responders.length - 1)];
      if (!respond) throw new Error('no responder');
      return respond(request);
    }),
  );
  return seen;
}

export const respond = {
  ok:
    (mc: MethodCase): Responder =>
    () =>
      mc.okStatus === 204
        ? new HttpResponse(null, { status: 204 })
        : HttpResponse.json(mc.ok as JsonBodyType, { status: mc.okStatus }),
  networkError: (): Responder => () => HttpResponse.error(),
  // Longer than any timeout under test, but finite: msw waits for pending
  // handlers when it stops, and the request's own signal does not always
  // reach a handler running behind a service worker.
  hang: (): Responder => async (request) => {
    await Promise.race([
      delay(3000),
      new Promise((resolve) => request.signal.addEventListener('abort', resolve)),
    ]);
    return new HttpResponse(null, { status: 204 });
  },
  problem:
    (status: number, code: string, headers: Record<string, string> = {}): Responder =>
    () =>
      HttpResponse.json(
        { type: 'about:blank', title: 'Problem', status, code, detail: 'x' },
        { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
      ),
  raw:
    (body: string | null, contentType: string, status = 200): Responder =>
    () =>
      new HttpResponse(body, { status, headers: { 'Content-Type': contentType } }),
};

/** A client with tiny backoff, so retries cost milliseconds. */
export function makeClient(env: SuiteEnv, options: Partial<ClientOptions> = {}): DvcClient {
  return createClient({
    baseUrl: env.baseUrl,
    timeoutMs: 2000,
    retry: { retries: RETRIES, baseDelayMs: 1, maxDelayMs: 4 },
    ...options,
  });
}

/** Awaits a rejection and returns it as a DvcError (failing otherwise). */
export async function failure(promise: Promise<unknown>): Promise<DvcError> {
  const result = await promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  if (result.ok) throw new Error(`expected a rejection, got ${JSON.stringify(result.value)}`);
  if (!isDvcError(result.error)) throw result.error;
  return result.error;
}

/** Registers the whole behaviour suite against `env`. */
export function clientSuite(env: SuiteEnv): void {
  const retryAttempts = (mc: MethodCase) => (mc.retryable ? MAX_ATTEMPTS : 1);

  describe.each(METHODS)('$name', (mc) => {
    it('resolves the parsed answer and sends the contract request', async () => {
      const seen = serve(env, mc, respond.ok(mc));
      const value = await mc.call(makeClient(env));
      expect(value).toEqual(mc.ok);
      expect(seen).toHaveLength(1);
      const [req] = seen;
      expect(req?.headers.get('accept')).toContain('application/json');
      if (mc.idempotent) {
        expect(req?.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
        expect(req?.headers.get('content-type')).toBe('application/json');
        expect(() => JSON.parse(req?.body ?? '')).not.toThrow();
      } else {
        expect(req?.headers.get('idempotency-key')).toBeNull();
      }
    });

    it('rejects bad input with INPUT before sending anything', async () => {
      const seen = serve(env, mc, respond.ok(mc));
      const error = await failure(mc.badInput(makeClient(env)));
      expect(error.code).toBe('INPUT');
      expect(error.attempts).toBe(0);
      expect(error.message).toMatch(/no request was sent/);
      expect(seen).toHaveLength(0);
    });

    it(`network error → NETWORK after ${mc.retryable ? MAX_ATTEMPTS : 1} attempt(s)`, async () => {
      const seen = serve(env, mc, respond.networkError());
      const error = await failure(mc.call(makeClient(env)));
      expect(error.code).toBe('NETWORK');
      expect(error.attempts).toBe(retryAttempts(mc));
      expect(seen).toHaveLength(retryAttempts(mc));
      expect(error.path).toBe(new URL(env.apiRoot + mc.path).pathname);
      expect(error.method).toBe(mc.method);
    });

    it('no answer within timeoutMs → TIMEOUT, retried when safe', async () => {
      const seen = serve(env, mc, respond.hang());
      const error = await failure(mc.call(makeClient(env, { timeoutMs: 40 })));
      expect(error.code).toBe('TIMEOUT');
      expect(error.attempts).toBe(retryAttempts(mc));
      expect(seen).toHaveLength(retryAttempts(mc));
    });

    it('500 → HTTP 500, retried only for GET', async () => {
      const seen = serve(env, mc, respond.problem(500, 'INTERNAL'));
      const error = await failure(mc.call(makeClient(env)));
      const attempts = mc.method === 'GET' ? MAX_ATTEMPTS : 1;
      expect(error.code).toBe('HTTP');
      expect(error.status).toBe(500);
      expect(error.problem?.code).toBe('INTERNAL');
      expect(error.attempts).toBe(attempts);
      expect(seen).toHaveLength(attempts);
    });

    it('503 with Retry-After, then success', async () => {
      const seen = serve(
        env,
        mc,
        respond.problem(503, 'UNAVAILABLE', { 'Retry-After': '0' }),
        respond.ok(mc),
      );
      const call = mc.call(makeClient(env));
      if (mc.retryable) {
        await expect(call).resolves.toEqual(mc.ok);
        expect(seen).toHaveLength(2);
        if (mc.idempotent) {
          const keys = seen.map((s) => s.headers.get('idempotency-key'));
          expect(keys[0]).toBeTruthy();
          expect(keys[1]).toBe(keys[0]);
        }
      } else {
        // A POST without an Idempotency-Key could be applied twice: sent once.
        const error = await failure(call);
        expect(error.status).toBe(503);
        expect(error.retryAfterMs).toBe(0);
        expect(seen).toHaveLength(1);
      }
    });

    it('429 every time → HTTP 429 with problem details after the retries', async () => {
      const seen = serve(env, mc, respond.problem(429, 'RATE_LIMITED', { 'Retry-After': '0' }));
      const error = await failure(mc.call(makeClient(env)));
      expect(error.code).toBe('HTTP');
      expect(error.status).toBe(429);
      expect(error.problem).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
      expect(error.attempts).toBe(retryAttempts(mc));
      expect(seen).toHaveLength(retryAttempts(mc));
    });

    it('404 problem → HTTP 404, never retried', async () => {
      const seen = serve(env, mc, respond.problem(404, 'DOSSIER_NOT_FOUND'));
      const error = await failure(mc.call(makeClient(env)));
      expect(error).toMatchObject({ code: 'HTTP', status: 404, attempts: 1 });
      expect(error.problem?.code).toBe('DOSSIER_NOT_FOUND');
      expect(seen).toHaveLength(1);
    });

    const contentFaults: [string, Responder][] = [
      ['malformed JSON', respond.raw('{"items": [', 'application/json')],
      ['wrong content type', respond.raw('<html>Bảo trì</html>', 'text/html; charset=utf-8')],
      ['empty body', respond.raw('', 'application/json')],
      [
        'a body that breaks the schema',
        () => HttpResponse.json(mc.broken as JsonBodyType, { status: mc.okStatus }),
      ],
    ];
    for (const [label, responder] of contentFaults) {
      if (mc.expectsBody) {
        it(`${label} → RESPONSE_INVALID, not retried`, async () => {
          const seen = serve(env, mc, responder);
          const error = await failure(mc.call(makeClient(env)));
          expect(error.code).toBe('RESPONSE_INVALID');
          expect(error.attempts).toBe(1);
          expect(seen).toHaveLength(1);
          // Never the raw body, which may hold personal data.
          const shown = JSON.stringify({ ...error, message: error.message });
          expect(shown).not.toContain(f.PERSONAL.id);
          expect(shown).not.toContain(f.PERSONAL.name);
          expect(shown).not.toContain('Bảo trì');
          if (label.startsWith('a body')) {
            expect(error.issues.length).toBeGreaterThan(0);
            for (const issue of error.issues) expect(issue.message).toBeTypeOf('string');
          }
        });
      } else {
        it(`${label} on a no-content call is ignored`, async () => {
          serve(env, mc, responder);
          await expect(mc.call(makeClient(env))).resolves.toBeUndefined();
        });
      }
    }

    it("caller's abort during the request → ABORTED at once, not retried", async () => {
      const seen = serve(env, mc, respond.hang());
      const controller = new AbortController();
      const call = mc.call(makeClient(env), { signal: controller.signal });
      await waitFor(() => seen.length === 1);
      controller.abort();
      const error = await failure(call);
      expect(error.code).toBe('ABORTED');
      expect(error.attempts).toBe(1);
      expect(seen).toHaveLength(1);
    });

    it('an already-aborted signal sends nothing', async () => {
      const seen = serve(env, mc, respond.ok(mc));
      const error = await failure(mc.call(makeClient(env), { signal: AbortSignal.abort() }));
      expect(error.code).toBe('ABORTED');
      expect(error.attempts).toBe(0);
      expect(seen).toHaveLength(0);
    });

    if (mc.retryable) {
      it("caller's abort during the backoff wait ends it at once", async () => {
        const seen = serve(env, mc, respond.networkError());
        const controller = new AbortController();
        const client = makeClient(env, { retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } });
        const started = Date.now();
        // Full jitter may pick ~0 ms; a fixed random keeps the wait long.
        const call = mc.call(client, { signal: controller.signal });
        await waitFor(() => seen.length >= 1);
        await new Promise((r) => setTimeout(r, 20));
        controller.abort();
        const error = await failure(call);
        expect(error.code).toBe('ABORTED');
        expect(Date.now() - started).toBeLessThan(5_000);
        expect(seen.length).toBeLessThanOrEqual(2);
      });
    }

    if (mc.idempotent) {
      it("reuses the caller's Idempotency-Key on every retry", async () => {
        const seen = serve(env, mc, respond.networkError(), respond.ok(mc));
        await mc.call(makeClient(env), { idempotencyKey: 'outbox-42' });
        expect(seen.map((s) => s.headers.get('idempotency-key'))).toEqual([
          'outbox-42',
          'outbox-42',
        ]);
      });

      it('uses a new key for each logical call', async () => {
        const seen = serve(env, mc, respond.ok(mc));
        const client = makeClient(env);
        await mc.call(client);
        await mc.call(client);
        const [a, b] = seen.map((s) => s.headers.get('idempotency-key'));
        expect(a).not.toBe(b);
      });
    }
  });

  describe('Retry-After', () => {
    const mc = METHODS[0] as MethodCase;

    it('waits as long as the server asks (seconds)', async () => {
      const seen = serve(
        env,
        mc,
        respond.problem(503, 'UNAVAILABLE', { 'Retry-After': '1' }),
        respond.ok(mc),
      );
      const started = Date.now();
      await makeClient(env).procedures.search();
      expect(Date.now() - started).toBeGreaterThanOrEqual(950);
      expect(seen).toHaveLength(2);
    });

    it('gives up at once when asked to wait longer than maxRetryAfterMs', async () => {
      const seen = serve(env, mc, respond.problem(429, 'RATE_LIMITED', { 'Retry-After': '120' }));
      const client = makeClient(env, { retry: { maxRetryAfterMs: 10_000 } });
      const error = await failure(client.procedures.search());
      expect(error).toMatchObject({
        code: 'HTTP',
        status: 429,
        retryAfterMs: 120_000,
        attempts: 1,
      });
      expect(error.message).toMatch(/longer than the client waits/);
      expect(seen).toHaveLength(1);
    });

    it('understands an HTTP date', async () => {
      const soon = new Date(Date.now() + 1000).toUTCString();
      serve(env, mc, respond.problem(503, 'UNAVAILABLE', { 'Retry-After': soon }), respond.ok(mc));
      await expect(makeClient(env).procedures.search()).resolves.toEqual(mc.ok);
    });
  });

  describe('requests', () => {
    it('encodes search parameters and leaves out the undefined ones', async () => {
      const mc = METHODS[0] as MethodCase;
      const seen = serve(env, mc, respond.ok(mc));
      await makeClient(env).procedures.search({
        q: 'khai sinh & kết hôn',
        page: 2,
        agency: undefined,
      });
      expect(Object.fromEntries(seen[0]?.url.searchParams ?? [])).toEqual({
        q: 'khai sinh & kết hôn',
        page: '2',
      });
    });

    it('normalises a dossier code typed in lower case with spaces', async () => {
      const mc = METHODS.find((m) => m.name === 'dossiers.status') as MethodCase;
      const seen = serve(env, mc, respond.ok(mc));
      await makeClient(env).dossiers.status(`  ${f.DOSSIER.toLowerCase()} `);
      expect(seen).toHaveLength(1);
    });

    it('sends X-CSRF-Token on logout', async () => {
      const mc = METHODS.find((m) => m.name === 'session.logout') as MethodCase;
      const seen = serve(env, mc, respond.ok(mc));
      await makeClient(env).session.logout({ csrfToken: 'csrf-abc' });
      expect(seen[0]?.headers.get('x-csrf-token')).toBe('csrf-abc');
    });

    it('sends the configured headers and lets hooks see every attempt', async () => {
      const mc = METHODS[0] as MethodCase;
      const seen = serve(env, mc, respond.networkError(), respond.ok(mc));
      const attempts: number[] = [];
      const statuses: number[] = [];
      const client = makeClient(env, {
        headers: () => ({ 'X-Portal': 'hcm', Accept: 'text/plain' }),
        onRequest: (request, { attempt }) => {
          attempts.push(attempt);
          const next = new Request(request);
          next.headers.set('X-Attempt', String(attempt));
          return next;
        },
        onResponse: (response) => {
          statuses.push(response.status);
        },
      });
      await client.procedures.search();
      expect(attempts).toEqual([1, 2]);
      expect(statuses).toEqual([200]);
      expect(seen.map((s) => s.headers.get('x-attempt'))).toEqual(['1', '2']);
      expect(seen[1]?.headers.get('x-portal')).toBe('hcm');
      // The client's own Accept wins over a configured one.
      expect(seen[1]?.headers.get('accept')).toContain('application/json');
    });
  });
}

/** Polls `condition` every few ms, failing after 2 s. */
export async function waitFor(condition: () => boolean): Promise<void> {
  const until = Date.now() + 2000;
  while (!condition()) {
    if (Date.now() > until) throw new Error('waitFor: condition not met within 2 s');
    await new Promise((r) => setTimeout(r, 2));
  }
}
