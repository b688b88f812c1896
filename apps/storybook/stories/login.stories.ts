/**
 * `<dvc-login>` in each of its states, in BFF mode (the default: the
 * portal's backend holds the session, the widget reads `GET /v1/session`):
 * checking, signed out with one and several providers, signed in at VNeID
 * levels 1 and 2, expired, and errors. The session comes from the mock's
 * scenario API (`signIn('an')`: Nguyễn Văn An, level 2; `signIn('binh')`:
 * Trần Thị Bình, level 1); a few states use a fault or a per-story msw
 * handler (`parameters.msw`).
 */
import '@dvc-kit/login/define';
import type { DvcClient, Session } from '@dvc-kit/client';
import type { DvcLogin } from '@dvc-kit/login';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import { attributeRowsWithoutControls } from '../.storybook/manifest';
import { API_BASE, faultyClient, scenario } from './support/mock';
import { part, shadowText, widget } from './support/play';

interface Args {
  apiBase?: string;
  providers?: string;
  acr?: string;
  allowInFrame: boolean;
  client?: DvcClient;
}

const meta = {
  title: 'Widgets/Login',
  component: 'dvc-login',
  args: { apiBase: API_BASE, allowInFrame: false },
  argTypes: {
    ...attributeRowsWithoutControls('dvc-login'),
    providers: { control: 'text', description: 'Provider ids, e.g. `vneid dvcqg`' },
    acr: { control: 'select', options: [undefined, '1', '2'] },
    client: { control: false },
  },
  // Storybook has no backend login route to go to: the widget's cancelable
  // `dvc-login-start` is cancelled, so choosing a provider keeps the story
  // on screen instead of navigating the preview to a missing page.
  render: (args) =>
    html`<dvc-login
      api-base=${ifDefined(args.apiBase)}
      providers=${ifDefined(args.providers)}
      acr=${ifDefined(args.acr)}
      ?allow-in-frame=${args.allowInFrame}
      .client=${args.client}
      @dvc-login-start=${(event: Event) => event.preventDefault()}
    ></dvc-login>`,
  parameters: {
    docs: {
      // Each story in its own frame on the docs page: the session is the
      // mock's, one per page, and the stories need different ones.
      story: { inline: false, iframeHeight: 320 },
      description: {
        component:
          'Đăng nhập bằng VNeID — sign in with VNeID or a national-portal account. In BFF mode (default) no token reaches the page; the widget shows the signed-in citizen with the identity number masked (0010****1234) and the VNeID level.',
      },
    },
  },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

function providerButtons(el: DvcLogin): HTMLButtonElement[] {
  return [
    ...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part~="provider-button"]') ?? []),
  ];
}

/** Waits until the widget offers `count` providers (the signed-out view). */
async function offers(el: DvcLogin, count: number): Promise<void> {
  await waitFor(() => expect(providerButtons(el)).toHaveLength(count));
  await expect(part(el, 'status')?.textContent?.trim()).toBeTruthy();
}

/** Waits until `level` is shown for the signed-in citizen, masked id and sign-out included. */
async function signedInAt(el: DvcLogin, level: 1 | 2, maskedId: string): Promise<void> {
  await waitFor(() => expect(el.citizen?.assuranceLevel).toBe(level));
  await waitFor(() => expect(shadowText(el)).toContain(maskedId));
  await expect(part(el, 'sign-out-button')).not.toBeNull();
}

/** The session check is still running (here it never ends: a 30 s answer). */
export const Checking: Story = {
  args: { client: faultyClient('latency=30000') },
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement, 'dvc-login');
    await expect(part(el, 'base')?.getAttribute('aria-busy')).toBe('true');
    await expect(part(el, 'status')?.textContent?.trim()).toBeTruthy();
  },
};

/** Signed out, one provider configured (`providers="vneid"`). */
export const SignedOutOneProvider: Story = {
  name: 'Signed out — one provider',
  args: { providers: 'vneid' },
  play: async ({ canvasElement }) => offers(await widget(canvasElement, 'dvc-login'), 1),
};

/** Signed out, the default providers: VNeID and a national-portal account. */
export const SignedOutSeveralProviders: Story = {
  name: 'Signed out — several providers',
  tags: ['forced-colors'],
  play: async ({ canvasElement }) => offers(await widget(canvasElement, 'dvc-login'), 2),
};

/** Trần Thị Bình, VNeID level 1. */
export const SignedInLevel1: Story = {
  name: 'Signed in — level 1',
  beforeEach: () => {
    scenario().signIn('binh');
  },
  play: async ({ canvasElement }) =>
    signedInAt(await widget(canvasElement, 'dvc-login'), 1, '0481****6789'),
};

