import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for dvc-kit. Stories import the widgets' built packages
 * (`@dvc-kit/<widget>/define`, i.e. their `dist/`), exactly what an agency
 * installs, so tree-shaking or `sideEffects` mistakes show up here and in
 * the smoke test of the static build (test/static-build.test.ts).
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../docs/*.mdx', '../stories/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // `public/` holds msw's worker script (`npx msw init public`), served at
  // the site root so the service worker's scope covers every story.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
};

export default config;
