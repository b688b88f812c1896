import { isDvcError, type DvcClient, type Session } from '@dvc-kit/client';
import { AnnouncerController, DvcElement } from '@dvc-kit/ui-core';
import { clientFor, ClientController } from '@dvc-kit/ui-core/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  DvcLoginErrorEvent,
  DvcLoginStartEvent,
  DvcLoginSuccessEvent,
  DvcLogoutEvent,
  type LoginCitizen,
  type LoginErrorCode,
  type LoginMode,
} from './events';
import { styles } from './login.styles';
import { messages } from './messages';
import { acrValue, providerName, resolveProviders, type LoginProvider } from './providers';
import type { PublicConfig, PublicSignIn } from './public-flow';

/** What the widget shows. */
type View = 'checking' | 'signed-out' | 'redirecting' | 'signed-in' | 'expired' | 'error';

/** Marks, across the redirect, that this tab went to sign in (BFF mode). Not a secret. */
const RETURNING_KEY = 'dvc-login:returning';

/** The API root used when neither `api-base` nor a `<dvc-context>` names one. */
const DEFAULT_API_BASE = '/v1';

/** Longest timer a browser honours (~24.8 days); later expiries are re-checked then. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Sign in with VNeID and other digital-ID providers.
 *
 * **BFF mode (default)**: the session lives on the portal's backend. The
 * widget reads it with `GET {api-base}/session` (cookies included), sends
 * the citizen to the backend's `login-url` with `provider` and a same-origin
 * `returnTo`, and signs out with `POST {api-base}/session/logout` carrying
 * the CSRF token. No token ever reaches the page.
 *
 * **Public mode** (`mode="public"`): for providers that allow public
 * clients, the browser runs the OpenID Connect code flow itself (PKCE S256,
 * state, nonce, `iss` check; oauth4webapi, loaded only in this mode). Tokens
 * stay in this element's memory; `state`, `nonce` and the PKCE verifier wait
 * in `sessionStorage` during the redirect and are deleted on return.
 *
 * A sign-in is refused while the page is framed, unless `allow-in-frame`.
 *
 * @summary Sign in with VNeID or another digital-ID provider; shows the signed-in citizen.
 * @tagname dvc-login
 *
 * @fires dvc-login-start - Before navigating to the provider; cancelable. `detail: { provider, mode }`.
 * @fires dvc-login-success - A citizen is signed in (`restored` when the session already existed). `detail: { citizen, restored }` — masked data only.
 * @fires dvc-login-error - A sign-in, session check or sign-out failed. `detail: { code }` (see `LoginErrorCode`).
 * @fires dvc-logout - The citizen signed out, or the session expired. `detail: { expired }`.
 *
 * @csspart base - The outer box (same size in every state).
 * @csspart status - The line that says what is happening; receives focus after a change.
 * @csspart providers - The list of provider buttons.
 * @csspart provider-button - Each provider's button (keeps the provider's colours).
 * @csspart citizen - The signed-in citizen's name, identity number and level.
 * @csspart level - The assurance-level badge ("Mức 2").
 * @csspart sign-out-button - The sign-out button.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssprop --dvc-login-min-height - Height reserved for every state (default 12rem).
 * @cssprop --dvc-color-surface - Background of the box.
 * @cssprop --dvc-color-border - Border of the box.
 * @cssprop --dvc-color-primary - Sign-out and retry buttons.
 * @cssprop --dvc-color-danger - Error text and marker.
 */
export class DvcLogin extends DvcElement {
  static override styles = [DvcElement.styles, styles];

  /** `bff` (default): the portal's backend holds the session; `public`: the browser runs OIDC. */
  @property({ reflect: true }) mode: LoginMode = 'bff';

  /** API root for `/session` (BFF mode); else the enclosing `<dvc-context>`'s, else `/v1`. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** A client made by the page (wins over `api-base`). */
  @property({ attribute: false }) client?: DvcClient;

  /** The backend's login route (BFF mode). */
  @property({ attribute: 'login-url' }) loginUrl = '/auth/login';

  /** Where to come back after signing in (BFF mode); same origin only. Default: this page. */
  @property({ attribute: 'return-to' }) returnTo?: string;

