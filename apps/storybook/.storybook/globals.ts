/**
 * The toolbar switches of this Storybook: language, theme and viewport. The
 * same values drive the Vitest projects (vitest.config.ts runs every story
 * once per language through `initialGlobals`).
 */
import { forcedColors, type ThemeName } from '@dvc-kit/ui-core/tokens';
import type { ViewportMap } from 'storybook/viewport';

export { languages, type StoryLang } from './languages';

/**
 * Themes of the toolbar: ui-core's three, plus `contrast`, a *preview* of
 * forced colours (see {@link highContrastPreviewCss}).
 */
export type StoryTheme = ThemeName | 'contrast';

/**
 * A forced-colours-like preview: every `--dvc-color-*` token becomes the
 * system colour ui-core uses under `forced-colors: active` (Canvas,
 * CanvasText, LinkText, Highlight), generated from ui-core's `forcedColors`.
 *
 * It is an approximation, not the browser's forced-colours mode: the browser
 * would also replace colours the widgets do not take from tokens, drop
 * background images and box shadows, and use the user's own palette. For
 * the real thing use Chromium DevTools → Rendering → "Emulate CSS media
 * feature forced-colors: active" (docs/accessibility.mdx).
 */
export const highContrastPreviewCss = [
  '.dvc-story[data-dvc-preview="contrast"]{',
  ...Object.entries(forcedColors).map(([name, value]) => `--dvc-color-${name}:${value};`),
  'color-scheme:light;}',
].join('');

/** The widths designers check: small phone, phone, tablet, desktop. */
export const viewports: ViewportMap = {
  w320: {
    name: '320 px — small phone',
    styles: { width: '320px', height: '640px' },
    type: 'mobile',
  },
  w375: { name: '375 px — phone', styles: { width: '375px', height: '740px' }, type: 'mobile' },
  w768: { name: '768 px — tablet', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  w1280: {
    name: '1280 px — desktop',
    styles: { width: '1280px', height: '900px' },
    type: 'desktop',
  },
};
