/**
 * The portal's backend-for-frontend login, in front of the sandbox provider:
 * `/auth/login` starts an authorization-code flow with PKCE (S256), state
 * and nonce kept on the server; `/auth/callback` checks state and `iss`
 * (RFC 9207), redeems the code as a confidential client, checks the ID
 * token's nonce (all with oauth4webapi), then creates a server-side session
 * and sets an opaque HttpOnly cookie. Tokens never reach the browser, and the
 * session keeps only what `GET /v1/session` shows: the identity number is
 * masked on the way in.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as oauth from 'oauth4webapi';
import { randomToken } from '../random';
import { maskIdentityNumber } from '../seed/citizens';
import type { MockStore } from '../store/store';
import type { SessionCitizen } from '../store/types';
import { bi, html, redirect, sendPage } from './html';
import { requestCookie, sameOriginTarget } from './http';
import { ACR_LEVEL, BFF_CLIENT_ID } from './oidc';

/** Cookie holding the id of a login in progress (path-scoped to `/auth`). */
export const LOGIN_COOKIE = 'dvc_login';
/** How long a login may take from `/auth/login` to `/auth/callback`. */
const LOGIN_TTL_MS = 10 * 60 * 1000;
/** Bound on logins in progress, so abandoned ones cannot grow memory. */
const MAX_LOGINS = 1000;

/** A login in progress: everything the callback must check, kept server-side. */
interface LoginTransaction {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  createdAt: number;
}

/** Options of {@link createBff}. */
export interface BffOptions {
  store: MockStore;
  origin: string;
  issuer: string;
  clientSecret: string;
  redirectUri: string;
  sessionCookie: string;
  /**
   * Where this server listens, when `origin` is a proxy in front of it: the
   * back channel (discovery, token endpoint) then goes straight to it.
   */
  internalOrigin?: string;
  /** Short lines about refused logins (never tokens, claims or identity numbers). */
  log: (line: string) => void;
}

/** The BFF routes. */
export interface Bff {
  /** Handles `/auth/login` and `/auth/callback`; false when the path is not one of them. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** Logins in progress (for tests and the bench). */
  pendingLogins(): number;
}

/**
 * What the session keeps from the ID token: the subject, the name, the
 * identity number masked at once (the full number goes no further than this
 * function), and the level from `acr`. Undefined when a claim is unusable.
 */
function sessionCitizen(claims: oauth.IDToken | undefined): SessionCitizen | undefined {
  if (!claims) return undefined;
  const { sub, name, cccd, acr, assurance_level: declared } = claims;
  if (typeof name !== 'string' || name === '') return undefined;
  if (typeof cccd !== 'string' || !/^\d{12}$/.test(cccd)) return undefined;
  // `acr` is the standard place; the custom claim covers providers that leave acr out.
  const level =
    acr === ACR_LEVEL[2] || (acr === undefined && declared === 2)
      ? 2
      : acr === ACR_LEVEL[1] || (acr === undefined && declared === 1)
        ? 1
        : undefined;
  if (level === undefined) return undefined;
  return { id: sub, name, maskedId: maskIdentityNumber(cccd), assuranceLevel: level };
}

/** Why a callback was refused, in words a tester can act on. */
function reason(error: unknown): string {
  if (error instanceof oauth.AuthorizationResponseError) return `provider error ${error.error}`;
  if (error instanceof oauth.ResponseBodyError) return `token endpoint refused: ${error.error}`;
  if (error instanceof oauth.OperationProcessingError) return error.message;
  if (error instanceof Error) return error.message;
  return 'unknown error';
}

