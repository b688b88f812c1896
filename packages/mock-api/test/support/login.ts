/**
 * Drives the sandbox's BFF login through the real provider, step by step, so
 * tests can tamper with any step.
 */
import { type CookieJar, location } from './jar';

/** Follows redirects with the jar until `stop(url)` or a non-redirect. */
export async function follow(
  jar: CookieJar,
  start: string,
  stop: (url: string) => boolean = () => false,
): Promise<{ url: string; response: Response }> {
  let url = start;
  for (let hops = 0; hops < 15; hops += 1) {
    if (stop(url)) return { url, response: new Response(null, { status: 299 }) };
    const response = await jar.fetch(url);
    if (response.status < 300 || response.status >= 400) return { url, response };
    await response.body?.cancel();
    url = location(response, url);
  }
  throw new Error('too many redirects');
}

/** Posts a form with the jar; returns the response (not followed). */
export function postForm(jar: CookieJar, url: string, fields: Record<string, string>) {
  return jar.fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

/** Result of {@link authorizeAtProvider}. */
export interface ProviderResult {
  /** The URL the provider sends the browser back to (`/auth/callback?code&state&iss`). */
  callbackUrl: string;
}

/**
 * From an authorization URL, signs in at the provider as `citizen` and
 * consents; stops before the callback so a test can inspect or change it.
 */
export async function authorizeAtProvider(
  jar: CookieJar,
  authorizeUrl: string,
  citizen: string,
  callbackPrefix: string,
): Promise<ProviderResult> {
  const isCallback = (u: string) => u.startsWith(callbackPrefix);
  let step = await follow(jar, authorizeUrl, isCallback);
  for (let i = 0; i < 4 && !isCallback(step.url); i += 1) {
    const page = await step.response.text();
    const action = /<form method="post" action="([^"]+\/(?:login|confirm))"/.exec(page)?.[1];
    if (!action)
      throw new Error(
        `no sign-in form at ${step.url} (${step.response.status}): ${page.slice(0, 300)}`,
      );
    const target = new URL(action, step.url).href;
    const posted = await postForm(jar, target, action.endsWith('/login') ? { citizen } : {});
    step = await follow(jar, location(posted, target), isCallback);
  }
  if (!isCallback(step.url))
    throw new Error(`provider did not redirect to the callback (${step.url})`);
  return { callbackUrl: step.url };
}

/** Starts a BFF login; returns the provider authorization URL. */
export async function startLogin(
  jar: CookieJar,
  origin: string,
  returnTo = '/',
  query: Record<string, string> = {},
): Promise<string> {
  const params = new URLSearchParams({ provider: 'vneid', returnTo, ...query });
  const response = await jar.fetch(`${origin}/auth/login?${params}`);
  if (response.status !== 302) throw new Error(`/auth/login answered ${response.status}`);
  return location(response, origin);
}

/** A whole login as `citizen`; resolves the final callback response. */
export async function login(
  jar: CookieJar,
  origin: string,
  citizen = 'cit-an',
  returnTo = '/',
  query: Record<string, string> = {},
): Promise<Response> {
  const authorize = await startLogin(jar, origin, returnTo, query);
  const { callbackUrl } = await authorizeAtProvider(
    jar,
    authorize,
    citizen,
    `${origin}/auth/callback`,
  );
  return jar.fetch(callbackUrl);
}
