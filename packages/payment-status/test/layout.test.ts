/**
 * The page must not jump when the payment arrives: the skeleton shown while
 * loading has the height of the loaded widget for a typical payment, on a
 * small phone (320 px) and a desktop (1280 px).
 */
import type { PaymentState } from '@dvc-kit/client';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { API, cleanUp, mount, startMock, type Mock } from './harness';

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
