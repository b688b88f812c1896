import { defineConfig } from 'vitest/config';
import { browserProject } from '../../vitest.shared.ts';

// Every test runs in Chromium against the mock backend (msw's service worker,
// served from public/mockServiceWorker.js).
export default defineConfig({
  // Pre-bundled up front, so Vite does not discover them mid-run and reload the page.
  optimizeDeps: {
    include: ['axe-core', 'msw', 'msw/browser', 'zod/mini', 'lit', 'lit/decorators.js'],
  },
  test: {
    projects: [browserProject(['test/**/*.test.ts'])],
  },
});
