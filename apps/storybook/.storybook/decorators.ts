/**
 * The decorator behind the toolbar: wraps each story in an element carrying
 * `lang` (widgets take their language from the nearest `lang`) and
 * `data-dvc-theme` (tokens come from the nearest theme), painted with the
 * theme's surface so contrast is judged on the right background.
 */
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { highContrastPreviewCss, type StoryLang, type StoryTheme } from './globals';

/** The wrapper's own styles and the high-contrast preview, installed once. */
export function installStoryStyles(doc: Document = document): void {
  if (doc.getElementById('dvc-story-styles')) return;
  const style = doc.createElement('style');
  style.id = 'dvc-story-styles';
  style.textContent = `.dvc-story{background:var(--dvc-color-surface);color:var(--dvc-color-text);font-family:var(--dvc-font-family);line-height:var(--dvc-line-height-body);padding:1rem;box-sizing:border-box}.dvc-story--page{min-height:100vh}${highContrastPreviewCss}`;
  doc.head.append(style);
}

/** Reads the `lang` global (anything else than `en` is Vietnamese). */
export function storyLang(globals: Record<string, unknown>): StoryLang {
  return globals['lang'] === 'en' ? 'en' : 'vi';
}

export const withLanguageAndTheme: Decorator = (story, { globals, viewMode }) => {
  const lang = storyLang(globals);
  const theme = (globals['theme'] ?? 'default') as StoryTheme;
  // On a story's own page the theme's surface fills the frame (a dark
  // widget on a white page would misrepresent the dark theme).
  return html`<div
    class="dvc-story ${viewMode === 'story' ? 'dvc-story--page' : ''}"
    lang=${lang}
    data-dvc-theme=${theme === 'contrast' ? 'default' : theme}
    data-dvc-preview=${theme === 'contrast' ? 'contrast' : 'none'}
  >
    ${story()}
  </div>`;
};
