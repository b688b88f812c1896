/**
 * End to end against the sandbox's real OpenID Connect provider, over real
 * loopback HTTP: a portal page on the sandbox's origin (served by it, as a
 * portal's backend serves its pages) is driven in its own Playwright page,
 * because signing in navigates the whole page to the provider and back.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { commands } from 'vitest/browser';
import type { PortalStorage } from './browser-commands';

const origin = inject('sandboxUrl');
const bffPage = `${origin}/bff/`;
const publicPage = `${origin}/login/callback`;
/** What the sandbox citizen An's identity number is; it must never reach the page unmasked. */
const FULL_ID = '001090001234';

interface Recorded {
  type: string;
  detail: Record<string, unknown>;
}

const events = () => commands.portalEval<Recorded[]>('return window.loginEvents;');
const widgetText = () =>
  commands.portalEval<string>(
    `return document.querySelector('dvc-login')?.shadowRoot?.querySelector('.view')?.textContent?.replace(/\\s+/g, ' ').trim() ?? '';`,
  );
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls the widget's text (locators would wait for a held navigation to finish). */
async function waitForWidgetText(part: string): Promise<void> {
  for (let i = 0; i < 100 && !(await widgetText()).includes(part); i++) await sleep(50);
  expect(await widgetText()).toContain(part);
}

const authorizeCount = async () =>
  (await commands.portalNavigations()).filter((u) => new URL(u).pathname.startsWith('/oidc/auth'))
    .length;

/**
 * Does `act` (which starts a sign-in), then, at the sandbox provider, chooses
 * the first citizen (An, level 2) and consents when asked, until the page is
 * back at `backTo`. A provider session from an earlier sign-in may skip both
 * (single sign-on), so this follows whatever the provider shows.
 */
async function signIn(backTo: string, act: () => Promise<void>): Promise<void> {
  const before = await authorizeCount();
  await act();
  for (let i = 0; i < 100 && (await authorizeCount()) === before; i++) await sleep(50);
  for (let i = 0; i < 200; i++) {
    // Back when a navigation to `backTo` follows the provider's (the URL alone
    // may still be the old page while the provider's answer is on its way).
    const navigations = await commands.portalNavigations();
    const lastAuthorize = navigations.findLastIndex((u) =>
      new URL(u).pathname.startsWith('/oidc/'),
    );
    if (navigations.slice(lastAuthorize + 1).some((u) => u.startsWith(backTo))) {
      await commands.portalWaitForUrl(`^${backTo.replace(/[.?]/g, '\\$&')}`);
      return;
    }
    const form = await commands.portalEval<string | null>(
      `return document.querySelector('form[action$="/login"], form[action$="/confirm"]')?.getAttribute('action') ?? null;`,
    );
    if (form?.endsWith('/login')) await commands.portalClick('button', '^Đăng nhập');
    else if (form?.endsWith('/confirm')) await commands.portalClick('button', '^Đồng ý');
    else await sleep(50);
  }
  throw new Error(`never came back to ${backTo}`);
}

/** Expects no token-like value anywhere the page can store data. */
function expectNoToken(storage: PortalStorage): void {
  const everything = JSON.stringify(storage);
  // A JWT (ID or access token) or opaque token would show up in one of these.
  expect(everything).not.toMatch(/eyJ[\w-]+\.[\w-]+/);
  expect(storage.localStorage).toEqual({});
  expect(storage.sessionStorage).toEqual({});
  expect(storage.indexedDB).toEqual([]);
  // The BFF session cookie is HttpOnly: the page cannot read it.
  expect(storage.cookie).toBe('');
  expect(everything).not.toContain(FULL_ID);
}

afterEach(async () => {
  await commands.portalClose();
});

