import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { ThemeName } from '../src/index';
import { cleanUp, mountWidget } from './helpers';

afterEach(cleanUp);

describe('axe', () => {
  it.each(['default', 'hue', 'dark'] satisfies ThemeName[])(
    'finds no violation in theme "%s"',
    async (theme) => {
      const widget = await mountWidget(
        `<main data-dvc-theme="${theme}"><dvc-test-widget></dvc-test-widget></main>`,
      );
      const results = await axe.run(widget.parentElement!, { resultTypes: ['violations'] });
      const summary = results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
      expect(summary).toEqual([]);
      // The contrast rule really looked at the text inside the shadow root.
      expect(results.passes.length + results.incomplete.length).toBeGreaterThan(0);
    },
  );

  it('in English too', async () => {
    const widget = await mountWidget('<main lang="en"><dvc-test-widget></dvc-test-widget></main>');
    const results = await axe.run(widget.parentElement!);
    expect(results.violations).toEqual([]);
  });
});
