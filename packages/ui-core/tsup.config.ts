import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  // Lit and friends stay external: the embed bundle dedupes them.
  external: [/^lit/, /^@lit\//, /^@dvc-kit\//],
});
