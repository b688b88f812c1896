/**
 * What a citizen can do — pay, pay again, get the receipt — with the mouse
 * and the keyboard; what the page may not do (decide an outcome through its
 * URL); and the messages for a page that is set up wrong.
 */
import '@dvc-kit/ui-core/define/dvc-context';
import type { PaymentStartDetail } from '../src/events';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  API,
  announcements,
  axeViolations,
  cleanUp,
  mount,
  noRetryClient,
  sleep,
  startMock,
  Driver,
  type Mock,
} from './harness';

let mock: Mock;
beforeAll(async () => {
  mock = await startMock();
});
afterEach(() => {
  cleanUp();
  mock.reset();
});
afterAll(() => mock.stop());

const mountFor = (code: string, polling = 'poll-min="50" poll-max="400"') =>
  mount(
    `<dvc-payment-status lang="vi" api-base="${API}" dossier="${code}" ${polling}></dvc-payment-status>`,
  );

/** Replaces the widget's navigation with a recorder (the documented override point). */
function interceptNavigation(widget: Driver): string[] {
  const urls: string[] = [];
  Object.defineProperty(widget.element, 'navigate', { value: (url: string) => urls.push(url) });
  return urls;
}

const posts = () => mock.seen.filter((r) => r.method === 'POST');

