/**
 * A real OpenID Connect provider (`oidc-provider`) standing in for VNeID,
 * mounted under `/oidc`. The two sandbox citizens are its accounts; the
 * sign-in page lets a tester choose one. PKCE (S256) is required of every
 * client, redirect URIs must match exactly, and authorization responses
 * carry `iss` (RFC 9207). Keys are generated at start and never persisted.
 */
import { generateKeyPairSync } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Provider, { type ClientMetadata, type Configuration } from 'oidc-provider';
import { randomToken } from '../random';
import { CITIZENS, type Citizen, maskIdentityNumber } from '../seed/citizens';
import { bi, type Html, html, pageHeaders, redirect, sendPage } from './html';
import { memoryAdapterFactory } from './oidc-adapter';
import { readForm } from './http';

/** Mount path of the provider. */
export const OIDC_PATH = '/oidc';
/** Client id of the sandbox BFF (confidential, `client_secret_basic`). */
export const BFF_CLIENT_ID = 'dvc-sandbox-bff';
/** Client id of the browser-only public client (PKCE, no secret). */
export const BROWSER_CLIENT_ID = 'dvc-sandbox-browser';

/** `acr` values: the VNeID account level of the sign-in. */
export const ACR_LEVEL = { 1: 'urn:vneid:loa:1', 2: 'urn:vneid:loa:2' } as const;

/** Options of {@link createOidc}. */
export interface OidcOptions {
  /** Public origin of the sandbox (the portal), e.g. `http://127.0.0.1:4010`. */
  origin: string;
  /**
   * Origin the provider is served from, when it has its own listener (an
   * outside identity provider). Default: `origin`. Its pages then allow form
   * posts to be redirected back to `origin` (the BFF callback).
   */
  issuerOrigin?: string;
  /** Redirect URI and secret of the BFF client. */
  bff: { redirectUri: string; secret: string };
  /** Exact redirect URIs of the public browser client. */
  browserRedirectUris: string[];
}

