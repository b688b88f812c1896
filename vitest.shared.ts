/**
 * Shared Vitest project definitions, so every package tests the same way:
 * a Node project for code that runs in Node, and a browser project that runs
 * in a real Chromium driven by Playwright. The browser comes from the system
 * (Debian's `chromium` package by default, or `CHROMIUM_PATH`); tests never
 * download one.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { playwright } from '@vitest/browser-playwright';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import { chromiumPath } from './scripts/chromium-path.mjs';

/** Flags that keep Chromium quiet on a machine without outside network. */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A Vitest project running `include` in Node. */
export function nodeProject(
  include: string[] = ['test/**/*.test.ts'],
): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: { name: 'node', environment: 'node', include },
  };
}

/**
 * msw's service worker must be served from the site root. It is served
 * straight from the installed msw (`publicDir`), so no package keeps a copy
 * that goes stale when msw is upgraded.
 */
const mswWorkerDir = dirname(createRequire(import.meta.url).resolve('msw/mockServiceWorker.js'));

/** A Vitest project running `include` in headless Chromium (msw's worker at `/mockServiceWorker.js`). */
export function browserProject(
  include: string[] = ['test/**/*.browser.test.ts'],
): TestProjectInlineConfiguration {
  return {
    extends: true,
    publicDir: mswWorkerDir,
    test: {
      name: 'browser',
      include,
      browser: {
        enabled: true,
        headless: true,
        screenshotFailures: false,
        provider: playwright({
          launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
        }),
        instances: [{ browser: 'chromium' }],
      },
    },
  };
}
