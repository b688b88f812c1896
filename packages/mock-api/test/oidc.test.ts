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

/** Asserts the callback was refused for `why` and no session exists anywhere. */
async function expectRefused(jar: CookieJar, response: Response, why: RegExp) {
  expect(response.status).toBe(400);
  expect(await response.text()).toContain('Đăng nhập không thành công');
  expect(response.headers.getSetCookie().some((c) => c.startsWith('dvc_session='))).toBe(false);
  expect(jar.get('dvc_session')).toBeUndefined();
  expect(sandbox.store.sessionCount()).toBe(0);
  expect(await sessionOf(jar)).toEqual({ authenticated: false });
  // The refusal came from the check this case is about, not from something earlier.
  expect(logs.at(-1)).toMatch(why);
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

  it('refuses a tampered state', async () => {
    const jar = new CookieJar();
    const { callbackUrl } = await authorizeAtProvider(
      jar,
      await startLogin(jar, sandbox.url),
      'cit-an',
      callbackPrefix(),
    );
    const url = new URL(callbackUrl);
    url.searchParams.set('state', `${url.searchParams.get('state')}x`);
    await expectRefused(jar, await jar.fetch(url.href), /unexpected "state"/);
  });

  it('refuses an ID token with another nonce', async () => {
    const jar = new CookieJar();
    // Injected nonce: the provider signs what it was asked for; the BFF expects its own.
    const authorize = new URL(await startLogin(jar, sandbox.url));
    authorize.searchParams.set('nonce', 'injected-by-an-attacker');
    const { callbackUrl } = await authorizeAtProvider(
      jar,
      authorize.href,
      'cit-an',
      callbackPrefix(),
    );
    await expectRefused(jar, await jar.fetch(callbackUrl), /ID Token "nonce"/);
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
    await expectRefused(jar, await jar.fetch(callbackUrl), /lacks a usable name, identity number/);
  });

  it('refuses a wrong or missing iss (RFC 9207)', async () => {
    for (const tamper of [
      (u: URL) => u.searchParams.set('iss', 'https://evil.example/oidc'),
      (u: URL) => u.searchParams.delete('iss'),
    ]) {
      const jar = new CookieJar();
      const { callbackUrl } = await authorizeAtProvider(
        jar,
        await startLogin(jar, sandbox.url),
        'cit-an',
        callbackPrefix(),
      );
      const url = new URL(callbackUrl);
      expect(url.searchParams.get('iss')).toBe(sandbox.issuer);
      tamper(url);
      await expectRefused(jar, await jar.fetch(url.href), /"iss"/);
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

    const replay = new CookieJar();
    await expectRefused(replay, await replay.fetch(callbackUrl), /no login in progress/);

    // A fresh login whose state is presented with the old code: state and iss pass,
    // so the provider's token endpoint is what refuses the consumed code.
    const other = new CookieJar();
    const state = new URL(await startLogin(other, sandbox.url)).searchParams.get('state') ?? '';
    const url = new URL(callbackUrl);
    url.searchParams.set('state', state);
    await expectRefused(
      other,
      await other.fetch(url.href),
      /token endpoint refused: invalid_grant/,
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
      scope: 'openid',
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
    await expect(redeem()).resolves.toMatchObject({ token_type: expect.stringMatching(/bearer/i) });
    await expect(redeem()).rejects.toMatchObject({ error: 'invalid_grant' });
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
      await expectRefused(jar, await jar.fetch(url), /provider error invalid_request/);
    }
  });

  it('a cancelled sign-in comes back as access_denied and is refused', async () => {
    const jar = new CookieJar();
    const { response, url } = await follow(jar, await startLogin(jar, sandbox.url));
    const uid = /interaction\/([\w-]+)/.exec(url)?.[1];
    const cancelled = await jar.fetch(`${sandbox.url}/oidc/interaction/${uid}/abort`, {
      method: 'POST',
    });
    await response.text();
    const back = await follow(jar, location(cancelled, url), (u) => u.startsWith(callbackPrefix()));
    expect(new URL(back.url).searchParams.get('error')).toBe('access_denied');
    await expectRefused(jar, await jar.fetch(back.url), /provider error access_denied/);
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
