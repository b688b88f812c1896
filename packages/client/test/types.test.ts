/** Pins the public types; checked by `tsc -p packages/client/tsconfig.json`. */
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import { createClient, isDvcError } from '../src/index';
import type {
  DossierStatus,
  DvcClient,
  DvcError,
  DvcErrorCode,
  Page,
  Payment,
  PaymentStarted,
  PaymentState,
  Procedure,
  ProcedurePage,
  ProcedureSummary,
  Session,
  SurveyReceipt,
  SurveyState,
  page,
  PaymentSchema,
} from '../src/index';

describe('public types', () => {
  const client = createClient({ baseUrl: 'https://api.test/v1' });

  it('createClient returns a DvcClient', () => {
    expectTypeOf(createClient).returns.toEqualTypeOf<DvcClient>();
  });

  it('each call resolves its contract type', () => {
    expectTypeOf(client.procedures.search).returns.resolves.toEqualTypeOf<ProcedurePage>();
    expectTypeOf(client.procedures.get).returns.resolves.toEqualTypeOf<Procedure>();
    expectTypeOf(client.dossiers.status).returns.resolves.toEqualTypeOf<DossierStatus>();
    expectTypeOf(client.payments.get).returns.resolves.toEqualTypeOf<Payment>();
    expectTypeOf(client.payments.start).returns.resolves.toEqualTypeOf<PaymentStarted>();
    expectTypeOf(client.surveys.get).returns.resolves.toEqualTypeOf<SurveyState>();
    expectTypeOf(client.surveys.submit).returns.resolves.toEqualTypeOf<SurveyReceipt>();
    expectTypeOf(client.session.get).returns.resolves.toEqualTypeOf<Session>();
    expectTypeOf(client.session.logout).returns.resolves.toEqualTypeOf<void>();
  });

  it('every call takes an options object with a signal last', () => {
    expectTypeOf(client.dossiers.status)
      .parameter(1)
      .toEqualTypeOf<{ signal?: AbortSignal | undefined } | undefined>();
    expectTypeOf(client.payments.start)
      .parameter(1)
      .exclude<undefined>()
      .toHaveProperty('idempotencyKey')
      .toEqualTypeOf<string | undefined>();
  });

  it('error codes are a closed union', () => {
    expectTypeOf<DvcErrorCode>().toEqualTypeOf<
      'INPUT' | 'NETWORK' | 'TIMEOUT' | 'ABORTED' | 'HTTP' | 'RESPONSE_INVALID'
    >();
    expectTypeOf<DvcError['code']>().toEqualTypeOf<DvcErrorCode>();
    expectTypeOf(isDvcError).guards.toEqualTypeOf<DvcError>();
  });

  it('schemas and types agree', () => {
    expectTypeOf<z.infer<typeof PaymentSchema>>().toEqualTypeOf<Payment>();
    expectTypeOf<Payment['status']>().toEqualTypeOf<PaymentState>();
    expectTypeOf<Payment['total']>().toEqualTypeOf<number>();
    expectTypeOf<Payment['currency']>().toEqualTypeOf<'VND'>();
    expectTypeOf<ProcedurePage>().toEqualTypeOf<Page<ProcedureSummary>>();
    expectTypeOf<z.infer<ReturnType<typeof page<typeof PaymentSchema>>>>().toEqualTypeOf<
      Page<Payment>
    >();
  });

  it('a session narrows on authenticated', () => {
    const s = {} as Session;
    if (s.authenticated) expectTypeOf(s.citizen.maskedId).toBeString();
    else expectTypeOf(s).not.toHaveProperty('citizen');
  });
});
