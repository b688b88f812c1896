/**
 * @dvc-kit/ui-core/tokens — the design tokens as data, for token tables,
 * docs and build tools: the values, every theme, and the renderer that
 * writes `tokens.css`. Widgets do not need it: they install the prebuilt
 * default tokens themselves (see `installTokens` in the main entry).
 *
 * @packageDocumentation
 */
export {
  baseTokens,
  forcedColors,
  reducedMotion,
  themes,
  type ThemeColors,
  type ThemeName,
} from './tokens';
export { renderTokensCss, tokensLayer } from './render-tokens-css';
