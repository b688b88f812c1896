/** The same contract suite against the sandbox over real HTTP on 127.0.0.1. */
import { fixedClock } from '../src/index';
import { startSandbox } from '../src/sandbox/index';
import { contractSuite } from './support/contract';
import { CookieJar } from './support/jar';
import { login } from './support/login';

contractSuite('sandbox (HTTP)', async () => {
  const sandbox = await startSandbox({ port: 0, store: { clock: fixedClock() } });
  let jar = new CookieJar();
  return {
    baseUrl: `${sandbox.url}/v1`,
    store: sandbox.store,
    fetch: async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      const headers = new Headers(input instanceof Request ? input.headers : undefined);
      new Headers(init?.headers).forEach((v, k) => headers.set(k, v));
      const cookie = jar.header(url);
      if (cookie) headers.set('cookie', cookie);
      const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
      const body =
        init?.body ??
        (input instanceof Request && method !== 'GET' ? await input.text() : undefined);
      const response = await fetch(url, {
        ...init,
        method,
        headers,
        body,
        signal: init?.signal ?? null,
      });
      jar.store(response);
      return response;
    },
    signIn: async (citizen) => {
      // The real thing: BFF → provider sign-in and consent → callback → session cookie.
      const done = await login(jar, sandbox.url, citizen);
      if (done.status !== 303 || !jar.get('dvc_session')) {
        throw new Error(`login failed: ${done.status} ${await done.text()}`);
      }
    },
    signOut: async () => {
      jar = new CookieJar();
    },
    close: () => sandbox.close(),
  };
});
