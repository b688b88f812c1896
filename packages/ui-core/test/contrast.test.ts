import { afterEach, describe, expect, it } from 'vitest';
import { themes, type ThemeColors, type ThemeName } from '../src/index';
import { cleanUp, mountWidget } from './helpers';

afterEach(cleanUp);

type ColorName = keyof ThemeColors;

/** Text on background: WCAG 1.4.3 AA asks 4.5:1. */
const textPairs: [ColorName, ColorName][] = [
  ['text', 'surface'],
  ['text', 'surface-alt'],
  ['muted', 'surface'],
  ['muted', 'surface-alt'],
  ['primary', 'surface'],
  ['primary', 'surface-alt'],
  ['primary-contrast', 'primary'],
  ['accent', 'surface'],
  ['accent-contrast', 'accent'],
  ...(['success', 'warning', 'danger', 'info'] as const).flatMap(
    (status): [ColorName, ColorName][] => [
      [status, 'surface'],
      [status, 'surface-alt'],
      [status, `${status}-surface`],
      ['text', `${status}-surface`],
    ],
  ),
];

/** Borders and the focus ring against what they sit on: WCAG 1.4.11 asks 3:1. */
const uiPairs: [ColorName, ColorName][] = [
  ['border', 'surface'],
  ['border', 'surface-alt'],
  ['focus', 'surface'],
  ['focus', 'surface-alt'],
];

/** The sRGB channels the browser computed for a colour token, read from a probe element. */
function computedRgb(probe: HTMLElement, name: ColorName): [number, number, number] {
  probe.style.color = `var(--dvc-color-${name})`;
  const match = getComputedStyle(probe).color.match(/^rgb\((\d+), (\d+), (\d+)\)$/);
  if (!match) throw new Error(`--dvc-color-${name} is not an opaque colour`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** WCAG 2 relative luminance. */
function luminance([r, g, b]: [number, number, number]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: [number, number, number], b: [number, number, number]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('contrast', () => {
  it('the checker itself: black on white is 21:1, a grey on white fails', () => {
    expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrast([153, 153, 153], [255, 255, 255])).toBeLessThan(4.5);
  });

  it.each(Object.keys(themes) as ThemeName[])('theme "%s" meets WCAG AA', async (theme) => {
    const widget = await mountWidget(
      `<div data-dvc-theme="${theme}"><dvc-test-widget></dvc-test-widget></div>`,
    );
    const probe = widget.parentElement!.appendChild(document.createElement('span'));
    const failures: string[] = [];
    const check = (pairs: [ColorName, ColorName][], minimum: number) => {
      for (const [foreground, background] of pairs) {
        const ratio = contrast(computedRgb(probe, foreground), computedRgb(probe, background));
        if (ratio < minimum) failures.push(`${foreground} on ${background}: ${ratio.toFixed(2)}:1`);
      }
    };
    check(textPairs, 4.5);
    check(uiPairs, 3);
    expect(failures).toEqual([]);
  });
});
