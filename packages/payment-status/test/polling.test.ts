/**
 * How the widget keeps the status current against the mock backend, in real
 * time with small intervals: progression and announcements, backoff, pause
 * while hidden, one request at a time, abort on removal, errors.
 */
import type { PaymentStatusChangeDetail } from '../src/events';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  announcements,
  API,
  cleanUp,
  mount,
  noRetryClient,
  setVisibility,
  sleep,
  startMock,
  type Driver,
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

const paymentPath = (code: string) => `/v1/dossiers/${code}/payment`;

async function mountFor(
  code: string,
  attributes = 'poll-min="50" poll-max="400"',
  client?: 'no-retry',
): Promise<Driver> {
  const widget = await mount(
    `<dvc-payment-status lang="vi" ${client ? '' : `api-base="${API}"`} dossier="${code}" ${attributes}></dvc-payment-status>`,
  );
  if (client) {
    widget.element.client = noRetryClient();
    await widget.element.updateComplete;
  }
  return widget;
}

function recordChanges(widget: Driver): PaymentStatusChangeDetail[] {
  const changes: PaymentStatusChangeDetail[] = [];
  widget.element.addEventListener('dvc-payment-status-change', (event) => {
    changes.push(event.detail);
  });
  return changes;
}

describe('progression', () => {
  it('pending → paid: shows it, announces it, fires the change event, then stops polling', async () => {
    const code = mock.code('pending');
    const container = document.createElement('div');
    document.body.append(container);
    const changes: PaymentStatusChangeDetail[] = [];
    // Listening before the element exists: the first load fires too.
    container.addEventListener('dvc-payment-status-change', (e) => changes.push(e.detail));
    container.innerHTML = `<dvc-payment-status lang="vi" api-base="${API}" dossier="${code}" poll-min="50" poll-max="200"></dvc-payment-status>`;
    const { Driver } = await import('./harness');
    const widget = new Driver(container.querySelector('dvc-payment-status')!);
    await widget.waitForStatus('Đang chờ xác nhận thanh toán');
    expect(changes).toEqual([{ previous: undefined, current: 'pending', dossier: code }]);
    // The first status is shown, not announced.
    expect(announcements().polite).toBe('');

    await vi.waitFor(() => expect(mock.polls(code).length).toBeGreaterThanOrEqual(3));
    mock.scenario.setPaymentState(code, 'paid');
    await widget.waitForStatus('Đã thanh toán');
    expect(widget.action()?.textContent).toContain('Tải biên lai điện tử');
    expect(changes).toEqual([
      { previous: undefined, current: 'pending', dossier: code },
      { previous: 'pending', current: 'paid', dossier: code },
    ]);
    await vi.waitFor(() =>
      expect(announcements().polite).toBe('Trạng thái thanh toán: Đã thanh toán'),
    );

    const polls = mock.polls(code).length;
    await sleep(600);
    expect(mock.polls(code).length).toBe(polls);
    container.remove();
  });

  it('the mock settles a payment after some polls on its own', async () => {
    const code = mock.code('failed');
    mock.use({ settleAfterPolls: 3 });
    const widget = await mountFor(code);
    const changes = recordChanges(widget);
    await widget.waitForStatus('Thanh toán không thành công');
    // A failed payment is retried by the citizen; the host lets the widget stay on the page.
    widget.element.addEventListener('dvc-payment-start', (e) => e.preventDefault());
    await widget.click('Thanh toán lại');
    await widget.waitForStatus('Đang chờ xác nhận thanh toán');
    await widget.waitForStatus('Đã thanh toán');
    // the first load fires too (previous: undefined), then each change
    expect(changes.map((c) => [c.previous, c.current])).toEqual([
      [undefined, 'failed'],
      ['failed', 'pending'],
      ['pending', 'paid'],
    ]);
  });

  it('announces a failed payment assertively', async () => {
    const code = mock.code('pending');
    const widget = await mountFor(code);
    await widget.waitForStatus('Đang chờ xác nhận thanh toán');
    mock.scenario.setPaymentState(code, 'failed', { failureCode: 'INSUFFICIENT_FUNDS' });
    await widget.waitForStatus('Thanh toán không thành công');
    // The gateway's code and message, as plain text.
    expect(widget.text()).toContain('INSUFFICIENT_FUNDS');
    expect(widget.text()).toContain('Tài khoản không đủ số dư để thực hiện giao dịch.');
    await vi.waitFor(() =>
      expect(announcements().assertive).toBe('Trạng thái thanh toán: Thanh toán không thành công'),
    );
  });
});

