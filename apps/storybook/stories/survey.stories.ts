/**
 * `<dvc-survey>` in each of its states: the statutory survey (Decree
 * 61/2018, Circular 01/2018/TT-VPCP), a custom survey, validation errors,
 * an answer queued while offline, submitted, already answered, kiosk mode,
 * and the errors an agency or a network can cause. States come from the
 * seeded dossiers and faults of the mock backend; play functions answer the
 * form as a citizen would.
 */
import '@dvc-kit/survey/define';
import '@dvc-kit/ui-core/define/dvc-context';
import type { SurveyDefinition } from '@dvc-kit/client';
import { CUSTOM_SURVEY } from '@dvc-kit/mock-api/browser';
import { pageOutbox, statutorySurvey, type DvcSurvey, type SurveyViewState } from '@dvc-kit/survey';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import { attributeRowsWithoutControls } from '../.storybook/manifest';
import { API_BASE, codes, faultyClient, scenario } from './support/mock';
import { langOf, part, widget } from './support/play';

interface Args {
  dossier?: string;
  apiBase?: string;
  kiosk: boolean;
  kioskReset: number;
  definition?: SurveyDefinition;
}

const meta = {
  title: 'Widgets/Survey',
  component: 'dvc-survey',
  args: { apiBase: API_BASE, kiosk: false, kioskReset: 10 },
  argTypes: {
    ...attributeRowsWithoutControls('dvc-survey'),
    dossier: { control: 'text', description: 'Mã hồ sơ — the dossier code' },
    definition: { control: false },
  },
  render: (args) =>
    html`<dvc-survey
      dossier=${ifDefined(args.dossier)}
      api-base=${ifDefined(args.apiBase)}
      ?kiosk=${args.kiosk}
      kiosk-reset=${args.kioskReset}
      .definition=${args.definition}
    ></dvc-survey>`,
  // Answers wait in the page's IndexedDB outbox until the server has them;
  // start every story with an empty outbox so one story's answer does not
  // show up as "queued" in the next.
  beforeEach: async () => {
    const outbox = pageOutbox();
    for (const entry of await outbox.entries()) await outbox.discard(entry.id);
  },
  parameters: {
    docs: {
      // Each story in its own frame on the docs page: play functions answer
      // and send forms, and the outbox is per page.
      story: { inline: false, iframeHeight: 520 },
      description: {
        component:
          'Đánh giá mức độ hài lòng — the satisfaction survey of a handled dossier. Answers are saved on the device before they are sent, so none is lost offline. Answers carry the dossier code only, never who answered.',
      },
    },
  },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** Waits until the survey reaches `state` (its public read-only `state`). */
async function reaches(el: DvcSurvey, state: SurveyViewState, timeout = 5000): Promise<void> {
  await waitFor(() => expect(el.state).toBe(state), { timeout });
  await expect(part(el, 'heading')?.textContent?.trim()).toBeTruthy();
}

function shows(state: SurveyViewState) {
  return async ({ canvasElement }: StoryContext<Args>) => {
    await reaches(await widget(canvasElement, 'dvc-survey'), state);
  };
}

/** Answers every choice and rating question with its last (best) option. */
function answerAll(el: DvcSurvey): void {
  for (const question of el.shadowRoot?.querySelectorAll('fieldset') ?? []) {
    const options = question.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    options[options.length - 1]?.click();
  }
}

function send(el: DvcSurvey): void {
  part(el, 'submit')?.click();
}

/** The statutory survey every dossier gets by default (`tt01-2018`). */
export const StatutoryDefault: Story = {
  name: 'Statutory default',
  tags: ['forced-colors'],
  args: { dossier: codes.resultReady },
  play: async (context) => {
    const el = await widget(context.canvasElement, 'dvc-survey');
    await reaches(el, 'ready');
    const title = statutorySurvey(langOf(context)).title;
    await expect(part(el, 'heading')?.textContent?.trim()).toBe(title);
  },
};

/** A custom survey defined by the agency (Hải Châu's 3-point survey), from the API. */
export const CustomDefinition: Story = {
  name: 'Custom definition (from the API)',
  args: { dossier: codes.customSurvey },
  play: async (context) => {
    const el = await widget(context.canvasElement, 'dvc-survey');
    await reaches(el, 'ready');
    await expect(part(el, 'heading')?.textContent?.trim()).toBe(CUSTOM_SURVEY.title);
  },
};

/** A definition set from script (`definition` property): no request for it. */
export const DefinitionFromScript: Story = {
  name: 'Custom definition (set from script)',
  args: { dossier: codes.levelOneResultReady, definition: CUSTOM_SURVEY },
  play: CustomDefinition.play,
};

/** “Gửi đánh giá” with nothing answered: the error summary, focused, links to each question. */
export const ValidationErrors: Story = {
  tags: ['forced-colors'],
  args: { dossier: codes.resultReady },
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement, 'dvc-survey');
    await reaches(el, 'ready');
    send(el);
    await waitFor(() => expect(part(el, 'error-summary')).not.toBeNull());
    await waitFor(() =>
      expect(el.shadowRoot?.activeElement).toBe(el.shadowRoot?.querySelector('.summary')),
    );
    const invalid = el.shadowRoot?.querySelectorAll('[aria-invalid="true"]').length ?? 0;
    await expect(invalid).toBeGreaterThan(0);
  },
};

