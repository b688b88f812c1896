import { defineConfig } from 'vitest/config';
import { nodeProject } from '../../vitest.shared.ts';

// End-to-end: each file starts the demo portal (and the sandbox behind it) on
// a free port and drives Debian's Chromium through Playwright. Files run one
// after the other: two cores, one browser at a time.
export default defineConfig({
  test: {
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 30_000,
    projects: [nodeProject(['test/**/*.test.ts'])],
  },
});