describe('backoff', () => {
  it('waits longer after each poll that brought nothing new, from poll-min', async () => {
    const code = mock.code('pending');
    await mountFor(code, 'poll-min="100" poll-max="5000"');
    await vi.waitFor(() => expect(mock.polls(code).length).toBeGreaterThanOrEqual(5), {
      timeout: 5000,
    });
    const times = mock.polls(code).slice(0, 5);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    // Waits of 100, 200, 400, 800 ms, each spread by ±20 % (never under
    // poll-min), plus the answer's own time and scheduling noise on a busy
    // machine — so bounds are loose, but a constant interval fails them all.
    const label = gaps.map(Math.round).join(', ');
    expect(gaps[0], label).toBeGreaterThanOrEqual(80);
    expect(gaps[3], label).toBeGreaterThanOrEqual(640 - 20);
    expect(gaps[3], label).toBeLessThan(960 + 400);
    expect(gaps[2], label).toBeGreaterThan(gaps[0]!);
    expect(gaps[3], label).toBeGreaterThan(gaps[1]!);
  });

  it('never waits longer than poll-max', async () => {
    const code = mock.code('pending');
    await mountFor(code, 'poll-min="100" poll-max="300"');
    await vi.waitFor(() => expect(mock.polls(code).length).toBeGreaterThanOrEqual(7), {
      timeout: 6000,
    });
    const times = mock.polls(code).slice(0, 7);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    // 100, 200, then 300 (jitter only downwards at the cap), not 400, 800, 1600:
    // the median of the last three is robust to one slow answer on a busy machine.
    const label = gaps.map(Math.round).join(', ');
    const median = [...gaps.slice(-3)].sort((a, b) => a - b)[1]!;
    expect(median, label).toBeGreaterThanOrEqual(240 - 20);
    expect(median, label).toBeLessThan(500);
  });

  it('polls an unpaid payment slowly, at poll-max', async () => {
    const code = mock.code('unpaid');
    await mountFor(code, 'poll-min="20" poll-max="300"');
    await sleep(700);
    // one load, then one poll every ~300 ms (±20 %): 2 or 3, never the 6+ of poll-min backoff
    expect(mock.polls(code).length).toBeGreaterThanOrEqual(2);
    expect(mock.polls(code).length).toBeLessThanOrEqual(4);
  });
});

describe('visibility', () => {
  it('pauses while the tab is hidden and refreshes at once when it returns', async () => {
    const code = mock.code('pending');
    // a steady 600 ms (±20 %) between polls
    const widget = await mountFor(code, 'poll-min="600" poll-max="600"');
    await vi.waitFor(() => expect(mock.polls(code).length).toBe(2), { timeout: 3000 });
    setVisibility('hidden');
    await sleep(100); // a request already on its way may finish
    const whileHidden = mock.polls(code).length;
    await sleep(1500); // two polls or more, were it not hidden
    expect(mock.polls(code).length).toBe(whileHidden);

    mock.scenario.setPaymentState(code, 'paid');
    const shownAt = performance.now();
    setVisibility('visible');
    await widget.waitForStatus('Đã thanh toán');
    expect(mock.polls(code).length).toBe(whileHidden + 1);
    // at once, not after the next 480–720 ms wait
    expect(mock.polls(code).at(-1)! - shownAt).toBeLessThan(300);
  });
});