describe('BFF mode against the sandbox', { timeout: 60_000 }, () => {
  it('signs in and out with the keyboard only; focus lands on the result; no token on the page', async () => {
    await commands.portalOpen(bffPage);
    await commands.portalWaitForText('Đăng nhập bằng VNeID');
    expect(await widgetText()).toContain('Đăng nhập bằng tài khoản Cổng Dịch vụ công quốc gia');

    await commands.portalPress(['Tab']);
    expect(await commands.portalFocused()).toMatch(
      /^button\[part=provider-button\]: Đăng nhập bằng VNeID/,
    );
    await signIn(bffPage, () => commands.portalPress(['Enter']));

    await commands.portalWaitForUrl(`^${bffPage}$`);
    await commands.portalWaitForText('Đã đăng nhập với tên Nguyễn Văn An');
    const text = await widgetText();
    expect(text).toContain('0010****1234');
    expect(text).toContain('Mức 2');
    expect(text).not.toContain(FULL_ID);
    // Back from the provider, focus is on what happened.
    expect(await commands.portalFocused()).toMatch(
      /^p\[part=status\]: Đã đăng nhập với tên Nguyễn Văn An/,
    );

    const navigations = await commands.portalNavigations();
    const login = navigations.map((u) => new URL(u)).find((u) => u.pathname === '/auth/login');
    expect(login?.searchParams.get('provider')).toBe('vneid');
    expect(login?.searchParams.get('returnTo')).toBe('/bff/');

    const recorded = await events();
    expect(recorded.map((e) => e.type)).toEqual(['dvc-login-success']);
    expect(recorded[0]?.detail).toEqual({
      citizen: {
        name: 'Nguyễn Văn An',
        maskedId: '0010****1234',
        assuranceLevel: 2,
        provider: 'vneid',
      },
      restored: false,
    });
    expectNoToken(await commands.portalStorage());

    // A reload finds the session (restored), still without any token.
    await commands.portalOpen(bffPage);
    await commands.portalWaitForText('Đã đăng nhập với tên Nguyễn Văn An');
    expect((await events())[0]?.detail).toMatchObject({ restored: true });

    await commands.portalPress(['Tab']);
    expect(await commands.portalFocused()).toMatch(/^button\[part=sign-out-button\]: Đăng xuất/);
    await commands.portalPress(['Enter']);
    await commands.portalWaitForText('Đăng nhập bằng VNeID');
    expect(await commands.portalFocused()).toMatch(
      /^button\[part=provider-button\]: Đăng nhập bằng VNeID/,
    );
    expect((await events()).map((e) => e.type)).toEqual(['dvc-login-success', 'dvc-logout']);

    // The backend really ended the session.
    await commands.portalOpen(bffPage);
    await commands.portalWaitForText('Đăng nhập bằng VNeID');
    expectNoToken(await commands.portalStorage());
  });

  it('axe finds no violation while redirecting and signed in, in vi and en', async () => {
    for (const lang of ['vi', 'en']) {
      await commands.portalOpen(bffPage);
      await commands.portalEval(`document.documentElement.lang = '${lang}';`);
      await commands.portalWaitForText(
        lang === 'vi' ? 'Đăng nhập bằng VNeID' : 'Sign in with VNeID',
      );
      expect(await commands.portalAxe()).toEqual([]);
      await commands.portalHold(`${origin}/auth/login`);
      const button = lang === 'vi' ? 'Đăng nhập bằng VNeID' : 'Sign in with VNeID';
      await commands.portalClick('button', button);
      await waitForWidgetText(lang === 'vi' ? 'Đang chuyển đến VNeID' : 'Taking you to VNeID');
      expect(await commands.portalAxe()).toEqual([]);
      await commands.portalRelease();
      await commands.portalOpen(bffPage);
      await commands.portalEval(`document.documentElement.lang = '${lang}';`);
      await signIn(bffPage, () => commands.portalClick('button', button));
      await commands.portalWaitForUrl(`^${bffPage}$`);
      await commands.portalEval(`document.documentElement.lang = '${lang}';`);
      await commands.portalWaitForText(
        lang === 'vi' ? 'Đã đăng nhập với tên Nguyễn Văn An' : 'Signed in as Nguyễn Văn An',
      );
      expect(await commands.portalAxe()).toEqual([]);
      await commands.portalClose();
    }
  });
});

