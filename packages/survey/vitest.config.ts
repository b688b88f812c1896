import { defineBrowserCommand } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { browserProject } from '../../vitest.shared.ts';
import type { MediaEmulation } from './test/support/browser-commands';

/** Reaches Playwright's page from a test, to switch forced colours while the page runs. */
const emulateMedia = defineBrowserCommand<[MediaEmulation]>(async (context, media) => {
  await context.page.emulateMedia(media);
});

const browser = browserProject(['test/**/*.test.ts']);

export default defineConfig({
  // Pre-bundled up front, so Vite does not reload the page mid-run to add them.
  optimizeDeps: { include: ['axe-core', 'msw', 'msw/browser', 'fast-check', 'zod/mini'] },
  test: {
    projects: [
      {
        ...browser,
        test: {
          ...browser.test,
          browser: { ...browser.test?.browser, commands: { emulateMedia } },
          // The mock's latency faults and the outbox's backoff take seconds.
          testTimeout: 30_000,
        },
      },
    ],
  },
});