describe('one request at a time', () => {
  it('never has two requests in flight, even when asked to refresh during a slow one', async () => {
    const code = mock.code('pending');
    mock.scenario.queueFault('latency=250', { times: 100, pathPrefix: paymentPath(code) });
    let inFlight = 0;
    let most = 0;
    const realFetch = window.fetch;
    window.fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (!url.includes(paymentPath(code))) return realFetch(input, init);
      inFlight += 1;
      most = Math.max(most, inFlight);
      try {
        return await realFetch(input, init);
      } finally {
        inFlight -= 1;
      }
    };
    try {
      const started = performance.now();
      const widget = await mountFor(code, 'poll-min="20" poll-max="40"');
      await widget.waitForStatus('Đang chờ xác nhận thanh toán', 3000);
      for (let i = 0; i < 4; i++) {
        await widget.refresh();
        setVisibility('hidden');
        setVisibility('visible');
        await sleep(60);
      }
      await sleep(600);
      expect(most).toBe(1);
      // one after the other: at most one request per 250 ms of latency
      const elapsed = performance.now() - started;
      expect(mock.polls(code).length).toBeLessThanOrEqual(Math.ceil(elapsed / 250));
      expect(mock.polls(code).length).toBeGreaterThanOrEqual(3);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('aborts the request in flight when the element leaves the page, and sends no more', async () => {
    const code = mock.code('pending');
    mock.scenario.queueFault('latency=400', { times: 10, pathPrefix: paymentPath(code) });
    const outcomes: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      const promise = realFetch(input, init);
      promise.then(
        () => outcomes.push('answered'),
        (e: Error) => outcomes.push(e.name),
      );
      return promise;
    };
    try {
      const widget = await mountFor(code, 'poll-min="30" poll-max="30"');
      await vi.waitFor(() => expect(mock.polls(code)).toHaveLength(1));
      widget.element.remove();
      await vi.waitFor(() => expect(outcomes).toEqual(['AbortError']));
      await sleep(500);
      expect(mock.polls(code)).toHaveLength(1);
      expect(outcomes).toEqual(['AbortError']);
    } finally {
      window.fetch = realFetch;
    }
  });
});

describe('errors', () => {
  it('keeps the last payment, says when it was updated, and its retry works', async () => {
    const code = mock.code('pending');
    const widget = await mountFor(code, 'poll-min="60000" poll-max="60000"', 'no-retry');
    await widget.waitForStatus('Đang chờ xác nhận thanh toán');
    const time = new Intl.DateTimeFormat('vi-VN', {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'Asia/Ho_Chi_Minh',
    }).format(new Date());
    await widget.waitForText(`Cập nhật lúc ${time}`);
    const before = widget.text();

    mock.scenario.queueFault('status=503', { pathPrefix: paymentPath(code) });
    await widget.refresh();
    await widget.waitForText('Không cập nhật được trạng thái mới nhất');
    // Still the last known payment: status, fees, deadline, when it was last updated
    expect(widget.status()).toContain('Đang chờ xác nhận thanh toán');
    expect(widget.text()).toContain(`Cập nhật lúc ${time}`);
    expect(widget.text()).toContain(before.slice(before.indexOf('Khoản'), before.indexOf('Tổng')));
    await vi.waitFor(() =>
      expect(announcements().polite).toContain('Không cập nhật được trạng thái mới nhất'),
    );

    mock.scenario.setPaymentState(code, 'paid');
    await widget.click('Thử lại');
    await widget.waitForStatus('Đã thanh toán');
    expect(widget.text()).not.toContain('Không cập nhật được');
  });

  it('a network failure on the first load shows what to do and a working retry', async () => {
    const code = mock.code('unpaid');
    mock.scenario.queueFault('drop', { pathPrefix: paymentPath(code) });
    const widget = await mountFor(code, 'poll-min="60000" poll-max="60000"', 'no-retry');
    await widget.waitForText('Không tải được thông tin thanh toán.');
    expect(widget.text()).toContain('Không kết nối được. Vui lòng kiểm tra mạng và thử lại.');
    await vi.waitFor(() =>
      expect(announcements().assertive).toBe('Không tải được thông tin thanh toán.'),
    );
    await widget.click('Thử lại');
    await widget.waitForStatus('Chưa thanh toán');
  });

  it('a malformed answer is an error state, not a crash', async () => {
    const code = mock.code('paid');
    mock.scenario.queueFault('malformed', { pathPrefix: paymentPath(code) });
    const widget = await mountFor(code, '', 'no-retry');
    await widget.waitForText('Không tải được thông tin thanh toán.');
    expect(widget.text()).toContain('Đã có lỗi xảy ra.');
    expect(widget.control('Thử lại')).toBeTruthy();
  });

  it('an unknown dossier says how to find the right code', async () => {
    const widget = await mountFor('000.00.12.H48-241120-9999', '', 'no-retry');
    await widget.waitForText('Không tìm thấy thông tin bạn yêu cầu.');
    expect(widget.text()).toContain('phiếu tiếp nhận');
  });
});
