import { installTokens } from '@dvc-kit/ui-core';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { configure } from 'storybook/test';
import { installStoryStyles, withLanguageAndTheme } from './decorators';
import { viewports } from './globals';
import { customElementsManifest } from './manifest';
import { mockBackend, startMockBackend } from './mock-backend';

setCustomElementsManifest(customElementsManifest);
// The first widget installs the tokens (every theme); the wrapper and the
// token stories need them before any widget has rendered.
installTokens(document);
installStoryStyles();
// Play functions wait for what the mock answers; 1 s (Testing Library's
// default) is short on a busy 2-core machine.
configure({ asyncUtilTimeout: 5000 });

const preview: Preview = {
  decorators: [withLanguageAndTheme],
  // Starts msw's worker with the mock-api handlers (once), then resets the
  // handlers and applies the story's `parameters.msw` overrides.
  loaders: [mswLoader(startMockBackend)],
  // Every story starts from the seed: no session, no queued faults, no
  // remembered idempotency keys. A story's own `beforeEach` runs after this.
  beforeEach: () => {
    mockBackend().scenario.reset();
  },
  globalTypes: {
    lang: {
      description: 'Ngôn ngữ / Language (sets `lang` on the wrapper)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'vi', title: 'Tiếng Việt', right: 'vi' },
          { value: 'en', title: 'English', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme (`data-dvc-theme` on the wrapper)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default' },
          { value: 'hue', title: 'Provincial example (hue)' },
          { value: 'dark', title: 'Dark' },
          { value: 'contrast', title: 'High contrast preview (approximation)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    lang: 'vi',
    theme: 'default',
  },
  parameters: {
    // Any axe violation fails the story, in the UI and in `npm test`.
    a11y: { test: 'error' },
    // The wrapper (decorators.ts) brings its own padding and the theme's surface.
    layout: 'fullscreen',
    viewport: { options: viewports },
    controls: { expanded: true },
    docs: { toc: true },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Embedding',
          'Theming',
          'Accessibility',
          'Content guidelines',
          'Foundations',
          'Widgets',
        ],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
