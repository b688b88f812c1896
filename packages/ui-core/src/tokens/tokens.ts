/**
 * The design tokens, written once. Both the `dist/tokens.css` file and the
 * stylesheet `DvcElement` installs are rendered from these objects, so the
 * two can never diverge. Keys are token names without the `--dvc-` prefix.
 */

/** @summary Tokens that do not depend on the theme. */
export const baseTokens = {
  // Fonts that carry Vietnamese's stacked diacritics (ầ, ặ, ữ…). "Segoe UI"
  // comes before system-ui because on Windows set to a CJK locale system-ui
  // maps to a CJK face with poor Vietnamese glyphs.
  'font-family':
    '"Segoe UI", Roboto, "Noto Sans", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif',
  'font-size-sm': '0.875rem',
  'font-size-md': '1rem',
  'font-size-lg': '1.125rem',
  'font-size-xl': '1.375rem',
  'font-weight-normal': '400',
  'font-weight-strong': '600',
  // Stacked diacritics collide with the line above below 1.5.
  'line-height-body': '1.6',
  'line-height-heading': '1.5',
  'space-1': '0.25rem',
  'space-2': '0.5rem',
  'space-3': '0.75rem',
  'space-4': '1rem',
  'space-5': '1.5rem',
  'space-6': '2rem',
  'radius-sm': '4px',
  'radius-md': '8px',
  'radius-pill': '999px',
  'border-width': '1px',
  'focus-ring-width': '3px',
  'focus-ring-offset': '2px',
  'motion-duration-fast': '120ms',
  'motion-duration-medium': '240ms',
  'motion-duration-slow': '400ms',
  'motion-easing': 'cubic-bezier(0.2, 0, 0, 1)',
  // WCAG 2.5.5 target size: thumbs on small phones.
  'touch-target': '44px',
} as const;

/** @summary The colour tokens every theme defines. */
export type ThemeColors = {
  readonly [
    K in
      | 'primary'
      | 'primary-contrast'
      | 'accent'
      | 'accent-contrast'
      | 'text'
      | 'muted'
      | 'surface'
      | 'surface-alt'
      | 'border'
      | 'focus'
      | 'success'
      | 'success-surface'
      | 'warning'
      | 'warning-surface'
      | 'danger'
      | 'danger-surface'
      | 'info'
      | 'info-surface'
  ]: string;
};

/** @summary A theme's name, as written in `data-dvc-theme`. */
export type ThemeName = 'default' | 'hue' | 'dark';

const defaultColors: ThemeColors = {
  primary: '#0b4f9c',
  'primary-contrast': '#ffffff',
  accent: '#b3261e',
  'accent-contrast': '#ffffff',
  text: '#1b2330',
  muted: '#4f5a6b',
  surface: '#ffffff',
  'surface-alt': '#f2f5f9',
  border: '#7a8494',
  focus: '#0b4f9c',
  success: '#136c30',
  'success-surface': '#e7f4eb',
  warning: '#8a4b00',
  'warning-surface': '#fdf1dc',
  danger: '#b3261e',
  'danger-surface': '#fbe9e7',
  info: '#0b5394',
  'info-surface': '#e6f0fa',
};

/**
 * The themes. `default` is a government blue with a red accent; `hue` is an
 * example of a provincial theme (the purple traditionally linked with Huế) —
 * an illustration of what a province could do, not an official palette;
 * `dark` is for portals with a dark look. Every text/background pair meets
 * WCAG AA (4.5:1), borders and focus ring 3:1 — test/contrast.test.ts.
 *
 * @summary Colour tokens of the `default`, `hue` (example) and `dark` themes.
 */
export const themes: { readonly [T in ThemeName]: ThemeColors } = {
  default: defaultColors,
  hue: {
    ...defaultColors,
    primary: '#5b2a86',
    accent: '#a0522d',
    text: '#221a2b',
    muted: '#594e66',
    'surface-alt': '#f6f1fa',
    border: '#857a92',
    focus: '#5b2a86',
  },
  dark: {
    primary: '#8cb8ff',
    'primary-contrast': '#0b1220',
    accent: '#ff8f85',
    'accent-contrast': '#1a0605',
    text: '#eef2f8',
    muted: '#b2bccb',
    surface: '#121826',
    'surface-alt': '#1c2434',
    border: '#7f8aa0',
    focus: '#ffd166',
    success: '#74d394',
    'success-surface': '#10291a',
    warning: '#f3c55a',
    'warning-surface': '#2d2208',
    danger: '#ff8f85',
    'danger-surface': '#3a1413',
    info: '#7cc2ff',
    'info-surface': '#0e2236',
  },
};

/** The system colour standing in for colour token `name` in forced-colours mode. */
function systemColorFor(name: string): string {
  if (name === 'focus') return 'Highlight';
  if (name.includes('surface') || name.endsWith('contrast')) return 'Canvas';
  return name === 'primary' || name === 'accent' ? 'LinkText' : 'CanvasText';
}

/**
 * Windows High Contrast and other forced-colour modes: system colours, so
 * the user's palette wins and borders and focus stay visible.
 *
 * @summary Colour tokens used when `forced-colors: active`.
 */
export const forcedColors = Object.fromEntries(
  Object.keys(defaultColors).map((name) => [name, systemColorFor(name)]),
) as ThemeColors;

/**
 * With `prefers-reduced-motion: reduce`, every duration is zero.
 *
 * @summary Motion tokens used when `prefers-reduced-motion: reduce`.
 */
export const reducedMotion = {
  'motion-duration-fast': '0ms',
  'motion-duration-medium': '0ms',
  'motion-duration-slow': '0ms',
} as const;
