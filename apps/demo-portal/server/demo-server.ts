/**
 * The demo portal's server: the portal's pages and the embed bundle, served
 * with a strict Content-Security-Policy, in front of the mock-api sandbox
 * (API `/v1`, BFF login `/auth`, the payment page `/pay`, receipts, the
 * scenario API), which it reaches over loopback: one origin, like an agency
 * portal with its backend behind the same host. The sandbox's OpenID Connect
 * provider runs on a port of its own (`oidcPort`): another origin, like the
 * outside identity provider (VNeID) a real portal sends citizens to.
 *
 * Why a front server and not the sandbox's own `staticDir`: the sandbox
 * serves static files without a CSP header, and has no option to add
 * headers. The sandbox runs on an ephemeral port with `publicOrigin` set to
 * this server's origin, so the URLs it makes (pay URLs, redirects, the BFF
 * callback registered at the provider) point here.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import {
  Agent,
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startSandbox, type Sandbox } from '@dvc-kit/mock-api/sandbox';

/** The portal's pages, styles and scripts (no build step). */
export const PUBLIC_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../public');

/** The built embed bundle (`@dvc-kit/elements`), served under `/elements/`. */
export const ELEMENTS_DIR = dirname(
  fileURLToPath(import.meta.resolve('@dvc-kit/elements/manifest.json')),
);

/** Where the browser sends CSP violation reports (`report-uri`). */
export const CSP_REPORT_PATH = '/__csp-report';

/**
 * The Content-Security-Policy of every portal page. No inline script or
 * style, no eval; Trusted Types required for DOM script sinks, with Lit's
 * own policy (`lit-html`) as the only one allowed. `form-action` is `'self'`
 * plus `formActions`: the identity provider's origin, since the sign-in
 * (`/auth/login`) redirects there and Chromium checks `form-action` on the
 * redirects that follow a form submission.
 */
export function contentSecurityPolicy(options: { formActions?: string[] } = {}): string {
  return [
    "default-src 'self'",
    // 'report-sample': violation reports carry the first 40 characters of what was blocked.
    "script-src 'self' 'report-sample'",
    "style-src 'self' 'report-sample'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    ["form-action 'self'", ...(options.formActions ?? [])].join(' '),
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
    `report-uri ${CSP_REPORT_PATH}`,
  ].join('; ');
}

/** Options of {@link startDemo}. */
export interface DemoOptions {
  /** Port of the portal; 0 picks a free one (tests). Default 4010. */
  port?: number;
  /** Interface to bind. Default `127.0.0.1`. */
  host?: string;
  /** Port of the identity provider (its own origin); 0 picks a free one. Default 0. */
  oidcPort?: number;
  /** Short log lines (sandbox refusals, CSP reports). Default: nowhere. */
  log?: (line: string) => void;
}

/** A running demo portal. */
export interface Demo {
  /** The portal's origin, e.g. `http://127.0.0.1:4010`. */
  url: string;
  /** The sandbox behind it (its `scenario` and `store` drive tests). */
  sandbox: Sandbox;
  /** The identity provider's origin (`sandbox.issuer` is `{oidcOrigin}/oidc`). */
  oidcOrigin: string;
  /** CSP violation reports received at {@link CSP_REPORT_PATH}. */
  cspReports: unknown[];
  /** Stops the portal and the sandbox. */
  close(): Promise<void>;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.map', '.svg', '.txt']);

/**
 * Security headers. The document-level ones (CSP, COOP, permissions) only
 * mean something on HTML; scripts and styles get `nosniff` alone, which keeps
 * a dozen small module files from carrying half a kilobyte of headers each
 * over a slow mobile link.
 */
function securityHeaders(csp: string, file: string): Record<string, string> {
  if (extname(file).toLowerCase() !== '.html') return { 'X-Content-Type-Options': 'nosniff' };
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  };
}

/** A file under `root` for `pathname`, or undefined (never outside `root`). */
async function findFile(root: string, pathname: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  let file = resolve(join(root, decoded));
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file);
    }
    return info.isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/** gzip of text files, cached by path and modification time. */
const gzipCache = new Map<string, { mtimeMs: number; body: Buffer }>();

