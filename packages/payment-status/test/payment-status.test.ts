import type { PaymentState } from '@dvc-kit/client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ALL_STATES, API, axeViolations, cleanUp, mount, startMock, type Mock } from './harness';

let mock: Mock;
beforeAll(async () => {
  mock = await startMock();
});
afterEach(() => {
  cleanUp();
  mock.reset();
});
afterAll(() => mock.stop());

/** What each status shows (vi), and its main action, if any. */
const EXPECTED: Record<PaymentState, { status: string; action: string | null }> = {
  unpaid: { status: 'Chưa thanh toán', action: 'Thanh toán' },
  pending: { status: 'Đang chờ xác nhận thanh toán', action: 'Tiếp tục thanh toán' },
  paid: { status: 'Đã thanh toán', action: 'Tải biên lai điện tử' },
  failed: { status: 'Thanh toán không thành công', action: 'Thanh toán lại' },
  expired: { status: 'Đã hết hạn thanh toán', action: 'Thanh toán lại' },
  cancelled: { status: 'Đã hủy thanh toán', action: 'Thanh toán lại' },
  refunded: { status: 'Đã hoàn tiền', action: 'Tải biên lai điện tử' },
  partially_refunded: { status: 'Đã hoàn một phần', action: 'Tải biên lai điện tử' },
  not_required: { status: 'Không phải nộp phí', action: null },
};

describe('axe', () => {
  for (const lang of ['vi', 'en'] as const) {
    it.each(ALL_STATES)(`finds no violation with status %s (${lang})`, async (state) => {
      const widget = await mount(
        `<main lang="${lang}"><dvc-payment-status api-base="${API}" dossier="${mock.code(state)}"></dvc-payment-status></main>`,
      );
      await widget.waitForStatus(lang === 'vi' ? EXPECTED[state].status : '');
      await widget.waitForText(lang === 'vi' ? 'Cập nhật lúc' : 'Last updated at');
      expect(await axeViolations(widget.element)).toEqual([]);
    });
  }
});

describe('every status', () => {
  it.each(ALL_STATES)('%s is shown as text with an icon and its action', async (state) => {
    const widget = await mount(
      `<dvc-payment-status api-base="${API}" dossier="${mock.code(state)}"></dvc-payment-status>`,
    );
    const { status, action } = EXPECTED[state];
    await widget.waitForStatus(status);
    const line = widget.root.querySelector('[part="status"]')!;
    expect(line.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(line.textContent).toContain('Trạng thái thanh toán');
    if (action) expect(widget.action()?.textContent?.trim().startsWith(action)).toBe(true);
    else expect(widget.action()).toBeNull();
  });
});
