/**
 * The browser-only sign-in (`mode="public"`): OpenID Connect authorization
 * code flow with PKCE (S256), state and nonce, run with oauth4webapi. Loaded
 * with `import()` only in public mode, so BFF pages never download it.
 *
 * Where the one-time values live across the redirect: the page is unloaded
 * while the citizen is at the provider, so `state`, `nonce` and the PKCE
 * `code_verifier` must survive a navigation in this tab. They go to
 * `sessionStorage` (scoped to this tab and origin, gone when the tab
 * closes) under one key, and are deleted the moment the callback is read,
 * before any check or network call, so each is usable once whatever the
 * outcome. They are not tokens: the verifier is only worth something with
 * a code that the provider sends to the registered redirect URI, and the
 * code is single-use. Tokens themselves are kept in memory only, by the
 * element; nothing here writes them anywhere.
 */
import * as oauth from 'oauth4webapi';
import type { LoginCitizen, LoginErrorCode } from './events';
import { acrLevel, acrValue, maskIdentityNumber } from './providers';

/** Settings of a public-mode sign-in. */
export interface PublicConfig {
  /** Issuer identifier; discovery must return exactly this. */
  issuer: string;
  /** Public client id (no secret). */
  clientId: string;
  /** Redirect URI registered at the provider (exact match). */
  redirectUri: string;
  /** Scopes, space-separated (`openid` is required). */
  scope: string;
  /** Requested assurance (`acr` attribute), if any. */
  acr?: string | undefined;
  /** Provider id reported in the citizen. */
  provider: string;
}

/** What a completed sign-in gives the element (kept in its memory only). */
export interface PublicSignIn {
  citizen: LoginCitizen;
  accessToken: string;
  /** Epoch ms when the sign-in stops being valid (ID token or access token expiry). */
  expiresAt: number;
}

/** A failed step, with the stable code the element reports. */
export class LoginFlowError extends Error {
  override readonly name = 'LoginFlowError';
  readonly code: LoginErrorCode;
  constructor(code: LoginErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** The sessionStorage key of the one pending sign-in of this tab. */
export const PENDING_KEY = 'dvc-login:pending';

interface Pending {
  state: string;
  nonce: string;
  verifier: string;
  issuer: string;
  clientId: string;
  redirectUri: string;
  provider: string;
  acr?: string | undefined;
}

const servers = new Map<string, Promise<oauth.AuthorizationServer>>();

function isLoopback(url: URL): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/** Plain http is allowed only on loopback (a local sandbox); anything else needs https. */
function requestOptions(issuer: URL) {
  return { [oauth.allowInsecureRequests]: issuer.protocol === 'http:' && isLoopback(issuer) };
}

function discover(issuer: string): Promise<oauth.AuthorizationServer> {
  let server = servers.get(issuer);
  if (!server) {
    server = (async () => {
      const url = new URL(issuer);
      const response = await oauth.discoveryRequest(url, {
        ...requestOptions(url),
        algorithm: 'oidc',
      });
      // Checks that the document's `issuer` is exactly `issuer`.
      return oauth.processDiscoveryResponse(url, response);
    })();
    // A failed discovery is not cached: a retry tries again.
    server.catch(() => servers.delete(issuer));
    servers.set(issuer, server);
  }
  return server;
}

function takePending(): Pending | undefined {
  let raw: string | null;
  try {
    raw = sessionStorage.getItem(PENDING_KEY);
    sessionStorage.removeItem(PENDING_KEY);
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<Pending>;
    return typeof value.state === 'string' &&
      typeof value.nonce === 'string' &&
      typeof value.verifier === 'string'
      ? (value as Pending)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Forgets a pending sign-in (e.g. when the start event was cancelled). */
export function clearPending(): void {
  try {
    sessionStorage.removeItem(PENDING_KEY);
  } catch {
    // Storage blocked: nothing was stored either.
  }
}

/** Whether `url` is an authorization response (a `state` with a `code` or an `error`). */
export function isCallback(url: URL): boolean {
  const q = url.searchParams;
  return q.has('state') && (q.has('code') || q.has('error'));
}

/** Authorization-response parameters, to remove from the address bar. */
export const CALLBACK_PARAMS = [
  'code',
  'state',
  'iss',
  'error',
  'error_description',
  'error_uri',
  'session_state',
];

/**
 * Prepares a sign-in: discovers the provider, stores fresh one-time values
 * and returns the authorization URL to navigate to.
 */
export async function beginPublicLogin(config: PublicConfig): Promise<URL> {
  const as = await wrap(() => discover(config.issuer));
  if (!as.authorization_endpoint) {
    throw new LoginFlowError('AUTH_CONFIG', 'The provider has no authorization endpoint.');
  }
  // 32 random bytes each (256 bits), base64url.
  const pending: Pending = {
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
    verifier: oauth.generateRandomCodeVerifier(),
    issuer: config.issuer,
    clientId: config.clientId,
    redirectUri: config.redirectUri,
    provider: config.provider,
    acr: config.acr,
  };
  const url = new URL(as.authorization_endpoint);
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('redirect_uri', config.redirectUri);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', config.scope);
  url.searchParams.set('state', pending.state);
  url.searchParams.set('nonce', pending.nonce);
  url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(pending.verifier));
  url.searchParams.set('code_challenge_method', 'S256');
  const acr = acrValue(config.acr);
  if (acr) url.searchParams.set('acr_values', acr);
  try {
    sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  } catch {
    throw new LoginFlowError(
      'AUTH_CONFIG',
      'sessionStorage is unavailable, so a sign-in cannot be checked on return.',
    );
  }
  return url;
}

/**
 * Completes a sign-in from the authorization response `url` (the page URL
 * on return). The pending values are consumed first, so a second call with
 * the same response fails with `AUTH_STATE_MISMATCH`.
 */
export async function completePublicLogin(config: PublicConfig, url: URL): Promise<PublicSignIn> {
  const pending = takePending();
  const state = url.searchParams.get('state');
  if (!pending || state === null || state !== pending.state) {
    throw new LoginFlowError('AUTH_STATE_MISMATCH', 'The response state is unknown or was used.');
  }
  if (pending.issuer !== config.issuer || pending.clientId !== config.clientId) {
    throw new LoginFlowError('AUTH_CONFIG', 'The sign-in was started with other settings.');
  }
  const as = await wrap(() => discover(pending.issuer));
  const iss = url.searchParams.get('iss');
  if ((iss !== null || as.authorization_response_iss_parameter_supported) && iss !== as.issuer) {
    throw new LoginFlowError('AUTH_ISSUER_MISMATCH', 'The response comes from another issuer.');
  }
  const client: oauth.Client = { client_id: pending.clientId };
  const issuerUrl = new URL(pending.issuer);
  const result = await wrap(async () => {
    const params = oauth.validateAuthResponse(as, client, url, pending.state);
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      oauth.None(),
      params,
      pending.redirectUri,
      pending.verifier,
      requestOptions(issuerUrl),
    );
    return oauth.processAuthorizationCodeResponse(as, client, response, {
      expectedNonce: pending.nonce,
      requireIdToken: true,
    });
  });
  const claims = oauth.getValidatedIdTokenClaims(result);
  if (!claims) throw new LoginFlowError('AUTH_TOKEN_INVALID', 'No ID token.');
  const level = levelOf(claims);
  const required = acrLevel(pending.acr);
  if (required !== undefined && (level === undefined || level < required)) {
    throw new LoginFlowError('AUTH_ASSURANCE_TOO_LOW', 'The sign-in is below the requested level.');
  }
  const name = typeof claims['name'] === 'string' ? claims['name'] : '';
  const citizen: LoginCitizen = {
    name,
    // Providers should give public clients the masked number (`cccd_masked`); a full
    // `cccd` from one that does not is masked here and not kept anywhere.
    maskedId: maskIdentityNumber(claims['cccd_masked']) ?? maskIdentityNumber(claims['cccd']),
    assuranceLevel: level,
    provider: pending.provider,
  };
  const now = Date.now();
  const tokenExpiry = result.expires_in ? now + result.expires_in * 1000 : Infinity;
  return {
    citizen,
    accessToken: result.access_token,
    expiresAt: Math.min(claims.exp * 1000, tokenExpiry),
  };
}

function levelOf(claims: oauth.IDToken): 1 | 2 | undefined {
  const fromClaim = claims['assurance_level'];
  if (fromClaim === 1 || fromClaim === 2) return fromClaim;
  return acrLevel(typeof claims.acr === 'string' ? claims.acr : undefined);
}

/** Runs a step, turning oauth4webapi's and fetch's errors into stable codes. */
async function wrap<T>(step: () => Promise<T> | T): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw toFlowError(error);
  }
}

