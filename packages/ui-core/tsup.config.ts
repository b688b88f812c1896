import { writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { renderTokensCss } from './src/tokens/render-tokens-css';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'context/index': 'src/context/index.ts',
    // The token data and renderer (docs, token tables); widgets do not need it.
    'tokens/index': 'src/tokens/index.ts',
    // The only module with a side effect (customElements.define).
    'define/dvc-context': 'src/context/define.ts',
  },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  // Lit and friends stay external: the embed bundle dedupes them.
  external: [/^lit/, /^@lit\//, /^@dvc-kit\//],
  // Shared chunks (chunk-*.js) are listed in package.json "sideEffects":
  // entries import them bare to keep evaluation order, and a bundler that
  // believed them side-effect free would drop those imports (and warn).
  // tokens.css is rendered from the same source the elements use, on every
  // build, so the file and the components cannot drift apart.
  async onSuccess() {
    await writeFile('dist/tokens.css', `${renderTokensCss()}\n`);
  },
});