  /** Providers offered: ids (`"vneid dvcqg"`) or, as a property, provider objects. */
  @property({
    converter: { fromAttribute: (value: string | null) => value ?? undefined },
  })
  providers?: string | readonly (string | LoginProvider)[];

  /** Requested assurance level: `1`, `2` or an `acr` value (e.g. `urn:vneid:loa:2`). */
  @property() acr?: string;

  /** Lets a sign-in start inside a frame (refused by default: clickjacking). */
  @property({ type: Boolean, attribute: 'allow-in-frame' }) allowInFrame = false;

  /** Public mode: the provider's issuer identifier (discovery must match it exactly). */
  @property() issuer?: string;

  /** Public mode: the public client id registered at the provider. */
  @property({ attribute: 'client-id' }) clientId?: string;

  /** Public mode: the registered redirect URI. Default: this page without its query. */
  @property({ attribute: 'redirect-uri' }) redirectUri?: string;

  /** Public mode: scopes to request. */
  @property() scope = 'openid profile';

  /** The signed-in citizen (masked data only), or `undefined`. */
  get citizen(): LoginCitizen | undefined {
    return this.signedIn;
  }

  @state() private view: View = 'checking';
  @state() private signedIn?: LoginCitizen;
  @state() private errorCode?: LoginErrorCode;
  @state() private busyProvider?: string;
  @state() private signingOut = false;

