import { defineMessages } from '@dvc-kit/ui-core';

/**
 * The texts of `<dvc-payment-status>`, in Vietnamese (the source of keys and
 * placeholders) and English. What every widget says (loading, retry, network
 * errors, "Cập nhật lúc …") comes from ui-core's shared catalogs instead.
 *
 * @summary vi/en messages of `<dvc-payment-status>`.
 */
export const messages = defineMessages(
  {
    heading: 'Phí, lệ phí',
    statusLabel: 'Trạng thái thanh toán',
    'status.unpaid': 'Chưa thanh toán',
    'status.pending': 'Đang chờ xác nhận thanh toán',
    'status.paid': 'Đã thanh toán',
    'status.failed': 'Thanh toán không thành công',
    'status.expired': 'Đã hết hạn thanh toán',
    'status.cancelled': 'Đã hủy thanh toán',
    'status.refunded': 'Đã hoàn tiền',
    'status.partially_refunded': 'Đã hoàn một phần',
    'status.not_required': 'Không phải nộp phí',
    'hint.unpaid': 'Vui lòng thanh toán trước hạn để hồ sơ được tiếp tục xử lý.',
    'hint.pending':
      'Hệ thống đang chờ ngân hàng xác nhận. Trang này tự cập nhật, bạn không cần thanh toán lại.',
    'hint.paid': 'Cơ quan đã nhận được khoản thanh toán của bạn.',
    'hint.failed': 'Bạn chưa bị trừ tiền cho lần thanh toán này. Bạn có thể thanh toán lại.',
    'hint.expired': 'Thời hạn thanh toán đã qua. Bạn có thể tạo lần thanh toán mới.',
    'hint.cancelled': 'Giao dịch đã bị hủy. Bạn có thể thanh toán lại.',
    'hint.refunded': 'Toàn bộ phí, lệ phí đã được hoàn lại cho bạn.',
    'hint.partially_refunded': 'Một phần phí, lệ phí đã được hoàn lại cho bạn.',
    'hint.not_required': 'Thủ tục này không thu phí, lệ phí.',
    itemsCaption: 'Các khoản phí, lệ phí phải nộp',
    itemColumn: 'Khoản',
    amountColumn: 'Số tiền',
    total: 'Tổng cộng',
    deadline: 'Hạn thanh toán',
    transactionRef: 'Mã giao dịch',
    failureCode: 'Mã lỗi',
    failureReason: 'Lý do',
    pay: 'Thanh toán',
    payAgain: 'Thanh toán lại',
    continuePaying: 'Tiếp tục thanh toán',
    starting: 'Đang tạo giao dịch…',
    startFailed: 'Không tạo được giao dịch thanh toán. Vui lòng thử lại.',
    downloadReceipt: 'Tải biên lai điện tử',
    receiptNumber: 'Số biên lai',
    refundAmount: 'Số tiền hoàn',
    refundedAt: 'Ngày hoàn',
    refundReason: 'Lý do hoàn',
    refresh: 'Cập nhật',
    refreshing: 'Đang cập nhật…',
    autoRefresh: 'Trạng thái tự động cập nhật.',
    staleNotice: 'Không cập nhật được trạng thái mới nhất. Thông tin dưới đây có thể đã cũ.',
    loadFailed: 'Không tải được thông tin thanh toán.',
    loadFailedHint:
      'Kiểm tra kết nối mạng rồi bấm “Thử lại”. Nếu vẫn lỗi, hãy thử lại sau ít phút.',
    notFoundHint:
      'Kiểm tra lại mã hồ sơ trên phiếu tiếp nhận. Nếu mã đúng, hãy đăng nhập bằng tài khoản đã nộp hồ sơ.',
    missingDossier: 'Chưa có mã hồ sơ để tra cứu phí, lệ phí.',
    missingDossierHint:
      'Quản trị trang: đặt thuộc tính dossier (ví dụ dossier="000.00.12.H48-241120-0001") cho thành phần này hoặc cho <dvc-context>.',
    invalidDossier: 'Mã hồ sơ “{code}” không đúng định dạng.',
    invalidDossierHint: 'Mã hồ sơ có dạng 000.00.12.H48-241120-0001, in trên phiếu tiếp nhận.',
    noClient: 'Chưa cấu hình địa chỉ dịch vụ công.',
    noClientHint:
      'Quản trị trang: đặt thuộc tính api-base (ví dụ api-base="/dvc/v1") cho thành phần này hoặc bọc nó trong <dvc-context api-base="…">.',
    announceStatus: 'Trạng thái thanh toán: {status}',
  },
  {
    heading: 'Fees and charges',
    statusLabel: 'Payment status',
    'status.unpaid': 'Not paid',
    'status.pending': 'Waiting for payment confirmation',
    'status.paid': 'Paid',
    'status.failed': 'Payment failed',
    'status.expired': 'Payment deadline passed',
    'status.cancelled': 'Payment cancelled',
    'status.refunded': 'Refunded',
    'status.partially_refunded': 'Partly refunded',
    'status.not_required': 'No fee to pay',
    'hint.unpaid': 'Please pay before the deadline so that your dossier can be processed.',
    'hint.pending':
      'We are waiting for the bank to confirm. This page updates by itself; you do not need to pay again.',
    'hint.paid': 'The agency has received your payment.',
    'hint.failed': 'You were not charged for this attempt. You can pay again.',
    'hint.expired': 'The time to pay has passed. You can start a new payment.',
    'hint.cancelled': 'The transaction was cancelled. You can pay again.',
    'hint.refunded': 'All fees and charges have been refunded to you.',
    'hint.partially_refunded': 'Part of the fees and charges has been refunded to you.',
    'hint.not_required': 'This procedure has no fees or charges.',
    itemsCaption: 'Fees and charges',
    itemColumn: 'Item',
    amountColumn: 'Amount',
    total: 'Total',
    deadline: 'Pay by',
    transactionRef: 'Transaction reference',
    failureCode: 'Error code',
    failureReason: 'Reason',
    pay: 'Pay',
    payAgain: 'Pay again',
    continuePaying: 'Continue paying',
    starting: 'Creating the transaction…',
    startFailed: 'The payment could not be started. Please try again.',
    downloadReceipt: 'Download the e-receipt',
    receiptNumber: 'Receipt number',
    refundAmount: 'Amount refunded',
    refundedAt: 'Refunded on',
    refundReason: 'Reason for the refund',
    refresh: 'Refresh',
    refreshing: 'Refreshing…',
    autoRefresh: 'This status updates automatically.',
    staleNotice: 'The latest status could not be loaded. What you see below may be out of date.',
    loadFailed: 'The payment details could not be loaded.',
    loadFailedHint:
      'Check your connection, then select “Try again”. If it still fails, try again in a few minutes.',
    notFoundHint:
      'Check the dossier code on your receipt slip. If it is right, sign in with the account that submitted the dossier.',
    missingDossier: 'No dossier code was given to look up its fees.',
    missingDossierHint:
      'Site editors: set the dossier attribute (e.g. dossier="000.00.12.H48-241120-0001") on this element or on <dvc-context>.',
    invalidDossier: 'The dossier code “{code}” is not in the right format.',
    invalidDossierHint:
      'A dossier code looks like 000.00.12.H48-241120-0001; it is on your receipt slip.',
    noClient: 'The public-service API address is not configured.',
    noClientHint:
      'Site editors: set the api-base attribute (e.g. api-base="/dvc/v1") on this element, or wrap it in <dvc-context api-base="…">.',
    announceStatus: 'Payment status: {status}',
  },
);

/** A message key of this widget. */
export type PaymentMessageKey = keyof typeof messages.catalogs.vi;
