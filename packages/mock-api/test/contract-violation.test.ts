/** A handler whose own answer breaks the contract must fail, never answer. */
import { createClient, isDvcError } from '@dvc-kit/client';
import { getResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, createStore, fixedClock, MockContractError } from '../src/index';

describe('response validation', () => {
  it('throws MockContractError for a procedure that breaks its schema', async () => {
    const store = createStore({ clock: fixedClock() });
    const procedure = store.procedure('1.004227');
    if (!procedure) throw new Error('seed changed');
    procedure.processingDays = -1;
    const handlers = createHandlers(store);
    const error = await getResponse(
      handlers,
      new Request('https://any.test/v1/procedures/1.004227'),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MockContractError);
    expect((error as MockContractError).issues).toEqual([
      expect.objectContaining({ path: 'processingDays' }),
    ]);
  });

  it('catches cross-field rules too: a paid payment without a receipt', async () => {
    const store = createStore({ clock: fixedClock() });
    const payment = store.payment(store.scenarios.processing);
    if (!payment) throw new Error('seed changed');
    delete payment.receipt;
    const handlers = createHandlers(store);
    const request = new Request(
      `https://any.test/v1/dossiers/${store.scenarios.processing}/payment`,
    );
    await expect(getResponse(handlers, request)).rejects.toThrow(/a paid payment has a receipt/);
  });

  describe('through msw setupServer', () => {
    const store = createStore({ clock: fixedClock() });
    const server = setupServer(...createHandlers(store, { origin: 'https://api.dvc.test' }));
    beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
    afterAll(() => server.close());

    it('the caller sees a 500, not a broken body', async () => {
      const payment = store.payment(store.scenarios.paymentUnpaid);
      if (!payment) throw new Error('seed changed');
      payment.items[0] = { ...payment.items[0], code: 'X', name: 'X', amount: 1.5 };
      const client = createClient({ baseUrl: 'https://api.dvc.test/v1', retry: false });
      const error = await client.payments
        .get(store.scenarios.paymentUnpaid)
        .catch((e: unknown) => e);
      expect(isDvcError(error) && error.status).toBe(500);
      // A healthy route still answers.
      expect((await client.procedures.get('1.004227')).code).toBe('1.004227');
    });
  });
});
