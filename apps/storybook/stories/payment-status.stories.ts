/**
 * `<dvc-payment-status>` in every payment status, with a network error, a
 * server error, a slow answer, a stale answer and the configuration
 * mistakes an agency can make. Each state comes from a seeded dossier of
 * the mock backend (packages/mock-api README, "Seeded data") or from a
 * fault the mock injects.
 */
import '@dvc-kit/payment-status/define';
import '@dvc-kit/ui-core/define/dvc-context';
import type { DvcClient, PaymentState } from '@dvc-kit/client';
import { paymentStatusMessages } from '@dvc-kit/payment-status';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import { attributeRowsWithoutControls } from '../.storybook/manifest';
import { API_BASE, codes, faultyClient, scenario } from './support/mock';
import { button, langOf, part, waitForText, widget } from './support/play';

interface Args {
  dossier?: string;
  apiBase?: string;
  client?: DvcClient;
  headingLevel: number;
  pollMin: number;
  pollMax: number;
}

const meta = {
  title: 'Widgets/Payment status',
  component: 'dvc-payment-status',
  args: { apiBase: API_BASE, headingLevel: 2, pollMin: 3000, pollMax: 60_000 },
  argTypes: {
    ...attributeRowsWithoutControls('dvc-payment-status'),
    dossier: { control: 'text', description: 'Mã hồ sơ — the dossier code' },
    client: { control: false },
  },
  // The mock's payment page is not part of Storybook: the widget's cancelable
  // `dvc-payment-start` is cancelled, so “Thanh toán” starts an attempt and
  // the story stays on screen (now pending) instead of navigating away.
  render: (args) =>
    html`<dvc-payment-status
      dossier=${ifDefined(args.dossier)}
      api-base=${ifDefined(args.apiBase)}
      heading-level=${args.headingLevel}
      poll-min=${args.pollMin}
      poll-max=${args.pollMax}
      .client=${args.client}
      @dvc-payment-start=${(event: Event) => event.preventDefault()}
    ></dvc-payment-status>`,
  parameters: {
    docs: {
      description: {
        component:
          'Phí, lệ phí của hồ sơ và trạng thái thanh toán — the fees of a dossier and where their payment stands, polled while the status can still change. Every story below talks to the mock backend in the browser (msw), no server needed.',
      },
    },
  },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** A play function: waits until the widget shows the status `status`. */
function showsStatus(status: PaymentState) {
  return async (context: StoryContext<Args>) => {
    const el = await widget(context.canvasElement, 'dvc-payment-status');
    const text = paymentStatusMessages.t(langOf(context), `status.${status}`);
    await waitForText(el, text);
  };
}

/** A story of the payment of one seeded dossier. */
function seeded(dossier: string, status: PaymentState, description: string): Story {
  return {
    args: { dossier },
    play: showsStatus(status),
    parameters: { docs: { description: { story: description } } },
  };
}

export const Unpaid: Story = {
  tags: ['forced-colors'],
  ...seeded(
    codes.paymentUnpaid,
    'unpaid',
    'Chưa thanh toán: nothing started yet; the deadline counts down and “Thanh toán” starts an attempt.',
  ),
};

export const Pending: Story = {
  ...seeded(
    codes.paymentPending,
    'pending',
    'Đang chờ xác nhận: started at the gateway, not settled. The widget polls with backoff (in Storybook the mock never settles it by itself).',
  ),
};

export const Paid: Story = {
  tags: ['forced-colors'],
  ...seeded(
    codes.resultReady,
    'paid',
    'Đã thanh toán, with the e-receipt (biên lai điện tử) to download. Final: no more polling.',
  ),
};

export const FailedBankDeclined: Story = {
  name: 'Failed — bank declined',
  tags: ['forced-colors'],
  ...seeded(
    codes.paymentFailedDeclined,
    'failed',
    'Failed with the bank’s code `BANK_DECLINED` and its Vietnamese message; “Thanh toán lại” starts a new attempt.',
  ),
};

export const FailedInsufficientFunds: Story = {
  name: 'Failed — insufficient funds',
  ...seeded(codes.paymentFailedFunds, 'failed', 'Failed with `INSUFFICIENT_FUNDS`.'),
};

export const Expired: Story = {
  ...seeded(
    codes.paymentExpired,
    'expired',
    'The payment window passed; a new attempt can be made.',
  ),
};

export const Cancelled: Story = {
  ...seeded(codes.paymentCancelled, 'cancelled', 'The citizen cancelled on the payment page.'),
};

export const Refunded: Story = {
  ...seeded(
    codes.refunded,
    'refunded',
    'The dossier was rejected and the fees fully refunded (amount, date, reason).',
  ),
};

export const PartiallyRefunded: Story = {
  ...seeded(codes.partiallyRefunded, 'partially_refunded', 'Part of the fees refunded.'),
};

export const NotRequired: Story = {
  ...seeded(codes.received, 'not_required', 'A free procedure: nothing to pay.'),
};

/**
 * “Thanh toán” pressed: the widget starts an attempt (`POST …/payment` with
 * an Idempotency-Key) and the payment becomes pending. On a portal the
 * citizen would now be at the payment page; here the navigation is cancelled.
 */
export const StartPayment: Story = {
  name: 'Pay — an attempt started',
  args: { dossier: codes.paymentUnpaid },
  play: async (context) => {
    const lang = langOf(context);
    const el = await widget(context.canvasElement, 'dvc-payment-status');
    await waitForText(el, paymentStatusMessages.t(lang, 'status.unpaid'));
    const started = new Promise<string>((resolve) =>
      el.addEventListener('dvc-payment-start', (event) => resolve(event.detail.payUrl), {
        once: true,
      }),
    );
    button(el, paymentStatusMessages.t(lang, 'pay'))?.click();
    await expect(await started).toContain(`/pay/${codes.paymentUnpaid}`);
    await waitForText(el, paymentStatusMessages.t(lang, 'status.pending'));
  },
};

/** The mock drops the connection: a clear message and “Thử lại” (retry). */
export const NetworkError: Story = {
  args: { dossier: codes.paymentUnpaid, client: faultyClient('drop') },
  play: async (context) => {
    const el = await widget(context.canvasElement, 'dvc-payment-status');
    await waitForText(el, paymentStatusMessages.t(langOf(context), 'loadFailed'));
    await expect(part(el, 'refresh')).not.toBeNull();
  },
};

/** The server answers 503 (`UNAVAILABLE`). */
export const ServerError: Story = {
  args: { dossier: codes.paymentUnpaid, client: faultyClient('status=503') },
  play: NetworkError.play,
};

/**
 * Every answer takes 3 seconds: the loading state (a skeleton the size of
 * the loaded widget, `aria-busy`), then the payment.
 */
export const SlowAnswer: Story = {
  args: { dossier: codes.paymentUnpaid, client: faultyClient('latency=3000') },
  play: async (context) => {
    const el = await widget(context.canvasElement, 'dvc-payment-status');
    await expect(part(el, 'base')?.getAttribute('aria-busy')).toBe('true');
    await waitForText(el, paymentStatusMessages.t(langOf(context), 'status.unpaid'), 8000);
  },
};

/**
 * Loaded, then the network fails: the last payment stays on screen with a
 * notice that it may be out of date, and a retry button.
 */
export const StaleAfterNetworkError: Story = {
  name: 'Stale after a network error',
  args: { dossier: codes.paymentPending },
  play: async (context) => {
    const lang = langOf(context);
    const el = await widget(context.canvasElement, 'dvc-payment-status');
    await waitForText(el, paymentStatusMessages.t(lang, 'status.pending'));
    scenario().queueFault('drop', {
      times: 50,
      pathPrefix: `/v1/dossiers/${codes.paymentPending}`,
    });
    button(el, paymentStatusMessages.t(lang, 'refresh'))?.click();
    await waitForText(el, paymentStatusMessages.t(lang, 'staleNotice'));
  },
};

/** An agency forgot the `dossier` attribute. */
export const MissingDossier: Story = {
  name: 'Configuration — no dossier',
  args: { dossier: undefined },
  play: async (context) => {
    const el = await widget(context.canvasElement, 'dvc-payment-status');
    await waitForText(el, paymentStatusMessages.t(langOf(context), 'missingDossier'));
  },
};

/** A mistyped dossier code is rejected before any request. */
export const InvalidDossier: Story = {
  name: 'Configuration — invalid dossier code',
  args: { dossier: '000.00.12-H48' },
  play: async (context) => {
    const el = await widget(context.canvasElement, 'dvc-payment-status');
    await waitForText(
      el,
      paymentStatusMessages.t(langOf(context), 'invalidDossier', { code: '000.00.12-H48' }),
    );
  },
};

/** A well-formed code the backend does not know (404). */
export const UnknownDossier: Story = {
  name: 'Unknown dossier (404)',
  args: { dossier: '000.00.12.H48-991231-9999' },
  play: NetworkError.play,
};

/** No `api-base` and no `<dvc-context>`: the widget says what to configure. */
export const MissingApiBase: Story = {
  name: 'Configuration — no API base',
  args: { dossier: codes.paymentUnpaid, apiBase: undefined },
  play: async (context) => {
    const el = await widget(context.canvasElement, 'dvc-payment-status');
    await waitForText(el, paymentStatusMessages.t(langOf(context), 'noClient'));
  },
};

/** The API base and dossier come from a surrounding `<dvc-context>`. */
export const InContext: Story = {
  name: 'Inside <dvc-context>',
  render: () =>
    html`<dvc-context api-base=${API_BASE} dossier=${codes.paymentFailedDeclined}>
      <dvc-payment-status></dvc-payment-status>
    </dvc-context>`,
  play: showsStatus('failed'),
};

/** The provincial example theme (`data-dvc-theme="hue"`), whatever the toolbar says. */
export const ThemeHue: Story = {
  name: 'Theme — provincial example (hue)',
  args: { dossier: codes.paymentFailedDeclined },
  globals: { theme: 'hue' },
  play: showsStatus('failed'),
};

/** The dark theme. */
export const ThemeDark: Story = {
  name: 'Theme — dark',
  args: { dossier: codes.paymentFailedDeclined },
  globals: { theme: 'dark' },
  play: showsStatus('failed'),
};

/** The high-contrast preview (an approximation of forced colours; see Accessibility). */
export const ThemeContrast: Story = {
  name: 'Theme — high contrast preview',
  args: { dossier: codes.paymentFailedDeclined },
  globals: { theme: 'contrast' },
  play: showsStatus('failed'),
};

/**
 * Several payments on one page, as on a "my dossiers" page: each widget's
 * region is named by its heading and dossier code, so the landmarks can be
 * told apart (axe `landmark-unique`; this story found it, the widget fixed it).
 */
export const SeveralOnOnePage: Story = {
  name: 'Several on one page',
  render: () =>
    html`${[codes.paymentPending, codes.resultReady, codes.paymentExpired].map(
      (dossier) =>
        html`<dvc-payment-status
          api-base=${API_BASE}
          dossier=${dossier}
          heading-level="3"
          style="margin-block-end: 1rem"
        ></dvc-payment-status>`,
    )}`,
  play: async (context) => {
    const all = context.canvasElement.querySelectorAll('dvc-payment-status');
    await expect(all.length).toBe(3);
    const lang = langOf(context);
    const statuses = ['pending', 'paid', 'expired'] as const;
    for (const [i, el] of [...all].entries()) {
      await waitForText(el, paymentStatusMessages.t(lang, `status.${statuses[i] ?? 'paid'}`));
    }
  },
};

/** At 320 px (WCAG 1.4.10 reflow): no horizontal scrolling. */
export const SmallPhone: Story = {
  name: '320 px wide',
  args: { dossier: codes.refunded },
  globals: { viewport: { value: 'w320' } },
  play: async (context) => {
    await showsStatus('refunded')(context);
    const el = await widget(context.canvasElement, 'dvc-payment-status');
    await waitFor(() => expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth));
  },
};
