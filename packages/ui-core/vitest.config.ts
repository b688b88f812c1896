import { defineConfig } from 'vitest/config';
import { browserProject } from '../../vitest.shared.ts';

export default defineConfig({
  test: { projects: [browserProject(['test/**/*.test.ts'])] },
});
