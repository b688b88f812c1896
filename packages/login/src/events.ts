import { DvcEvent } from '@dvc-kit/ui-core';

/**
 * The signed-in citizen as `<dvc-login>` shows and reports it: masked data
 * only. The full identity number never reaches the widget in BFF mode, and
 * in public mode it is masked the moment the ID token is read.
 */
export interface LoginCitizen {
  /** Full name, for display. */
  readonly name: string;
  /** Masked identity number, e.g. `0010****1234`, when the provider gave one. */
  readonly maskedId?: string | undefined;
  /** Assurance level of the sign-in (VNeID levels 1 and 2), when known. */
  readonly assuranceLevel?: 1 | 2 | undefined;
  /** Id of the provider used, e.g. `vneid`. */
  readonly provider: string;
}

/** How `<dvc-login>` talks to the identity provider. */
export type LoginMode = 'bff' | 'public';

/**
 * Stable codes of `dvc-login-error`:
 *
 * - `AUTH_STATE_MISMATCH` — the callback's `state` is not the one this tab
 *   sent, or was already used (a forged, stale or replayed response).
 * - `AUTH_ISSUER_MISMATCH` — the callback's `iss`, or the discovered issuer,
 *   is not the configured issuer.
 * - `AUTH_NONCE_MISMATCH` — the ID token's `nonce` is not the one sent.
 * - `AUTH_AUDIENCE_MISMATCH` — the ID token was not issued to this client.
 * - `AUTH_CODE_INVALID` — the token endpoint refused the code (used,
 *   expired, or its PKCE verifier does not match).
 * - `AUTH_TOKEN_INVALID` — any other failed check of the token response.
 * - `AUTH_DENIED` — the citizen cancelled or refused consent.
 * - `AUTH_PROVIDER_ERROR` — the provider answered with another error.
 * - `AUTH_ASSURANCE_TOO_LOW` — the sign-in's level is below `acr`.
 * - `AUTH_FRAMED` — a sign-in was refused because the page is framed.
 * - `AUTH_CONFIG` — the element is misconfigured (e.g. a `return-to` on
 *   another origin, a missing `issuer` or `client-id` in public mode).
 * - `NETWORK`, `TIMEOUT` — the backend or provider could not be reached.
 * - `SESSION_UNAVAILABLE` — the session could not be read (server error,
 *   malformed answer).
 * - `SIGN_OUT_FAILED` — the backend refused or failed the sign-out.
 */
export type LoginErrorCode =
  | 'AUTH_STATE_MISMATCH'
  | 'AUTH_ISSUER_MISMATCH'
  | 'AUTH_NONCE_MISMATCH'
  | 'AUTH_AUDIENCE_MISMATCH'
  | 'AUTH_CODE_INVALID'
  | 'AUTH_TOKEN_INVALID'
  | 'AUTH_DENIED'
  | 'AUTH_PROVIDER_ERROR'
  | 'AUTH_ASSURANCE_TOO_LOW'
  | 'AUTH_FRAMED'
  | 'AUTH_CONFIG'
  | 'NETWORK'
  | 'TIMEOUT'
  | 'SESSION_UNAVAILABLE'
  | 'SIGN_OUT_FAILED';

/** Fired before a sign-in starts; cancel it to keep the citizen on the page. */
export class DvcLoginStartEvent extends DvcEvent<{
  readonly provider: string;
  readonly mode: LoginMode;
}> {
  static readonly eventName = 'dvc-login-start';
  constructor(detail: { readonly provider: string; readonly mode: LoginMode }) {
    super(DvcLoginStartEvent.eventName, detail, { cancelable: true });
  }
}

/**
 * Fired when a citizen is signed in: after returning from the provider, or
 * (`restored: true`) when the page loads with a session already open.
 */
export class DvcLoginSuccessEvent extends DvcEvent<{
  readonly citizen: LoginCitizen;
  readonly restored: boolean;
}> {
  static readonly eventName = 'dvc-login-success';
  constructor(detail: { readonly citizen: LoginCitizen; readonly restored: boolean }) {
    super(DvcLoginSuccessEvent.eventName, detail);
  }
}

/** Fired when a sign-in, the session check or a sign-out fails. */
export class DvcLoginErrorEvent extends DvcEvent<{ readonly code: LoginErrorCode }> {
  static readonly eventName = 'dvc-login-error';
  constructor(detail: { readonly code: LoginErrorCode }) {
    super(DvcLoginErrorEvent.eventName, detail);
  }
}

/** Fired after the citizen signed out (or the session expired: `expired: true`). */
export class DvcLogoutEvent extends DvcEvent<{ readonly expired: boolean }> {
  static readonly eventName = 'dvc-logout';
  constructor(detail: { readonly expired: boolean }) {
    super(DvcLogoutEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dvc-login-start': DvcLoginStartEvent;
    'dvc-login-success': DvcLoginSuccessEvent;
    'dvc-login-error': DvcLoginErrorEvent;
    'dvc-logout': DvcLogoutEvent;
  }
}