/** Nguyễn Văn An, VNeID level 2. */
export const SignedInLevel2: Story = {
  name: 'Signed in — level 2',
  tags: ['forced-colors'],
  beforeEach: () => {
    scenario().signIn('an');
  },
  play: async ({ canvasElement }) =>
    signedInAt(await widget(canvasElement, 'dvc-login'), 2, '0010****1234'),
};

// The expired story's session: signed in until `sessionEndsAt`, then gone —
// what the portal's backend answers when a session times out. The seeded
// sessions last 8 hours, so this story brings its own `/session` handler.
let sessionEndsAt = 0;
let expiringSession: Session | undefined;
const expiringSessionHandler = http.get('*/v1/session', () =>
  expiringSession && Date.now() < sessionEndsAt
    ? HttpResponse.json({ ...expiringSession, expiresAt: new Date(sessionEndsAt).toISOString() })
    : HttpResponse.json({ authenticated: false }),
);

/**
 * Signed in, then the session ends 3 seconds later: the widget checks with
 * the backend at `expiresAt`, says the session expired (announced
 * assertively) and offers the providers again.
 */
export const Expired: Story = {
  parameters: { msw: [expiringSessionHandler] },
  beforeEach: () => {
    expiringSession = scenario().signIn('an');
    scenario().signOut();
    sessionEndsAt = Date.now() + 3000;
  },
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement, 'dvc-login');
    const loggedOut = new Promise<boolean>((resolve) =>
      el.addEventListener('dvc-logout', (event) => resolve(event.detail.expired), { once: true }),
    );
    await waitFor(() => expect(el.citizen?.assuranceLevel).toBe(2));
    await expect(await loggedOut).toBe(true);
    await offers(el, 2);
    await expect(el.citizen).toBeUndefined();
  },
};

/** The session check fails (the backend answers 503): a message and “Thử lại”. */
export const SessionError: Story = {
  name: 'Error — session unavailable',
  args: { client: faultyClient('status=503') },
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement, 'dvc-login');
    await waitFor(() => expect(part(el, 'retry-button')).not.toBeNull());
  },
};

/** The connection drops during the session check. */
export const NetworkError: Story = {
  name: 'Error — network',
  args: { client: faultyClient('drop') },
  play: SessionError.play,
};

/**
 * Back from the backend with `?login_error=AUTH_ASSURANCE_TOO_LOW` (the
 * service asks for level 2, `acr="2"`, and the citizen used a level-1
 * account): the widget says why, offers a retry, and removes the parameter
 * from the address bar.
 */
export const RefusedByBackend: Story = {
  name: 'Error — refused by the backend (level too low)',
  args: { acr: '2' },
  beforeEach: () => {
    const url = new URL(location.href);
    url.searchParams.set('login_error', 'AUTH_ASSURANCE_TOO_LOW');
    history.replaceState(history.state, '', url.href);
    return () => {
      // Whatever the widget did, leave the address as it was for the next story.
      const after = new URL(location.href);
      after.searchParams.delete('login_error');
      history.replaceState(history.state, '', after.href);
    };
  },
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement, 'dvc-login');
    await waitFor(() => expect(part(el, 'retry-button')).not.toBeNull());
    await expect(new URL(location.href).searchParams.has('login_error')).toBe(false);
  },
};

/**
 * Storybook shows stories in a frame, where a sign-in is refused unless the
 * host sets `allow-in-frame` (clickjacking): choosing a provider shows why,
 * with a link to open the page in its own window.
 */
export const RefusedInFrame: Story = {
  name: 'Error — sign-in inside a frame refused',
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement, 'dvc-login');
    await offers(el, 2);
    // Opened on its own (not framed), the refusal cannot happen: stay signed out.
    if (window.top === window.self) return;
    providerButtons(el)[0]?.click();
    await waitFor(() => expect(part(el, 'retry-button')).not.toBeNull());
  },
};

/** The dark theme, signed in. */
export const ThemeDark: Story = {
  name: 'Theme — dark',
  globals: { theme: 'dark' },
  beforeEach: SignedInLevel2.beforeEach,
  play: SignedInLevel2.play,
};

/** The provincial example theme, signed out (the providers keep their own colours). */
export const ThemeHue: Story = {
  name: 'Theme — provincial example (hue)',
  globals: { theme: 'hue' },
  play: SignedOutSeveralProviders.play,
};

/** The high-contrast preview (an approximation of forced colours; see Accessibility). */
export const ThemeContrast: Story = {
  name: 'Theme — high contrast preview',
  globals: { theme: 'contrast' },
  play: SignedOutSeveralProviders.play,
};

/** At 320 px: no horizontal scrolling. */
export const SmallPhone: Story = {
  name: '320 px wide',
  globals: { viewport: { value: 'w320' } },
  beforeEach: SignedInLevel2.beforeEach,
  play: async (context) => {
    await SignedInLevel2.play?.(context);
    const el = await widget(context.canvasElement, 'dvc-login');
    await expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
  },
};