async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  headers: Record<string, string>,
): Promise<void> {
  const ext = extname(file).toLowerCase();
  const info = await stat(file);
  const base = {
    ...headers,
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    Vary: 'Accept-Encoding',
  };
  const head = req.method === 'HEAD';
  // What a CDN or a CMS's web server does: text compressed on the way out.
  if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    let cached = gzipCache.get(file);
    if (!cached || cached.mtimeMs !== info.mtimeMs) {
      cached = { mtimeMs: info.mtimeMs, body: gzipSync(await readFile(file), { level: 9 }) };
      gzipCache.set(file, cached);
    }
    res.writeHead(200, {
      ...base,
      'Content-Encoding': 'gzip',
      'Content-Length': String(cached.body.length),
    });
    res.end(head ? undefined : cached.body);
    return;
  }
  res.writeHead(200, { ...base, 'Content-Length': String(info.size) });
  if (head) {
    res.end();
    return;
  }
  await new Promise<void>((done, fail) => {
    createReadStream(file).on('error', fail).pipe(res).on('finish', done);
  });
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      done(server.address() as AddressInfo);
    });
  });
}

async function readJson(req: IncomingMessage, limit = 64 * 1024): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return undefined;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Starts the sandbox on an ephemeral loopback port and the portal in front
 * of it.
 *
 * @example
 * ```ts
 * const demo = await startDemo({ port: 0 });
 * // open `${demo.url}/` in a browser; demo.sandbox.scenario.reset() between tests
 * await demo.close();
 * ```
 */
export async function startDemo(options: DemoOptions = {}): Promise<Demo> {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? (() => {});
  // Known once the provider listens (it names the provider's origin): until then, 503.
  let csp = '';
  const cspReports: unknown[] = [];
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const target: { port?: number } = {};

  const proxy = (req: IncomingMessage, res: ServerResponse): void => {
    const upstream = httpRequest(
      {
        host,
        port: target.port,
        method: req.method,
        path: req.url,
        // Host stays the portal's: the sandbox and its provider build URLs from it.
        headers: req.headers,
        agent,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        answer.pipe(res);
        // The sandbox's `drop` fault destroys its socket: drop ours too.
        answer.on('aborted', () => res.destroy());
        answer.on('error', () => res.destroy());
      },
    );
    upstream.on('error', () => {
      if (res.headersSent) {
        res.destroy();
      } else {
        // A dropped connection upstream is a dropped connection here.
        res.socket?.destroy();
        res.destroy();
      }
    });
    // A client that hangs up stops the sandbox's work (latency faults wait on it).
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  };

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://portal.invalid');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    if (target.port === undefined) {
      res.writeHead(503, { 'Retry-After': '1' }).end();
      return;
    }
    if (path === CSP_REPORT_PATH && method === 'POST') {
      const report = await readJson(req);
      cspReports.push(report);
      log(`CSP violation report: ${JSON.stringify(report)}`);
      res.writeHead(204).end();
      return;
    }
    if (method === 'GET' || method === 'HEAD') {
      if (path === '/elements' || path.startsWith('/elements/')) {
        const file = await findFile(ELEMENTS_DIR, path.slice('/elements'.length) || '/');
        if (file) {
          // Chunks carry a content hash in their name: cache them for good.
          const immutable = /\/chunks\/[^/]+-[A-Z0-9]{8}\.js$/.test(file);
          await sendFile(req, res, file, {
            ...securityHeaders(csp, file),
            'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
          });
          return;
        }
      } else {
        // Browsers ask every page of the origin (the sandbox's too) for /favicon.ico.
        const file = await findFile(PUBLIC_DIR, path === '/favicon.ico' ? '/favicon.svg' : path);
        if (file) {
          await sendFile(req, res, file, {
            ...securityHeaders(csp, file),
            'Cache-Control': 'no-cache',
          });
          return;
        }
      }
    }
    proxy(req, res);
  };

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      log(
        `error ${req.method ?? ''} ${(req.url ?? '').split('?')[0]}: ${(error as Error).message}`,
      );
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('Internal error');
    });
  });
  server.keepAliveTimeout = 5_000;

  const address = await listen(server, options.port ?? 4010, host);
  const hostForUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const origin = `http://${hostForUrl}:${address.port}`;
  let sandbox: Sandbox;
  try {
    sandbox = await startSandbox({
      port: 0,
      host,
      publicOrigin: origin,
      oidcPort: options.oidcPort ?? 0,
      log,
    });
  } catch (error) {
    server.close();
    throw error;
  }
  target.port = sandbox.port;
  const oidcOrigin = new URL(sandbox.issuer).origin;
  csp = contentSecurityPolicy({ formActions: [oidcOrigin] });

  return {
    url: origin,
    sandbox,
    oidcOrigin,
    cspReports,
    async close() {
      await new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      });
      agent.destroy();
      await sandbox.close();
    },
  };
}
