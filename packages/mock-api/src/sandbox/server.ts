/**
 * The sandbox: one node:http server on loopback serving the msw handlers
 * (through msw's `getResponse`), a real OpenID Connect provider under
 * `/oidc`, the BFF login routes, the payment page, a landing page and,
 * optionally, a demo app's static files.
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
import { PAGE_HEADERS, page, sendPage } from './html';
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
  /** The OpenID Connect issuer (`{url}/oidc`). */
  issuer: string;
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
  const ready: { route?: (req: IncomingMessage, res: ServerResponse) => Promise<void> } = {};

  const server = createServer((req, res) => {
    const route = ready.route;
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
  // Keep-alive sockets must not hold `close()` open for long.
  server.keepAliveTimeout = 5_000;

  const address = await listen(server, options.port ?? 4010, host);
  const hostForUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const internal = `http://${hostForUrl}:${address.port}`;
  const origin = new URL(options.publicOrigin ?? internal).origin;

  let parts: ReturnType<typeof assemble>;
  try {
    parts = assemble(store, origin, internal, basePath, options, log);
  } catch (error) {
    // Do not leave a listening socket behind a failed start.
    server.close();
    throw error;
  }
  const { handlers, oidc, bff, pay, workerPath } = parts;

  ready.route = async (req, res) => {
    const url = new URL(req.url ?? '/', origin);
    const path = url.pathname;
    const method = req.method ?? 'GET';
    if (path === OIDC_PATH || path.startsWith(`${OIDC_PATH}/`)) {
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
        landing(store, origin, basePath, Boolean(options.staticDir)),
      );
      return;
    }
    if (options.staticDir && (await serveStatic(options.staticDir, path, res, method))) return;
    if (path === '/') {
      sendPage(res, 200, 'dvc-kit sandbox', landing(store, origin, basePath, false));
      return;
    }
    res.writeHead(404, PAGE_HEADERS);
    res.end(page('Không tìm thấy', landing(store, origin, basePath, Boolean(options.staticDir))));
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
    urls,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
