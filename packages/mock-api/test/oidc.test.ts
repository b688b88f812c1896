/**
 * The BFF login against the real provider over real HTTP. Every refusal is
 * produced by tampering with what travels through the browser (URLs), so the
 * BFF's real checks (oauth4webapi: state, iss, nonce; the provider: code
 * reuse, exact redirect URI, PKCE) are what refuse it.
 */
import * as oauth from 'oauth4webapi';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CITIZENS } from '../src/index';
import { BROWSER_CLIENT_ID, startSandbox, type Sandbox } from '../src/sandbox/index';
import { CookieJar, location } from './support/jar';
import { authorizeAtProvider, follow, login, startLogin } from './support/login';

let sandbox: Sandbox;
const logs: string[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({
    port: 0,
    log: (line) => logs.push(line),
    browserRedirectUris: ['http://127.0.0.1/browser-callback'],
  });
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.store.reset());

const callbackPrefix = () => `${sandbox.url}/auth/callback`;

async function sessionOf(jar: CookieJar) {
  return (await jar.fetch(`${sandbox.url}/v1/session`)).json();
}

/**
 * Asserts the callback was refused for `why`: a 303 back to `target` with
 * `login_error=code`, and no session anywhere.
 */
async function expectRefused(
  jar: CookieJar,
  response: Response,
  why: RegExp,
  code: string,
  target: string,
) {
  expect(response.status).toBe(303);
  const back = new URL(response.headers.get('location') ?? '', sandbox.url);
  expect(back.origin).toBe(sandbox.url);
  expect(back.searchParams.get('login_error')).toBe(code);
  back.searchParams.delete('login_error');
  expect(`${back.pathname}${back.search}`).toBe(target);
  expect(response.headers.getSetCookie().some((c) => c.startsWith('dvc_session='))).toBe(false);
  expect(jar.get('dvc_session')).toBeUndefined();
  expect(sandbox.store.sessionCount()).toBe(0);
  expect(await sessionOf(jar)).toEqual({ authenticated: false });
  // The refusal came from the check this case is about, not from something earlier.
  expect(logs.at(-1)).toMatch(why);
  expect(logs.at(-1)).toContain(`(${code})`);
}

