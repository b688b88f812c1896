/**
 * The page must not jump when the payment arrives: the skeleton shown while
 * loading has the height of the loaded widget for a typical payment, on a
 * small phone (320 px) and a desktop (1280 px).
 */
import type { PaymentState } from '@dvc-kit/client';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { API, cleanUp, mount, startMock, type Mock } from './harness';
import { lineCount, textRanges } from '../../../test-support/text-layout';

let mock: Mock;
beforeAll(async () => {
  mock = await startMock();
});
afterEach(() => {
  cleanUp();
  mock.reset();
});
afterAll(async () => {
  mock.stop();
  await page.viewport(414, 896);
});

async function heights(state: PaymentState, lang: 'vi' | 'en') {
  const code = mock.code(state);
  mock.scenario.queueFault('latency=400', { pathPrefix: `/v1/dossiers/${code}/payment` });
  const widget = await mount(
    `<dvc-payment-status lang="${lang}" api-base="${API}" dossier="${code}" poll-min="60000"></dvc-payment-status>`,
  );
  const loading = widget.element.getBoundingClientRect().height;
  expect(widget.element.shadowRoot!.querySelector('[aria-busy="true"] .skeleton')).not.toBeNull();
  await vi.waitFor(() => expect(widget.element.shadowRoot!.querySelector('.skeleton')).toBeNull(), {
    timeout: 3000,
  });
  expect(
    widget.element.shadowRoot!.querySelector('[aria-busy="false"] [part="status"]'),
  ).not.toBeNull();
  const loaded = widget.element.getBoundingClientRect().height;
  widget.element.parentElement!.remove();
  return { loading, loaded };
}

describe.each([320, 1280])('at %i px', (width) => {
  // The typical payment this widget follows: pending, one fee, a deadline and
  // a transaction reference (the skeleton is drawn from such a payment).
  it.each(['vi', 'en'] as const)(
    'a typical (pending) payment in %s: loading and loaded differ by at most 4 px',
    async (lang) => {
      await page.viewport(width, 900);
      {
        const { loading, loaded } = await heights('pending', lang);
        expect(Math.abs(loaded - loading), `${lang}: ${loading} → ${loaded}`).toBeLessThanOrEqual(
          4,
        );
      }
    },
  );
});

describe('the dossier code at 320 px', () => {
  /** The longest seeded dossier code. */
  const longestCode = () =>
    Object.values(mock.scenario.codes).reduce((a, b) => (b.length > a.length ? b : a));

  it.each(['vi', 'en'] as const)(
    'is never split across lines, and nothing scrolls sideways (%s)',
    async (lang) => {
      await page.viewport(320, 900);
      const code = longestCode();
      // The widget on the whole screen, and inside a page with 1rem gutters.
      for (const gutter of [0, 16]) {
        mock.scenario.queueFault('latency=300', { pathPrefix: `/v1/dossiers/${code}/payment` });
        const widget = await mount(
          `<div style="width: 320px; box-sizing: border-box; padding-inline: ${gutter}px"><dvc-payment-status lang="${lang}" api-base="${API}" dossier="${code}" poll-min="60000"></dvc-payment-status></div>`,
        );
        const check = (when: string) => {
          const ranges = textRanges(widget.root, code);
          expect(ranges.length, when).toBeGreaterThan(0);
          for (const range of ranges) expect(lineCount(range), `${when}: ${code}`).toBe(1);
          const base = widget.root.querySelector<HTMLElement>('[part=base]')!;
          expect(widget.element.getBoundingClientRect().width).toBeLessThanOrEqual(320);
          expect(base.scrollWidth, when).toBeLessThanOrEqual(base.clientWidth);
          expect(document.documentElement.scrollWidth, when).toBeLessThanOrEqual(320);
        };
        check(`${gutter}px gutters, loading`);
        await vi.waitFor(
          () => expect(widget.root.querySelector('[aria-busy="false"]')).not.toBeNull(),
          { timeout: 3000 },
        );
        check(`${gutter}px gutters, loaded`);
        widget.element.parentElement!.remove();
      }
    },
  );
});
