/** Payment failure codes of the sandbox gateway, with citizen-facing messages. */
import type { PaymentFailure } from '@dvc-kit/client';

/** Failure codes a tester can pick on the pay page, with Vietnamese messages. */
export const PAYMENT_FAILURES = {
  BANK_DECLINED:
    'Ngân hàng từ chối giao dịch. Vui lòng liên hệ ngân hàng hoặc chọn phương thức khác.',
  INSUFFICIENT_FUNDS: 'Tài khoản không đủ số dư để thực hiện giao dịch.',
  OTP_INVALID: 'Mã xác thực giao dịch (OTP) không đúng hoặc đã hết hiệu lực.',
  GATEWAY_TIMEOUT: 'Hệ thống thanh toán không phản hồi kịp. Giao dịch chưa bị trừ tiền.',
  CARD_LOCKED: 'Thẻ hoặc tài khoản đang bị khóa.',
} as const;

/** A failure code of the sandbox gateway. */
export type PaymentFailureCode = keyof typeof PAYMENT_FAILURES;

/** The failure object for `code`. */
export function paymentFailure(code: PaymentFailureCode): PaymentFailure {
  return { code, message: PAYMENT_FAILURES[code] };
}

/** Whether `code` is one of {@link PAYMENT_FAILURES}. */
export function isPaymentFailureCode(code: string): code is PaymentFailureCode {
  return Object.hasOwn(PAYMENT_FAILURES, code);
}
