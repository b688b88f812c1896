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
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { IdentityProvider } from '@dvc-kit/client';
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

/** The identity providers the BFF offers (the sandbox provider stands in for both). */
export const BFF_PROVIDERS: readonly IdentityProvider[] = ['vneid', 'dvcqg'];

/** Query parameter added to `returnTo` when a sign-in is refused. */
export const LOGIN_ERROR_PARAM = 'login_error';

/**
 * Codes the BFF reports in `login_error`: the subset of `<dvc-login>`'s
 * `dvc-login-error` codes a backend can produce.
 */
export type BffLoginError =
  | 'AUTH_STATE_MISMATCH'
  | 'AUTH_ISSUER_MISMATCH'
  | 'AUTH_NONCE_MISMATCH'
  | 'AUTH_AUDIENCE_MISMATCH'
  | 'AUTH_CODE_INVALID'
  | 'AUTH_TOKEN_INVALID'
  | 'AUTH_DENIED'
  | 'AUTH_PROVIDER_ERROR'
  | 'AUTH_ASSURANCE_TOO_LOW';

/** A login in progress: everything the callback must check, kept server-side. */
interface LoginTransaction {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  provider: IdentityProvider;
  /** The level the portal asked for (`acr`), if any: a lower sign-in is refused. */
  minLevel: 1 | 2 | undefined;
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
  /**
   * Same-origin path to send the browser to when a callback cannot be tied
   * to a login in progress (unknown or tampered `state`), and when
   * `returnTo` is missing or not on this origin. Default `/`.
   */
  defaultReturnTo?: string;
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

/**
 * The requested level from `/auth/login`'s `acr` (as `<dvc-login>` sends it:
 * `urn:vneid:loa:2`, or `1`/`2`); `null` for a value the sandbox does not know.
 */
function requestedLevel(acr: string | null): 1 | 2 | undefined | null {
  if (acr === null || acr.trim() === '') return undefined;
  const match = /^(?:urn:vneid:loa:)?([12])$/.exec(acr.trim());
  return match ? (Number(match[1]) as 1 | 2) : null;
}

/** The `login_error` code for a refused callback. */
function errorCode(error: unknown): BffLoginError {
  if (error instanceof oauth.AuthorizationResponseError) {
    return error.error === 'access_denied' ? 'AUTH_DENIED' : 'AUTH_PROVIDER_ERROR';
  }
  if (error instanceof oauth.ResponseBodyError) {
    return error.error === 'invalid_grant' ? 'AUTH_CODE_INVALID' : 'AUTH_PROVIDER_ERROR';
  }
  if (error instanceof oauth.OperationProcessingError) {
    const cause = error.cause as { claim?: string } | undefined;
    if (error.code === oauth.JWT_CLAIM_COMPARISON) {
      if (cause?.claim === 'nonce') return 'AUTH_NONCE_MISMATCH';
      if (cause?.claim === 'aud' || cause?.claim === 'azp') return 'AUTH_AUDIENCE_MISMATCH';
      if (cause?.claim === 'iss') return 'AUTH_ISSUER_MISMATCH';
    }
    if (/"state"/.test(error.message)) return 'AUTH_STATE_MISMATCH';
    if (/"iss"/.test(error.message)) return 'AUTH_ISSUER_MISMATCH';
    return 'AUTH_TOKEN_INVALID';
  }
  // The provider could not be reached, or answered something unusable.
  return 'AUTH_PROVIDER_ERROR';
}

/** Constant-time comparison of two strings. */
function sameString(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** `target` (a same-origin path) with `login_error=code` set in its query. */
function withLoginError(target: string, code: BffLoginError, origin: string): string {
  const url = new URL(target, origin);
  url.searchParams.set(LOGIN_ERROR_PARAM, code);
  return `${url.pathname}${url.search}${url.hash}`;
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
  const defaultReturnTo = sameOriginTarget(options.defaultReturnTo ?? '/', options.origin);
  /** `returnTo` as a path if it is on this origin; the default when missing or elsewhere. */
  const returnTarget = (returnTo: string | null): string => {
    if (!returnTo) return defaultReturnTo;
    const target = sameOriginTarget(returnTo, options.origin);
    // sameOriginTarget answers `/` for what it refuses: tell a refusal from a real `/`.
    const refused = target === '/' && sameOriginTarget(`${returnTo}#x`, options.origin) === '/';
    return refused ? defaultReturnTo : target;
  };
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
    [oauth.allowInsecureRequests]:
      !secure || options.internalOrigin !== undefined || options.issuer.startsWith('http:'),
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

  /** A clear 400 page for a login that cannot start, with a way back. */
  function cannotStart(
    res: ServerResponse,
    url: URL,
    title: [vi: string, en: string],
    detail: [vi: string, en: string],
  ): void {
    const back = returnTarget(url.searchParams.get('returnTo'));
    sendPage(
      res,
      400,
      title[0],
      html`<h1>${bi(title[0], title[1])}</h1>
        <p class="error" role="alert">${bi(detail[0], detail[1])}</p>
        <p><a href="${back}">${bi('Quay lại trang dịch vụ', 'Back to the service')}</a></p>`,
    );
  }

  async function login(res: ServerResponse, url: URL): Promise<void> {
    const provider = url.searchParams.get('provider') ?? 'vneid';
    if (!(BFF_PROVIDERS as readonly string[]).includes(provider)) {
      cannotStart(
        res,
        url,
        ['Nhà cung cấp định danh không được hỗ trợ', 'Identity provider not supported'],
        [
          'Sandbox hỗ trợ VNeID (provider=vneid) và tài khoản Cổng Dịch vụ công quốc gia (provider=dvcqg).',
          'The sandbox supports VNeID (provider=vneid) and national public-service portal accounts (provider=dvcqg).',
        ],
      );
      return;
    }
    const minLevel = requestedLevel(url.searchParams.get('acr'));
    if (minLevel === null) {
      cannotStart(
        res,
        url,
        ['Mức định danh không được hỗ trợ', 'Assurance level not supported'],
        [
          'Tham số acr phải là 1, 2, urn:vneid:loa:1 hoặc urn:vneid:loa:2.',
          'The acr parameter must be 1, 2, urn:vneid:loa:1 or urn:vneid:loa:2.',
        ],
      );
      return;
    }
    const as = await discover();
    sweep(Date.now());
    const tx: LoginTransaction = {
      state: oauth.generateRandomState(),
      nonce: oauth.generateRandomNonce(),
      codeVerifier: oauth.generateRandomCodeVerifier(),
      returnTo: returnTarget(url.searchParams.get('returnTo')),
      provider: provider as IdentityProvider,
      minLevel,
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
    // Asking for the levels makes the provider state the one reached in the ID token's `acr`;
    // with `acr=2` only level 2 is asked for (and a lower sign-in is refused on return).
    authorize.searchParams.set(
      'acr_values',
      minLevel === 2 ? ACR_LEVEL[2] : `${ACR_LEVEL[2]} ${ACR_LEVEL[1]}`,
    );
    // Always show the sign-in page, so a tester can switch citizens.
    authorize.searchParams.set('prompt', 'login');
    redirect(res, authorize.href, 302, {
      'Set-Cookie': `${LOGIN_COOKIE}=${id}; Path=/auth; Max-Age=${LOGIN_TTL_MS / 1000}; ${cookieFlags}`,
    });
  }

  /**
   * Sends the browser back to `target` (a same-origin path: the login's own
   * `returnTo`, or the default) with `login_error=code`. No session is made.
   */
  function refuse(res: ServerResponse, target: string, code: BffLoginError, why: string): void {
    options.log(`login refused (${code}): ${why}`);
    redirect(res, withLoginError(target, code, options.origin), 303, {
      'Set-Cookie': `${LOGIN_COOKIE}=; Path=/auth; Max-Age=0; ${cookieFlags}`,
    });
  }

  async function callback(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const id = requestCookie(req, LOGIN_COOKIE);
    const tx = id ? logins.get(id) : undefined;
    // One callback per login, whatever its outcome: a replayed response finds nothing.
    if (id) logins.delete(id);
    res.setHeader('Set-Cookie', `${LOGIN_COOKIE}=; Path=/auth; Max-Age=0; ${cookieFlags}`);
    if (!tx || Date.now() - tx.createdAt > LOGIN_TTL_MS) {
      // Nothing server-side to take a returnTo from: the default path, never the request's.
      refuse(res, defaultReturnTo, 'AUTH_STATE_MISMATCH', 'no login in progress for this browser');
      return;
    }
    const state = url.searchParams.get('state');
    if (state === null || !sameString(state, tx.state)) {
      // The response is not this login's: nothing of the login is used, not even its returnTo.
      refuse(res, defaultReturnTo, 'AUTH_STATE_MISMATCH', 'unexpected "state" response parameter');
      return;
    }
    // From here the response belongs to this login: refusals go back to its returnTo.
    try {
      const as = await discover();
      // Checks state again, and iss against the discovered issuer (RFC 9207).
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
        refuse(
          res,
          tx.returnTo,
          'AUTH_TOKEN_INVALID',
          'the ID token lacks a usable name, identity number or level',
        );
        return;
      }
      if (tx.minLevel !== undefined && citizen.assuranceLevel < tx.minLevel) {
        refuse(
          res,
          tx.returnTo,
          'AUTH_ASSURANCE_TOO_LOW',
          `level ${citizen.assuranceLevel} sign-in, level ${tx.minLevel} required`,
        );
        return;
      }
      // A new id on every login: a session id planted before login is worthless after it.
      const previous = requestCookie(req, options.sessionCookie);
      if (previous) options.store.deleteSession(previous);
      const session = options.store.createSession(citizen, tx.provider);
      redirect(res, tx.returnTo, 303, {
        'Set-Cookie': [
          `${LOGIN_COOKIE}=; Path=/auth; Max-Age=0; ${cookieFlags}`,
          `${options.sessionCookie}=${session.id}; Path=/; ${cookieFlags}`,
        ],
      });
    } catch (error) {
      refuse(res, tx.returnTo, errorCode(error), reason(error));
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