  private readonly client$ = new ClientController(this);
  private readonly announcer = new AnnouncerController(this);
  private session?: Session;
  /** Public mode only: the sign-in, tokens included, in memory and nowhere else. */
  private publicSignIn?: PublicSignIn;
  private abort?: AbortController;
  private expiryTimer?: ReturnType<typeof setTimeout>;
  /** Where the error view's retry goes: re-read the session, or back to the providers. */
  private retryReload = false;
  /** Move focus to the new view after the next render (user action or return from the provider). */
  private focusNext = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    clearTimeout(this.expiryTimer);
  }

  /**
   * Public mode: the access token of the current sign-in, from memory, for
   * the page to call its resource server. Always `undefined` in BFF mode.
   */
  getAccessToken(): string | undefined {
    return this.publicSignIn && Date.now() < this.publicSignIn.expiresAt
      ? this.publicSignIn.accessToken
      : undefined;
  }

  /** Reads the session again (BFF) or re-checks the in-memory sign-in (public). */
  async refresh(): Promise<void> {
    await this.start();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A page that changes the mode or the backend later gets a fresh check.
    if (
      this.hasUpdated &&
      (changed.has('mode') || changed.has('apiBase') || changed.has('client'))
    ) {
      void this.start();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.applyProviderColours();
    if (changed.has('view') && this.focusNext) {
      this.focusNext = false;
      const target =
        this.view === 'signed-out'
          ? this.renderRoot.querySelector<HTMLElement>('[part~="provider-button"]')
          : this.renderRoot.querySelector<HTMLElement>('[part~="status"]');
      target?.focus();
    }
  }

  private get resolvedClient(): DvcClient {
    return this.client ?? this.client$.value ?? clientFor(DEFAULT_API_BASE);
  }

  /**
   * Gives each provider button its official colours through the CSSOM. A
   * `style="…"` attribute (what Lit's styleMap writes on first render) is
   * blocked by a strict `style-src 'self'` policy; `style.setProperty` is not.
   */
  private applyProviderColours(): void {
    const buttons = this.renderRoot.querySelectorAll<HTMLElement>('button[data-provider]');
    const providers = this.providerList;
    for (const button of buttons) {
      const provider = providers.find((p) => p.id === button.dataset['provider']);
      setCustomProperty(button, '--_provider-bg', provider?.background);
      setCustomProperty(button, '--_provider-fg', provider?.color);
    }
  }

  private get providerList(): LoginProvider[] {
    return resolveProviders(this.providers);
  }

  private show(view: View, options: { focus?: boolean } = {}): void {
    if (options.focus || this.matches(':focus-within')) this.focusNext = true;
    this.view = view;
  }

  private async start(): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.show('checking');
    if (this.mode === 'public') {
      await this.startPublic(abort.signal);
    } else {
      await this.loadSession(abort.signal);
    }
  }

  // ---- BFF mode ------------------------------------------------------------

  private async loadSession(signal: AbortSignal): Promise<void> {
    const returning = takeFlag(RETURNING_KEY);
    const refused = takeLoginError();
    if (refused) {
      // Not from inside connectedCallback: a page that adds its listener right after
      // importing the define module (the usual embed) must still get the event.
      await this.updateComplete;
      if (signal.aborted) return;
      this.fail(refused, { reload: true, focus: true });
      return;
    }
    let session: Session;
    try {
      session = await this.resolvedClient.session.get({ signal });
    } catch (error) {
      if (signal.aborted) return;
      if (isDvcError(error) && error.code === 'HTTP' && error.status === 401) {
        session = { authenticated: false };
      } else {
        this.fail(clientErrorCode(error, 'SESSION_UNAVAILABLE'), {
          reload: true,
          focus: returning,
        });
        return;
      }
    }
    if (signal.aborted) return;
    const wasSignedIn = this.signedIn !== undefined;
    this.session = session;
    if (!session.authenticated) {
      this.signedIn = undefined;
      if (wasSignedIn) {
        this.expire();
      } else {
        this.show('signed-out');
      }
      return;
    }
    const citizen: LoginCitizen = { ...session.citizen };
    this.signIn(citizen, { restored: !returning && !wasSignedIn, returning });
    if (session.expiresAt) this.scheduleExpiry(Date.parse(session.expiresAt));
  }

  private signIn(citizen: LoginCitizen, how: { restored: boolean; returning: boolean }): void {
    const changed = this.signedIn?.name !== citizen.name || this.view !== 'signed-in';
    this.signedIn = citizen;
    this.errorCode = undefined;
    this.show('signed-in', { focus: how.returning });
    if (how.returning) {
      this.announcer.announce(
        messages.t(this.language, 'announceSignedIn', { name: citizen.name }),
      );
    }
    if (changed) this.emit(new DvcLoginSuccessEvent({ citizen, restored: how.restored }));
  }

  private scheduleExpiry(at: number): void {
    clearTimeout(this.expiryTimer);
    if (!Number.isFinite(at)) return;
    const delay = Math.max(0, at - Date.now());
    this.expiryTimer = setTimeout(
      () => {
        if (Date.now() < at) {
          this.scheduleExpiry(at);
        } else if (this.mode === 'public') {
          this.publicSignIn = undefined;
          this.signedIn = undefined;
          this.expire();
        } else {
          // The backend decides: it may have renewed the session.
          void this.loadSession(this.abort?.signal ?? new AbortController().signal);
        }
      },
      Math.min(delay, MAX_TIMER_MS),
    );
  }

  private expire(): void {
    clearTimeout(this.expiryTimer);
    this.show('expired');
    this.announcer.announce(messages.t(this.language, 'expired'), { politeness: 'assertive' });
    this.emit(new DvcLogoutEvent({ expired: true }));
  }

  private async onProvider(provider: LoginProvider): Promise<void> {
    if (this.view === 'redirecting') return;
    if (!this.allowInFrame && isFramed()) {
      this.fail('AUTH_FRAMED', { focus: true });
      return;
    }
    if (!this.emit(new DvcLoginStartEvent({ provider: provider.id, mode: this.mode }))) return;
    if (this.mode === 'public') {
      await this.beginPublic(provider);
      return;
    }
    const url = this.bffLoginUrl(provider);
    if (!url) {
      this.fail('AUTH_CONFIG', { focus: true });
      return;
    }
    this.redirect(provider, () => {
      setFlag(RETURNING_KEY, provider.id);
      return url;
    });
  }

  /** The backend's login URL, or undefined when `return-to` leaves this origin. */
  private bffLoginUrl(provider: LoginProvider): URL | undefined {
    let target: URL;
    let login: URL;
    try {
      target = new URL(this.returnTo ?? location.href, document.baseURI);
      login = new URL(this.loginUrl, document.baseURI);
    } catch {
      return undefined;
    }
    if (target.origin !== location.origin) return undefined;
    login.searchParams.set('provider', provider.id);
    // A path, so the backend cannot be talked into sending the citizen elsewhere.
    login.searchParams.set('returnTo', `${target.pathname}${target.search}${target.hash}`);
    const acr = acrValue(this.acr);
    if (acr) login.searchParams.set('acr', acr);
    return login;
  }

  private redirect(provider: LoginProvider, prepare: () => URL): void {
    this.busyProvider = providerName(provider, this.language);
    this.show('redirecting', { focus: true });
    this.announcer.announce(
      messages.t(this.language, 'redirecting', { provider: this.busyProvider }),
    );
    location.assign(prepare().href);
  }

  private async onSignOut(): Promise<void> {
    if (this.signingOut) return;
    if (this.mode === 'public') {
      // Tokens live only in memory: forgetting them ends the sign-in here.
      this.publicSignIn = undefined;
      this.signedOut();
      return;
    }
    this.signingOut = true;
    try {
      const csrfToken = this.session?.authenticated ? this.session.csrfToken : undefined;
      await this.resolvedClient.session.logout({ csrfToken });
      this.session = { authenticated: false };
      this.signedOut();
    } catch {
      this.fail('SIGN_OUT_FAILED', { reload: true, focus: true });
    } finally {
      this.signingOut = false;
    }
  }

  private signedOut(): void {
    clearTimeout(this.expiryTimer);
    this.signedIn = undefined;
    this.show('signed-out', { focus: true });
    this.announcer.announce(messages.t(this.language, 'announceSignedOut'));
    this.emit(new DvcLogoutEvent({ expired: false }));
  }

  private fail(code: LoginErrorCode, options: { reload?: boolean; focus?: boolean } = {}): void {
    this.errorCode = code;
    this.retryReload = options.reload ?? false;
    this.show('error', { focus: options.focus ?? false });
    this.announcer.announce(this.errorText(code), { politeness: 'assertive' });
    this.emit(new DvcLoginErrorEvent({ code }));
  }

  private onRetry(): void {
    if (this.retryReload) {
      this.focusNext = true;
      void this.start();
    } else {
      this.errorCode = undefined;
      this.show('signed-out', { focus: true });
    }
  }

  // ---- Public mode ---------------------------------------------------------

  private publicConfig(provider: string): PublicConfig | undefined {
    if (!this.issuer || !this.clientId) return undefined;
    let redirectUri: string;
    try {
      const here = new URL(location.href);
      redirectUri = this.redirectUri
        ? new URL(this.redirectUri, document.baseURI).href
        : `${here.origin}${here.pathname}`;
    } catch {
      return undefined;
    }
    return {
      issuer: this.issuer,
      clientId: this.clientId,
      redirectUri,
      scope: this.scope,
      acr: this.acr,
      provider,
    };
  }

  private async startPublic(signal: AbortSignal): Promise<void> {
    const url = new URL(location.href);
    const flow = await import('./public-flow');
    if (signal.aborted) return;
    if (!flow.isCallback(url)) {
      if (this.publicSignIn && Date.now() < this.publicSignIn.expiresAt) {
        this.signIn(this.publicSignIn.citizen, { restored: true, returning: false });
      } else {
        this.publicSignIn = undefined;
        this.signedIn = undefined;
        this.show('signed-out');
      }
      return;
    }
    // The code and state leave the address bar (and history) before anything else.
    const clean = new URL(url);
    for (const name of flow.CALLBACK_PARAMS) clean.searchParams.delete(name);
    history.replaceState(history.state, '', clean.href);
    const config = this.publicConfig(this.providerList[0]?.id ?? 'vneid');
    if (!config) {
      flow.clearPending();
      this.fail('AUTH_CONFIG', { focus: true });
      return;
    }
    try {
      const result = await flow.completePublicLogin(config, url);
      if (signal.aborted) return;
      this.publicSignIn = result;
      this.signIn(result.citizen, { restored: false, returning: true });
      this.scheduleExpiry(result.expiresAt);
    } catch (error) {
      if (signal.aborted) return;
      this.fail(error instanceof flow.LoginFlowError ? error.code : 'AUTH_PROVIDER_ERROR', {
        focus: true,
      });
    }
  }

  private async beginPublic(provider: LoginProvider): Promise<void> {
    const config = this.publicConfig(provider.id);
    if (!config) {
      this.fail('AUTH_CONFIG', { focus: true });
      return;
    }
    this.busyProvider = providerName(provider, this.language);
    this.show('redirecting', { focus: true });
    try {
      const flow = await import('./public-flow');
      const url = await flow.beginPublicLogin(config);
      this.redirect(provider, () => url);
    } catch (error) {
      const { LoginFlowError } = await import('./public-flow');
      this.fail(error instanceof LoginFlowError ? error.code : 'NETWORK', { focus: true });
    }
  }

  // ---- Rendering -----------------------------------------------------------

  private errorText(code: LoginErrorCode): string {
    const lang = this.language;
    switch (code) {
      case 'AUTH_STATE_MISMATCH':
      case 'AUTH_ISSUER_MISMATCH':
      case 'AUTH_NONCE_MISMATCH':
      case 'AUTH_AUDIENCE_MISMATCH':
      case 'AUTH_CODE_INVALID':
      case 'AUTH_TOKEN_INVALID':
        return messages.t(lang, 'errorInvalidResponse');
      case 'AUTH_DENIED':
        return messages.t(lang, 'errorDenied');
      case 'AUTH_PROVIDER_ERROR':
        return messages.t(lang, 'errorProvider');
      case 'AUTH_ASSURANCE_TOO_LOW':
        return messages.t(lang, 'errorAssurance', { level: this.acr?.replace(/\D/g, '') || '2' });
      case 'AUTH_FRAMED':
        return messages.t(lang, 'errorFramed');
      case 'AUTH_CONFIG':
        return messages.t(lang, 'errorConfig');
      case 'NETWORK':
        return this.t('errorNetwork');
      case 'TIMEOUT':
        return this.t('errorTimeout');
      case 'SIGN_OUT_FAILED':
        return messages.t(lang, 'errorSignOut');
      case 'SESSION_UNAVAILABLE':
        return `${messages.t(lang, 'errorSession')} ${this.t('errorGeneric')}`;
    }
  }

  override render(): TemplateResult {
    return html`<section
      part="base"
      class="base view-${this.view}"
      aria-label=${messages.t(this.language, 'regionLabel')}
      aria-busy=${this.view === 'checking' || this.view === 'redirecting' ? 'true' : 'false'}
    >
      <div class="view">${this.renderView()}</div>
      ${this.renderSizer()}
    </section>`;
  }

  private renderView(): TemplateResult {
    const lang = this.language;
    switch (this.view) {
      case 'checking':
        return html`<p part="status" class="status muted" tabindex="-1">
          <span class="spinner" aria-hidden="true"></span>${messages.t(lang, 'checking')}
        </p>`;
      case 'redirecting':
        return html`<p part="status" class="status muted" tabindex="-1">
          <span class="spinner" aria-hidden="true"></span>${messages.t(lang, 'redirecting', {
            provider: this.busyProvider ?? '',
          })}
        </p>`;
      case 'signed-out':
        return html`<p part="status" class="status" tabindex="-1">
            ${messages.t(lang, 'signedOutIntro')}
          </p>
          ${this.renderProviders()}`;
      case 'expired':
        return html`<p part="status" class="status warning" tabindex="-1">
            ${messages.t(lang, 'expired')}
          </p>
          ${this.renderProviders()}`;
      case 'signed-in':
        return this.renderCitizen();
      case 'error':
        return this.renderError();
    }
  }

  /**
   * An invisible copy of the signed-out content in the same grid cell as the
   * view: every state is then at least as tall as the sign-in buttons, so
   * nothing below the widget moves when the session is known, whatever the
   * width and language.
   */
  private renderSizer(): TemplateResult {
    return html`<div class="sizer" aria-hidden="true" inert>
      <p>${messages.t(this.language, 'signedOutIntro')}</p>
      <ul class="providers">
        ${this.providerList.map(
          (provider) =>
            html`<li>
              <button type="button" class="provider" tabindex="-1">
                ${this.t('signInWith', { provider: providerName(provider, this.language) })}
              </button>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderProviders(): TemplateResult {
    return html`<ul part="providers" class="providers" role="list">
      ${this.providerList.map((provider) => {
        return html`<li>
          <button
            type="button"
            part="provider-button"
            class="provider"
            data-provider=${provider.id}
            @click=${() => void this.onProvider(provider)}
          >
            ${this.t('signInWith', { provider: providerName(provider, this.language) })}
          </button>
        </li>`;
      })}
    </ul>`;
  }

  private renderCitizen(): TemplateResult {
    const citizen = this.signedIn;
    const lang = this.language;
    if (!citizen) return html``;
    const level = citizen.assuranceLevel;
    return html`<div part="citizen" class="citizen">
        <p part="status" class="status name" tabindex="-1">
          ${this.t('signedInAs', { name: citizen.name })}
        </p>
        ${
          citizen.maskedId
            ? html`<p class="id">
                ${messages.t(lang, 'identityNumber')}:
                <span class="masked">${citizen.maskedId}</span>
                <span class="visually-hidden">${messages.t(lang, 'identityNumberHidden')}</span>
              </p>`
            : nothing
        }
        ${
          level
            ? html`<p class="level-line">
                <span part="level" class="level" aria-hidden="true"
                  >${messages.t(lang, 'levelBadge', { level })}</span
                >
                <span class="visually-hidden">${messages.t(lang, 'levelLong', { level })}</span>
              </p>`
            : nothing
        }
      </div>
      <button
        type="button"
        part="sign-out-button"
        class="secondary"
        aria-disabled=${this.signingOut ? 'true' : 'false'}
        @click=${() => void this.onSignOut()}
      >
        ${this.signingOut ? messages.t(lang, 'signingOut') : this.t('signOut')}
      </button>`;
  }

  private renderError(): TemplateResult {
    const code = this.errorCode ?? 'SESSION_UNAVAILABLE';
    const lang = this.language;
    return html`<div class="error" role="group" aria-labelledby="error-status">
        <p part="status" id="error-status" class="status danger" tabindex="-1">
          <strong>${messages.t(lang, 'errorTitle')}.</strong> ${this.errorText(code)}
        </p>
        ${
          code === 'AUTH_FRAMED'
            ? html`<p>
                <a href=${location.href} target="_blank" rel="noopener"
                  >${messages.t(lang, 'openInNewWindow')}</a
                >
              </p>`
            : nothing
        }
      </div>
      <button type="button" part="retry-button" class="secondary" @click=${this.onRetry}>
        ${this.t('retry')}
      </button>`;
  }
}

