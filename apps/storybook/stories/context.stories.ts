/**
 * `<dvc-context>`: one API client and one dossier code for the widgets
 * inside it, set once on a portal page. It renders nothing of its own.
 */
import '@dvc-kit/login/define';
import '@dvc-kit/payment-status/define';
import '@dvc-kit/survey/define';
import '@dvc-kit/ui-core/define/dvc-context';
import { paymentStatusMessages } from '@dvc-kit/payment-status';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { attributeRowsWithoutControls } from '../.storybook/manifest';
import { API_BASE, codes, scenario } from './support/mock';
import { langOf, waitForText, widget } from './support/play';

interface Args {
  apiBase: string;
  dossier: string;
}

const meta = {
  title: 'Widgets/Context',
  component: 'dvc-context',
  args: { apiBase: API_BASE, dossier: codes.resultReady },
  argTypes: {
    ...attributeRowsWithoutControls('dvc-context'),
    dossier: { control: 'text', description: 'Mã hồ sơ — the dossier code' },
  },
  render: (args) =>
    html`<dvc-context api-base=${args.apiBase} dossier=${args.dossier}>
      <dvc-payment-status heading-level="3"></dvc-payment-status>
      <dvc-survey style="margin-block-start: 1rem"></dvc-survey>
    </dvc-context>`,
  parameters: {
    docs: {
      description: {
        component:
          'Gives the widgets inside it one shared API client (`api-base`, or a `client` set from script) and the dossier code, so a portal page sets them once. A widget’s own attribute wins over the context; contexts nest.',
      },
    },
  },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** A dossier page: its fees and its survey, configured once. */
export const DossierPage: Story = {
  name: 'A dossier page (payment and survey)',
  play: async (context) => {
    const payment = await widget(context.canvasElement, 'dvc-payment-status');
    await waitForText(payment, paymentStatusMessages.t(langOf(context), 'status.paid'));
    const survey = await widget(context.canvasElement, 'dvc-survey');
    await waitFor(() => expect(survey.state).toBe('ready'));
  },
};

/** A widget's own `dossier` wins over the context's. */
export const OwnAttributeWins: Story = {
  name: 'A widget’s own attribute wins',
  render: (args) =>
    html`<dvc-context api-base=${args.apiBase} dossier=${args.dossier}>
      <dvc-payment-status dossier=${codes.paymentExpired}></dvc-payment-status>
    </dvc-context>`,
  play: async (context) => {
    const payment = await widget(context.canvasElement, 'dvc-payment-status');
    await waitForText(payment, paymentStatusMessages.t(langOf(context), 'status.expired'));
  },
};

/**
 * A portal's dossier page as a citizen sees it: signed in (VNeID level 2),
 * the fees of the dossier, and its satisfaction survey — three widgets, one
 * `<dvc-context>`.
 */
export const PortalPage: Story = {
  name: 'A portal page (sign-in, fees, survey)',
  beforeEach: () => {
    scenario().signIn('an');
  },
  render: (args) =>
    html`<dvc-context api-base=${args.apiBase} dossier=${args.dossier}>
      <div style="display: grid; gap: 1rem; max-width: 48rem">
        <dvc-login @dvc-login-start=${(event: Event) => event.preventDefault()}></dvc-login>
        <dvc-payment-status heading-level="2"></dvc-payment-status>
        <dvc-survey></dvc-survey>
      </div>
    </dvc-context>`,
  play: async (context) => {
    const login = await widget(context.canvasElement, 'dvc-login');
    await waitFor(() => expect(login.citizen?.assuranceLevel).toBe(2));
    await DossierPage.play?.(context);
  },
};
