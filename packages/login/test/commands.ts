/**
 * Browser commands: they run in Vitest's Node side and drive, with
 * Playwright, a second page on the sandbox's origin — the portal page that
 * really navigates to the provider and back (which the test iframe cannot
 * do without unloading the test itself).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page, Request } from 'playwright';
import { defineBrowserCommand } from '@vitest/browser-playwright';

interface AxeApi {
  run(context: Document, options: RunOptions): Promise<AxeResults>;
}

const pages = new Map<string, Page>();
const captured = new Map<string, string[]>();
const require = createRequire(import.meta.url);

function portal(sessionId: string): Page {
  const page = pages.get(sessionId);
  if (!page || page.isClosed()) throw new Error('call portalOpen first');
  return page;
}

/** Opens (or reuses) the portal page and goes to `url`. */
export const portalOpen = defineBrowserCommand<[url: string]>(async (ctx, url) => {
  let page = pages.get(ctx.sessionId);
  if (!page || page.isClosed()) {
    page = await ctx.context.newPage();
    pages.set(ctx.sessionId, page);
    captured.set(ctx.sessionId, []);
    // Every URL the page requests, to show what crossed the wire.
    page.on('request', (request: Request) => {
      if (request.isNavigationRequest()) captured.get(ctx.sessionId)?.push(request.url());
    });
  }
  const script = blocked.get(ctx.sessionId);
  if (script) {
    blocked.delete(ctx.sessionId);
    await page.unroute(script);
  }
  await page.goto(url);
});

/** Closes the portal page and forgets its cookies (a fresh browser for the next test). */
export const portalClose = defineBrowserCommand<[]>(async (ctx) => {
  const page = pages.get(ctx.sessionId);
  pages.delete(ctx.sessionId);
  caught.delete(ctx.sessionId);
  catching.delete(ctx.sessionId);
  if (page && !page.isClosed()) await page.close();
  await ctx.context.clearCookies();
});

/** Navigations the portal page made since it opened. */
export const portalNavigations = defineBrowserCommand<[]>(async (ctx) => [
  ...(captured.get(ctx.sessionId) ?? []),
]);

/** Clicks the element with `role` and accessible `name` (a regular expression source). */
export const portalClick = defineBrowserCommand<[role: string, name: string]>(
  async (ctx, role, name) => {
    await portal(ctx.sessionId)
      .getByRole(role as 'button', { name: new RegExp(name) })
      .click();
  },
);

/** Presses keys on the portal page (keyboard only). */
export const portalPress = defineBrowserCommand<[keys: string[]]>(async (ctx, keys) => {
  const page = portal(ctx.sessionId);
  for (const key of keys) await page.keyboard.press(key);
});

/** Waits until the portal page's URL matches `pattern` (a regular expression source). */
export const portalWaitForUrl = defineBrowserCommand<[pattern: string]>(async (ctx, pattern) => {
  await portal(ctx.sessionId).waitForURL(new RegExp(pattern));
});

/** Waits until `text` (a regular expression source) is visible on the portal page. */
export const portalWaitForText = defineBrowserCommand<[pattern: string]>(async (ctx, pattern) => {
  await portal(ctx.sessionId)
    .getByText(new RegExp(pattern))
    .first()
    .waitFor({ state: 'visible', timeout: 10_000 });
});

/**
 * Evaluates a function body (as a string) in the portal page and returns its
 * JSON result. A navigation in between (the provider redirecting) destroys
 * the page's context: then it waits for the next page and tries again.
 */
export const portalEval = defineBrowserCommand<[body: string]>(async (ctx, body) => {
  const page = portal(ctx.sessionId);
  for (let attempt = 1; ; attempt++) {
    try {
      return await page.evaluate(`(async () => { ${body} })()`);
    } catch (error) {
      if (attempt >= 10 || !/context was destroyed|navigat/i.test(String(error))) throw error;
      await page.waitForLoadState('domcontentloaded').catch(() => {});
    }
  }
});

/** The portal page's URL. */
export const portalUrl = defineBrowserCommand<[]>(async (ctx) => portal(ctx.sessionId).url());

/**
 * Waits for the provider's redirect back (a navigation to a URL starting with
 * `prefix` that has a `code`) and resolves with its URL, while keeping the
 * portal's script from loading, so the response is not used: a test can then
 * tamper with it or replay it. The next `portalOpen` lets scripts load again.
 */
const blocked = new Map<string, (url: URL) => boolean>();
const callbacks = new Map<string, Promise<string>>();
export const portalArmCapture = defineBrowserCommand<[prefix: string]>(async (ctx, prefix) => {
  const page = portal(ctx.sessionId);
  const script = (url: URL) => url.pathname === '/assets/login.js';
  blocked.set(ctx.sessionId, script);
  await page.route(script, (route) => route.abort());
  let resolve: (url: string) => void = () => {};
  const promise = new Promise<string>((done) => (resolve = done));
  const onRequest = (request: Request) => {
    const url = new URL(request.url());
    if (
      request.isNavigationRequest() &&
      url.href.startsWith(prefix) &&
      url.searchParams.has('code')
    ) {
      page.off('request', onRequest);
      resolve(url.href);
    }
  };
  page.on('request', onRequest);
  callbacks.set(ctx.sessionId, promise);
});
/** The URL caught after `portalArmCapture`, once the page has loaded it (without its script). */
export const portalCapturedCallback = defineBrowserCommand<[]>(async (ctx) => {
  const url = await callbacks.get(ctx.sessionId);
  callbacks.delete(ctx.sessionId);
  await portal(ctx.sessionId).waitForLoadState('load');
  return url;
});

/**
 * Answers navigations whose URL starts with `prefix` with 204 No Content, so
 * the page stays as it was when it started to leave (the widget's
 * "redirecting" state), until `portalRelease`.
 */
