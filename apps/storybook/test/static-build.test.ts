/**
 * Smoke test of the *built* Storybook (storybook-static/), not the sources:
 * bundling can drop a `customElements.define` that the source tests never
 * miss (sideEffects + code splitting did once). For every story in
 * index.json and each language, open its iframe in Chromium over loopback
 * HTTP and check that every `dvc-*` element in it is defined and has
 * rendered into its shadow root, that the language switch reached the
 * wrapper, and that Storybook finished the story with success — play
 * function and axe included — with the mock backend in the static site.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../../scripts/chromium-path.mjs';
import { languages } from '../.storybook/languages.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const staticDir = fileURLToPath(new URL('../storybook-static', import.meta.url));

// `npm test` builds first; a bare `vitest run` builds only when nothing was built.
if (!existsSync(`${staticDir}/index.json`)) {
  execFileSync('npx', ['storybook', 'build', '-o', 'storybook-static', '--quiet'], {
    cwd: appDir,
    stdio: 'inherit',
  });
}

// Test a snapshot: another `npm run build` in this checkout (e.g. a
// repository-wide turbo build) may rewrite storybook-static/ mid-run.
const snapshotDir = mkdtempSync(join(tmpdir(), 'dvc-storybook-static-'));
cpSync(staticDir, snapshotDir, { recursive: true });

interface IndexEntry {
  type: 'story' | 'docs';
  id: string;
  title: string;
  name: string;
}
const index = JSON.parse(readFileSync(`${snapshotDir}/index.json`, 'utf8')) as {
  entries: Record<string, IndexEntry>;
};
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const docs = Object.values(index.entries).filter((entry) => entry.type === 'docs');

/** What the page reports about the story it rendered. */
interface Report {
  ready: boolean;
  error?: string;
  lang?: string | null;
  widgets: { tag: string; defined: boolean; rendered: boolean }[];
  /** Storybook's verdict once the story finished: render, play function, then the a11y check. */
  finished?: { status: string; reports: { type: string; status: string; problems: string[] }[] };
}

/**
 * Installed before the page's scripts: records Storybook's `storyFinished`
 * event (the story rendered, its play function ran, axe checked it — the
 * a11y addon reports `failed` on a violation, as `a11y.test = 'error'` asks).
 */
const recordFinish = `(() => {
  const hook = () => {
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    if (!channel) return void setTimeout(hook, 5);
    channel.on('storyFinished', (event) => {
      window.__dvcStoryFinished = {
        status: event.status,
        reports: (event.reporters ?? []).map((report) => ({
          type: report.type,
          status: report.status,
          problems: (report.result?.violations ?? []).map((v) => v.id),
        })),
      };
    });
  };
  hook();
})();`;

/**
 * Runs in the page (as source text, so no transpiler helper can sneak into
 * it): finds every dvc-* element, also inside shadow roots.
 */
const inspect = `(() => {
  if (document.body.classList.contains('sb-show-errordisplay')) {
    const message = document.querySelector('#error-message')?.textContent ?? 'story error';
    return { ready: true, error: message.trim(), widgets: [] };
  }
  const root = document.querySelector('#storybook-root');
  const wrapper = root?.querySelector('.dvc-story');
  if (!root || !wrapper) return { ready: false, widgets: [] };
  const found = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.startsWith('dvc-')) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  const widgets = found.map((el) => ({
    tag: el.localName,
    defined: customElements.get(el.localName) !== undefined,
    rendered: (el.shadowRoot?.childElementCount ?? 0) > 0,
  }));
  const finished = window.__dvcStoryFinished;
  return {
    ready: finished !== undefined && widgets.every((w) => w.defined && w.rendered),
    lang: wrapper.getAttribute('lang'),
    widgets,
    finished,
  };
})()`;

let server: StaticServer;
let browser: Browser;
const idle: Page[] = [];
const waiting: ((page: Page) => void)[] = [];

async function withPage<T>(use: (page: Page) => Promise<T>): Promise<T> {
  const page = idle.pop() ?? (await new Promise<Page>((resolve) => waiting.push(resolve)));
  try {
    return await use(page);
  } finally {
    const next = waiting.shift();
    if (next) next(page);
    else idle.push(page);
  }
}

beforeAll(async () => {
  server = await serveStatic(snapshotDir);
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
  });
  // One context, so msw's service worker is installed once and shared.
  const context = await browser.newContext();
  await context.addInitScript(recordFinish);
  for (let i = 0; i < 3; i += 1) idle.push(await context.newPage());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(snapshotDir, { recursive: true, force: true });
});

describe.concurrent.each(languages)('static build, lang=%s', (lang) => {
  it('has stories', () => {
    expect(stories.length).toBeGreaterThan(0);
  });

  // Generous: concurrent tests wait for one of the pooled pages first.
  it.each(stories)('$title › $name', { timeout: 120_000 }, async (story) => {
    const report = await withPage(async (page) => {
      const pageErrors: string[] = [];
      const onError = (error: Error) => pageErrors.push(error.message);
      page.on('pageerror', onError);
      await page.goto(
        `${server.url}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=lang:${lang}`,
      );
      try {
        await page.waitForFunction(`${inspect}.ready`, undefined, {
          timeout: 20_000,
          polling: 100,
        });
      } catch {
        // Timed out: report what is there, the assertions below say what is wrong.
      }
      const result = (await page.evaluate(inspect)) as Report;
      page.off('pageerror', onError);
      return { ...result, pageErrors };
    });
    expect(report.pageErrors, 'uncaught errors in the page').toEqual([]);
    expect(report.error).toBeUndefined();
    expect(report.lang).toBe(lang);
    // The story's play function and its axe check pass in the built site too.
    expect(report.finished, 'Storybook finished the story').toBeDefined();
    expect(
      report.finished?.reports.filter((r) => r.status === 'failed'),
      'failed checks (play function, a11y)',
    ).toEqual([]);
    expect(report.finished?.status).toBe('success');
    if (story.title.startsWith('Widgets/')) {
      expect(report.widgets.length, 'a widget story shows at least one widget').toBeGreaterThan(0);
    }
    for (const widget of report.widgets) {
      expect(widget, `<${widget.tag}> is defined and rendered`).toEqual({
        tag: widget.tag,
        defined: true,
        rendered: true,
      });
    }
  });
});

describe.concurrent('static build, docs pages', () => {
  it.each(docs)('$title › $name', { timeout: 120_000 }, async (entry) => {
    const result = await withPage(async (page) => {
      const pageErrors: string[] = [];
      const onError = (error: Error) => pageErrors.push(error.message);
      page.on('pageerror', onError);
      await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`);
      const heading = await page
        .locator('#storybook-docs h1')
        .first()
        .textContent({ timeout: 10_000 })
        .catch(() => null);
      page.off('pageerror', onError);
      return { heading, pageErrors };
    });
    expect(result.pageErrors, 'uncaught errors in the page').toEqual([]);
    expect(result.heading?.trim(), 'the page has its title').toBeTruthy();
  });
});
