import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    // The only module with a side effect (customElements.define).
    define: 'src/define.ts',
  },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  // Lit, ui-core and the client stay external: the embed bundle dedupes them.
  external: [/^lit/, /^@lit\//, /^@dvc-kit\//],
});