/** The provider and the sandbox's interaction (sign-in / consent) routes. */
export interface Oidc {
  provider: Provider;
  issuer: string;
  /** Handles `/oidc/...`: interaction pages first, then the provider. Always answers. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

function signingKey() {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { ...privateKey.export({ format: 'jwk' }), alg: 'ES256', use: 'sig', kid: randomToken(8) };
}

/** Scopes the public browser client may ask for: never `cccd` (the full number). */
export const BROWSER_SCOPES = ['openid', 'profile', 'cccd_masked'] as const;

/**
 * The claims of `c` for `clientId`. The full identity number goes only to
 * the confidential BFF, over the back channel (it masks it at once); the
 * public browser client gets the masked form (`cccd_masked`), whatever it asks.
 */
function citizenClaims(c: Citizen, clientId: string | undefined) {
  const base = {
    sub: c.id,
    name: c.name,
    birthdate: c.birthdate,
    cccd_masked: maskIdentityNumber(c.identityNumber),
    assurance_level: c.level,
  };
  return clientId === BFF_CLIENT_ID ? { ...base, cccd: c.identityNumber } : base;
}

/** Creates the provider for `origin`. */
export function createOidc(options: OidcOptions): Oidc {
  const issuerOrigin = options.issuerOrigin ?? options.origin;
  const issuer = `${issuerOrigin}${OIDC_PATH}`;
  const home = issuerOrigin === options.origin ? '/' : `${options.origin}/`;
  // After the last form post the provider redirects to a client's redirect URI: on its own
  // listener, the pages must allow those origins (the portal's, for the BFF callback).
  const redirectOrigins = [options.bff.redirectUri, ...options.browserRedirectUris]
    .map((uri) => new URL(uri).origin)
    .filter((o, i, all) => o !== issuerOrigin && all.indexOf(o) === i);
  const headers = pageHeaders(issuerOrigin === options.origin ? [] : redirectOrigins);
  const send = (res: ServerResponse, status: number, title: string, body: Html) =>
    sendPage(res, status, title, body, headers);
  const clients: ClientMetadata[] = [
    {
      client_id: BFF_CLIENT_ID,
      client_secret: options.bff.secret,
      redirect_uris: [options.bff.redirectUri],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_basic',
      id_token_signed_response_alg: 'ES256',
    },
    {
      client_id: BROWSER_CLIENT_ID,
      redirect_uris: options.browserRedirectUris,
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'none',
      id_token_signed_response_alg: 'ES256',
      // An allow list: asking for `cccd` is refused with invalid_scope.
      scope: BROWSER_SCOPES.join(' '),
    },
  ];
  const configuration: Configuration = {
    adapter: memoryAdapterFactory(),
    clients,
    jwks: { keys: [signingKey()] },
    cookies: { keys: [randomToken(), randomToken()] },
    pkce: { required: () => true },
    enabledJWA: { idTokenSigningAlgValues: ['ES256'] },
    claims: {
      openid: ['sub'],
      profile: ['name', 'birthdate'],
      cccd: ['cccd', 'assurance_level'],
      cccd_masked: ['cccd_masked', 'assurance_level'],
    },
    acrValues: Object.values(ACR_LEVEL),
    // The BFF reads everything from the ID token: one round trip fewer.
    conformIdTokenClaims: false,
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: true },
    },
    findAccount: (ctx, sub) => {
      const citizen = CITIZENS.find((c) => c.id === sub);
      if (!citizen) return undefined;
      const clientId = ctx.oidc.client?.clientId;
      return { accountId: citizen.id, claims: () => citizenClaims(citizen, clientId) };
    },
    interactions: { url: (_ctx, interaction) => `${OIDC_PATH}/interaction/${interaction.uid}` },
    ttl: {
      AuthorizationCode: 60,
      IdToken: 600,
      AccessToken: 600,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = errorBody(
        String(out['error'] ?? 'error'),
        String(out['error_description'] ?? ''),
        home,
      );
    },
  };
  const provider = new Provider(issuer, configuration);
  const publicHost = new URL(issuerOrigin).host;
  const callback = provider.callback();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', options.origin);
    const match = /^\/oidc\/interaction\/([\w-]+)(?:\/(login|confirm|abort))?$/.exec(url.pathname);
    if (match) {
      await interaction(req, res, match[1] as string, match[2]);
      return;
    }
    // The provider builds its URLs from the Host header. Behind a proxy that may be the
    // listener's own address; pin it to the issuer's public origin instead.
    req.headers.host = publicHost;
    // Mounting convention of oidc-provider: it reads the mount path from `originalUrl`.
    const mounted = req as IncomingMessage & { originalUrl?: string };
    mounted.originalUrl = req.url;
    req.url = (req.url ?? '/').slice(OIDC_PATH.length) || '/';
    callback(req, res);
  }

  async function interaction(
    req: IncomingMessage,
    res: ServerResponse,
    uid: string,
    action: string | undefined,
  ): Promise<void> {
    let details;
    try {
      details = await provider.interactionDetails(req, res);
    } catch {
      send(res, 400, 'Phiên đăng nhập hết hạn', expired(home));
      return;
    }
    if (details.uid !== uid) {
      send(res, 400, 'Phiên đăng nhập hết hạn', expired(home));
      return;
    }
    const prompt = details.prompt.name;
    if (req.method === 'GET' && action === undefined) {
      if (prompt === 'login') send(res, 200, 'Đăng nhập VNeID (thử nghiệm)', loginPage(uid));
      else
        send(
          res,
          200,
          'Chia sẻ thông tin',
          consentPage(uid, String(details.params['client_id'] ?? '')),
        );
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { Allow: 'GET, POST' }).end();
      return;
    }
    const form = await readForm(req);
    if (action === 'abort') {
      await provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'The citizen cancelled the sign-in.' },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    if (action === 'login' && prompt === 'login') {
      const citizen = CITIZENS.find((c) => c.id === form.get('citizen'));
      if (!citizen) {
        send(res, 400, 'Đăng nhập VNeID (thử nghiệm)', loginPage(uid, true));
        return;
      }
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: citizen.id, acr: ACR_LEVEL[citizen.level], amr: ['vneid'] } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    if (action === 'confirm' && prompt === 'consent') {
      const { params, session } = details;
      const accountId = session?.accountId;
      if (!accountId) {
        send(res, 400, 'Phiên đăng nhập hết hạn', expired(home));
        return;
      }
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId, clientId: String(params['client_id']) });
      if (!grant) {
        send(res, 400, 'Phiên đăng nhập hết hạn', expired(home));
        return;
      }
      const missing = details.prompt.details as {
        missingOIDCScope?: string[];
        missingOIDCClaims?: string[];
      };
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { consent: { grantId } },
        { mergeWithLastSubmission: true },
      );
      return;
    }
    // A form for a prompt that is no longer pending (back button, double submit): start over.
    redirect(res, `${OIDC_PATH}/interaction/${uid}`);
  }

  return { provider, issuer, handle };
}

