import { defineConfig } from 'vitest/config';
import { browserProject } from '../../vitest.shared.ts';
import { portalCommands } from './test/commands';

const browser = browserProject(['test/**/*.test.ts']);

export default defineConfig({
  // Pre-bundled up front, so Vite does not reload the page mid-run to add them.
  optimizeDeps: {
    include: [
      'axe-core',
      'msw',
      'msw/browser',
      'zod/mini',
      'oauth4webapi',
      'lit',
      'lit/decorators.js',
      'lit/directives/style-map.js',
      '@lit/context',
    ],
  },
  test: {
    // Starts the sandbox (real OIDC provider + BFF) and provides its URL.
    globalSetup: ['test/global-setup.ts'],
    projects: [
      {
        ...browser,
        test: {
          ...browser.test,
          browser: { ...browser.test?.browser, commands: portalCommands },
        },
      },
    ],
  },
});
