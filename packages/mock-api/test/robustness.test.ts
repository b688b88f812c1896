/**
 * Whatever a caller sends, the handlers answer a documented status with a
 * valid body: never an exception (a MockContractError would be a 500).
 */
import { ProblemSchema } from '@dvc-kit/client';
import fc from 'fast-check';
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createHandlers, createStore, fixedClock } from '../src/index';

const store = createStore({ clock: fixedClock() });
const handlers = createHandlers(store, { origin: 'https://api.dvc.test', faults: false });

async function answer(request: Request) {
  const response = await getResponse(handlers, request);
  if (!response) throw new Error(`unhandled ${request.method} ${request.url}`);
  const text = await response.text();
  if (response.status >= 400) {
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(z.safeParse(ProblemSchema, JSON.parse(text)).success).toBe(true);
  }
  return response.status;
}

describe('robustness', () => {
  it('procedure search: any query answers 200 or 400', async () => {
    const param = fc.option(
      fc.oneof(fc.string(), fc.integer().map(String), fc.constantFrom('tinh', 'xa', '0', '201')),
      { nil: undefined },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record({ q: param, level: param, page: param, pageSize: param, agency: param }),
        async (query) => {
          const url = new URL('https://api.dvc.test/v1/procedures');
          for (const [k, v] of Object.entries(query))
            if (v !== undefined) url.searchParams.set(k, v);
          expect([200, 400]).toContain(await answer(new Request(url)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('dossier routes: any path segment answers 200, 400, 404 or 409', async () => {
    const codes = Object.values(store.scenarios);
    const segment = fc.oneof(fc.string({ minLength: 1 }), fc.constantFrom(...codes));
    await fc.assert(
      fc.asyncProperty(
        segment,
        fc.constantFrom('/status', '/payment', '/survey'),
        async (raw, suffix) => {
          const url = `https://api.dvc.test/v1/dossiers/${encodeURIComponent(raw)}${suffix}`;
          expect([200, 400, 404, 409]).toContain(await answer(new Request(url)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('survey responses: any JSON body and key answer a documented status', async () => {
    store.reset();
    const codes = Object.values(store.scenarios);
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record({
        surveyId: fc.constantFrom('tt01-2018', 'hai-chau-nhanh-2024', 'x'),
        answers: fc.dictionary(
          fc.constantFrom('thoi_gian', 'thai_do', 'chung', 'kenh_nop', 'gop_y', 'zzz'),
          fc.oneof(
            fc.integer({ min: -2, max: 7 }),
            fc.string({ maxLength: 20 }),
            fc.constantFrom('dung_han', 'truc_tuyen'),
          ),
        ),
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...codes),
        body,
        fc.option(fc.string({ maxLength: 8 }), { nil: null }),
        async (code, json, key) => {
          const request = new Request(`https://api.dvc.test/v1/dossiers/${code}/survey-responses`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              ...(key === null ? {} : { 'idempotency-key': key }),
            },
            body: JSON.stringify(json),
          });
          expect([200, 201, 400, 409, 422]).toContain(await answer(request));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('payment starts: any body and key answer a documented status', async () => {
    store.reset();
    const codes = Object.values(store.scenarios);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...codes),
        fc.jsonValue(),
        fc.string({ minLength: 1, maxLength: 4 }),
        async (code, json, key) => {
          const request = new Request(`https://api.dvc.test/v1/dossiers/${code}/payment`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': key },
            body: JSON.stringify(json),
          });
          expect([200, 400, 409, 422]).toContain(await answer(request));
        },
      ),
      { numRuns: 200 },
    );
  });
});
