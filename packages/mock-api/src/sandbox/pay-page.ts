/**
 * The sandbox payment page, standing in for the national payment platform:
 * a tester picks success, a failure (with a gateway code) or cancel; the
 * store is updated and the browser goes back to the return URL given when the
 * payment was started, if it is on an allowed origin. The return trip carries
 * nothing: the widget must ask the API what happened.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PAYMENT_FAILURES, isPaymentFailureCode } from '../seed/payments';
import type { MockStore, PaymentOutcome } from '../store/store';
import type { PaymentRecord } from '../store/types';
import { bi, html, redirect, sendPage } from './html';
import { readForm } from './http';

const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' });
const time = new Intl.DateTimeFormat('vi-VN', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Asia/Ho_Chi_Minh',
});

/** Options of {@link createPayPage}. */
export interface PayPageOptions {
  store: MockStore;
  origin: string;
  /** Origins besides the sandbox's own that a return URL may point to (e.g. Storybook). */
  returnOrigins: readonly string[];
}

/** Creates the `/pay/*` and `/receipts/*` routes; `handle` resolves false for other paths. */
export function createPayPage(options: PayPageOptions) {
  const { store } = options;
  const allowed = new Set([options.origin, ...options.returnOrigins.map((o) => new URL(o).origin)]);

  function returnTarget(returnUrl: string | undefined): string | undefined {
    if (!returnUrl) return undefined;
    try {
      const url = new URL(returnUrl);
      return allowed.has(url.origin) ? url.href : undefined;
    } catch {
      return undefined;
    }
  }

  function items(payment: PaymentRecord) {
    const total = payment.items.reduce((sum, i) => sum + i.amount, 0);
    return html`<table>
      <caption class="en">
        ${bi('Các khoản phí, lệ phí', 'Fees')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${bi('Khoản', 'Item')}</th>
          <th scope="col" class="num">${bi('Số tiền', 'Amount')}</th>
        </tr>
      </thead>
      <tbody>
        ${payment.items.map(
          (i) =>
            html`<tr>
              <td>${i.name}</td>
              <td class="num">${vnd.format(i.amount)}</td>
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${bi('Tổng cộng', 'Total')}</th>
          <td class="num"><strong>${vnd.format(total)}</strong></td>
        </tr>
      </tfoot>
    </table>`;
  }

  function stale(res: ServerResponse, code: string, payment: PaymentRecord | undefined) {
    sendPage(
      res,
      409,
      'Giao dịch không còn hiệu lực',
      html`<h1>${bi('Giao dịch không còn hiệu lực', 'This payment attempt is no longer open')}</h1>
        <p>
          ${bi(`Hồ sơ ${code}: trạng thái thanh toán hiện tại là`, `Dossier ${code}: the payment is now`)}
          <code>${payment?.status ?? 'không có / none'}</code>.
        </p>
        <p><a href="/">${bi('Về trang chủ sandbox', 'Sandbox home')}</a></p>`,
    );
  }

  function form(res: ServerResponse, code: string, attempt: string, payment: PaymentRecord) {
    const dossier = store.dossier(code);
    const procedure = dossier ? store.procedure(dossier.procedureCode) : undefined;
    sendPage(
      res,
      200,
      'Cổng thanh toán (thử nghiệm)',
      html`<h1>${bi('Thanh toán phí, lệ phí', 'Pay fees')}</h1>
        <p>
          ${bi('Cổng thanh toán thử nghiệm: không có giao dịch thật. Chọn kết quả để kiểm thử.', 'Sandbox payment gateway: no real money moves. Choose the outcome to test.')}
        </p>
        <dl>
          <dt>${bi('Mã hồ sơ', 'Dossier')}</dt>
          <dd><code>${code}</code></dd>
          ${
            procedure
              ? html`<dt>${bi('Thủ tục', 'Procedure')}</dt>
                  <dd>${procedure.name}</dd>`
              : ''
          }
          ${
            payment.expiresAt
              ? html`<dt>${bi('Hết hạn lúc', 'Expires at')}</dt>
                  <dd>${time.format(payment.expiresAt)}</dd>`
              : ''
          }
        </dl>
        ${items(payment)}
        <form method="post" action="/pay/${encodeURIComponent(code)}">
          <input type="hidden" name="attempt" value="${attempt}" />
          <fieldset>
            <legend>${bi('Kết quả giao dịch', 'Outcome')}</legend>
            <label class="choice"
              ><input type="radio" name="outcome" value="success" checked />
              <span>${bi('Thanh toán thành công', 'Payment succeeds')}</span></label
            >
            <label class="choice"
              ><input type="radio" name="outcome" value="failure" />
              <span>${bi('Thanh toán thất bại', 'Payment fails')}</span></label
            >
            <label for="failureCode">${bi('Mã lỗi khi thất bại', 'Failure code')}</label><br />
            <select id="failureCode" name="failureCode">
              ${Object.entries(PAYMENT_FAILURES).map(([value, message]) => html`<option value="${value}">${value} — ${message}</option>`)}
            </select>
            <label class="choice"
              ><input type="radio" name="outcome" value="cancel" />
              <span>${bi('Hủy giao dịch', 'Cancel')}</span></label
            >
          </fieldset>
          <button type="submit">${bi('Xác nhận', 'Confirm')}</button>
        </form>`,
    );
  }

  async function submit(req: IncomingMessage, res: ServerResponse, code: string) {
    const data = await readForm(req);
    const attempt = data.get('attempt') ?? '';
    const choice = data.get('outcome');
    const failureCode = data.get('failureCode') ?? 'BANK_DECLINED';
    let outcome: PaymentOutcome;
    if (choice === 'success') outcome = { kind: 'success' };
    else if (choice === 'cancel') outcome = { kind: 'cancel' };
    else if (choice === 'failure' && isPaymentFailureCode(failureCode)) {
      outcome = { kind: 'failure', code: failureCode };
    } else {
      sendPage(
        res,
        400,
        'Yêu cầu không hợp lệ',
        html`<h1>${bi('Yêu cầu không hợp lệ', 'Invalid request')}</h1>`,
      );
      return;
    }
    const returnUrl = store.payment(code)?.attempt?.returnUrl;
    const settled = store.settlePayment(code, attempt, outcome);
    if (!settled.ok) {
      stale(res, code, store.payment(code));
      return;
    }
    const target = returnTarget(returnUrl);
    if (target) {
      redirect(res, target);
      return;
    }
    sendPage(
      res,
      200,
      'Đã ghi nhận kết quả',
      html`<h1>${bi('Đã ghi nhận kết quả giao dịch', 'Outcome recorded')}</h1>
        <p>
          ${bi(`Trạng thái thanh toán của hồ sơ ${code}:`, `Payment status of dossier ${code}:`)}
          <code>${settled.payment.status}</code>
        </p>
        <p><a href="/">${bi('Về trang chủ sandbox', 'Sandbox home')}</a></p>`,
    );
  }

  function receipt(res: ServerResponse, number: string) {
    const code = store.dossierCodes().find((c) => store.payment(c)?.receipt?.number === number);
    const payment = code ? store.payment(code) : undefined;
    if (!code || !payment?.receipt) {
      sendPage(
        res,
        404,
        'Không tìm thấy biên lai',
        html`<h1>${bi('Không tìm thấy biên lai', 'Receipt not found')}</h1>`,
      );
      return;
    }
    sendPage(
      res,
      200,
      `Biên lai ${number}`,
      html`<h1>${bi('Biên lai điện tử', 'E-receipt')} <code>${number}</code></h1>
        <p>
          ${bi('Bản minh họa của môi trường thử nghiệm, không có giá trị pháp lý.', 'Sandbox illustration, not a legal document.')}
        </p>
        <dl>
          <dt>${bi('Mã hồ sơ', 'Dossier')}</dt>
          <dd><code>${code}</code></dd>
          <dt>${bi('Ngày lập', 'Issued')}</dt>
          <dd>${time.format(payment.receipt.issuedAt)}</dd>
          ${
            payment.transactionRef
              ? html`<dt>${bi('Mã giao dịch', 'Transaction')}</dt>
                  <dd><code>${payment.transactionRef}</code></dd>`
              : ''
          }
        </dl>
        ${items(payment)}`,
    );
  }

  return {
    async handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
      const url = new URL(req.url ?? '/', options.origin);
      const pay = /^\/pay\/([^/]+)$/.exec(url.pathname);
      if (pay) {
        const code = decodeURIComponent(pay[1] as string).toUpperCase();
        if (req.method === 'POST') {
          await submit(req, res, code);
          return true;
        }
        const attempt = url.searchParams.get('attempt') ?? '';
        const payment = store.payment(code);
        if (!payment || payment.status !== 'pending' || payment.attempt?.id !== attempt) {
          stale(res, code, payment);
        } else {
          form(res, code, attempt, payment);
        }
        return true;
      }
      const rec = /^\/receipts\/([^/]+)$/.exec(url.pathname);
      if (rec && req.method === 'GET') {
        receipt(res, decodeURIComponent(rec[1] as string));
        return true;
      }
      return false;
    },
  };
}
