import type { PaymentState } from '@dvc-kit/client';
import { DvcEvent } from '@dvc-kit/ui-core';

/** @summary Detail of {@link DvcPaymentStatusChangeEvent}. */
export interface PaymentStatusChangeDetail {
  /** The status shown before, or `undefined` for the first status loaded for this dossier. */
  readonly previous: PaymentState | undefined;
  /** The status the API now returned. */
  readonly current: PaymentState;
  /** The dossier code the payment belongs to. */
  readonly dossier: string;
}

/**
 * The payment's status, as the API returned it, is not the one shown
 * before. Also fired once for the first status loaded for a dossier (with
 * `previous: undefined`), so a page can react to the initial state the same
 * way as to a change. Never fired for a status the API did not return.
 *
 * @summary `dvc-payment-status-change`: the API returned a new status.
 */
export class DvcPaymentStatusChangeEvent extends DvcEvent<PaymentStatusChangeDetail> {
  static readonly eventName = 'dvc-payment-status-change';

  constructor(detail: PaymentStatusChangeDetail) {
    super(DvcPaymentStatusChangeEvent.eventName, detail);
  }
}

/** @summary Detail of {@link DvcPaymentStartEvent}. */
export interface PaymentStartDetail {
  /** The dossier code being paid for. */
  readonly dossier: string;
  /** The payment page the widget is about to open (from the API). */
  readonly payUrl: string;
  /**
   * The Idempotency-Key of the attempt the widget started, or `undefined`
   * when the citizen follows a pay link of an attempt the API already had.
   */
  readonly idempotencyKey: string | undefined;
}

/**
 * The widget is about to send the citizen to the payment page. Cancelable:
 * call `preventDefault()` to stay on the page (e.g. to open `payUrl` in a
 * frame or a new window yourself); the widget then keeps polling.
 *
 * @summary `dvc-payment-start` (cancelable): about to open the payment page.
 */
export class DvcPaymentStartEvent extends DvcEvent<PaymentStartDetail> {
  static readonly eventName = 'dvc-payment-start';

  constructor(detail: PaymentStartDetail) {
    super(DvcPaymentStartEvent.eventName, detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dvc-payment-status-change': DvcPaymentStatusChangeEvent;
    'dvc-payment-start': DvcPaymentStartEvent;
  }
}
