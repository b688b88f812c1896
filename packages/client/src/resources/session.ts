/** `GET /session`, `POST /session/logout` (through the portal's BFF). */
import { checkCsrfToken, checkSignal } from '../input';
import type { CallOptions } from '../options';
import { SessionSchema } from '../schemas/session';
import type { Session } from '../schemas/session';
import type { Send } from '../transport/request';

/** Options of {@link SessionApi.logout}. */
export interface LogoutOptions extends CallOptions {
  /** Sent as `X-CSRF-Token`; take it from `session.get()`'s `csrfToken`. */
  csrfToken?: string | undefined;
}

/** The citizen's session with the portal's backend. */
export interface SessionApi {
  /** Who is signed in, if anyone. Sends the session cookie. */
  get(options?: CallOptions): Promise<Session>;
  /**
   * Ends the session (expects 204). Sends the session cookie and the CSRF
   * token; never retried, as it carries no Idempotency-Key.
   */
  logout(options?: LogoutOptions): Promise<void>;
}

/** Header carrying the CSRF token on state-changing session calls. */
export const CSRF_HEADER = 'X-CSRF-Token';

/** @internal */
export function sessionApi(send: Send): SessionApi {
  return {
    async get(options = {}) {
      const signal = checkSignal(options.signal);
      return send({
        method: 'GET',
        path: '/session',
        schema: SessionSchema,
        session: true,
        signal,
      });
    },
    async logout(options = {}) {
      const headers: Record<string, string> = {};
      if (options.csrfToken !== undefined) headers[CSRF_HEADER] = checkCsrfToken(options.csrfToken);
      const signal = checkSignal(options.signal);
      await send({
        method: 'POST',
        path: '/session/logout',
        headers,
        schema: null,
        session: true,
        signal,
      });
    },
  };
}
