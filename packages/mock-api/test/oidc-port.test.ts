/**
 * `oidcPort`: the provider on a listener of its own, another origin, like an
 * outside identity provider. The BFF on the sandbox's origin signs citizens
 * in across the two origins; `/oidc` on the sandbox's origin is not the
 * provider; closing stops both listeners.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../src/sandbox/index';
import { CookieJar, location } from './support/jar';
import { authorizeAtProvider, follow, login, postForm, startLogin } from './support/login';

let sandbox: Sandbox;
const logs: string[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, oidcPort: 0, log: (line) => logs.push(line) });
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.store.reset());

describe('the provider on its own port (oidcPort)', () => {
  it('has an issuer on another origin, with the endpoints there', async () => {
    const issuer = new URL(sandbox.issuer);
    expect(issuer.origin).not.toBe(sandbox.url);
    expect(issuer.pathname).toBe('/oidc');
    expect(Number(issuer.port)).toBe(sandbox.oidcPort);
    expect(sandbox.urls['oidc']).toBe(`${sandbox.issuer}/.well-known/openid-configuration`);
    const config = (await (
      await fetch(`${sandbox.issuer}/.well-known/openid-configuration`)
    ).json()) as Record<string, string>;
    expect(config['issuer']).toBe(sandbox.issuer);
    for (const endpoint of ['authorization_endpoint', 'token_endpoint', 'jwks_uri']) {
      expect(new URL(config[endpoint] ?? '').origin).toBe(issuer.origin);
    }
  });

  it('is not served under /oidc on the sandbox origin', async () => {
    const response = await fetch(`${sandbox.url}/oidc/.well-known/openid-configuration`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('text/html');
    await response.body?.cancel();
    // …and the provider's listener serves nothing but the provider.
    const other = await fetch(`${new URL(sandbox.issuer).origin}/v1/procedures/1.004227`);
    expect(other.status).toBe(404);
    await other.body?.cancel();
  });

  it('a full BFF login works across the two origins', async () => {
    const jar = new CookieJar();
    const authorize = await startLogin(jar, sandbox.url, '/ho-so');
    expect(new URL(authorize).origin).toBe(new URL(sandbox.issuer).origin);
    const { callbackUrl } = await authorizeAtProvider(
      jar,
      authorize,
      'cit-an',
      `${sandbox.url}/auth/callback`,
    );
    expect(new URL(callbackUrl).searchParams.get('iss')).toBe(sandbox.issuer);
    const done = await jar.fetch(callbackUrl);
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/ho-so');
    expect(await (await jar.fetch(`${sandbox.url}/v1/session`)).json()).toMatchObject({
      authenticated: true,
      citizen: { name: 'Nguyễn Văn An', maskedId: '0010****1234', assuranceLevel: 2 },
    });
  });

  it("the provider's pages allow the redirect back to the portal's callback in form-action", async () => {
    const jar = new CookieJar();
    const { url, response } = await follow(jar, await startLogin(jar, sandbox.url));
    expect(new URL(url).origin).toBe(new URL(sandbox.issuer).origin);
    expect(url).toMatch(/\/oidc\/interaction\//);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`form-action 'self' ${sandbox.url};`);
    expect(csp).toContain("default-src 'none'");
    const body = await response.text();
    const action = /<form method="post" action="([^"]+\/login)"/.exec(body)?.[1] ?? '';
    // Sign-in, then consent: the last post is redirected (via the provider) to the portal.
    const posted = await postForm(jar, new URL(action, url).href, { citizen: 'cit-binh' });
    expect(posted.status).toBe(303);
    expect(new URL(location(posted, url)).origin).toBe(new URL(sandbox.issuer).origin);
  });

  it('refuses a login whose callback comes back from a provider on another issuer', async () => {
    const jar = new CookieJar();
    const authorize = await startLogin(jar, sandbox.url);
    const { callbackUrl } = await authorizeAtProvider(
      jar,
      authorize,
      'cit-an',
      `${sandbox.url}/auth/callback`,
    );
    const tampered = new URL(callbackUrl);
    // The issuer the portal's origin would have had without oidcPort.
    tampered.searchParams.set('iss', `${sandbox.url}/oidc`);
    const response = await jar.fetch(tampered.href);
    expect(response.status).toBe(303);
    expect(
      new URL(response.headers.get('location') ?? '', sandbox.url).searchParams.get('login_error'),
    ).toBe('AUTH_ISSUER_MISMATCH');
    expect(sandbox.store.sessionCount()).toBe(0);
  });

  it('on a second sandbox a login works, and close() stops both listeners', async () => {
    const other = await startSandbox({ port: 0, oidcPort: 0 });
    const jar = new CookieJar();
    expect((await login(jar, other.url, 'cit-binh')).status).toBe(303);
    const issuer = other.issuer;
    await other.close();
    await expect(fetch(`${issuer}/.well-known/openid-configuration`)).rejects.toThrow();
    await expect(fetch(`${other.url}/v1/procedures/1.004227`)).rejects.toThrow();
  });

  it('without oidcPort the provider stays under /oidc on the sandbox origin', async () => {
    const plain = await startSandbox({ port: 0 });
    try {
      expect(plain.issuer).toBe(`${plain.url}/oidc`);
      expect(plain.oidcPort).toBeUndefined();
      const response = await fetch(`${plain.url}/oidc/.well-known/openid-configuration`);
      expect(response.status).toBe(200);
      await response.body?.cancel();
    } finally {
      await plain.close();
    }
  });
});
