import { baseTokens, forcedColors, reducedMotion, themes, type ThemeColors } from './tokens';

/** @summary The cascade layer the tokens live in, so any unlayered page rule overrides them. */
export const tokensLayer = 'dvc-tokens';

const declarations = (tokens: Readonly<Record<string, string>>, prefix = ''): string =>
  Object.entries(tokens)
    .map(([name, value]) => `--dvc-${prefix}${name}:${value};`)
    .join('');

const colors = (theme: ThemeColors): string => declarations(theme, 'color-');

/**
 * The token stylesheet: the default theme on `:root`, each theme on
 * `[data-dvc-theme="…"]` (any ancestor, nearest wins), `auto` following
 * `prefers-color-scheme`, then the reduced-motion and forced-colours
 * overrides, all inside the `dvc-tokens` cascade layer.
 *
 * @summary Renders the `--dvc-*` custom properties as CSS text.
 */
export function renderTokensCss(): string {
  const { default: light, hue, dark } = themes;
  const themed = '[data-dvc-theme]';
  return [
    `@layer ${tokensLayer}{`,
    `:root{${declarations(baseTokens)}${colors(light)}}`,
    `[data-dvc-theme="default"],[data-dvc-theme="auto"]{${colors(light)}color-scheme:light}`,
    `[data-dvc-theme="hue"]{${colors(hue)}color-scheme:light}`,
    `[data-dvc-theme="dark"]{${colors(dark)}color-scheme:dark}`,
    `@media (prefers-color-scheme:dark){[data-dvc-theme="auto"]{${colors(dark)}color-scheme:dark}}`,
    `@media (prefers-reduced-motion:reduce){:root,${themed}{${declarations(reducedMotion)}}}`,
    `@media (forced-colors:active){:root,${themed}{${colors(forcedColors)}}}`,
    '}',
  ].join('\n');
}