describe('BFF login through the sandbox provider', () => {
  it('a full login gives an HttpOnly session and GET /v1/session returns the citizen', async () => {
    const jar = new CookieJar();
    const done = await login(jar, sandbox.url, 'cit-binh', '/ho-so?tab=1');
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/ho-so?tab=1');
    const cookie = done.headers.getSetCookie().find((c) => c.startsWith('dvc_session='));
    expect(cookie).toMatch(/; Path=\/; HttpOnly; SameSite=Lax$/);
    expect(await sessionOf(jar)).toMatchObject({
      authenticated: true,
      citizen: {
        name: 'Trần Thị Bình',
        maskedId: '0481****6789',
        assuranceLevel: 1,
        provider: 'vneid',
      },
    });
    expect(sandbox.store.sessionCount()).toBe(1);
  });

  it('sends every login through PKCE S256 with state and nonce, and asks for a fresh sign-in', async () => {
    const authorize = new URL(await startLogin(new CookieJar(), sandbox.url));
    expect(authorize.origin + authorize.pathname).toBe(`${sandbox.issuer}/auth`);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(authorize.searchParams.get('redirect_uri')).toBe(callbackPrefix());
  });

  it('returns only to the same origin', async () => {
    for (const evil of [
      '//evil.example/x',
      'https://evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
    ]) {
      const jar = new CookieJar();
      const done = await login(jar, sandbox.url, 'cit-an', evil);
      expect(done.headers.get('location'), evil).toBe('/');
    }
    const jar = new CookieJar();
    const done = await login(jar, sandbox.url, 'cit-an', `${sandbox.url}/trang?x=1`);
    expect(done.headers.get('location')).toBe('/trang?x=1');
  });

  it("refuses a tampered state, back to / (not to the login's returnTo, nor the query's)", async () => {
    const jar = new CookieJar();
    const { callbackUrl } = await authorizeAtProvider(
      jar,
      await startLogin(jar, sandbox.url, '/ho-so'),
      'cit-an',
      callbackPrefix(),
    );
    const url = new URL(callbackUrl);
    url.searchParams.set('state', `${url.searchParams.get('state')}x`);
    url.searchParams.set('returnTo', '/from-the-query');
    await expectRefused(
      jar,
      await jar.fetch(url.href),
      /unexpected "state"/,
      'AUTH_STATE_MISMATCH',
      '/',
    );
    // The login is used up: the untampered response finds nothing either.
    await expectRefused(
      jar,
      await jar.fetch(callbackUrl),
      /no login in progress/,
      'AUTH_STATE_MISMATCH',
      '/',
    );
  });

  it("goes back to the login's own returnTo (with its query), never to one in the callback", async () => {
    const jar = new CookieJar();
    const { callbackUrl } = await authorizeAtProvider(
      jar,
      await startLogin(jar, sandbox.url, '/ho-so?tab=1#top'),
      'cit-an',
      callbackPrefix(),
    );
    const url = new URL(callbackUrl);
    url.searchParams.set('iss', 'https://evil.example/oidc');
    url.searchParams.set('returnTo', 'https://evil.example/');
    const response = await jar.fetch(url.href);
    expect(response.headers.get('location')).toBe(
      '/ho-so?tab=1&login_error=AUTH_ISSUER_MISMATCH#top',
    );
    expect(sandbox.store.sessionCount()).toBe(0);
  });

  it('refuses an ID token with another nonce', async () => {
    const jar = new CookieJar();
    // Injected nonce: the provider signs what it was asked for; the BFF expects its own.
    const authorize = new URL(await startLogin(jar, sandbox.url, '/ho-so'));
    authorize.searchParams.set('nonce', 'injected-by-an-attacker');
    const { callbackUrl } = await authorizeAtProvider(
      jar,
      authorize.href,
      'cit-an',
      callbackPrefix(),
    );
    await expectRefused(
      jar,
      await jar.fetch(callbackUrl),
      /ID Token "nonce"/,
      'AUTH_NONCE_MISMATCH',
      '/ho-so',
    );
  });

  it('refuses an ID token without the claims a session needs (scope trimmed in transit)', async () => {
    const jar = new CookieJar();
    const authorize = new URL(await startLogin(jar, sandbox.url));
    authorize.searchParams.set('scope', 'openid');
    const { callbackUrl } = await authorizeAtProvider(
      jar,
      authorize.href,
      'cit-an',
      callbackPrefix(),
    );
    await expectRefused(
      jar,
      await jar.fetch(callbackUrl),
      /lacks a usable name, identity number/,
      'AUTH_TOKEN_INVALID',
      '/',
    );
  });

  it('refuses a wrong or missing iss (RFC 9207)', async () => {
    for (const tamper of [
      (u: URL) => u.searchParams.set('iss', 'https://evil.example/oidc'),
      (u: URL) => u.searchParams.delete('iss'),
    ]) {
      const jar = new CookieJar();
      const { callbackUrl } = await authorizeAtProvider(
        jar,
        await startLogin(jar, sandbox.url, '/ho-so'),
        'cit-an',
        callbackPrefix(),
      );
      const url = new URL(callbackUrl);
      expect(url.searchParams.get('iss')).toBe(sandbox.issuer);
      tamper(url);
      await expectRefused(
        jar,
        await jar.fetch(url.href),
        /"iss"/,
        'AUTH_ISSUER_MISMATCH',
        '/ho-so',
      );
    }
  });

  it('refuses a reused code: replayed callback, and a code redeemed under a new login', async () => {
    const jar = new CookieJar();
    const { callbackUrl } = await authorizeAtProvider(
      jar,
      await startLogin(jar, sandbox.url),
      'cit-an',
      callbackPrefix(),
    );
    expect((await jar.fetch(callbackUrl)).status).toBe(303);
    sandbox.store.reset(); // forget the good session; the replays must not create one

    // Replayed by the same browser (its login is used up; its old session cookie is stale)…
    const again = await jar.fetch(callbackUrl);
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe('/?login_error=AUTH_STATE_MISMATCH');
    expect(again.headers.getSetCookie().some((c) => c.startsWith('dvc_session='))).toBe(false);
    expect(sandbox.store.sessionCount()).toBe(0);
    expect(logs.at(-1)).toMatch(/no login in progress/);
    // …and by another one.
    const replay = new CookieJar();
    await expectRefused(
      replay,
      await replay.fetch(callbackUrl),
      /no login in progress/,
      'AUTH_STATE_MISMATCH',
      '/',
    );

    // A fresh login whose state is presented with the old code: state and iss pass,
    // so the provider's token endpoint is what refuses the consumed code.
    const other = new CookieJar();
    const state =
      new URL(await startLogin(other, sandbox.url, '/ho-so')).searchParams.get('state') ?? '';
    const url = new URL(callbackUrl);
    url.searchParams.set('state', state);
    await expectRefused(
      other,
      await other.fetch(url.href),
      /token endpoint refused: invalid_grant/,
      'AUTH_CODE_INVALID',
      '/ho-so',
    );
  });

  it('the provider itself refuses a second redemption of a code (public browser client)', async () => {
    const jar = new CookieJar();
    const issuer = new URL(sandbox.issuer);
    const insecure = { [oauth.allowInsecureRequests]: true };
    const as = await oauth.processDiscoveryResponse(
      issuer,
      await oauth.discoveryRequest(issuer, insecure),
    );
    const client = { client_id: BROWSER_CLIENT_ID };
    const verifier = oauth.generateRandomCodeVerifier();
    const redirectUri = 'http://127.0.0.1/browser-callback';
    const authorize = new URL(as.authorization_endpoint as string);
    for (const [k, v] of Object.entries({
      client_id: BROWSER_CLIENT_ID,
      redirect_uri: redirectUri,
      response_type: 'code',
      scope: 'openid profile cccd_masked',
      code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: 's1',
    })) {
      authorize.searchParams.set(k, v);
    }
    const { callbackUrl } = await authorizeAtProvider(jar, authorize.href, 'cit-an', redirectUri);
    const params = oauth.validateAuthResponse(as, client, new URL(callbackUrl), 's1');
    const redeem = async () =>
      oauth.processAuthorizationCodeResponse(
        as,
        client,
        await oauth.authorizationCodeGrantRequest(
          as,
          client,
          oauth.None(),
          params,
          redirectUri,
          verifier,
          insecure,
        ),
        { expectedNonce: oauth.expectNoNonce },
      );
    const result = await redeem();
    expect(result).toMatchObject({ token_type: expect.stringMatching(/bearer/i) });
    // The browser gets the masked number only: no 12-digit number in the ID token or userinfo.
    const claims = oauth.getValidatedIdTokenClaims(result);
    expect(claims).toMatchObject({ name: 'Nguyễn Văn An', cccd_masked: '0010****1234' });
    expect(claims).not.toHaveProperty('cccd');
    const payload = Buffer.from(result.id_token!.split('.')[1]!, 'base64url').toString();
    expect(payload).not.toMatch(/\d{12}/);
    const userinfo = await oauth.userInfoRequest(as, client, result.access_token, insecure);
    const info = await userinfo.text();
    expect(info).toContain('0010****1234');
    expect(info).not.toMatch(/\d{12}/);
    await expect(redeem()).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('the public browser client may not ask for the cccd scope (invalid_scope, no code)', async () => {
    const jar = new CookieJar();
    const redirectUri = 'http://127.0.0.1/browser-callback';
    const authorize = new URL(`${sandbox.issuer}/auth`);
    for (const [k, v] of Object.entries({
      client_id: BROWSER_CLIENT_ID,
      redirect_uri: redirectUri,
      response_type: 'code',
      scope: 'openid profile cccd',
      code_challenge: await oauth.calculatePKCECodeChallenge(oauth.generateRandomCodeVerifier()),
      code_challenge_method: 'S256',
      state: 's2',
    })) {
      authorize.searchParams.set(k, v);
    }
    const { url } = await follow(jar, authorize.href, (u) => u.startsWith(redirectUri));
    const back = new URL(url);
    expect(back.searchParams.get('error')).toBe('invalid_scope');
    expect(back.searchParams.get('code')).toBeNull();
  });

  it('refuses an inexact redirect URI at the provider (no redirect, no session)', async () => {
    for (const bad of [
      `${callbackPrefix()}/`,
      `${callbackPrefix()}?x=1`,
      callbackPrefix().replace('127.0.0.1', 'localhost'),
    ]) {
      const jar = new CookieJar();
      const authorize = new URL(await startLogin(jar, sandbox.url));
      authorize.searchParams.set('redirect_uri', bad);
      const response = await jar.fetch(authorize.href);
      expect(response.status, bad).toBe(400);
      expect(response.headers.get('location')).toBeNull();
      expect(await response.text()).toContain('redirect_uri');
      expect(sandbox.store.sessionCount()).toBe(0);
    }
  });

  it('requires PKCE with S256', async () => {
    for (const tamper of [
      (u: URL) => {
        u.searchParams.delete('code_challenge');
        u.searchParams.delete('code_challenge_method');
      },
      (u: URL) => u.searchParams.set('code_challenge_method', 'plain'),
    ]) {
      const jar = new CookieJar();
      const authorize = new URL(await startLogin(jar, sandbox.url));
      tamper(authorize);
      const { url } = await follow(jar, authorize.href, (u) => u.startsWith(callbackPrefix()));
      // The provider sends the error back to the (valid) redirect URI; the BFF refuses it.
      expect(new URL(url).searchParams.get('error')).toBe('invalid_request');
      await expectRefused(
        jar,
        await jar.fetch(url),
        /provider error invalid_request/,
        'AUTH_PROVIDER_ERROR',
        '/',
      );
    }
  });

  it('a cancelled sign-in comes back as access_denied and is refused', async () => {
    const jar = new CookieJar();
    const { response, url } = await follow(jar, await startLogin(jar, sandbox.url, '/ho-so'));
    const uid = /interaction\/([\w-]+)/.exec(url)?.[1];
    const cancelled = await jar.fetch(`${sandbox.url}/oidc/interaction/${uid}/abort`, {
      method: 'POST',
    });
    await response.text();
    const back = await follow(jar, location(cancelled, url), (u) => u.startsWith(callbackPrefix()));
    expect(new URL(back.url).searchParams.get('error')).toBe('access_denied');
    await expectRefused(
      jar,
      await jar.fetch(back.url),
      /provider error access_denied/,
      'AUTH_DENIED',
      '/ho-so',
    );
  });

  it('signs in with provider=dvcqg too, and the session says so', async () => {
    const jar = new CookieJar();
    const authorize = new URL(await startLogin(jar, sandbox.url, '/', { provider: 'dvcqg' }));
    // The same sandbox provider stands in for the national portal's accounts.
    expect(authorize.origin + authorize.pathname).toBe(`${sandbox.issuer}/auth`);
    const { callbackUrl } = await authorizeAtProvider(
      jar,
      authorize.href,
      'cit-an',
      callbackPrefix(),
    );
    const done = await jar.fetch(callbackUrl);
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/');
    expect(await sessionOf(jar)).toMatchObject({
      authenticated: true,
      citizen: { name: 'Nguyễn Văn An', assuranceLevel: 2, provider: 'dvcqg' },
    });
  });

  it('an unknown provider or acr gets a 400 page with a link back, and no login starts', async () => {
    for (const [query, text] of [
      ['provider=google', 'provider=dvcqg'],
      ['provider=VNEID', 'provider=vneid'],
      ['provider=vneid&acr=3', 'urn:vneid:loa:2'],
      ['provider=vneid&acr=urn:other:high', 'urn:vneid:loa:2'],
    ] as const) {
      const jar = new CookieJar();
      const response = await jar.fetch(`${sandbox.url}/auth/login?${query}&returnTo=/ho-so`);
      expect(response.status, query).toBe(400);
      expect(response.headers.get('location')).toBeNull();
      expect(jar.get('dvc_login')).toBeUndefined();
      const page = await response.text();
      expect(page).toContain(text);
      expect(page).toMatch(/<a href="\/ho-so">Quay lại trang dịch vụ/);
    }
    // A link back never leaves the origin.
    const response = await fetch(`${sandbox.url}/auth/login?provider=x&returnTo=//evil.example`);
    expect(await response.text()).toMatch(/<a href="\/">/);
  });

  it('asks the provider for the acr requested, and refuses a lower sign-in (no session)', async () => {
    const jar = new CookieJar();
    const authorize = new URL(await startLogin(jar, sandbox.url, '/ho-so', { acr: '2' }));
    expect(authorize.searchParams.get('acr_values')).toBe('urn:vneid:loa:2');
    // Bình's account is level 1.
    const { callbackUrl } = await authorizeAtProvider(
      jar,
      authorize.href,
      'cit-binh',
      callbackPrefix(),
    );
    await expectRefused(
      jar,
      await jar.fetch(callbackUrl),
      /level 1 sign-in, level 2 required/,
      'AUTH_ASSURANCE_TOO_LOW',
      '/ho-so',
    );

    // An's account is level 2: the same request succeeds (the widget sends the acr value).
    const an = new CookieJar();
    const done = await login(an, sandbox.url, 'cit-an', '/ho-so', { acr: 'urn:vneid:loa:2' });
    expect(done.headers.get('location')).toBe('/ho-so');
    expect(await sessionOf(an)).toMatchObject({ citizen: { assuranceLevel: 2 } });

    // Level 1 requested: both levels are acceptable.
    const binh = new CookieJar();
    const authorize1 = new URL(await startLogin(binh, sandbox.url, '/', { acr: '1' }));
    expect(authorize1.searchParams.get('acr_values')).toBe('urn:vneid:loa:2 urn:vneid:loa:1');
    const { callbackUrl: back } = await authorizeAtProvider(
      binh,
      authorize1.href,
      'cit-binh',
      callbackPrefix(),
    );
    expect((await binh.fetch(back)).status).toBe(303);
    expect(await sessionOf(binh)).toMatchObject({ citizen: { assuranceLevel: 1 } });
  });

  it('sends refusals without a login to the configured default return path', async () => {
    const portal = await startSandbox({ port: 0, defaultReturnTo: '/cong/?x=1' });
    try {
      const jar = new CookieJar();
      const response = await jar.fetch(
        `${portal.url}/auth/callback?code=x&state=y&returnTo=/elsewhere`,
      );
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/cong/?x=1&login_error=AUTH_STATE_MISMATCH');
      // A login without a returnTo (or with one elsewhere) also comes back there.
      const authorize = await jar.fetch(`${portal.url}/auth/login?provider=vneid`);
      expect(authorize.status).toBe(302);
      const { callbackUrl } = await authorizeAtProvider(
        jar,
        location(authorize, portal.url),
        'cit-an',
        `${portal.url}/auth/callback`,
      );
      expect((await jar.fetch(callbackUrl)).headers.get('location')).toBe('/cong/?x=1');
      expect(portal.store.sessionCount()).toBe(1);
    } finally {
      await portal.close();
    }
  });

  it('the sign-in page is accessible Vietnamese with English and shows only masked ids', async () => {
    const jar = new CookieJar();
    const { response } = await follow(jar, await startLogin(jar, sandbox.url));
    const page = await response.text();
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page).toContain('<html lang="vi">');
    expect(page).toMatch(/<legend>.*Tài khoản định danh điện tử/);
    expect(page).toContain('<span lang="en" class="en">(Sign in)</span>');
    expect(page).not.toMatch(/<script|https?:\/\/(?!127\.0\.0\.1)/);
    for (const c of CITIZENS) {
      expect(page).not.toContain(c.identityNumber);
      expect(page).toContain(`${c.identityNumber.slice(0, 4)}****${c.identityNumber.slice(-4)}`);
    }
  });

  it('never logs an identity number', () => {
    expect(logs.length).toBeGreaterThan(0);
    for (const c of CITIZENS) expect(logs.join('\n')).not.toContain(c.identityNumber);
  });
});
