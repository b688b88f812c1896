/** A tiny cookie jar and a fetch that never follows redirects, to drive login flows by hand. */

/** Cookies by name (one host: the sandbox), honouring Path and Max-Age=0. */
export class CookieJar {
  readonly cookies = new Map<string, { value: string; path: string }>();

  /** Stores the `Set-Cookie` headers of `response`. */
  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';').map((s) => s.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const path = attrs.find((a) => a.toLowerCase().startsWith('path='))?.slice(5) ?? '/';
      const maxAge = attrs.find((a) => a.toLowerCase().startsWith('max-age='));
      const expires = attrs.find((a) => a.toLowerCase().startsWith('expires='));
      const gone =
        (maxAge !== undefined && Number(maxAge.slice(8)) <= 0) ||
        (expires !== undefined && Date.parse(expires.slice(8)) < Date.now());
      if (gone || value === '') this.cookies.delete(name);
      else this.cookies.set(name, { value, path });
    }
  }

  /** The `Cookie` header for `url`. */
  header(url: string): string {
    const path = new URL(url).pathname;
    return [...this.cookies]
      .filter(
        ([, c]) =>
          path === c.path ||
          path.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`) ||
          c.path === '/',
      )
      .map(([name, c]) => `${name}=${c.value}`)
      .join('; ');
  }

  get(name: string): string | undefined {
    return this.cookies.get(name)?.value;
  }

  /** fetch with this jar's cookies, no redirect following. */
  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const cookie = this.header(url);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.store(response);
    return response;
  }
}

/** Resolves a `Location` header against the request URL. */
export function location(response: Response, base: string): string {
  const value = response.headers.get('location');
  if (!value) throw new Error(`expected a redirect, got ${response.status}`);
  return new URL(value, base).href;
}
