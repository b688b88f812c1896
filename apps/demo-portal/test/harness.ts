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
import { expect } from 'vitest';
import { chromiumPath } from '../../../scripts/chromium-path.mjs';

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

/**
 * Defects of other packages that this suite sees but cannot fix (their
 * owners do). Each is matched narrowly — by the exact blocked text — so
 * anything else still fails, and each occurrence is counted and printed.
 */
export const KNOWN_DEFECTS: readonly {
  id: string;
  owner: string;
  what: string;
  patterns: RegExp[];
}[] = [
  // None known. (The login's styleMap style attribute and the sandbox buttons'
  // English-label contrast were listed here until both were fixed.)
];

/** Occurrences of each known defect seen in this run. */
export const knownDefectCounts = new Map<string, number>();

/** Whether `problem` is one of {@link KNOWN_DEFECTS} (and counts it). */
export function isKnownDefect(problem: string): boolean {
  const defect = KNOWN_DEFECTS.find((d) => d.patterns.some((re) => re.test(problem)));
  if (!defect) return false;
  knownDefectCounts.set(defect.id, (knownDefectCounts.get(defect.id) ?? 0) + 1);
  return true;
}

/** Prints what known defects were tolerated (call in afterAll). */
export function printKnownDefects(): void {
  for (const [id, count] of knownDefectCounts) {
    const defect = KNOWN_DEFECTS.find((d) => d.id === id);
    console.warn(`KNOWN DEFECT tolerated ${count}× — ${id} (${defect?.owner}): ${defect?.what}`);
  }
}

/** Fails with every unexpected console error, exception and CSP violation. */
export function expectNoProblems(watched: Watched): void {
  const unexpected = watched.problems.filter(
    (p) => !watched.allow.some((re) => re.test(p)) && !isKnownDefect(p),
  );
  expect(unexpected, 'console errors, exceptions or CSP violations').toEqual([]);
}

/** Fails with every CSP report the server received that is not a known defect. */
export function expectNoCspReports(reports: unknown[]): void {
  const unexpected = reports.map((r) => JSON.stringify(r)).filter((r) => !isKnownDefect(r));
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
    // One line per element, so a known defect cannot hide another element's violation.
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => `axe ${v.id}: ${v.help} — ${n.target.join(' ')}`),
    );
  });
  const unexpected = violations.filter((v) => !isKnownDefect(v));
  expect(unexpected, `axe violations on ${label}`).toEqual([]);
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
