/**
 * `npm test`: every story runs as a test in Chromium — rendered, its play
 * function run, and axe run on it (`a11y.test = 'error'`) — once in
 * Vietnamese and once in English (two projects differing only in the `lang`
 * global). Then a Node test opens every story of the *static build* in
 * Chromium and checks each widget is defined and rendered.
 */
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { fileURLToPath } from 'node:url';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { browserProject, nodeProject } from '../../vitest.shared.ts';
import { languages } from './.storybook/languages.ts';

const configDir = fileURLToPath(new URL('./.storybook', import.meta.url));
// The shared Chromium settings (system browser, quiet flags), without the
// `include`: storybookTest takes the stories from .storybook/main.ts.
const { browser } = browserProject([]).test ?? {};

function storiesIn(lang: (typeof languages)[number]): TestProjectInlineConfiguration {
  return {
    extends: true,
    plugins: [storybookTest({ configDir, initialGlobals: { lang } })],
    test: {
      name: `stories (${lang})`,
      // Vitest names each browser instance after its project, in place: give
      // each project its own instance objects, or both get the first name.
      browser: browser && {
        ...browser,
        instances: browser.instances?.map((instance) => ({ ...instance })) ?? [],
      },
    },
  };
}

export default defineConfig({
  test: {
    projects: [...languages.map(storiesIn), nodeProject(['test/**/*.test.ts'])],
  },
});
