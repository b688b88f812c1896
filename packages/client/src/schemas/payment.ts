/** Payments of a dossier's fees through the national payment platform. */
import * as z from 'zod/mini';
import {
  DossierCodeSchema,
  FeeItemSchema,
  HttpUrlSchema,
  TextSchema,
  TimestampSchema,
  VndSchema,
} from './common';

/**
 * Payment states. `pending` means started at the gateway but not settled;
 * only the API decides an outcome, never the browser.
 */
export const PaymentStateSchema = z.enum([
  'unpaid',
  'pending',
  'paid',
  'failed',
  'expired',
  'cancelled',
  'refunded',
  'partially_refunded',
  'not_required',
]);

/** Payment states. */
export type PaymentState = z.infer<typeof PaymentStateSchema>;

/** Why a payment failed, as the gateway reported it. */
export const PaymentFailureSchema = z.object({
  /** Gateway or platform error code. */
  code: TextSchema,
  /** A plain-text message that can be shown to the citizen. */
  message: TextSchema,
});

/** Why a payment failed. */
export type PaymentFailure = z.infer<typeof PaymentFailureSchema>;

/** The e-receipt (biên lai điện tử) of a paid payment. */
export const ReceiptSchema = z.object({
  /** Receipt number. */
  number: TextSchema,
  /** When it was issued. */
  issuedAt: TimestampSchema,
  /** Where to download it. */
  url: HttpUrlSchema,
});

/** The e-receipt (biên lai điện tử) of a paid payment. */
export type Receipt = z.infer<typeof ReceiptSchema>;

/** A full or partial refund. */
export const RefundSchema = z.object({
  /** Amount refunded, in whole VND. */
  amount: VndSchema,
  /** When it was refunded. */
  refundedAt: TimestampSchema,
  /** Plain-text reason. */
  reason: TextSchema,
});

/** A full or partial refund. */
export type Refund = z.infer<typeof RefundSchema>;

const paymentShape = {
  /** The dossier the fees belong to. */
  dossierCode: DossierCodeSchema,
  /** Fee items. */
  items: z.array(FeeItemSchema),
  /** Sum of `items[].amount`, in whole VND. */
  total: VndSchema,
  /** Always `VND`. */
  currency: z.literal('VND'),
  /** Current state. */
  status: PaymentStateSchema,
  /** Present exactly when `status` is `failed`. */
  failure: z.optional(PaymentFailureSchema),
  /** When an unpaid or pending payment stops being payable. */
  expiresAt: z.optional(TimestampSchema),
  /** The payment page to send the citizen to (http/https only). */
  payUrl: z.optional(HttpUrlSchema),
  /** Present when `paid`; kept after a refund. */
  receipt: z.optional(ReceiptSchema),
  /** Present exactly when `refunded` or `partially_refunded`. */
  refund: z.optional(RefundSchema),
  /** The payment platform's transaction reference. */
  transactionRef: z.optional(TextSchema),
  /** When anything about it last changed. */
  updatedAt: TimestampSchema,
};

type PaymentShape = z.infer<z.ZodMiniObject<typeof paymentShape>>;

const RECEIPT_ALLOWED: ReadonlySet<PaymentState> = new Set([
  'paid',
  'refunded',
  'partially_refunded',
]);

/**
 * The rules a payment obeys beyond its field types, so that a widget can trust
 * what it renders: the total adds up, a paid payment has a receipt, a failed
 * one says why, a refund says how much.
 */
function paymentRules(p: PaymentShape, ctx: z.core.$RefinementCtx<PaymentShape>): void {
  const rule = (path: PropertyKey[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message, input: p });
  const sum = p.items.reduce((acc, item) => acc + item.amount, 0);
  if (sum !== p.total) {
    rule(['total'], `total must equal the sum of items (${sum})`);
  }
  if (p.status === 'paid' && !p.receipt) {
    rule(['receipt'], 'a paid payment has a receipt');
  }
  if (p.receipt && !RECEIPT_ALLOWED.has(p.status)) {
    rule(['receipt'], `a ${p.status} payment has no receipt`);
  }
  if ((p.status === 'failed') !== (p.failure !== undefined)) {
    rule(['failure'], 'failure is present exactly when status is failed');
  }
  const refunded = p.status === 'refunded' || p.status === 'partially_refunded';
  if (refunded !== (p.refund !== undefined)) {
    rule(['refund'], 'refund is present exactly when status is (partially_)refunded');
  }
  if (p.refund) {
    const { amount } = p.refund;
    if (p.status === 'refunded' && amount !== p.total) {
      rule(['refund', 'amount'], 'a full refund equals the total');
    }
    if (p.status === 'partially_refunded' && !(amount > 0 && amount < p.total)) {
      rule(['refund', 'amount'], 'a partial refund is between 0 and the total');
    }
  }
}

/** The payment of a dossier's fees. */
export const PaymentSchema = z
  .object(paymentShape)
  .check(z.superRefine((p, ctx) => paymentRules(p, ctx)));

/** The payment of a dossier's fees. */
export type Payment = z.infer<typeof PaymentSchema>;

/**
 * The answer to starting (or retrying) a payment: the payment, now with the
 * page to send the citizen to and when that page expires.
 */
export const PaymentStartedSchema = z
  .object({ ...paymentShape, payUrl: HttpUrlSchema, expiresAt: TimestampSchema })
  .check(z.superRefine((p, ctx) => paymentRules(p, ctx)));

/** A payment that was just started: `payUrl` and `expiresAt` are present. */
export type PaymentStarted = z.infer<typeof PaymentStartedSchema>;

/** Body of `POST /dossiers/{code}/payment`. */
export const StartPaymentRequestSchema = z.object({
  /** Where the payment page sends the citizen back to (http/https). */
  returnUrl: z.optional(HttpUrlSchema),
});

/** Body of `POST /dossiers/{code}/payment`. */
export type StartPaymentRequest = z.infer<typeof StartPaymentRequestSchema>;
