import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  // zod stays a dependency so an app that also uses zod/mini shares one copy.
  external: ['zod', /^zod\//],
});