/** Query parameter a BFF may add to `returnTo` when it refused a sign-in. */
const LOGIN_ERROR_PARAM = 'login_error';

/** Codes a backend may report back; anything else reads as a provider error. */
const BACKEND_CODES: ReadonlySet<string> = new Set<LoginErrorCode>([
  'AUTH_STATE_MISMATCH',
  'AUTH_ISSUER_MISMATCH',
  'AUTH_NONCE_MISMATCH',
  'AUTH_AUDIENCE_MISMATCH',
  'AUTH_CODE_INVALID',
  'AUTH_TOKEN_INVALID',
  'AUTH_DENIED',
  'AUTH_PROVIDER_ERROR',
  'AUTH_ASSURANCE_TOO_LOW',
]);

/**
 * A refusal the backend reported on return (`?login_error=AUTH_STATE_MISMATCH`),
 * removed from the address bar at once.
 */
function takeLoginError(): LoginErrorCode | undefined {
  const url = new URL(location.href);
  const value = url.searchParams.get(LOGIN_ERROR_PARAM);
  if (value === null) return undefined;
  url.searchParams.delete(LOGIN_ERROR_PARAM);
  history.replaceState(history.state, '', url.href);
  return BACKEND_CODES.has(value) ? (value as LoginErrorCode) : 'AUTH_PROVIDER_ERROR';
}

function isFramed(): boolean {
  try {
    return window.top !== window.self;
  } catch {
    // A cross-origin parent may throw on access: that is a frame too.
    return true;
  }
}

function clientErrorCode(error: unknown, fallback: LoginErrorCode): LoginErrorCode {
  if (isDvcError(error)) {
    if (error.code === 'NETWORK') return 'NETWORK';
    if (error.code === 'TIMEOUT') return 'TIMEOUT';
  }
  return fallback;
}

function setFlag(key: string, value: string): void {
  try {
    sessionStorage.setItem(key, value);
  } catch {
    // Storage blocked: the return is then treated as a page load.
  }
}

function takeFlag(key: string): boolean {
  try {
    const value = sessionStorage.getItem(key);
    sessionStorage.removeItem(key);
    return value !== null;
  } catch {
    return false;
  }
}

function setCustomProperty(element: HTMLElement, name: string, value: string | undefined): void {
  if (value) element.style.setProperty(name, value);
  else element.style.removeProperty(name);
}
