import { defineConfig } from 'vitest/config';
import { browserProject, nodeProject } from '../../vitest.shared.ts';

// The behaviour suite (test/suite/*) runs in both projects: Node with msw's
// setupServer, Chromium with an in-page fetch double. Node-only tests (OpenAPI
// staleness, property tests, the CSP probe) are *.test.ts; Chromium-only tests
// are *.browser.test.ts.
export default defineConfig({
  test: {
    projects: [nodeProject(['test/**/*.test.ts']), browserProject(['test/**/*.browser.test.ts'])],
  },
});