const held = new Map<string, (url: URL) => boolean>();
export const portalHold = defineBrowserCommand<[prefix: string]>(async (ctx, prefix) => {
  const matcher = (url: URL) => url.href.startsWith(prefix);
  held.set(ctx.sessionId, matcher);
  await portal(ctx.sessionId).route(matcher, (route) => route.fulfill({ status: 204 }));
});
export const portalRelease = defineBrowserCommand<[]>(async (ctx) => {
  const matcher = held.get(ctx.sessionId);
  held.delete(ctx.sessionId);
  if (matcher) await portal(ctx.sessionId).unroute(matcher);
});

/**
 * Routes the portal page's navigations into the sign-in (`/auth/login` and
 * `/oidc/…` on `origin`) and follows their redirects hop by hop itself
 * (Playwright does not route redirect hops), with the browser context's
 * cookies, so that it can:
 * - set `authorize` parameters on the provider authorization URL the BFF
 *   redirects to (a tampered nonce, as an attacker in the middle would);
 * - stop at the provider's redirect to `callbackPrefix`: that URL is
 *   recorded for `portalCaught` and not loaded (the page stays where it was),
 *   so a test can tamper with it or replay it.
 */
const caught = new Map<string, string>();
const catching = new Map<string, (url: URL) => boolean>();
export const portalCatchCallback = defineBrowserCommand<
  [origin: string, callbackPrefix: string, authorize?: Record<string, string>]
>(async (ctx, origin, callbackPrefix, authorize = {}) => {
  const page = portal(ctx.sessionId);
  caught.delete(ctx.sessionId);
  const matcher = (url: URL) =>
    url.origin === origin && (url.pathname === '/auth/login' || url.pathname.startsWith('/oidc/'));
  catching.set(ctx.sessionId, matcher);
  await page.route(matcher, async (route) => {
    const request = route.request();
    if (!request.isNavigationRequest()) {
      await route.continue();
      return;
    }
    let url = new URL(request.url());
    let response = await route.fetch({ maxRedirects: 0 });
    for (let hop = 0; hop < 10; hop++) {
      const status = response.status();
      const location = response.headers()['location'];
      if (status < 300 || status >= 400 || !location) break;
      const next = new URL(location, url);
      if (next.href.startsWith(callbackPrefix)) {
        caught.set(ctx.sessionId, next.href);
        await route.fulfill({ status: 204 });
        return;
      }
      if (next.origin === origin && next.pathname === '/oidc/auth') {
        for (const [key, value] of Object.entries(authorize)) next.searchParams.set(key, value);
      }
      if (!matcher(next)) {
        await route.fulfill({
          status,
          headers: { location: next.href, 'cache-control': 'no-store' },
        });
        return;
      }
      url = next;
      response = await page.context().request.get(url.href, { maxRedirects: 0 });
    }
    await route.fulfill({ response });
  });
});
/** The callback URL stopped by `portalCatchCallback` ('' until then); stops catching once found. */
export const portalCaught = defineBrowserCommand<[]>(async (ctx) => {
  const url = caught.get(ctx.sessionId) ?? '';
  const matcher = catching.get(ctx.sessionId);
  if (url && matcher) {
    catching.delete(ctx.sessionId);
    await portal(ctx.sessionId).unroute(matcher);
  }
  return url;
});

/** Runs axe-core in the portal page and returns the violations, as "rule: targets". */
export const portalAxe = defineBrowserCommand<[]>(async (ctx) => {
  const page = portal(ctx.sessionId);
  const source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: source });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: AxeApi }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
});

/** The accessible description of what has focus on the portal page (deep, through shadow roots). */
export const portalFocused = defineBrowserCommand<[]>(async (ctx) =>
  portal(ctx.sessionId).evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return '';
    return `${active.localName}${active.getAttribute('part') ? `[part=${active.getAttribute('part')}]` : ''}: ${active.textContent?.trim().replace(/\s+/g, ' ') ?? ''}`;
  }),
);

/** Which storage and cookies the portal page (and the tab) can see. */
export const portalStorage = defineBrowserCommand<[]>(async (ctx) =>
  portal(ctx.sessionId).evaluate(async () => {
    const dbs = (await indexedDB.databases?.()) ?? [];
    const idb: string[] = [];
    for (const info of dbs) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((ok, ko) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => ok(req.result);
        req.onerror = () => ko(req.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((ok, ko) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => ok(req.result);
          req.onerror = () => ko(req.error);
        });
        idb.push(JSON.stringify(all));
      }
      db.close();
    }
    const dump = (s: Storage) => {
      const out: Record<string, string> = {};
      for (let i = 0; i < s.length; i++) out[s.key(i)!] = s.getItem(s.key(i)!) ?? '';
      return out;
    };
    return {
      localStorage: dump(localStorage),
      sessionStorage: dump(sessionStorage),
      indexedDB: idb,
      cookie: document.cookie,
    };
  }),
);

/** Emulates media features (forced colours) on the test page itself. */
export const emulateMedia = defineBrowserCommand<
  [media: { forcedColors?: 'active' | 'none' | null; colorScheme?: 'light' | 'dark' | null }]
>(async (ctx, media) => {
  await ctx.page.emulateMedia(media);
});

export const portalCommands = {
  portalOpen,
  portalClose,
  portalNavigations,
  portalClick,
  portalPress,
  portalWaitForUrl,
  portalWaitForText,
  portalEval,
  portalUrl,
  portalArmCapture,
  portalCapturedCallback,
  portalHold,
  portalRelease,
  portalCatchCallback,
  portalCaught,
  portalAxe,
  portalFocused,
  portalStorage,
  emulateMedia,
};
