/**
 * `npm test`: every story runs as a test in Chromium — rendered, its play
 * function run, and axe run on it (`a11y.test = 'error'`) — once in
 * Vietnamese and once in English (two projects differing only in the `lang`
 * global). Then a Node test opens every story of the *static build* in
 * Chromium and checks each widget is defined and rendered.
 */
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright, type PlaywrightProviderOptions } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import type { BrowserProviderOption } from 'vitest/node';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { browserProject, nodeProject } from '../../vitest.shared.ts';
import { languages } from './.storybook/languages.ts';

const configDir = fileURLToPath(new URL('./.storybook', import.meta.url));
// The shared Chromium settings (system browser, quiet flags), without the
// `include`: storybookTest takes the stories from .storybook/main.ts.
const { browser } = browserProject([]).test ?? {};

/** The shared browser settings, with fresh instance objects and, optionally, other context options. */
function browserConfig(contextOptions?: PlaywrightProviderOptions['contextOptions']) {
  if (!browser) throw new Error('vitest.shared.ts gave no browser settings');
  const provider = browser.provider as BrowserProviderOption<PlaywrightProviderOptions>;
  return {
    ...browser,
    // Vitest names each browser instance after its project, in place: give
    // each project its own instance objects, or both get the first name.
    instances: browser.instances?.map((instance) => ({ ...instance })) ?? [],
    ...(contextOptions ? { provider: playwright({ ...provider.options, contextOptions }) } : {}),
  };
}

/** Every story, in one language. */
function storiesIn(lang: (typeof languages)[number]): TestProjectInlineConfiguration {
  return {
    extends: true,
    plugins: [storybookTest({ configDir, initialGlobals: { lang } })],
    // Slow-answer and expiry stories wait seconds by design; the machine is shared.
    test: { name: `stories (${lang})`, testTimeout: 30_000, browser: browserConfig() },
  };
}

/**
 * The stories tagged `forced-colors`, with Chromium emulating
 * `forced-colors: active` (Playwright's context option, the same emulation
 * as DevTools' Rendering panel): they must render, pass their play function
 * and axe with the system palette.
 */
const forcedColours: TestProjectInlineConfiguration = {
  extends: true,
  plugins: [
    storybookTest({
      configDir,
      initialGlobals: { lang: 'vi' },
      tags: { include: ['forced-colors'] },
    }),
  ],
  test: {
    name: 'stories (forced colours)',
    testTimeout: 30_000,
    setupFiles: ['./test/forced-colors.setup.ts'],
    browser: browserConfig({ forcedColors: 'active' }),
  },
};

export default defineConfig({
  test: {
    projects: [...languages.map(storiesIn), forcedColours, nodeProject(['test/**/*.test.ts'])],
  },
});
