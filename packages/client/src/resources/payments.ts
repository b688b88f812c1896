/** `GET` and `POST /dossiers/{code}/payment`. */
import { checkDossierCode, checkInput, checkSignal, idempotencyKey } from '../input';
import type { CallOptions, IdempotentCallOptions } from '../options';
import { PaymentSchema, PaymentStartedSchema, StartPaymentRequestSchema } from '../schemas/payment';
import type { Payment, PaymentStarted } from '../schemas/payment';
import type { Send } from '../transport/request';

/** Options of {@link PaymentsApi.start}. */
export interface StartPaymentOptions extends IdempotentCallOptions {
  /** Where the payment page sends the citizen back to (http/https URL). */
  returnUrl?: string | undefined;
}

/** Fees of a dossier. */
export interface PaymentsApi {
  /** The payment of a dossier: items, total, status, expiry, pay URL, receipt. */
  get(dossier: string, options?: CallOptions): Promise<Payment>;
  /**
   * Starts (or retries) paying; resolves the payment with its `payUrl`. Sent
   * with an Idempotency-Key, so it is retried safely on transient failures.
   */
  start(dossier: string, options?: StartPaymentOptions): Promise<PaymentStarted>;
}

/** @internal */
export function paymentsApi(send: Send): PaymentsApi {
  return {
    async get(dossier, options = {}) {
      const code = checkDossierCode(dossier);
      const signal = checkSignal(options.signal);
      return send({
        method: 'GET',
        path: `/dossiers/${encodeURIComponent(code)}/payment`,
        schema: PaymentSchema,
        session: true,
        signal,
      });
    },
    async start(dossier, options = {}) {
      const code = checkDossierCode(dossier);
      const body = checkInput(
        StartPaymentRequestSchema,
        options.returnUrl === undefined ? {} : { returnUrl: options.returnUrl },
        'returnUrl (an absolute http/https URL)',
      );
      const key = idempotencyKey(options.idempotencyKey);
      const signal = checkSignal(options.signal);
      return send({
        method: 'POST',
        path: `/dossiers/${encodeURIComponent(code)}/payment`,
        body,
        idempotencyKey: key,
        schema: PaymentStartedSchema,
        session: true,
        signal,
      });
    },
  };
}