/**
 * The connection drops when the answers are sent: they stay in the device's
 * outbox (IndexedDB) and will be sent when the network is back.
 */
export const QueuedOffline: Story = {
  name: 'Queued (offline)',
  args: { dossier: codes.partiallyRefunded },
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement, 'dvc-survey');
    await reaches(el, 'ready');
    scenario().queueFault('drop', {
      times: 1000,
      pathPrefix: `/v1/dossiers/${codes.partiallyRefunded}/survey-responses`,
    });
    answerAll(el);
    send(el);
    await reaches(el, 'queued', 8000);
  },
};

/** Answered and stored by the server: thanks, with the receipt. */
export const Submitted: Story = {
  args: { dossier: codes.refunded },
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement, 'dvc-survey');
    await reaches(el, 'ready');
    answerAll(el);
    send(el);
    await reaches(el, 'submitted');
    await expect(scenario().surveyResponseCount(codes.refunded)).toBe(1);
  },
};

/** The dossier was already rated (one rating per dossier). */
export const AlreadyAnswered: Story = {
  args: { dossier: codes.surveyAnswered },
  play: shows('answered'),
};

/** One-stop-centre tablet: larger type and targets (≥ 64 px); resets after each rating. */
export const Kiosk: Story = {
  args: { dossier: codes.resultReady, kiosk: true },
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement, 'dvc-survey');
    await reaches(el, 'ready');
    const submit = part(el, 'submit');
    await expect(submit?.getBoundingClientRect().height).toBeGreaterThanOrEqual(64);
  },
};

/** Kiosk after a rating: thanks, then an empty form for the next citizen. */
export const KioskAfterRating: Story = {
  name: 'Kiosk — after a rating',
  args: { dossier: codes.levelOneResultReady, kiosk: true, kioskReset: 30 },
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement, 'dvc-survey');
    await reaches(el, 'ready');
    answerAll(el);
    send(el);
    await reaches(el, 'submitted');
  },
};

/** Kiosk with no dossier yet: a waiting screen. */
export const KioskWaiting: Story = {
  name: 'Kiosk — waiting for a dossier',
  args: { dossier: undefined, kiosk: true },
  play: shows('idle'),
};

/** The dossier is still being handled: its survey is not open yet (409). */
export const NotAvailableYet: Story = {
  args: { dossier: codes.processing },
  play: shows('error'),
};

/** Loading takes 3 seconds (a slow network). */
export const SlowAnswer: Story = {
  render: () =>
    html`<dvc-context .client=${faultyClient('latency=3000')} dossier=${codes.resultReady}>
      <dvc-survey></dvc-survey>
    </dvc-context>`,
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement, 'dvc-survey');
    await reaches(el, 'loading');
    await expect(part(el, 'base')?.getAttribute('aria-busy')).toBe('true');
    await reaches(el, 'ready', 8000);
  },
};

/** The connection drops while loading: a message and “Thử lại”. */
export const NetworkError: Story = {
  render: () =>
    html`<dvc-context .client=${faultyClient('drop')} dossier=${codes.resultReady}>
      <dvc-survey></dvc-survey>
    </dvc-context>`,
  play: shows('error'),
};

/** An agency forgot the `dossier` attribute. */
export const MissingDossier: Story = {
  name: 'Configuration — no dossier',
  args: { dossier: undefined },
  play: shows('error'),
};

/** A mistyped dossier code. */
export const InvalidDossier: Story = {
  name: 'Configuration — invalid dossier code',
  args: { dossier: '000.00.12-H48' },
  play: shows('error'),
};

/** The dark theme. */
export const ThemeDark: Story = {
  name: 'Theme — dark',
  args: { dossier: codes.customSurvey },
  globals: { theme: 'dark' },
  play: shows('ready'),
};

/** The provincial example theme. */
export const ThemeHue: Story = {
  name: 'Theme — provincial example (hue)',
  args: { dossier: codes.customSurvey },
  globals: { theme: 'hue' },
  play: shows('ready'),
};

/** The high-contrast preview (an approximation of forced colours; see Accessibility). */
export const ThemeContrast: Story = {
  name: 'Theme — high contrast preview',
  args: { dossier: codes.resultReady },
  globals: { theme: 'contrast' },
  play: ValidationErrors.play,
};

/** At 320 px: no horizontal scrolling. */
export const SmallPhone: Story = {
  name: '320 px wide',
  args: { dossier: codes.resultReady },
  globals: { viewport: { value: 'w320' } },
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement, 'dvc-survey');
    await reaches(el, 'ready');
    await expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
  },
};
