import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { defineConfig } from 'vitest/config';
import { browserProject, nodeProject } from '../../vitest.shared.ts';

// The browser tests need msw's worker script at the site root. Serving it from the
// installed msw (instead of a copy made by `msw init`) keeps it in step with upgrades.
const mswLib = dirname(createRequire(import.meta.url).resolve('msw/mockServiceWorker.js'));

export default defineConfig({
  test: {
    projects: [
      nodeProject(['test/*.test.ts']),
      { ...browserProject(['test/browser/**/*.browser.test.ts']), publicDir: mswLib },
    ],
    // Every test talks to loopback or msw: a hung request is a bug, not slowness.
    testTimeout: 15_000,
    hookTimeout: 15_000,
  },
});
