import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { browserProject, nodeProject } from '../../vitest.shared.ts';

const node = nodeProject(['test/**/*.test.ts']);
const browser = browserProject(['test/**/*.browser.test.ts']);

// In Chromium the suite runs against the BUILT package (dist/index.js, what a
// page or bundler gets from npm), not the sources: turbo builds the package
// before its tests. Node keeps testing the sources.
const builtClient = fileURLToPath(new URL('./dist/index.js', import.meta.url));

// The behaviour suite (test/suite/*) runs in both projects: Node with msw's
// setupServer, Chromium with msw's setupWorker. Node-only tests (OpenAPI
// staleness, property tests, the CSP probe) are *.test.ts; Chromium-only tests
// are *.browser.test.ts.
export default defineConfig({
  // Pre-bundled up front, so Vite does not discover them mid-run and reload
  // the browser tests (classic zod is only loaded by the CSP control page).
  optimizeDeps: { include: ['zod', 'zod/mini', 'msw', 'msw/browser'] },
  test: {
    projects: [
      { ...node, test: { ...node.test, exclude: ['test/**/*.browser.test.ts'] } },
      {
        ...browser,
        test: {
          ...browser.test,
          alias: [{ find: /^(\.\.\/)+src\/index$/, replacement: builtClient }],
        },
      },
    ],
  },
});
