import type { PaymentState } from '@dvc-kit/client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import './browser-commands';
import {
  ALL_STATES,
  API,
  axeViolations,
  cleanUp,
  mount,
  noRetryClient,
  startMock,
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

describe('axe in other states and themes', () => {
  it.each(['vi', 'en'])('while loading (%s)', async (lang) => {
    const code = mock.code('pending');
    mock.scenario.queueFault('latency=2000', { pathPrefix: `/v1/dossiers/${code}/payment` });
    const widget = await mount(
      `<main lang="${lang}"><dvc-payment-status api-base="${API}" dossier="${code}"></dvc-payment-status></main>`,
    );
    expect(widget.root.querySelector('.skeleton')).not.toBeNull();
    expect(await axeViolations(widget.element)).toEqual([]);
  });

  it.each(['vi', 'en'])('with stale data after an error (%s)', async (lang) => {
    const code = mock.code('failed');
    const widget = await mount(
      `<main lang="${lang}"><dvc-payment-status dossier="${code}" poll-min="60000"></dvc-payment-status></main>`,
    );
    widget.element.client = noRetryClient();
    await widget.waitForText(lang === 'vi' ? 'Cập nhật lúc' : 'Last updated at');
    mock.scenario.queueFault('status=503', { pathPrefix: `/v1/dossiers/${code}/payment` });
    await widget.refresh();
    await widget.waitForText(lang === 'vi' ? 'Không cập nhật được' : 'could not be loaded');
    expect(await axeViolations(widget.element)).toEqual([]);
  });

  it('several widgets on one page are regions with distinct names', async () => {
    const codes = [mock.code('pending'), mock.code('paid'), mock.code('expired')];
    const first = await mount(
      `<main lang="vi">${codes
        .map(
          (code) =>
            `<dvc-payment-status api-base="${API}" dossier="${code}" heading-level="3"></dvc-payment-status>`,
        )
        .join('')}</main>`,
    );
    await first.waitForText('Cập nhật lúc');
    const names = [...first.element.parentElement!.querySelectorAll('dvc-payment-status')].map(
      (el) => {
        const section = el.shadowRoot!.querySelector('section')!;
        return section
          .getAttribute('aria-labelledby')!
          .split(' ')
          .map((id) => el.shadowRoot!.getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim())
          .join(' ');
      },
    );
    expect(names).toEqual(codes.map((code) => `Phí, lệ phí Mã hồ sơ: ${code}`));
    expect(await axeViolations(first.element)).toEqual([]);
  });

  for (const theme of ['dark', 'hue']) {
    it.each(['pending', 'paid', 'failed', 'unpaid'] as const)(
      `with status %s in the ${theme} theme`,
      async (state) => {
        const widget = await mount(
          `<main lang="vi" data-dvc-theme="${theme}"><dvc-payment-status api-base="${API}" dossier="${mock.code(state)}"></dvc-payment-status></main>`,
        );
        await widget.waitForStatus(EXPECTED[state].status);
        expect(await axeViolations(widget.element)).toEqual([]);
      },
    );
  }
});

describe('forced colours', () => {
  it('keeps the status box, buttons and focus ring visible', async () => {
    await commands.emulateForcedColors('active');
    try {
      const widget = await mount(
        `<dvc-payment-status lang="vi" api-base="${API}" dossier="${mock.code('failed')}"></dvc-payment-status>`,
      );
      await widget.waitForStatus(EXPECTED.failed.status);
      const status = getComputedStyle(widget.root.querySelector('[part="status"]')!);
      expect(status.borderTopStyle).toBe('solid');
      for (const control of widget.controls()) {
        const style = getComputedStyle(control);
        expect(style.borderTopStyle, control.textContent ?? '').toBe('solid');
        expect(parseFloat(style.borderTopWidth)).toBeGreaterThan(0);
      }
    } finally {
      await commands.emulateForcedColors('none');
    }
  });
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

describe('language of parts (WCAG 3.1.2)', () => {
  /** The `lang` that applies to the text node `text` is in, inside the widget (null: the page's). */
  function langOf(root: ShadowRoot, text: string): (string | null)[] {
    const found: (string | null)[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeValue?.trim() !== text) continue;
      found.push(node.parentElement!.closest('[lang]')?.getAttribute('lang') ?? null);
    }
    return found;
  }

  for (const lang of ['en', 'vi'] as const) {
    it.each(['pending', 'failed', 'refunded'] as const)(
      `texts from the API (fee names, failure message, refund reason) in ${lang}: %s`,
      async (state) => {
        const code = mock.code(state);
        const payment = await noRetryClient().payments.get(code);
        const fromApi = [
          ...payment.items.map((item) => item.name),
          payment.failure?.message,
          payment.refund?.reason,
        ].filter((text): text is string => !!text);
        expect(fromApi.length).toBeGreaterThan(0);
        const widget = await mount(
          `<main lang="${lang}"><dvc-payment-status api-base="${API}" dossier="${code}"></dvc-payment-status></main>`,
        );
        await widget.waitForText(lang === 'vi' ? 'Cập nhật lúc' : 'Last updated at');
        for (const text of fromApi) {
          const langs = langOf(widget.root, text);
          expect(langs.length, text).toBeGreaterThan(0);
          // Vietnamese API text in an English widget says so; in Vietnamese it needs nothing.
          expect(langs, text).toEqual(langs.map(() => (lang === 'en' ? 'vi' : null)));
        }
        // The widget's own texts are in the page's language.
        expect(langOf(widget.root, widget.status()!)).not.toContain('vi');
      },
    );
  }
});
