/**
 * Test harness: the mock backend in the page (msw's service worker with
 * @dvc-kit/mock-api's handlers and seeded store), and a driver that uses
 * `<dvc-payment-status>` the way a person does — reads what is shown,
 * presses buttons with the keyboard or the pointer — plus what a screen
 * reader would hear (the shared live regions).
 */
import { createClient, type DvcClient, type PaymentState } from '@dvc-kit/client';
import {
  createHandlers,
  createScenario,
  createStore,
  type HandlerOptions,
  type Scenario,
} from '@dvc-kit/mock-api';
import { liveRegionsFor } from '@dvc-kit/ui-core';
import axe from 'axe-core';
import { setupWorker } from 'msw/browser';
import { expect, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/define';
import type { DvcPaymentStatus } from '../src/payment-status';

export const API = '/v1';

/** Which seeded dossier has which payment status (see the mock's seed). */
export const SEEDED: Record<PaymentState, string> = {
  unpaid: 'paymentUnpaid',
  pending: 'paymentPending',
  paid: 'processing',
  failed: 'paymentFailedDeclined',
  expired: 'paymentExpired',
  cancelled: 'paymentCancelled',
  refunded: 'refunded',
  partially_refunded: 'partiallyRefunded',
  not_required: 'received',
} as const;

export const ALL_STATES = Object.keys(SEEDED) as PaymentState[];

/** One mock backend for a test file. */
export interface Mock {
  readonly scenario: Scenario;
  /** Seeded receipt code of the dossier whose payment is in `state`. */
  code(state: PaymentState): string;
  /** Times (performance.now) at which the mock saw `GET …/payment` for `code`. */
  polls(code: string): number[];
  /** Every request the mock saw, as "METHOD path". */
  readonly seen: { method: string; path: string; at: number; idempotencyKey: string | null }[];
  /** Puts handlers with other options (same store) in front until `reset()`. */
  use(options: HandlerOptions): void;
  reset(): void;
  stop(): void;
}

/**
 * Starts msw in the page with the mock backend. `settleAfterPolls: null`
 * keeps a pending payment pending until a test settles it (the default of
 * the mock settles it after 3 reads).
 */
export async function startMock(options: HandlerOptions = {}): Promise<Mock> {
  const store = createStore();
  const scenario = createScenario(store);
  const worker = setupWorker(...createHandlers(store, { settleAfterPolls: null, ...options }));
  const seen: Mock['seen'] = [];
  worker.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (!url.pathname.startsWith(`${API}/`)) return;
    seen.push({
      method: request.method,
      path: url.pathname,
      at: performance.now(),
      idempotencyKey: request.headers.get('Idempotency-Key'),
    });
  });
  await worker.start({
    quiet: true,
    onUnhandledFrame: 'bypass',
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
  return {
    scenario,
    seen,
    code: (state) => scenario.codes[SEEDED[state] as keyof Scenario['codes']],
    polls: (code) =>
      seen
        .filter((r) => r.method === 'GET' && r.path === `${API}/dossiers/${code}/payment`)
        .map((r) => r.at),
    use: (options) => worker.use(...createHandlers(store, options)),
    reset() {
      worker.resetHandlers();
      scenario.reset();
      seen.length = 0;
    },
    stop: () => worker.stop(),
  };
}

/** A client that does not retry, so error tests see an error at once. */
export const noRetryClient = (): DvcClient => createClient({ baseUrl: API, retry: false });

const mounted = new Set<Element>();

/** Mounts `markup` in the page and returns the first `<dvc-payment-status>` in it. */
export async function mount(markup: string): Promise<Driver> {
  const container = document.createElement('div');
  container.innerHTML = markup;
  document.body.append(container);
  mounted.add(container);
  const element = container.querySelector('dvc-payment-status');
  if (!element) throw new Error('no <dvc-payment-status> in the markup');
  await element.updateComplete;
  return new Driver(element);
}

/** Removes what the tests mounted and restores the page. */
export function cleanUp(): void {
  for (const element of mounted) element.remove();
  mounted.clear();
  document.documentElement.removeAttribute('lang');
  setVisibility('visible');
  const regions = liveRegionsFor(document);
  regions.polite.replaceChildren();
  regions.assertive.replaceChildren();
}

/** Pretends the tab is hidden or shown again, as the browser would tell the page. */
export function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  Object.defineProperty(document, 'hidden', {
    configurable: true,
    get: () => state === 'hidden',
  });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** What a screen reader was last told, politely and assertively. */
export function announcements(): { polite: string; assertive: string } {
  const regions = liveRegionsFor(document);
  return {
    polite: regions.polite.textContent?.trim() ?? '',
    assertive: regions.assertive.textContent?.trim() ?? '',
  };
}

/** axe-core on the element's container; returns "rule: targets" lines (empty: none). */
export async function axeViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element.parentElement ?? element, { resultTypes: ['violations'] });
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Drives one `<dvc-payment-status>` as a person would. */
export class Driver {
  constructor(readonly element: DvcPaymentStatus) {}

  get root(): ShadowRoot {
    const root = this.element.shadowRoot;
    if (!root) throw new Error('no shadow root');
    return root;
  }

  /**
   * The text a person gets, whitespace collapsed — without the loading
   * skeleton, whose texts are there only to size the grey bars.
   */
  text(): string {
    const base = this.root.querySelector('[part="base"]');
    if (!base) return '';
    const copy = base.cloneNode(true) as Element;
    copy.querySelectorAll('.skeleton').forEach((skeleton) => skeleton.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  /** The status line as read (label and status). */
  status(): string | undefined {
    const line = [...this.root.querySelectorAll('[part="status"]')].find(
      (element) => !element.closest('.skeleton'),
    );
    return line?.textContent?.replace(/\s+/g, ' ').trim();
  }

  /** Waits until the status line contains `text`. */
  async waitForStatus(text: string, timeout = 5000): Promise<void> {
    await vi.waitFor(() => expect(this.status() ?? '').toContain(text), { timeout, interval: 20 });
  }

  /** Waits until the visible text contains `text`. */
  async waitForText(text: string, timeout = 5000): Promise<void> {
    await vi.waitFor(() => expect(this.text()).toContain(text), { timeout, interval: 20 });
  }

  /** The buttons and links a person can operate, by accessible text. */
  controls(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('button, a[href]')].filter(
      (control) => !control.closest('.skeleton'),
    );
  }

  /** The control whose text contains `name`. */
  control(name: string): HTMLElement {
    const found = this.controls().find((c) => c.textContent?.replace(/\s+/g, ' ').includes(name));
    if (!found) {
      throw new Error(
        `no control "${name}"; there are: ${this.controls()
          .map((c) => `"${c.textContent?.trim()}"`)
          .join(', ')}`,
      );
    }
    return found;
  }

  /** The main action (pay, pay again, receipt), if any. */
  action(): HTMLElement | null {
    return this.controls().find((control) => control.getAttribute('part') === 'action') ?? null;
  }

  /** Presses the "Refresh" button, whatever it says at the moment. */
  async refresh(): Promise<void> {
    const button = this.controls().find((control) => control.getAttribute('part') === 'refresh');
    if (!button) throw new Error('no refresh button');
    await userEvent.click(button);
  }

  async click(name: string): Promise<void> {
    await userEvent.click(this.control(name));
  }

  /** Element with focus inside the widget. */
  focused(): Element | null {
    return this.root.activeElement;
  }

  async settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await this.element.updateComplete;
  }
}

/** Waits `ms` of real time. */
export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));
