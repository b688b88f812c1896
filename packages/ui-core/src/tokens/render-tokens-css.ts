import { baseTokens, forcedColors, reducedMotion, themes, type ThemeColors } from './tokens';

/** @summary The cascade layer the tokens live in, so any unlayered page rule overrides them. */
export const tokensLayer = 'dvc-tokens';

const declarations = (tokens: Readonly<Record<string, string>>, prefix = ''): string =>
  Object.entries(tokens)
    .map(([name, value]) => `--dvc-${prefix}${name}:${value};`)
    .join('');

const colors = (theme: ThemeColors): string => declarations(theme, 'color-');

/**
 * The token stylesheet, one rule a line, inside the `dvc-tokens` cascade
 * layer: the theme-independent tokens and the default theme on `html`, each
 * theme on `[data-dvc-theme=…]` (any ancestor, nearest wins), `auto`
 * following `prefers-color-scheme`, then the reduced-motion and
 * forced-colours overrides. The defaults sit on the `html` type selector,
 * less specific than any `[data-dvc-theme]`, so a theme set on `<html>`
 * wins whatever the order of the sheets.
 *
 * @summary Renders the `--dvc-*` custom properties as CSS text.
 */
export function renderTokensCss(): string {
  const { default: light, hue, dark } = themes;
  return [
    `@layer ${tokensLayer}{`,
    `html{${declarations(baseTokens)}}`,
    `html,[data-dvc-theme=default],[data-dvc-theme=auto]{${colors(light)}}`,
    `[data-dvc-theme=default],[data-dvc-theme=auto],[data-dvc-theme=hue]{color-scheme:light}`,
    `[data-dvc-theme=hue]{${colors(hue)}}`,
    `[data-dvc-theme=dark]{${colors(dark)}color-scheme:dark}`,
    `@media (prefers-color-scheme:dark){[data-dvc-theme=auto]{${colors(dark)}color-scheme:dark}}`,
    `@media (prefers-reduced-motion:reduce){html{${declarations(reducedMotion)}}}`,
    `@media (forced-colors:active){html,[data-dvc-theme]{${colors(forcedColors)}}}`,
    '}',
  ].join('\n');
}