describe('pay again', () => {
  it('starts a new attempt with an Idempotency-Key and opens the payment page', async () => {
    const code = mock.code('failed');
    const widget = await mountFor(code);
    await widget.waitForStatus('Thanh toán không thành công');
    const navigated = interceptNavigation(widget);
    const starts: PaymentStartDetail[] = [];
    widget.element.addEventListener('dvc-payment-start', (e) => starts.push(e.detail));

    await widget.click('Thanh toán lại');
    await vi.waitFor(() => expect(navigated).toHaveLength(1));
    expect(posts()).toHaveLength(1);
    const key = posts()[0]!.idempotencyKey;
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(starts).toEqual([{ dossier: code, payUrl: navigated[0], idempotencyKey: key }]);
    expect(navigated[0]).toMatch(/^https?:\/\/.+/);
    // The API's answer to the start is what is shown now.
    await widget.waitForStatus('Đang chờ xác nhận thanh toán');
  });

  it('the host can cancel the navigation; the widget then keeps polling the new attempt', async () => {
    const code = mock.code('expired');
    const widget = await mountFor(code);
    await widget.waitForStatus('Đã hết hạn thanh toán');
    const navigated = interceptNavigation(widget);
    let detail: PaymentStartDetail | undefined;
    widget.element.addEventListener('dvc-payment-start', (e) => {
      detail = e.detail;
      e.preventDefault();
    });
    await widget.click('Thanh toán lại');
    await widget.waitForStatus('Đang chờ xác nhận thanh toán');
    expect(detail?.payUrl).toMatch(/^https?:\/\//);
    expect(detail?.idempotencyKey).toBe(posts()[0]!.idempotencyKey);
    expect(navigated).toEqual([]);
    mock.scenario.setPaymentState(code, 'paid');
    await widget.waitForStatus('Đã thanh toán');
  });

  it('repeats a start that failed in transit with the same key, and a new attempt with a new key', async () => {
    const code = mock.code('cancelled');
    // slow polls: the fault queued below must meet the POST, not a poll
    const widget = await mountFor(code, 'poll-min="50" poll-max="60000"');
    widget.element.client = noRetryClient();
    await widget.waitForStatus('Đã hủy thanh toán');
    widget.element.addEventListener('dvc-payment-start', (e) => e.preventDefault());
    mock.scenario.queueFault('drop', { pathPrefix: `/v1/dossiers/${code}/payment` });
    await widget.click('Thanh toán lại');
    await widget.waitForText('Không tạo được giao dịch thanh toán');
    await vi.waitFor(() =>
      expect(announcements().assertive).toBe(
        'Không tạo được giao dịch thanh toán. Vui lòng thử lại.',
      ),
    );
    await widget.click('Thanh toán lại');
    await widget.waitForStatus('Đang chờ xác nhận thanh toán');
    expect(posts().map((p) => p.idempotencyKey)).toEqual([
      posts()[0]!.idempotencyKey,
      posts()[0]!.idempotencyKey,
    ]);

    // the attempt ended: the next one is a new attempt with its own key
    mock.scenario.setPaymentState(code, 'failed');
    await widget.waitForStatus('Thanh toán không thành công', 3000);
    await widget.click('Thanh toán lại');
    await widget.waitForStatus('Đang chờ xác nhận thanh toán');
    expect(posts()).toHaveLength(3);
    expect(posts()[2]!.idempotencyKey).not.toBe(posts()[0]!.idempotencyKey);
  });

  it('a double press starts one attempt', async () => {
    const code = mock.code('failed');
    mock.scenario.queueFault('latency=300', { pathPrefix: `/v1/dossiers/${code}/payment` });
    const widget = await mountFor(code, 'poll-min="50" poll-max="60000"');
    await widget.waitForStatus('Thanh toán không thành công');
    widget.element.addEventListener('dvc-payment-start', (e) => e.preventDefault());
    mock.scenario.queueFault('latency=300', { pathPrefix: `/v1/dossiers/${code}/payment` });
    await userEvent.dblClick(widget.control('Thanh toán lại'));
    await widget.waitForStatus('Đang chờ xác nhận thanh toán');
    expect(posts()).toHaveLength(1);
  });

  it('an unpaid payment without a pay link is paid through a new attempt', async () => {
    const code = mock.code('unpaid');
    const widget = await mountFor(code);
    await widget.waitForStatus('Chưa thanh toán');
    const navigated = interceptNavigation(widget);
    await widget.click('Thanh toán');
    await vi.waitFor(() => expect(navigated).toHaveLength(1));
    expect(posts()).toHaveLength(1);
  });

  it('a pending payment links to its payment page; the host may cancel that too', async () => {
    const code = mock.code('pending');
    const widget = await mountFor(code);
    await widget.waitForStatus('Đang chờ xác nhận thanh toán');
    const link = widget.action() as HTMLAnchorElement;
    expect(link.localName).toBe('a');
    expect(link.href).toMatch(/^https?:\/\//);
    let detail: PaymentStartDetail | undefined;
    widget.element.addEventListener('dvc-payment-start', (e) => {
      detail = e.detail;
      e.preventDefault();
    });
    const before = location.href;
    await userEvent.click(link);
    expect(detail).toEqual({ dossier: code, payUrl: link.href, idempotencyKey: undefined });
    expect(location.href).toBe(before);
    expect(posts()).toHaveLength(0);
  });
});

describe('receipts and refunds', () => {
  it('a paid payment offers its e-receipt, opening in a new tab', async () => {
    const widget = await mountFor(mock.code('paid'));
    await widget.waitForStatus('Đã thanh toán');
    const link = widget.action() as HTMLAnchorElement;
    expect(link.href).toMatch(/^https?:\/\/.+\/receipts\//);
    expect(link.target).toBe('_blank');
    expect(link.textContent).toContain('(mở trong thẻ mới)');
    expect(widget.text()).toContain('Số biên lai');
  });

  it('a partial refund shows how much, when and why', async () => {
    const widget = await mountFor(mock.code('partially_refunded'));
    await widget.waitForStatus('Đã hoàn một phần');
    expect(widget.text()).toMatch(/Số tiền hoàn [\d.]+\s₫/);
    expect(widget.text()).toContain('Ngày hoàn');
    expect(widget.text()).toContain('Lý do hoàn');
  });

  it('fees are listed with their total in VND, and a free procedure says so', async () => {
    const paid = await mountFor(mock.code('paid'));
    await paid.waitForStatus('Đã thanh toán');
    const rows = [...paid.root.querySelectorAll('[part="items"] tbody tr')];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.textContent).toMatch(/[\d.]+\s₫/);
    expect(paid.root.querySelector('[part="items"] tfoot')?.textContent).toMatch(
      /Tổng cộng\s+[\d.]+\s₫/,
    );
    const free = await mountFor(mock.code('not_required'));
    await free.waitForStatus('Không phải nộp phí');
    expect(free.root.querySelector('[part="items"]')).toBeNull();
    expect(free.text()).toContain('Thủ tục này không thu phí, lệ phí.');
  });

  it('shows the deadline with a countdown while it runs', async () => {
    const widget = await mountFor(mock.code('unpaid'));
    await widget.waitForStatus('Chưa thanh toán');
    expect(widget.text()).toMatch(/Hạn thanh toán \d\d:\d\d \d\d\/\d\d\/\d{4} \(Còn lại .+\)/);
  });
});

describe('only the API decides', () => {
  it('a return URL saying ?status=success changes nothing until the API says paid', async () => {
    const original = location.href;
    history.replaceState(null, '', `${location.pathname}?status=success&vnp_ResponseCode=00#paid`);
    try {
      const code = mock.code('pending');
      const widget = await mountFor(code);
      await widget.waitForStatus('Đang chờ xác nhận thanh toán');
      await sleep(300);
      expect(widget.status()).toContain('Đang chờ xác nhận thanh toán');
      expect(widget.text()).not.toContain('Đã thanh toán');
      const unpaid = await mountFor(mock.code('unpaid'));
      await unpaid.waitForStatus('Chưa thanh toán');
      mock.scenario.setPaymentState(code, 'paid');
      await widget.waitForStatus('Đã thanh toán');
    } finally {
      history.replaceState(null, '', original);
    }
  });
});

describe('keyboard', () => {
  it('every action is reached with Tab, shows its focus, and works with Enter and Space', async () => {
    const code = mock.code('failed');
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    try {
      const widget = await mountFor(code);
      await widget.waitForStatus('Thanh toán không thành công');
      let started = 0;
      widget.element.addEventListener('dvc-payment-start', (e) => {
        started += 1;
        e.preventDefault();
      });
      before.focus();
      await userEvent.tab();
      expect(widget.focused()?.textContent?.trim()).toBe('Thanh toán lại');
      const ring = getComputedStyle(widget.focused()!);
      expect(ring.outlineStyle).toBe('solid');
      expect(parseFloat(ring.outlineWidth)).toBeGreaterThanOrEqual(2);
      await userEvent.keyboard('{Enter}');
      await vi.waitFor(() => expect(started).toBe(1));
      await widget.waitForStatus('Đang chờ xác nhận thanh toán');

      // now pending: the link to the payment page, then "Refresh"
      widget.action()!.focus();
      await userEvent.tab();
      expect(widget.focused()?.getAttribute('part')).toBe('refresh');
      expect(getComputedStyle(widget.focused()!).outlineStyle).toBe('solid');
      const polls = mock.polls(code).length;
      await userEvent.keyboard(' ');
      await vi.waitFor(() => expect(mock.polls(code).length).toBeGreaterThan(polls));
    } finally {
      before.remove();
    }
  });

  it('the retry of an error state is reached with Tab and works with Space', async () => {
    const code = mock.code('paid');
    mock.scenario.queueFault('status=500', { pathPrefix: `/v1/dossiers/${code}/payment` });
    const widget = await mount(
      `<dvc-payment-status lang="vi" dossier="${code}" poll-min="60000"></dvc-payment-status>`,
    );
    widget.element.client = noRetryClient();
    await widget.waitForText('Không tải được thông tin thanh toán.');
    expect(await axeViolations(widget.element)).toEqual([]);
    document.body.focus();
    await userEvent.tab();
    expect(widget.focused()?.textContent?.trim()).toBe('Thử lại');
    await userEvent.keyboard(' ');
    await widget.waitForStatus('Đã thanh toán');
  });
});

describe('set-up mistakes are shown, nothing is sent', () => {
  it.each([
    ['no dossier', '', 'Chưa có mã hồ sơ để tra cứu phí, lệ phí.'],
    ['an empty dossier', 'dossier=""', 'Chưa có mã hồ sơ để tra cứu phí, lệ phí.'],
    ['a malformed dossier', 'dossier="HS-123"', 'Mã hồ sơ “HS-123” không đúng định dạng.'],
  ])('%s', async (_, attribute, message) => {
    const widget = await mount(
      `<dvc-payment-status lang="vi" api-base="${API}" ${attribute}></dvc-payment-status>`,
    );
    await widget.waitForText(message);
    await sleep(100);
    expect(mock.seen).toEqual([]);
    expect(await axeViolations(widget.element)).toEqual([]);
  });

  it('no api-base and no context: a configuration message', async () => {
    const widget = await mount(
      `<dvc-payment-status lang="en" dossier="${mock.code('paid')}"></dvc-payment-status>`,
    );
    await widget.waitForText('The public-service API address is not configured.');
    expect(widget.text()).toContain('api-base');
    await sleep(100);
    expect(mock.seen).toEqual([]);
    expect(await axeViolations(widget.element)).toEqual([]);
  });

  it('takes the client and dossier from <dvc-context>; its own dossier wins; follows changes', async () => {
    const context = await mount(
      `<dvc-context api-base="${API}" dossier="${mock.code('paid')}"><dvc-payment-status lang="vi"></dvc-payment-status><dvc-payment-status lang="vi" dossier="${mock.code('unpaid')}"></dvc-payment-status></dvc-context>`,
    );
    const [fromContext, own] = [
      ...context.element.parentElement!.querySelectorAll('dvc-payment-status'),
    ].map((el) => new Driver(el));
    await fromContext!.waitForStatus('Đã thanh toán');
    await own!.waitForStatus('Chưa thanh toán');
    const changes: unknown[] = [];
    fromContext!.element.addEventListener('dvc-payment-status-change', (e) =>
      changes.push(e.detail),
    );
    context.element.closest('dvc-context')!.setAttribute('dossier', mock.code('refunded'));
    await fromContext!.waitForStatus('Đã hoàn tiền');
    expect(changes).toEqual([
      { previous: undefined, current: 'refunded', dossier: mock.code('refunded') },
    ]);
    expect(own!.status()).toContain('Chưa thanh toán');
  });
});