describe('BFF mode: refusals the backend reports', { timeout: 60_000 }, () => {
  const callbackPrefix = `${origin}/auth/callback`;

  /**
   * Starts a sign-in with the widget's button and, at the sandbox provider,
   * chooses `citizen` and consents, until the provider redirects to the
   * BFF's callback; that redirect is stopped and its URL returned (the BFF
   * has not seen it). `authorize` parameters are set on the provider
   * authorization URL in transit.
   */
  async function caughtCallback(
    options: { citizen?: string; authorize?: Record<string, string>; button?: string } = {},
  ): Promise<string> {
    await commands.portalCatchCallback(origin, callbackPrefix, options.authorize);
    await commands.portalClick('button', options.button ?? 'Đăng nhập bằng VNeID');
    for (let i = 0; i < 200; i++) {
      const url = await commands.portalCaught();
      if (url) return url;
      const form = await commands.portalEval<string | null>(
        `return document.querySelector('form[action$="/login"], form[action$="/confirm"]')?.getAttribute('action') ?? null;`,
      );
      if (form?.endsWith('/login')) {
        if (options.citizen) await commands.portalClick('radio', options.citizen);
        await commands.portalClick('button', '^Đăng nhập');
      } else if (form?.endsWith('/confirm')) await commands.portalClick('button', '^Đồng ý');
      else await sleep(50);
    }
    throw new Error('the provider never redirected to the callback');
  }

  /** Sends the (tampered or replayed) callback URL to the BFF, as the browser would. */
  async function deliver(url: string): Promise<void> {
    await commands.portalOpen(url);
    await commands.portalWaitForUrl(`^${bffPage.replace(/[.?]/g, '\\$&')}`);
  }

  /** What `GET /v1/session` says to the page (the session cookie goes along, unseen by script). */
  const sessionSeenByPage = () =>
    commands.portalEval<{ authenticated: boolean }>(
      `return (await fetch('/v1/session', { credentials: 'include' })).json();`,
    );

  async function expectRefusal(code: string, message: string): Promise<void> {
    await commands.portalWaitForText('Không đăng nhập được');
    const text = await widgetText();
    expect(text).toContain(message);
    expect(text).toContain('Thử lại');
    expect((await events()).filter((e) => e.type === 'dvc-login-error')).toEqual([
      { type: 'dvc-login-error', detail: { code } },
    ]);
    expect((await events()).some((e) => e.type === 'dvc-login-success')).toBe(false);
    expect(await commands.portalFocused()).toMatch(/^p\[part=status\]: Không đăng nhập được/);
    // Back on the portal page, the code read and removed from the address bar.
    expect(await commands.portalUrl()).toBe(bffPage);
    expect(await sessionSeenByPage()).toEqual({ authenticated: false });
    expectNoToken(await commands.portalStorage());
  }

  const invalid = 'Phản hồi đăng nhập không hợp lệ hoặc đã được sử dụng';

  it('a tampered state ends in AUTH_STATE_MISMATCH, no session', async () => {
    await commands.portalOpen(bffPage);
    await commands.portalWaitForText('Đăng nhập bằng VNeID');
    const url = new URL(await caughtCallback());
    url.searchParams.set('state', 'x'.repeat(43));
    await deliver(url.href);
    await expectRefusal('AUTH_STATE_MISMATCH', invalid);
  });

  it('a wrong iss ends in AUTH_ISSUER_MISMATCH, no session', async () => {
    await commands.portalOpen(bffPage);
    await commands.portalWaitForText('Đăng nhập bằng VNeID');
    const url = new URL(await caughtCallback());
    expect(url.searchParams.get('iss')).toBe(`${origin}/oidc`);
    url.searchParams.set('iss', 'https://idp.example.com/oidc');
    await deliver(url.href);
    await expectRefusal('AUTH_ISSUER_MISMATCH', invalid);
  });

  it('a wrong nonce ends in AUTH_NONCE_MISMATCH, no session', async () => {
    await commands.portalOpen(bffPage);
    await commands.portalWaitForText('Đăng nhập bằng VNeID');
    // The nonce is replaced on the way to the provider: the ID token carries that one,
    // the BFF expects its own.
    const url = await caughtCallback({ authorize: { nonce: 'n'.repeat(43) } });
    await deliver(url);
    await expectRefusal('AUTH_NONCE_MISMATCH', invalid);
  });

  it('a replayed code ends in AUTH_CODE_INVALID, no session', async () => {
    await commands.portalOpen(bffPage);
    await commands.portalWaitForText('Đăng nhập bằng VNeID');
    const first = await caughtCallback();
    await deliver(first);
    await commands.portalWaitForText('Đã đăng nhập với tên Nguyễn Văn An');
    await commands.portalClick('button', 'Đăng xuất');
    await commands.portalWaitForText('Đăng nhập bằng VNeID');
    // A new sign-in (fresh state); its response is replaced by the used code.
    const second = new URL(await caughtCallback());
    const replay = new URL(first);
    replay.searchParams.set('state', second.searchParams.get('state')!);
    await commands.portalOpen(bffPage); // a fresh page: only this sign-in's events count
    await commands.portalWaitForText('Đăng nhập bằng VNeID');
    await deliver(replay.href);
    await expectRefusal('AUTH_CODE_INVALID', invalid);
  });

  it('the same callback delivered twice: the second is AUTH_STATE_MISMATCH and ends nothing', async () => {
    await commands.portalOpen(bffPage);
    await commands.portalWaitForText('Đăng nhập bằng VNeID');
    const url = await caughtCallback();
    await deliver(url);
    await commands.portalWaitForText('Đã đăng nhập với tên Nguyễn Văn An');
    await commands.portalClick('button', 'Đăng xuất');
    await commands.portalWaitForText('Đăng nhập bằng VNeID');
    await commands.portalOpen(bffPage);
    await commands.portalWaitForText('Đăng nhập bằng VNeID');
    await deliver(url);
    await expectRefusal('AUTH_STATE_MISMATCH', invalid);
  });

  it('acr="2" and a level 1 account end in AUTH_ASSURANCE_TOO_LOW, no session', async () => {
    await commands.portalOpen(bffPage);
    await commands.portalEval(`document.querySelector('dvc-login').acr = '2';`);
    await commands.portalWaitForText('Đăng nhập bằng VNeID');
    const url = await caughtCallback({ citizen: 'Trần Thị Bình' });
    const login = (await commands.portalNavigations())
      .map((u) => new URL(u))
      .findLast((u) => u.pathname === '/auth/login');
    expect(login?.searchParams.get('acr')).toBe('urn:vneid:loa:2');
    await deliver(url);
    await expectRefusal('AUTH_ASSURANCE_TOO_LOW', 'yêu cầu tài khoản định danh điện tử mức 2');
  });

  it('signs in with the national portal account (dvcqg): the session reports that provider', async () => {
    await commands.portalOpen(bffPage);
    await commands.portalWaitForText('Đăng nhập bằng VNeID');
    const url = await caughtCallback({
      button: 'Đăng nhập bằng tài khoản Cổng Dịch vụ công quốc gia',
    });
    await deliver(url);
    await commands.portalWaitForText('Đã đăng nhập với tên Nguyễn Văn An');
    expect((await events()).find((e) => e.type === 'dvc-login-success')?.detail).toMatchObject({
      citizen: { provider: 'dvcqg', maskedId: '0010****1234' },
    });
    expectNoToken(await commands.portalStorage());
  });
});

