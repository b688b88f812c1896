import { defineConfig } from 'vitest/config';
import { nodeProject } from '../../vitest.shared.ts';

export default defineConfig({
  test: {
    projects: [nodeProject(['test/**/*.test.ts'])],
    // Every test talks to loopback or msw: a hung request is a bug, not slowness.
    testTimeout: 15_000,
    hookTimeout: 15_000,
  },
});