function toFlowError(error: unknown): LoginFlowError {
  if (error instanceof LoginFlowError) return error;
  if (error instanceof oauth.AuthorizationResponseError) {
    return new LoginFlowError(
      error.error === 'access_denied' ? 'AUTH_DENIED' : 'AUTH_PROVIDER_ERROR',
      `The provider answered ${error.error}.`,
    );
  }
  if (error instanceof oauth.ResponseBodyError) {
    return new LoginFlowError(
      error.error === 'invalid_grant' ? 'AUTH_CODE_INVALID' : 'AUTH_PROVIDER_ERROR',
      `The token endpoint answered ${error.error}.`,
    );
  }
  if (error instanceof oauth.OperationProcessingError) {
    const cause = error.cause as { claim?: string; attribute?: string } | undefined;
    if (error.code === oauth.JWT_CLAIM_COMPARISON) {
      if (cause?.claim === 'nonce') return new LoginFlowError('AUTH_NONCE_MISMATCH', error.message);
      if (cause?.claim === 'aud' || cause?.claim === 'azp') {
        return new LoginFlowError('AUTH_AUDIENCE_MISMATCH', error.message);
      }
      if (cause?.claim === 'iss') return new LoginFlowError('AUTH_ISSUER_MISMATCH', error.message);
    }
    if (error.code === oauth.JSON_ATTRIBUTE_COMPARISON && cause?.attribute === 'issuer') {
      return new LoginFlowError('AUTH_ISSUER_MISMATCH', error.message);
    }
    if (/"state"/.test(error.message))
      return new LoginFlowError('AUTH_STATE_MISMATCH', error.message);
    if (/"iss"/.test(error.message))
      return new LoginFlowError('AUTH_ISSUER_MISMATCH', error.message);
    return new LoginFlowError('AUTH_TOKEN_INVALID', error.message);
  }
  if (error instanceof oauth.UnsupportedOperationError) {
    return new LoginFlowError('AUTH_CONFIG', error.message);
  }
  if (error instanceof TypeError)
    return new LoginFlowError('NETWORK', 'The provider could not be reached.');
  return new LoginFlowError('AUTH_PROVIDER_ERROR', 'The sign-in failed.');
}
