/** `GET /session`, `POST /session/logout`. */
import { SessionSchema } from '@dvc-kit/client';
import { http } from 'msw';
import { sessionView } from '../store/views';
import { type Ctx, currentSession } from './context';
import { noContent, problem, reply } from './respond';

/** Header that must carry the session's CSRF token on logout (same as the client's). */
export const CSRF_HEADER = 'X-CSRF-Token';

/** Compares without an early exit, so timing does not leak how much of a token matched. */
function sameToken(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** A `Set-Cookie` value that removes the session cookie. */
export function clearSessionCookie(name: string, secure: boolean): string {
  return `${name}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure ? '; Secure' : ''}`;
}

/** Handlers of the session. */
export function sessionHandlers(ctx: Ctx) {
  const { prefix, basePath, sessionCookie, secureCookies } = ctx.options;
  const getRoute = `GET ${basePath}/session`;
  const logoutRoute = `POST ${basePath}/session/logout`;
  return [
    http.get(`${prefix}/session`, ({ request }) => {
      return reply(getRoute, SessionSchema, sessionView(currentSession(ctx, request)));
    }),
    http.post(`${prefix}/session/logout`, ({ request }) => {
      const session = currentSession(ctx, request);
      // Signing out nobody changes nothing, so it needs no token.
      if (!session)
        return noContent({ 'Set-Cookie': clearSessionCookie(sessionCookie, secureCookies) });
      const token = request.headers.get(CSRF_HEADER);
      if (token === null || !sameToken(token, session.csrfToken)) {
        return problem(logoutRoute, 403, 'CSRF_FAILED', {
          title: 'Thiếu hoặc sai mã CSRF / CSRF check failed',
          detail: `Send the csrfToken of GET ${basePath}/session in the ${CSRF_HEADER} header.`,
        });
      }
      ctx.store.deleteSession(session.id);
      return noContent({ 'Set-Cookie': clearSessionCookie(sessionCookie, secureCookies) });
    }),
  ];
}
