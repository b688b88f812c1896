/**
 * The sandbox: one node:http server on loopback serving the msw handlers
 * (through msw's `getResponse`), a real OpenID Connect provider under
 * `/oidc`, the BFF login routes, the payment page, a landing page and,
 * optionally, a demo app's static files. With `oidcPort`, the provider has a
 * listener (an origin) of its own instead, like an outside identity provider.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { createHandlers } from '../handlers/index';
import { MockContractError } from '../handlers/respond';
import { mockServiceWorkerPath } from '../node';
import { randomToken } from '../random';
import { createScenario, type Scenario } from '../scenario';
import { createStore, MockStore, type StoreOptions } from '../store/store';
import { createBff } from './bff';
import { PAGE_HEADERS, bi, html, page, sendPage } from './html';
import { BodyTooLargeError, sendFetchResponse, toFetchRequest } from './http';
import { landing } from './landing';
import { createOidc, OIDC_PATH } from './oidc';
import { createPayPage } from './pay-page';
import { sendFile, serveStatic } from './static';

/** Options of {@link startSandbox}. */
export interface SandboxOptions {
  /** Port; 0 picks a free one (tests). Default 4010. */
  port?: number;
  /** Interface to bind. Default `127.0.0.1` (loopback only). */
  host?: string;
  /** The origin browsers use, if not `http://{host}:{port}` (e.g. behind a proxy). */
  publicOrigin?: string;
  /** An existing store, or options for a new one. */
  store?: MockStore | StoreOptions;
  /** API base path. Default `/v1`. */
  basePath?: string;
  /** Serve a demo app from this directory (index.html at `/`). */
  staticDir?: string;
  /**
   * Settle a pending payment as paid after this many reads. Default `null`:
   * only the payment page (or the scenario API) settles payments.
   */
  settleAfterPolls?: number | null;
  /** Other origins the payment page may send the citizen back to (e.g. Storybook's). */
  returnOrigins?: string[];
  /**
   * Where the BFF sends the browser, with `?login_error=CODE`, when a
   * callback cannot be tied to a login in progress (unknown or tampered
   * `state`), and when a login's `returnTo` is missing or on another origin.
   * A path on this origin; default `/`.
   */
  defaultReturnTo?: string;
  /** Exact redirect URIs of the public browser client `dvc-sandbox-browser`. */
  browserRedirectUris?: string[];
  /**
   * Serve the OpenID Connect provider on its own loopback listener, on this
   * port (0 picks a free one), instead of under `/oidc` on the sandbox's
   * origin: the issuer is then `http://{host}:{oidcPort}/oidc`, another
   * origin, like an outside identity provider. The BFF's discovery and token
   * calls go there, and `/oidc` on the sandbox's origin is not the provider.
   * Default: undefined (the provider shares the sandbox's origin).
   */
  oidcPort?: number;
  /** Where to write short log lines (default: nowhere). Never receives tokens or identity numbers. */
  log?: (line: string) => void;
}

/** A running sandbox. */
export interface Sandbox {
  /** Origin, e.g. `http://127.0.0.1:4010`. */
  url: string;
  port: number;
  store: MockStore;
  scenario: Scenario;
  /** The OpenID Connect issuer (`{url}/oidc`, or on its own origin with `oidcPort`). */
  issuer: string;
  /** Port of the provider's own listener (with `oidcPort`), else undefined. */
  oidcPort: number | undefined;
  /** Useful URLs, for printing. */
  urls: Record<string, string>;
  /** Stops accepting requests and closes open connections. */
  close(): Promise<void>;
}

/** Name of the session cookie the BFF sets. */
export const SESSION_COOKIE = 'dvc_session';

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

