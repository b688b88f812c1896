/**
 * @dvc-kit/mock-api/sandbox — the mock backend as a real HTTP server on
 * loopback, with an OpenID Connect provider standing in for VNeID, a BFF
 * login flow, and a payment page.
 */
export { startSandbox, SESSION_COOKIE } from './server';
export type { Sandbox, SandboxOptions } from './server';
export { ACR_LEVEL, BFF_CLIENT_ID, BROWSER_CLIENT_ID, OIDC_PATH } from './oidc';
export { LOGIN_COOKIE } from './bff';
export { sameOriginTarget } from './http';
