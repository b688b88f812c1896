/**
 * The sandbox behind a proxy on another port (as the demo portal runs it):
 * with `publicOrigin` set, every URL it hands out (issuer, endpoints, pay
 * page) names the proxy, even when the proxy rewrites the Host header.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../src/sandbox/index';
import { CookieJar } from './support/jar';
import { login } from './support/login';

let proxy: Server;
let sandbox: Sandbox;
let origin: string;
/** Paths the proxy forwarded. */
const proxied: string[] = [];

beforeAll(async () => {
  const target = { port: 0 };
  proxy = createServer((req, res) => {
    proxied.push((req.url ?? '').split('?')[0] ?? '');
    const upstream = request(
      {
        host: '127.0.0.1',
        port: target.port,
        path: req.url,
        method: req.method,
        // A proxy that does not preserve Host: the worst case for URL building.
        headers: { ...req.headers, host: `127.0.0.1:${target.port}` },
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  sandbox = await startSandbox({ port: 0, publicOrigin: origin });
  target.port = sandbox.port;
});
afterAll(async () => {
  await sandbox.close();
  await new Promise<void>((resolve) => {
    proxy.close(() => resolve());
    proxy.closeAllConnections();
  });
});

describe('sandbox behind a proxy', () => {
  it('discovery names the public origin', async () => {
    const config = (await (
      await fetch(`${origin}/oidc/.well-known/openid-configuration`)
    ).json()) as Record<string, string>;
    expect(config['issuer']).toBe(`${origin}/oidc`);
    expect(config['authorization_endpoint']).toBe(`${origin}/oidc/auth`);
    expect(config['token_endpoint']).toBe(`${origin}/oidc/token`);
  });

  it('a full login works through the proxy; the back channel goes straight to the sandbox', async () => {
    const jar = new CookieJar();
    proxied.length = 0;
    const done = await login(jar, origin, 'cit-an', '/ho-so');
    expect(done.status).toBe(303);
    const session = await (await jar.fetch(`${origin}/v1/session`)).json();
    expect(session).toMatchObject({ authenticated: true, citizen: { maskedId: '0010****1234' } });
    expect(proxied).toContain('/auth/callback');
    expect(proxied).toContain('/oidc/auth');
    expect(proxied).not.toContain('/oidc/token');
  });

  it('pay URLs name the public origin', async () => {
    const res = await fetch(
      `${origin}/v1/dossiers/${sandbox.scenario.codes.paymentPending}/payment`,
    );
    expect(((await res.json()) as { payUrl: string }).payUrl.startsWith(`${origin}/pay/`)).toBe(
      true,
    );
  });
});