/** Everything that needs the final origin: handlers, provider, BFF, pay page. */
function assemble(
  store: MockStore,
  origin: string,
  internalOrigin: string,
  basePath: string,
  options: SandboxOptions,
  log: (line: string) => void,
  issuerOrigin: string | undefined,
) {
  const handlers = createHandlers(store, {
    origin,
    basePath,
    publicOrigin: origin,
    settleAfterPolls: options.settleAfterPolls ?? null,
    ambientSession: false,
    sessionCookie: SESSION_COOKIE,
  });
  const clientSecret = randomToken(32);
  const redirectUri = `${origin}/auth/callback`;
  const oidc = createOidc({
    origin,
    ...(issuerOrigin !== undefined ? { issuerOrigin } : {}),
    bff: { redirectUri, secret: clientSecret },
    browserRedirectUris: options.browserRedirectUris ?? [`${origin}/login/callback`],
  });
  const bff = createBff({
    store,
    origin,
    issuer: oidc.issuer,
    clientSecret,
    redirectUri,
    sessionCookie: SESSION_COOKIE,
    ...(origin !== internalOrigin ? { internalOrigin } : {}),
    ...(options.defaultReturnTo !== undefined ? { defaultReturnTo: options.defaultReturnTo } : {}),
    log,
  });
  const pay = createPayPage({ store, origin, returnOrigins: options.returnOrigins ?? [] });
  const workerPath = mockServiceWorkerPath();
  return { handlers, oidc, bff, pay, workerPath };
}

