import { defineBrowserCommand } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { browserProject } from '../../vitest.shared.ts';

/** Forced colours (Windows contrast themes) on the test page, through Playwright. */
const emulateForcedColors = defineBrowserCommand<['active' | 'none']>(async (context, value) => {
  await context.page.emulateMedia({ forcedColors: value });
});

const browser = browserProject(['test/**/*.test.ts']);

// Every test runs in Chromium against the mock backend (msw's service worker,
// served from the installed msw by the shared browser project).
export default defineConfig({
  // Pre-bundled up front, so Vite does not discover them mid-run and reload the page.
  optimizeDeps: {
    include: ['axe-core', 'msw', 'msw/browser', 'zod/mini', 'lit', 'lit/decorators.js'],
  },
  test: {
    // One file at a time: the polling tests measure real intervals, and a
    // second file polling in the same browser would skew them.
    fileParallelism: false,
    projects: [
      {
        ...browser,
        test: {
          ...browser.test,
          browser: { ...browser.test?.browser, commands: { emulateForcedColors } },
        },
      },
    ],
  },
});
