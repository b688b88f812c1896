/** createClient's options, in Node with fetch test doubles. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DvcError } from '../src/index';
import { createClient, isDvcError } from '../src/index';
import * as f from './fixtures';
import { failure } from './suite/client-suite';

const API = 'https://api.test/v1';

function recorder(body: unknown = f.procedurePage) {
  const requests: Request[] = [];
  const fetch = vi.fn(async (request: Request) => {
    requests.push(request);
    return Response.json(body);
  });
  return { fetch, requests };
}

afterEach(() => vi.unstubAllGlobals());

describe('createClient', () => {
  it('refuses unusable options at once with INPUT', () => {
    const bad = [
      { baseUrl: '' },
      { baseUrl: '/v1' }, // relative, and Node has no page to resolve it against
      { baseUrl: 'ftp://api.test/v1' },
      { baseUrl: 'not a url' },
      { baseUrl: `${API}?key=1` },
      { baseUrl: API, timeoutMs: 0 },
      { baseUrl: API, retry: { retries: -1 } },
    ];
    for (const options of bad) {
      let thrown: unknown;
      try {
        createClient(options);
      } catch (e) {
        thrown = e;
      }
      expect(isDvcError(thrown), JSON.stringify(options)).toBe(true);
      expect((thrown as DvcError).code).toBe('INPUT');
    }
  });

  it('tolerates a trailing slash on baseUrl', async () => {
    const { fetch, requests } = recorder();
    await createClient({ baseUrl: `${API}/`, fetch }).procedures.search();
    expect(new URL(requests[0]?.url ?? '').pathname).toBe('/v1/procedures');
  });

  it('looks fetch up at each request, not at creation', async () => {
    const client = createClient({ baseUrl: API });
    const { fetch, requests } = recorder();
    vi.stubGlobal('fetch', fetch);
    await client.procedures.search();
    expect(requests).toHaveLength(1);
  });

  it('sends credentials only where the session matters, unless told otherwise', async () => {
    const { fetch, requests } = recorder(f.session);
    const client = createClient({ baseUrl: API, fetch });
    await client.session.get();
    await client.dossiers.status(f.DOSSIER).catch(() => undefined);
    expect(requests.map((r) => r.credentials)).toEqual(['include', 'same-origin']);
    const { fetch: fetch2, requests: r2 } = recorder(f.session);
    await createClient({ baseUrl: API, fetch: fetch2, credentials: 'omit' }).session.get();
    expect(r2[0]?.credentials).toBe('omit');
  });

  it('names the path but never the query in errors', async () => {
    const client = createClient({
      baseUrl: API,
      retry: false,
      fetch: async () => new Response('nope', { status: 400 }),
    });
    const error = await failure(client.procedures.search({ q: 'Nguyễn Văn An 001099012345' }));
    expect(error.path).toBe('/v1/procedures');
    expect(error.message).not.toContain('001099012345');
    expect(error.message).not.toContain('Nguy');
    expect(error.problem).toBeUndefined();
  });

  it('errors say what happened and what to do', async () => {
    const client = createClient({
      baseUrl: API,
      retry: false,
      fetch: async () => Promise.reject(new TypeError('fetch failed')),
    });
    const error = await failure(client.payments.get(f.DOSSIER));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DvcError');
    expect(error.message).toMatch(
      /GET \/v1\/dossiers\/.+\/payment did not reach the service.*try again/,
    );
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('recognises a DvcError from another copy of the package', () => {
    const foreign = Object.assign(new Error('x'), {
      [Symbol.for('@dvc-kit/client.DvcError')]: true,
      code: 'HTTP',
    });
    expect(isDvcError(foreign)).toBe(true);
    expect(isDvcError(new Error('x'))).toBe(false);
    expect(isDvcError(null)).toBe(false);
  });

  it('lets errors thrown by hooks through unchanged', async () => {
    const boom = new Error('hook');
    const client = createClient({
      baseUrl: API,
      fetch: recorder().fetch,
      onRequest: () => {
        throw boom;
      },
    });
    await expect(client.procedures.search()).rejects.toBe(boom);
  });

  it('returns 201 and 200 survey answers alike', async () => {
    for (const status of [200, 201]) {
      const client = createClient({
        baseUrl: API,
        fetch: async () => Response.json(f.surveyReceipt, { status }),
      });
      await expect(client.surveys.submit(f.DOSSIER, f.surveyResponse)).resolves.toEqual(
        f.surveyReceipt,
      );
    }
  });

  it('gives a v4 UUID key even without crypto.randomUUID (http:// intranet pages)', async () => {
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', {
      getRandomValues: (a: Uint8Array<ArrayBuffer>) => real.getRandomValues(a),
    });
    const { fetch, requests } = recorder(f.paymentStarted);
    await createClient({ baseUrl: API, fetch }).payments.start(f.DOSSIER);
    expect(requests[0]?.headers.get('idempotency-key')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('INPUT messages name the argument, the rule and the fix, without the value', async () => {
    const client = createClient({ baseUrl: API, fetch: recorder().fetch });
    const size = await failure(client.procedures.search({ pageSize: 500 }));
    expect(size.message).toBe(
      'Invalid search parameters: expected a value ≤ 200 at pageSize. Fix the argument; no request was sent.',
    );
    expect(size.issues).toEqual([{ path: ['pageSize'], message: 'expected a value ≤ 200' }]);
    const code = await failure(client.dossiers.get('001099012345'));
    expect(code.message).toMatch(/^Invalid dossier code .*000\.00\.12\.H48-241120-0001/);
    expect(code.message).not.toContain('001099012345');
    const level = await failure(client.procedures.search({ level: 'quoc_gia' as 'xa' }));
    expect(level.issues[0]?.message).toBe('expected "tinh" | "huyen" | "xa"');
  });
});
