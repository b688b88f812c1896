import { defineBrowserCommand } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { browserProject } from '../../vitest.shared.ts';
import type { MediaEmulation } from './test/browser-commands';

/**
 * `emulateMedia` reaches Playwright's page from a test, to switch
 * forced-colors, reduced-motion and color-scheme while the page runs.
 */
const emulateMedia = defineBrowserCommand<[MediaEmulation]>(async (context, media) => {
  await context.page.emulateMedia(media);
});

const browser = browserProject(['test/**/*.test.ts']);

export default defineConfig({
  // Pre-bundled up front, so Vite does not reload the page mid-run to add it.
  optimizeDeps: { include: ['axe-core'] },
  test: {
    projects: [
      {
        ...browser,
        test: {
          ...browser.test,
          browser: { ...browser.test?.browser, commands: { emulateMedia } },
        },
      },
    ],
  },
});
