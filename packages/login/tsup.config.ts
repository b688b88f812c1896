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
  // Keeps `import('./public-flow')` a separate chunk, loaded only in public mode.
  splitting: true,
  // Lit and friends stay external: the embed bundle dedupes them. oauth4webapi
  // too: a page (or the embed bundle) keeps one copy.
  external: [/^lit/, /^@lit\//, /^@dvc-kit\//, /^oauth4webapi/],
});
