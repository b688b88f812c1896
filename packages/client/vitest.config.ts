import { defineConfig } from 'vitest/config';
import { browserProject, nodeProject } from '../../vitest.shared.ts';

const node = nodeProject(['test/**/*.test.ts']);

// The behaviour suite (test/suite/*) runs in both projects: Node with msw's
// setupServer, Chromium with an in-page fetch double. Node-only tests (OpenAPI
// staleness, property tests, the CSP probe) are *.test.ts; Chromium-only tests
// are *.browser.test.ts.
export default defineConfig({
  // Pre-bundled up front, so Vite does not discover them mid-run and reload
  // the browser tests (classic zod is only loaded by the CSP control page).
  optimizeDeps: { include: ['zod', 'zod/mini', 'msw', 'msw/browser'] },
  test: {
    projects: [
      { ...node, test: { ...node.test, exclude: ['test/**/*.browser.test.ts'] } },
      browserProject(['test/**/*.browser.test.ts']),
    ],
  },
});
