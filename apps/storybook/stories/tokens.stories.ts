/**
 * The design tokens as designers see them: colour swatches of the theme
 * chosen in the toolbar, type scale, spacing and shape. Everything is read
 * from ui-core's token source (`baseTokens`, `themes`), never retyped.
 */
import { baseTokens, themes, type ThemeColors, type ThemeName } from '@dvc-kit/ui-core/tokens';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta = {
  title: 'Foundations/Design tokens',
  tags: ['!autodocs'],
} satisfies Meta;
export default meta;
type Story = StoryObj;

const tableStyles = html`<style>
  .tokens {
    border-collapse: collapse;
    width: 100%;
    max-width: 60rem;
  }
  .tokens th,
  .tokens td {
    border-bottom: 1px solid var(--dvc-color-border);
    padding: 0.5rem;
    text-align: start;
    vertical-align: middle;
  }
  .tokens code {
    font-size: 0.875rem;
    overflow-wrap: anywhere;
  }
  .swatch {
    display: inline-block;
    width: 2.5rem;
    height: 2.5rem;
    border: 1px solid var(--dvc-color-text);
    border-radius: 4px;
  }
</style>`;

function themeOf(globals: Record<string, unknown>): ThemeName {
  const theme = globals['theme'];
  return theme === 'hue' || theme === 'dark' ? theme : 'default';
}

/** Colour tokens of the toolbar's theme: a live swatch and the source value. */
export const Colours: Story = {
  render: (_args, { globals }) => {
    const theme = themeOf(globals);
    const colors: ThemeColors = themes[theme];
    return html`${tableStyles}
      <table class="tokens">
        <caption>
          Colour tokens — theme
          <code>${theme}</code>
        </caption>
        <thead>
          <tr>
            <th scope="col">Swatch</th>
            <th scope="col">Token</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          ${Object.entries(colors).map(
            ([name, value]) =>
              html`<tr>
                <td><span class="swatch" style="background: var(--dvc-color-${name})"></span></td>
                <th scope="row"><code>--dvc-color-${name}</code></th>
                <td><code>${value}</code></td>
              </tr>`,
          )}
        </tbody>
      </table>`;
  },
};

const typeTokens = Object.entries(baseTokens).filter(([name]) => /^(font|line-height)/.test(name));

/** Type scale: each size set in Vietnamese with stacked diacritics. */
export const Typography: Story = {
  render: () =>
    html`${tableStyles}
      <table class="tokens">
        <caption>
          Type tokens
        </caption>
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Value</th>
            <th scope="col">Sample</th>
          </tr>
        </thead>
        <tbody>
          ${typeTokens.map(
            ([name, value]) =>
              html`<tr>
                <th scope="row"><code>--dvc-${name}</code></th>
                <td><code>${value}</code></td>
                <td>
                  ${
                    name.startsWith('font-size')
                      ? html`<span style="font-size: var(--dvc-${name})"
                          >Thủ tục hành chính — Đăng ký khai sinh</span
                        >`
                      : ''
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>`,
};

const shapeTokens = Object.entries(baseTokens).filter(([name]) =>
  /^(space|radius|border|focus|touch|motion)/.test(name),
);

/** Spacing, shape, focus ring, touch target and motion tokens. */
export const SpacingAndShape: Story = {
  name: 'Spacing, shape and motion',
  render: () =>
    html`${tableStyles}
      <table class="tokens">
        <caption>
          Spacing, shape, focus, touch and motion tokens
        </caption>
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          ${shapeTokens.map(
            ([name, value]) =>
              html`<tr>
                <th scope="row"><code>--dvc-${name}</code></th>
                <td><code>${value}</code></td>
              </tr>`,
          )}
        </tbody>
      </table>`,
};
