/**
 * The measurement behind the CSP decision (README "Strict CSP"), in Node:
 * count `Function` constructions while the client and every schema load and
 * parse. zod/mini has no JIT parser, so the count must stay 0 — without
 * setting zod's global `jitless` flag, which lives on `globalThis` and would
 * change every other zod copy on the page.
 */
import { afterEach, expect, it } from 'vitest';
import * as f from './fixtures';

const RealFunction = globalThis.Function;
let constructed = 0;

function countFunctionConstruction(): void {
  constructed = 0;
  globalThis.Function = new Proxy(RealFunction, {
    construct(target, args: string[]) {
      constructed++;
      return Reflect.construct(target, args) as object;
    },
    apply(target, self, args: string[]) {
      constructed++;
      return Reflect.apply(target, self, args) as unknown;
    },
  });
}

afterEach(() => {
  globalThis.Function = RealFunction;
});

it('loading and parsing with the client never constructs a Function', async () => {
  countFunctionConstruction();
  const c = await import('../src/index');
  const bodies: unknown[] = [f.procedurePage, f.payment, f.surveyState];
  let i = 0;
  const client = c.createClient({
    baseUrl: 'https://api.test/v1',
    fetch: async () => Response.json(bodies[i++]),
  });
  await client.procedures.search();
  await client.payments.get(f.DOSSIER);
  await client.surveys.get(f.DOSSIER);
  for (let n = 0; n < 100; n++) c.PaymentSchema.parse(f.payment);
  expect(constructed).toBe(0);
  // …and zod's global config was left alone.
  expect(
    (globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig?.jitless,
  ).toBeUndefined();
});

it('control: classic zod constructs one (its JIT fast path)', async () => {
  countFunctionConstruction();
  const { z } = await import('zod');
  const schema = z.object({ code: z.string(), total: z.number() });
  for (let n = 0; n < 3; n++) schema.parse({ code: 'a', total: 1 });
  expect(constructed).toBeGreaterThan(0);
});
