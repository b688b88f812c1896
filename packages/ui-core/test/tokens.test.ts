import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import {
  baseTokens,
  renderTokensCss,
  themes,
  tokenStyles,
  type ThemeColors,
  type ThemeName,
} from '../src/index';
import type { DvcTestWidget } from './fixtures/test-widget';
import * as tokensEntry from '../src/tokens/index';
import { cleanUp, loadTokensCss, mount, mountWidget } from './helpers';

afterEach(async () => {
  cleanUp();
  await commands.emulateMedia({
    forcedColors: 'none',
    reducedMotion: 'no-preference',
    colorScheme: 'light',
  });
});

const token = (element: Element, name: string): string =>
  getComputedStyle(element).getPropertyValue(`--dvc-${name}`).trim();

const colorsOf = (element: Element): Record<string, string> =>
  Object.fromEntries(
    Object.keys(themes.default).map((name) => [name, token(element, `color-${name}`)]),
  );

const part = (widget: DvcTestWidget, selector: string): Element =>
  widget.shadowRoot!.querySelector(selector)!;

describe('tokens without tokens.css', () => {
  it('reach a widget on a page that never loaded the CSS file', async () => {
    const widget = await mountWidget();
    expect(colorsOf(widget)).toEqual(themes.default);
    for (const [name, value] of Object.entries(baseTokens)) expect(token(widget, name)).toBe(value);
  });

  it('style what the widget renders', async () => {
    const widget = await mountWidget();
    expect(getComputedStyle(part(widget, 'h2')).color).toBe('rgb(27, 35, 48)'); // #1b2330
    expect(getComputedStyle(part(widget, 'button')).backgroundColor).toBe('rgb(11, 79, 156)');
    expect(getComputedStyle(widget).fontFamily).toContain('"Noto Sans"');
  });

  it('give Vietnamese diacritics room (line-height ≥ 1.5) and 44px touch targets', async () => {
    const widget = await mountWidget();
    for (const selector of ['p', 'h2']) {
      const style = getComputedStyle(part(widget, selector));
      expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).toBeGreaterThanOrEqual(1.5);
    }
    expect(part(widget, 'button').getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
  });

  it('are installed on the document once, however many widgets there are', async () => {
    await mountWidget();
    await mountWidget();
    const sheet = tokenStyles.styleSheet!;
    expect(document.adoptedStyleSheets.filter((adopted) => adopted === sheet)).toHaveLength(1);
    expect(sheet.cssRules[0]).toBeInstanceOf(CSSLayerBlockRule);
  });

  it('lose to any rule of the page, because they sit in a cascade layer', async () => {
    const container = mount('<style>:root { --dvc-color-primary: #7a0019; }</style>');
    const widget = await mountWidget();
    expect(token(widget, 'color-primary')).toBe('#7a0019');
    expect(getComputedStyle(part(widget, 'button')).backgroundColor).toBe('rgb(122, 0, 25)');
    container.remove();
  });

  it('are valid CSS: every rule of the rendered text parses', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(renderTokensCss());
    expect(sheet.cssRules).toHaveLength(1);
    const layer = sheet.cssRules[0] as CSSLayerBlockRule;
    expect(layer.name).toBe('dvc-tokens');
    const rules = [...layer.cssRules].map((rule) =>
      rule instanceof CSSMediaRule
        ? `@media ${rule.conditionText}`
        : (rule as CSSStyleRule).selectorText,
    );
    expect(rules).toEqual([
      'html',
      'html, [data-dvc-theme="default"], [data-dvc-theme="auto"]',
      '[data-dvc-theme="default"], [data-dvc-theme="auto"], [data-dvc-theme="hue"]',
      '[data-dvc-theme="hue"]',
      '[data-dvc-theme="dark"]',
      '@media (prefers-color-scheme: dark)',
      '@media (prefers-reduced-motion: reduce)',
      '@media (forced-colors: active)',
    ]);
  });

  it('are the same data from @dvc-kit/ui-core/tokens as from the main entry', () => {
    expect(tokensEntry.baseTokens).toBe(baseTokens);
    expect(tokensEntry.themes).toBe(themes);
    expect(tokensEntry.renderTokensCss()).toBe(tokenStyles.cssText);
  });

  it('agree with tokens.css when a page loads the file too', async () => {
    await loadTokensCss();
    for (const theme of ['default', 'hue', 'dark'] satisfies ThemeName[]) {
      const widget = await mountWidget(
        `<div data-dvc-theme="${theme}"><dvc-test-widget></dvc-test-widget></div>`,
      );
      expect(colorsOf(widget)).toEqual(themes[theme]);
    }
    document.documentElement.dataset['dvcTheme'] = 'dark';
    expect(colorsOf(await mountWidget())).toEqual(themes.dark);
  });
});

