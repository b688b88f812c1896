import { defineConfig } from 'vitest/config';
import { nodeProject } from '../../vitest.shared.ts';

// The built bundle, in Chromium driven from Node (Playwright): the pages load
// dist/ the way a portal does, which a Vite-served browser test would not.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [nodeProject(['test/**/*.test.ts'])],
  },
});
