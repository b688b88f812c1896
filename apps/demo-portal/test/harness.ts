/**
 * Drives the demo portal in Debian's Chromium (Playwright) as a citizen
 * would, and watches everything that must not happen: console errors,
 * uncaught exceptions, Content-Security-Policy violations.
 */
import { readFileSync } from 'node:fs';
import type { AxeResults, RunOptions } from 'axe-core';
import { createRequire } from 'node:module';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from 'playwright';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { chromiumPath } from '../../../scripts/chromium-path.mjs';
import { startDemo, type Demo } from '../server/demo-server';

/** The flags of vitest.shared.ts: quiet on a machine without outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Every CSP violation becomes a console error. Init scripts run through the
 * DevTools protocol, so the page's CSP does not apply to this one.
 */
const REPORT_CSP_VIOLATIONS = `
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || '(inline)') +
      ' in ' + e.sourceFile + ':' + e.lineNumber + ' sample ' + JSON.stringify(e.sample));
  });
`;

/** A browser context whose pages are watched; `problems` collects what went wrong. */
export interface Watched {
  context: BrowserContext;
  page: Page;
  problems: string[];
  /** Problems that are expected in a test (e.g. a 404 the test asked for), by pattern. */
  allow: RegExp[];
}

export async function watchedContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await context.addInitScript(REPORT_CSP_VIOLATIONS);
  const watched: Watched = {
    context,
    page: undefined as unknown as Page,
    problems: [],
    allow: [],
  };
  const watch = (page: Page): void => {
    page.on('console', (message) => {
      if (message.type() === 'error') {
        // The location names the resource of a "Failed to load resource" line.
        const where = message.location().url;
        watched.problems.push(
          `console error on ${page.url()}: ${message.text()}${where ? ` [${where}]` : ''}`,
        );
      }
    });
    page.on('pageerror', (error) => {
      watched.problems.push(`uncaught on ${page.url()}: ${error.message}`);
    });
  };
  context.on('page', watch);
  watched.page = await context.newPage();
  return watched;
}

/** Fails with every unexpected console error, exception and CSP violation. */
export function expectNoProblems(watched: Watched): void {
  const unexpected = watched.problems.filter((p) => !watched.allow.some((re) => re.test(p)));
  expect(unexpected, 'console errors, exceptions or CSP violations').toEqual([]);
}

/** Fails with every CSP report the server received. */
export function expectNoCspReports(reports: unknown[]): void {
  const unexpected = reports.map((r) => JSON.stringify(r));
  reports.length = 0;
  expect(unexpected, 'CSP violation reports received by the server').toEqual([]);
}

/**
 * axe on the page as it is now: no violation of WCAG 2.x A/AA. axe is
 * evaluated through the DevTools protocol (a script tag would be refused by
 * the page's CSP, as it should be).
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  await page.evaluate(`${AXE_SOURCE}\n;0`);
  const violations = await page.evaluate(async () => {
    const { axe } = globalThis as unknown as {
      axe: { run(context: Document, options: RunOptions): Promise<AxeResults> };
    };
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    // One line per element, so the failure names every element that violates a rule.
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => `axe ${v.id}: ${v.help} — ${n.target.join(' ')}`),
    );
  });
  expect(violations, `axe violations on ${label}`).toEqual([]);
}

/** The focused element, through shadow roots, as a short description. */
export function focusedDescription(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return '(nothing)';
    const text = (active.textContent ?? '').replace(/\s+/g, ' ').trim();
    return `${active.localName}${active.id ? `#${active.id}` : ''} "${text.slice(0, 60)}"`;
  });
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user
 * would; fails after `max` presses.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  options: { max?: number; backwards?: boolean } = {},
): Promise<void> {
  const max = options.max ?? 40;
  const handle = await target.elementHandle();
  if (!handle) throw new Error('tabTo: target not found');
  for (let i = 0; i < max; i += 1) {
    const focused = await page.evaluate((el) => {
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active === el;
    }, handle);
    if (focused) return;
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(
    `tabTo: focus never reached the target; it is on ${await focusedDescription(page)}`,
  );
}

/** The status line of <dvc-payment-status> ends with `status` ("…: Đã thanh toán"). */
export async function expectPaymentStatus(page: Page, status: string): Promise<void> {
  const line = page.locator('dvc-payment-status [part~="status"]');
  await expect
    .poll(async () => ((await line.count()) ? (await line.first().innerText()).trim() : ''), {
      timeout: 15_000,
    })
    .toMatch(new RegExp(`(^|:\\s*)${status}$`));
}

/** Chooses the first option of every radio group of the survey. */
export async function answerSurvey(page: Page, keyboard: boolean): Promise<void> {
  const survey = page.locator('dvc-survey');
  const groups = survey.getByRole('radiogroup');
  const fieldsets = survey.getByRole('group');
  const count = Math.max(await groups.count(), await fieldsets.count());
  const containers = (await groups.count()) > 0 ? groups : fieldsets;
  for (let i = 0; i < count; i += 1) {
    const first = containers.nth(i).getByRole('radio').first();
    if ((await first.count()) === 0) continue;
    if (keyboard) {
      await tabTo(page, first);
      await page.keyboard.press('Space');
    } else {
      await first.check();
    }
  }
}

/** What a test file of this suite works with; see {@link useDemoSuite}. */
export interface DemoSuite {
  /** The running demo (portal, sandbox, scenario API, CSP reports). */
  readonly demo: Demo;
  /** A fresh watched browser context for this test; checked and closed after it. */
  newContext(options?: BrowserContextOptions): Promise<Watched>;
}

/**
 * Registers the suite's lifecycle in the calling test file: one demo server
 * and one Chromium for the file, the seeded store reset before each test, and
 * after each test its context closed and checked — no console error,
 * exception or CSP violation in the page, no CSP report at the server.
 */
export function useDemoSuite(): DemoSuite {
  let demo: Demo | undefined;
  let browser: Browser | undefined;
  let watched: Watched | undefined;

  beforeAll(async () => {
    [demo, browser] = await Promise.all([startDemo({ port: 0 }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });
  beforeEach(() => {
    suite.demo.sandbox.scenario.reset();
  });
  afterEach(async () => {
    if (watched) {
      const w = watched;
      watched = undefined;
      await w.context.close();
      expectNoProblems(w);
    }
    expectNoCspReports(suite.demo.cspReports);
  });

  const suite: DemoSuite = {
    get demo() {
      if (!demo) throw new Error('The demo is not started yet: use it inside a test or hook.');
      return demo;
    },
    async newContext(options) {
      if (!browser) throw new Error('Chromium is not started yet: use it inside a test or hook.');
      watched = await watchedContext(browser, options);
      return watched;
    },
  };
  return suite;
}