/**
 * Starts the sandbox.
 *
 * @example
 * ```ts
 * const sandbox = await startSandbox({ port: 0 });
 * const client = createClient({ baseUrl: `${sandbox.url}/v1` });
 * // …
 * await sandbox.close();
 * ```
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const host = options.host ?? '127.0.0.1';
  const basePath = options.basePath ?? '/v1';
  const log = options.log ?? (() => {});
  const store = options.store instanceof MockStore ? options.store : createStore(options.store);
  // Requests can arrive between listen() and the provider's creation (which needs the port).
  type Route = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  const ready: { route?: Route; oidc?: Route } = {};

  const serve = (pick: () => Route | undefined) =>
    createServer((req, res) => {
      const route = pick();
      if (!route) {
        res.writeHead(503, { 'Retry-After': '1' }).end();
        return;
      }
      route(req, res).catch((error: unknown) => {
        log(
          `error ${req.method ?? ''} ${(req.url ?? '').split('?')[0]}: ${(error as Error).message}`,
        );
        if (!res.headersSent) {
          const status = error instanceof BodyTooLargeError ? 413 : 500;
          // The rest of an oversized body is still on the wire: this connection cannot be reused.
          const close = status === 413 ? { Connection: 'close' } : {};
          res.writeHead(status, { 'Content-Type': 'application/problem+json', ...close });
          if (status === 413) res.once('finish', () => req.socket?.destroy());
          res.end(
            JSON.stringify({
              title: status === 413 ? 'Request body too large' : 'Sandbox error',
              status,
              code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'INTERNAL',
              ...(error instanceof MockContractError ? { detail: error.message } : {}),
            }),
          );
        } else {
          res.destroy();
        }
      });
    });
  const server = serve(() => ready.route);
  // Keep-alive sockets must not hold `close()` open for long.
  server.keepAliveTimeout = 5_000;
  const oidcServer = options.oidcPort === undefined ? undefined : serve(() => ready.oidc);
  if (oidcServer) oidcServer.keepAliveTimeout = 5_000;
  const stop = (s: Server) =>
    new Promise<void>((resolve, reject) => {
      if (!s.listening) {
        resolve();
        return;
      }
      s.close((error) => (error ? reject(error) : resolve()));
      s.closeAllConnections();
    });

  const address = await listen(server, options.port ?? 4010, host);
  const urlOf = (a: AddressInfo) =>
    `http://${a.family === 'IPv6' ? `[${a.address}]` : a.address}:${a.port}`;
  const internal = urlOf(address);
  const origin = new URL(options.publicOrigin ?? internal).origin;

  let parts: ReturnType<typeof assemble>;
  let oidcAddress: AddressInfo | undefined;
  try {
    if (oidcServer) oidcAddress = await listen(oidcServer, options.oidcPort ?? 0, host);
    const issuerOrigin = oidcAddress ? urlOf(oidcAddress) : undefined;
    if (issuerOrigin === origin) throw new Error('oidcPort must differ from the sandbox port');
    parts = assemble(store, origin, internal, basePath, options, log, issuerOrigin);
  } catch (error) {
    // Do not leave a listening socket behind a failed start.
    await Promise.allSettled([stop(server), ...(oidcServer ? [stop(oidcServer)] : [])]);
    throw error;
  }
  const { handlers, oidc, bff, pay, workerPath } = parts;

  ready.route = async (req, res) => {
    const url = new URL(req.url ?? '/', origin);
    const path = url.pathname;
    const method = req.method ?? 'GET';
    if (!oidcServer && (path === OIDC_PATH || path.startsWith(`${OIDC_PATH}/`))) {
      await oidc.handle(req, res);
      return;
    }
    if (await bff.handle(req, res)) return;
    if (await pay.handle(req, res)) return;
    if (
      path.startsWith(`${basePath}/`) ||
      path === '/__scenario' ||
      path.startsWith('/__scenario/')
    ) {
      const request = await toFetchRequest(req, res, origin);
      const response = await getResponse(handlers, request);
      if (response) {
        await sendFetchResponse(res, response);
      } else {
        res.writeHead(404, {
          'Content-Type': 'application/problem+json',
          'Cache-Control': 'no-store',
        });
        res.end(
          JSON.stringify({
            title: 'Not found',
            status: 404,
            code: 'NOT_FOUND',
            detail: `${method} ${path} is not part of the API.`,
          }),
        );
      }
      return;
    }
    if (path === '/mockServiceWorker.js') {
      await sendFile(res, workerPath, method);
      return;
    }
    if (path === '/__sandbox' || (path === '/' && !options.staticDir)) {
      sendPage(
        res,
        200,
        'dvc-kit sandbox',
        landing(store, origin, basePath, Boolean(options.staticDir), oidc.issuer),
      );
      return;
    }
    if (options.staticDir && (await serveStatic(options.staticDir, path, res, method))) return;
    if (path === '/') {
      sendPage(res, 200, 'dvc-kit sandbox', landing(store, origin, basePath, false, oidc.issuer));
      return;
    }
    res.writeHead(404, PAGE_HEADERS);
    res.end(
      page(
        'Không tìm thấy',
        landing(store, origin, basePath, Boolean(options.staticDir), oidc.issuer),
      ),
    );
  };

  // The provider's own listener: the provider under `/oidc`, nothing else.
  ready.oidc = async (req, res) => {
    const path = new URL(req.url ?? '/', oidc.issuer).pathname;
    if (path === OIDC_PATH || path.startsWith(`${OIDC_PATH}/`)) {
      await oidc.handle(req, res);
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204, { 'Cache-Control': 'max-age=86400' }).end();
      return;
    }
    res.writeHead(404, PAGE_HEADERS);
    res.end(
      page(
        'Không tìm thấy',
        html`<h1>${bi('Không tìm thấy', 'Not found')}</h1>
          <p>
            <a href="${oidc.issuer}/.well-known/openid-configuration"
              >${bi('Cấu hình OpenID Connect', 'OpenID Connect configuration')}</a
            >
          </p>`,
      ),
    );
  };

  const urls: Record<string, string> = {
    home: `${origin}/`,
    api: `${origin}${basePath}`,
    login: `${origin}/auth/login?provider=vneid&returnTo=/`,
    session: `${origin}${basePath}/session`,
    oidc: `${oidc.issuer}/.well-known/openid-configuration`,
    scenario: `${origin}/__scenario`,
    landing: `${origin}/__sandbox`,
  };

  return {
    url: origin,
    port: address.port,
    store,
    scenario: createScenario(store),
    issuer: oidc.issuer,
    oidcPort: oidcAddress?.port,
    urls,
    close: async () => {
      const results = await Promise.allSettled([
        stop(server),
        ...(oidcServer ? [stop(oidcServer)] : []),
      ]);
      const failed = results.find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
    },
  };
}
