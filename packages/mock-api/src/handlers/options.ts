/** Options of `createHandlers`. */

/** How the handlers are mounted and how they behave. */
export interface HandlerOptions {
  /**
   * Origin the handlers answer for, e.g. `http://127.0.0.1:4010`. Default:
   * any origin (an msw pattern starting with `*`), which suits tests and Storybook.
   */
  origin?: string;
  /** Base path of the API. Default `/v1`. */
  basePath?: string;
  /**
   * Origin used for absolute links in answers (pay page, e-receipts).
   * Default: `origin`, else `http://127.0.0.1:4010` (the sandbox default).
   */
  publicOrigin?: string;
  /**
   * A pending payment settles as paid after it was read this many times
   * (`GET …/payment`). `null`: never, only the pay page or the scenario API
   * settle it. Default 3.
   */
  settleAfterPolls?: number | null;
  /** Honour `X-Mock-Fault` / `__fault` / queued faults. Default true. */
  faults?: boolean;
  /** Serve the scenario API over HTTP under `/__scenario`. Default true. */
  scenarioRoutes?: boolean;
  /**
   * When no session cookie names a session, use the store's "ambient"
   * session (set by `scenario.signIn`). Right for msw, where there is no
   * login flow; the sandbox turns it off and uses its BFF cookie only.
   * Default true.
   */
  ambientSession?: boolean;
  /** Name of the session cookie. Default `dvc_session`. */
  sessionCookie?: string;
}

/** Options with defaults applied. */
export interface ResolvedOptions {
  prefix: string;
  basePath: string;
  scenarioPrefix: string;
  publicOrigin: string;
  settleAfterPolls: number | null;
  faults: boolean;
  scenarioRoutes: boolean;
  ambientSession: boolean;
  sessionCookie: string;
  secureCookies: boolean;
}

/** The sandbox's default origin. */
export const DEFAULT_ORIGIN = 'http://127.0.0.1:4010';

/** Applies defaults and checks the options. */
export function resolveOptions(options: HandlerOptions = {}): ResolvedOptions {
  const basePath = (options.basePath ?? '/v1').replace(/\/+$/, '');
  if (basePath !== '' && !basePath.startsWith('/')) {
    throw new TypeError(`basePath must start with "/" (got "${basePath}")`);
  }
  const origin = options.origin ? new URL(options.origin).origin : undefined;
  const publicOrigin = new URL(options.publicOrigin ?? origin ?? DEFAULT_ORIGIN).origin;
  const settle = options.settleAfterPolls === undefined ? 3 : options.settleAfterPolls;
  if (settle !== null && !(Number.isInteger(settle) && settle >= 1)) {
    throw new TypeError('settleAfterPolls must be a positive integer or null');
  }
  return {
    prefix: `${origin ?? '*'}${basePath}`,
    basePath,
    scenarioPrefix: `${origin ?? '*'}/__scenario`,
    publicOrigin,
    settleAfterPolls: settle,
    faults: options.faults ?? true,
    scenarioRoutes: options.scenarioRoutes ?? true,
    ambientSession: options.ambientSession ?? true,
    sessionCookie: options.sessionCookie ?? 'dvc_session',
    secureCookies: publicOrigin.startsWith('https:'),
  };
}
