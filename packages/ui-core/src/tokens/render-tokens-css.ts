import { baseTokens, forcedColors, reducedMotion, themes, type ThemeColors } from './tokens';

/** @summary The cascade layer the tokens live in, so any unlayered page rule overrides them. */
export const tokensLayer = 'dvc-tokens';

/**
 * Which tokens to render: `'all'` is `tokens.css` (every theme); `'default'`
 * is what every widget installs on its own — the theme-independent tokens,
 * the default theme and the user-preference overrides, without the opt-in
 * `hue` and `dark` themes (and `auto`, which needs `dark`).
 *
 * @summary The scope of {@link renderTokensCss}.
 */
export type TokensCssScope = 'all' | 'default';

const declarations = (tokens: Readonly<Record<string, string>>, prefix = ''): string =>
  Object.entries(tokens)
    .map(([name, value]) => `--dvc-${prefix}${name}:${value};`)
    .join('');

const colors = (theme: ThemeColors): string => declarations(theme, 'color-');

/**
 * The token stylesheet, inside the `dvc-tokens` cascade layer, one rule a
 * line: the theme-independent tokens and the default theme on `html`, each
 * theme on `[data-dvc-theme=…]` (any ancestor, nearest wins), `auto`
 * following `prefers-color-scheme`, then the reduced-motion and
 * forced-colours overrides.
 *
 * The defaults sit on the `html` type selector, less specific than any
 * `[data-dvc-theme]`, so a theme set on `<html>` wins even though the sheet
 * a widget installs comes after a page's `tokens.css` in the cascade; and
 * the forced-colours rule ends both texts, so it wins in either order.
 *
 * @summary Renders the `--dvc-*` custom properties as CSS text.
 * @example
 * renderTokensCss(); // the text of tokens.css
 * renderTokensCss('default'); // what a widget installs by itself
 */
export function renderTokensCss(scope: TokensCssScope = 'all'): string {
  const { default: light, hue, dark } = themes;
  return [
    `@layer ${tokensLayer}{`,
    `html{${declarations(baseTokens)}}`,
    `html,[data-dvc-theme=default]{${colors(light)}}`,
    '[data-dvc-theme=default]{color-scheme:light}',
    ...(scope === 'all'
      ? [
          `[data-dvc-theme=auto]{${colors(light)}color-scheme:light}`,
          `[data-dvc-theme=hue]{${colors(hue)}color-scheme:light}`,
          `[data-dvc-theme=dark]{${colors(dark)}color-scheme:dark}`,
          `@media (prefers-color-scheme:dark){[data-dvc-theme=auto]{${colors(dark)}color-scheme:dark}}`,
        ]
      : []),
    `@media (prefers-reduced-motion:reduce){html{${declarations(reducedMotion)}}}`,
    `@media (forced-colors:active){html,[data-dvc-theme]{${colors(forcedColors)}}}`,
    '}',
  ].join('\n');
}
