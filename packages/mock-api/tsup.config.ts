import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    node: 'src/node.ts',
    browser: 'src/browser.ts',
    'sandbox/index': 'src/sandbox/index.ts',
    'sandbox/cli': 'src/sandbox/cli.ts',
  },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  // Keep `node:` specifiers: they say plainly which chunks are Node-only.
  removeNodeProtocol: false,
  // Runtime dependencies stay external: the consumer's msw must be the same
  // instance that intercepts, and the client's schemas are the contract.
  external: [/^msw/, /^@dvc-kit\//, /^zod/, /^oidc-provider/, /^oauth4webapi/, /^node:/],
});