describe('themes', () => {
  it.each(['default', 'hue', 'dark'] satisfies ThemeName[])(
    'data-dvc-theme="%s" on an ancestor sets its colours',
    async (theme) => {
      const widget = await mountWidget(
        `<div data-dvc-theme="${theme}"><section><dvc-test-widget></dvc-test-widget></section></div>`,
      );
      expect(colorsOf(widget)).toEqual(themes[theme]);
    },
  );

  it('each theme changes what the widget shows', async () => {
    const seen = new Set<string>();
    for (const theme of ['default', 'hue', 'dark']) {
      const widget = await mountWidget(
        `<div data-dvc-theme="${theme}"><dvc-test-widget></dvc-test-widget></div>`,
      );
      seen.add(getComputedStyle(part(widget, 'button')).backgroundColor);
    }
    expect(seen.size).toBe(3);
  });

  it('works from <html> and on the widget itself; the nearest wins', async () => {
    document.documentElement.dataset['dvcTheme'] = 'dark';
    const widget = await mountWidget();
    expect(colorsOf(widget)).toEqual(themes.dark);
    widget.dataset['dvcTheme'] = 'hue';
    expect(colorsOf(widget)).toEqual(themes.hue);
  });

  it('does not follow prefers-color-scheme unless the page asks with "auto"', async () => {
    await commands.emulateMedia({ colorScheme: 'dark' });
    const plain = await mountWidget();
    expect(colorsOf(plain)).toEqual(themes.default);
    const auto = await mountWidget(
      '<div data-dvc-theme="auto"><dvc-test-widget></dvc-test-widget></div>',
    );
    expect(colorsOf(auto)).toEqual(themes.dark);
    await commands.emulateMedia({ colorScheme: 'light' });
    expect(colorsOf(auto)).toEqual(themes.default);
  });
});

describe('user preferences', () => {
  it('forced colours: system colours, visible borders and focus', async () => {
    const widget = await mountWidget(
      '<div data-dvc-theme="dark"><dvc-test-widget></dvc-test-widget></div>',
    );
    expect(token(widget, 'color-border')).toBe(themes.dark.border);
    await commands.emulateMedia({ forcedColors: 'active' });
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
    const forced: Partial<ThemeColors> = {
      text: 'CanvasText',
      surface: 'Canvas',
      border: 'CanvasText',
      focus: 'Highlight',
      primary: 'LinkText',
    };
    for (const [name, value] of Object.entries(forced))
      expect(token(widget, `color-${name}`)).toBe(value);
    const host = getComputedStyle(widget);
    expect(host.borderTopStyle).toBe('solid');
    expect(parseFloat(host.borderTopWidth)).toBeGreaterThanOrEqual(1);
    const button = part(widget, 'button') as HTMLButtonElement;
    button.focus({ focusVisible: true } as FocusOptions);
    const focused = getComputedStyle(button);
    expect(focused.outlineStyle).toBe('solid');
    expect(parseFloat(focused.outlineWidth)).toBeGreaterThanOrEqual(2);
  });

  it('reduced motion: durations become zero', async () => {
    const widget = await mountWidget();
    const button = part(widget, 'button');
    expect(getComputedStyle(button).transitionDuration).toBe('0.24s');
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    expect(token(widget, 'motion-duration-medium')).toBe('0ms');
    expect(token(widget, 'motion-duration-fast')).toBe('0ms');
    expect(getComputedStyle(button).transitionDuration).toBe('0s');
  });
});