describe('public mode against the sandbox', { timeout: 60_000 }, () => {
  /** Starts a sign-in and stops the provider's redirect back, returning its URL. */
  async function callbackUrl(): Promise<string> {
    await commands.portalOpen(publicPage);
    await commands.portalWaitForText('Đăng nhập bằng VNeID');
    await commands.portalArmCapture(publicPage);
    await signIn(publicPage, () => commands.portalClick('button', 'Đăng nhập bằng VNeID'));
    return commands.portalCapturedCallback();
  }

  async function expectError(code: string): Promise<void> {
    await commands.portalWaitForText('Không đăng nhập được');
    expect(await widgetText()).toContain('Phản hồi đăng nhập không hợp lệ hoặc đã được sử dụng');
    expect((await events()).filter((e) => e.type === 'dvc-login-error')).toEqual([
      { type: 'dvc-login-error', detail: { code } },
    ]);
    expect((await events()).some((e) => e.type === 'dvc-login-success')).toBe(false);
    expect(await commands.portalFocused()).toMatch(/^p\[part=status\]: Không đăng nhập được/);
    // The response left the address bar, and nothing was kept.
    expect(new URL(await commands.portalUrl()).search).toBe('');
    expectNoToken(await commands.portalStorage());
  }

  it('signs in with PKCE, state and nonce, keeps tokens in memory only, and signs out', async () => {
    await commands.portalOpen(publicPage);
    await commands.portalWaitForText('Đăng nhập bằng VNeID');
    await commands.portalPress(['Tab', 'Enter']);
    await commands.portalWaitForUrl('/oidc/interaction/');

    const authorize = (await commands.portalNavigations())
      .map((u) => new URL(u))
      .find((u) => u.pathname === '/oidc/auth');
    const q = authorize!.searchParams;
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('client_id')).toBe('dvc-sandbox-browser');
    // 32 random bytes, base64url: 43 characters.
    expect(q.get('state')).toMatch(/^[\w-]{43}$/);
    expect(q.get('nonce')).toMatch(/^[\w-]{43}$/);
    expect(q.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    // While away, only the one-time values wait in this tab's sessionStorage.
    const pending = await commands.portalEval<string>(
      `return sessionStorage.getItem('dvc-login:pending');`,
    );
    expect(JSON.parse(pending)).toMatchObject({ state: q.get('state'), nonce: q.get('nonce') });

    await signIn(publicPage, async () => {});
    await commands.portalWaitForText('Đã đăng nhập với tên Nguyễn Văn An');
    const text = await widgetText();
    expect(text).toContain('0010****1234');
    expect(text).toContain('Mức 2');
    expect(new URL(await commands.portalUrl()).search).toBe('');
    expect(await commands.portalFocused()).toMatch(/^p\[part=status\]: Đã đăng nhập/);
    const recorded = await events();
    expect(recorded).toEqual([
      {
        type: 'dvc-login-success',
        detail: {
          citizen: {
            name: 'Nguyễn Văn An',
            maskedId: '0010****1234',
            assuranceLevel: 2,
            provider: 'vneid',
          },
          restored: false,
        },
      },
    ]);
    expect(JSON.stringify(recorded)).not.toContain(FULL_ID);
    expectNoToken(await commands.portalStorage());
    // The token is in the element's memory, for the page's own API calls.
    expect(
      await commands.portalEval<string>(
        `return typeof document.querySelector('dvc-login').getAccessToken();`,
      ),
    ).toBe('string');

    await commands.portalPress(['Tab', 'Enter']);
    await commands.portalWaitForText('Đăng nhập bằng VNeID');
    expect(await commands.portalFocused()).toMatch(/^button\[part=provider-button\]/);
    expect((await events()).map((e) => e.type)).toEqual(['dvc-login-success', 'dvc-logout']);
    expect(
      await commands.portalEval(
        `return document.querySelector('dvc-login').getAccessToken() ?? null;`,
      ),
    ).toBeNull();
  });

  it('axe finds no violation while redirecting, signed in and in error, in vi and en', async () => {
    for (const lang of ['vi', 'en']) {
      const en = lang === 'en';
      const setLang = () => commands.portalEval(`document.documentElement.lang = '${lang}';`);
      await commands.portalOpen(publicPage);
      await setLang();
      await waitForWidgetText(en ? 'Sign in with VNeID' : 'Đăng nhập bằng VNeID');
      expect(await commands.portalAxe()).toEqual([]);
      await commands.portalHold(`${origin}/oidc/auth`);
      await commands.portalClick('button', en ? 'Sign in with VNeID' : 'Đăng nhập bằng VNeID');
      await waitForWidgetText(en ? 'Taking you to VNeID' : 'Đang chuyển đến VNeID');
      expect(await commands.portalAxe()).toEqual([]);
      await commands.portalRelease();

      const url = new URL(await callbackUrl());
      await commands.portalOpen(url.href);
      await setLang();
      await waitForWidgetText(en ? 'Signed in as Nguyễn Văn An' : 'Đã đăng nhập với tên');
      expect(await commands.portalAxe()).toEqual([]);

      await commands.portalOpen(url.href);
      await setLang();
      await waitForWidgetText(en ? 'Could not sign in' : 'Không đăng nhập được');
      expect(await commands.portalAxe()).toEqual([]);
      await commands.portalClose();
    }
  });

  it('a tampered state ends in AUTH_STATE_MISMATCH', async () => {
    const url = new URL(await callbackUrl());
    url.searchParams.set('state', 'x'.repeat(43));
    await commands.portalOpen(url.href);
    await expectError('AUTH_STATE_MISMATCH');
  });

  it('a wrong iss ends in AUTH_ISSUER_MISMATCH', async () => {
    const url = new URL(await callbackUrl());
    url.searchParams.set('iss', 'https://idp.example.com/oidc');
    await commands.portalOpen(url.href);
    await expectError('AUTH_ISSUER_MISMATCH');
  });

  it('a wrong nonce ends in AUTH_NONCE_MISMATCH', async () => {
    const url = await callbackUrl();
    // The ID token will carry the nonce sent; the one kept for the check differs.
    await commands.portalEval(`
      const pending = JSON.parse(sessionStorage.getItem('dvc-login:pending'));
      pending.nonce = 'n'.repeat(43);
      sessionStorage.setItem('dvc-login:pending', JSON.stringify(pending));
    `);
    await commands.portalOpen(url);
    await expectError('AUTH_NONCE_MISMATCH');
  });

  it('a replayed code ends in AUTH_CODE_INVALID', async () => {
    const first = await callbackUrl();
    await commands.portalOpen(first);
    await commands.portalWaitForText('Đã đăng nhập với tên Nguyễn Văn An');
    // A new sign-in starts (fresh state); the old response is replayed with the new state.
    const second = new URL(await callbackUrl());
    const replay = new URL(first);
    replay.searchParams.set('state', second.searchParams.get('state')!);
    await commands.portalOpen(replay.href);
    await commands.portalWaitForText('Không đăng nhập được');
    const errors = (await events()).filter((e) => e.type === 'dvc-login-error');
    expect(errors).toEqual([{ type: 'dvc-login-error', detail: { code: 'AUTH_CODE_INVALID' } }]);
    expect(await widgetText()).toContain('Phản hồi đăng nhập không hợp lệ hoặc đã được sử dụng');
    expect(new URL(await commands.portalUrl()).search).toBe('');
    expectNoToken(await commands.portalStorage());
  });

  it('the same response used twice ends in AUTH_STATE_MISMATCH (state is single use)', async () => {
    const url = await callbackUrl();
    await commands.portalOpen(url);
    await commands.portalWaitForText('Đã đăng nhập với tên Nguyễn Văn An');
    await commands.portalOpen(url);
    await expectError('AUTH_STATE_MISMATCH');
  });
});