/** Creates the BFF over `store`. */
export function createBff(options: BffOptions): Bff {
  const client: oauth.Client = { client_id: BFF_CLIENT_ID };
  const clientAuth = oauth.ClientSecretBasic(options.clientSecret);
  const logins = new Map<string, LoginTransaction>();
  const secure = options.origin.startsWith('https:');
  const cookieFlags = `HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
  // The sandbox runs on plain http over loopback; oauth4webapi insists on https unless told.
  // The back channel skips the proxy, if any: the provider pins its URLs to `origin` anyway.
  const backChannel = (url: string, init: RequestInit): Promise<Response> => {
    const internal = options.internalOrigin;
    const target =
      internal && url.startsWith(`${options.origin}/`)
        ? internal + url.slice(options.origin.length)
        : url;
    return fetch(target, init);
  };
  const insecure = {
    [oauth.allowInsecureRequests]: !secure || options.internalOrigin !== undefined,
    [oauth.customFetch]: backChannel,
  };
  let server: oauth.AuthorizationServer | undefined;

  async function discover(): Promise<oauth.AuthorizationServer> {
    if (server) return server;
    const issuer = new URL(options.issuer);
    const response = await oauth.discoveryRequest(issuer, { ...insecure, algorithm: 'oidc' });
    server = await oauth.processDiscoveryResponse(issuer, response);
    return server;
  }

  function sweep(now: number): void {
    for (const [id, tx] of logins) {
      if (now - tx.createdAt > LOGIN_TTL_MS) logins.delete(id);
    }
    while (logins.size >= MAX_LOGINS) {
      const oldest = logins.keys().next().value;
      if (oldest === undefined) break;
      logins.delete(oldest);
    }
  }

  async function login(res: ServerResponse, url: URL): Promise<void> {
    const provider = url.searchParams.get('provider') ?? 'vneid';
    if (provider !== 'vneid') {
      sendPage(
        res,
        400,
        'Nhà cung cấp không hỗ trợ',
        html`<h1>
            ${bi('Nhà cung cấp định danh không được hỗ trợ', 'Identity provider not supported')}
          </h1>
          <p>
            ${bi('Sandbox chỉ có VNeID (provider=vneid).', 'The sandbox offers VNeID only (provider=vneid).')}
          </p>`,
      );
      return;
    }
    const as = await discover();
    sweep(Date.now());
    const tx: LoginTransaction = {
      state: oauth.generateRandomState(),
      nonce: oauth.generateRandomNonce(),
      codeVerifier: oauth.generateRandomCodeVerifier(),
      returnTo: sameOriginTarget(url.searchParams.get('returnTo'), options.origin),
      createdAt: Date.now(),
    };
    const id = randomToken(24);
    logins.set(id, tx);
    const authorize = new URL(as.authorization_endpoint as string);
    authorize.searchParams.set('client_id', BFF_CLIENT_ID);
    authorize.searchParams.set('redirect_uri', options.redirectUri);
    authorize.searchParams.set('response_type', 'code');
    authorize.searchParams.set('scope', 'openid profile cccd');
    authorize.searchParams.set('state', tx.state);
    authorize.searchParams.set('nonce', tx.nonce);
    authorize.searchParams.set(
      'code_challenge',
      await oauth.calculatePKCECodeChallenge(tx.codeVerifier),
    );
    authorize.searchParams.set('code_challenge_method', 'S256');
    // Asking for the levels makes the provider state the one reached in the ID token's `acr`.
    authorize.searchParams.set('acr_values', `${ACR_LEVEL[2]} ${ACR_LEVEL[1]}`);
    // Always show the sign-in page, so a tester can switch citizens.
    authorize.searchParams.set('prompt', 'login');
    redirect(res, authorize.href, 302, {
      'Set-Cookie': `${LOGIN_COOKIE}=${id}; Path=/auth; Max-Age=${LOGIN_TTL_MS / 1000}; ${cookieFlags}`,
    });
  }

  function refuse(res: ServerResponse, why: string): void {
    options.log(`login refused: ${why}`);
    sendPage(
      res,
      400,
      'Đăng nhập không thành công',
      html`<h1>${bi('Đăng nhập không thành công', 'Sign-in failed')}</h1>
        <p class="error" role="alert">
          ${bi('Phản hồi đăng nhập không hợp lệ hoặc đã được dùng.', 'The sign-in response was invalid or already used.')}
        </p>
        <p><a href="/auth/login">${bi('Đăng nhập lại', 'Sign in again')}</a></p>`,
    );
  }

  async function callback(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const id = requestCookie(req, LOGIN_COOKIE);
    const tx = id ? logins.get(id) : undefined;
    // One callback per login, whatever its outcome: a replayed response finds nothing.
    if (id) logins.delete(id);
    res.setHeader('Set-Cookie', `${LOGIN_COOKIE}=; Path=/auth; Max-Age=0; ${cookieFlags}`);
    if (!tx || Date.now() - tx.createdAt > LOGIN_TTL_MS) {
      refuse(res, 'no login in progress for this browser');
      return;
    }
    try {
      const as = await discover();
      // Checks state, and iss against the discovered issuer (RFC 9207).
      const params = oauth.validateAuthResponse(as, client, url, tx.state);
      const response = await oauth.authorizationCodeGrantRequest(
        as,
        client,
        clientAuth,
        params,
        options.redirectUri,
        tx.codeVerifier,
        insecure,
      );
      const result = await oauth.processAuthorizationCodeResponse(as, client, response, {
        expectedNonce: tx.nonce,
        requireIdToken: true,
      });
      const citizen = sessionCitizen(oauth.getValidatedIdTokenClaims(result));
      if (!citizen) {
        refuse(res, 'the ID token lacks a usable name, identity number or level');
        return;
      }
      // A new id on every login: a session id planted before login is worthless after it.
      const previous = requestCookie(req, options.sessionCookie);
      if (previous) options.store.deleteSession(previous);
      const session = options.store.createSession(citizen, 'vneid');
      redirect(res, tx.returnTo, 303, {
        'Set-Cookie': [
          `${LOGIN_COOKIE}=; Path=/auth; Max-Age=0; ${cookieFlags}`,
          `${options.sessionCookie}=${session.id}; Path=/; ${cookieFlags}`,
        ],
      });
    } catch (error) {
      refuse(res, reason(error));
    }
  }

  return {
    async handle(req, res) {
      const url = new URL(req.url ?? '/', options.origin);
      if (req.method === 'GET' && url.pathname === '/auth/login') {
        await login(res, url);
        return true;
      }
      if (req.method === 'GET' && url.pathname === '/auth/callback') {
        await callback(req, res, url);
        return true;
      }
      return false;
    },
    pendingLogins: () => logins.size,
  };
}
