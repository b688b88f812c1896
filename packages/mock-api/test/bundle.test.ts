/**
 * What ships to browsers (the root and `/browser` entries) must not pull in
 * classic zod (~95 KB gzip) or anything Node-only; the handlers use zod/mini.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const entry = (name: string) => fileURLToPath(new URL(`../src/${name}`, import.meta.url));

describe('browser bundle', () => {
  it.each(['index.ts', 'browser.ts'])(
    '%s bundles for the browser without classic zod',
    async (file) => {
      const result = await build({
        entryPoints: [entry(file)],
        bundle: true,
        write: false,
        metafile: true,
        format: 'esm',
        platform: 'browser',
        logLevel: 'silent',
      });
      const inputs = Object.keys(result.metafile.inputs);
      expect(inputs.some((i) => i.includes('zod/v4/mini'))).toBe(true);
      expect(inputs.filter((i) => i.includes('zod/v4/classic'))).toEqual([]);
      expect(inputs.filter((i) => /oidc-provider|oauth4webapi|src\/sandbox\//.test(i))).toEqual([]);
    },
  );
});