function loginPage(uid: string, error = false) {
  return html`<h1>${bi('Đăng nhập bằng VNeID', 'Sign in with VNeID')}</h1>
    <p>
      ${bi('Đây là nhà cung cấp định danh thử nghiệm. Chọn một công dân mẫu để đăng nhập.', 'This is a sandbox identity provider. Choose a sample citizen.')}
    </p>
    ${error ? html`<p class="error" role="alert">${bi('Vui lòng chọn một công dân.', 'Please choose a citizen.')}</p>` : ''}
    <form method="post" action="${OIDC_PATH}/interaction/${uid}/login">
      <fieldset>
        <legend>${bi('Tài khoản định danh điện tử', 'Electronic identity account')}</legend>
        ${CITIZENS.map(
          (c, i) =>
            html`<label class="choice"
              ><input
                type="radio"
                name="citizen"
                value="${c.id}"
                ${i === 0 ? html`checked` : ''}
                required
              />
              <span
                ><strong>${c.name}</strong><br />
                ${bi(`Số định danh ${maskIdentityNumber(c.identityNumber)}`, `ID ${maskIdentityNumber(c.identityNumber)}`)}<br />
                ${bi(`Tài khoản định danh mức ${c.level}`, `Level ${c.level} account`)}</span
              ></label
            >`,
        )}
      </fieldset>
      <button type="submit">${bi('Đăng nhập', 'Sign in')}</button>
    </form>
    <form method="post" action="${OIDC_PATH}/interaction/${uid}/abort">
      <button type="submit" class="secondary">${bi('Hủy', 'Cancel')}</button>
    </form>`;
}

function consentPage(uid: string, clientId: string) {
  return html`<h1>${bi('Chia sẻ thông tin định danh', 'Share your identity')}</h1>
    <p>
      ${
        clientId === BROWSER_CLIENT_ID
          ? bi(
              `Ứng dụng ${clientId} đề nghị nhận: họ tên, ngày sinh, số định danh cá nhân đã che một phần và mức tài khoản.`,
              `The application ${clientId} asks for your name, birth date, partly hidden identity number and account level.`,
            )
          : bi(
              `Ứng dụng ${clientId} đề nghị nhận: họ tên, ngày sinh, số định danh cá nhân và mức tài khoản.`,
              `The application ${clientId} asks for your name, birth date, identity number and account level.`,
            )
      }
    </p>
    <form method="post" action="${OIDC_PATH}/interaction/${uid}/confirm">
      <button type="submit">${bi('Đồng ý', 'Allow')}</button>
    </form>
    <form method="post" action="${OIDC_PATH}/interaction/${uid}/abort">
      <button type="submit" class="secondary">${bi('Từ chối', 'Deny')}</button>
    </form>`;
}

function expired(home: string) {
  return html`<h1>${bi('Phiên đăng nhập không còn hiệu lực', 'This sign-in has expired')}</h1>
    <p>
      ${bi('Vui lòng quay lại trang dịch vụ và đăng nhập lại.', 'Go back to the service and sign in again.')}
    </p>
    <p><a href="${home}">${bi('Về trang chủ sandbox', 'Sandbox home')}</a></p>`;
}

function errorBody(error: string, description: string, home: string): string {
  // oidc-provider renders this inside its own response; keep it a complete, escaped page.
  return html`<!doctype html>
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <title>Lỗi đăng nhập</title>
      </head>
      <body>
        <main>
          <h1>Không thể đăng nhập <span lang="en">(Sign-in error)</span></h1>
          <p><code>${error}</code></p>
          <p lang="en">${description}</p>
          <p><a href="${home}">Sandbox</a></p>
        </main>
      </body>
    </html>`.value;
}
