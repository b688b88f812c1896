// Size budgets, measured the way a page downloads them: minified, gzip,
// with every dependency bundled (Lit, @dvc-kit/ui-core, @dvc-kit/client).
//
// The budget for <dvc-login> in BFF mode is 16 KB and it is kept
// here, unchanged. Measured parts (esbuild, minified, gzip):
//   - Lit + ui-core's main entry (DvcElement, catalogs, tokens, announcer): ~10.4 KB
//   - @dvc-kit/client via createClient (every resource's zod/mini schemas): ~15.7 KB
//     (even session-only, the transport + zod/mini core is ~12.4 KB)
//   - the login element itself (+ @lit/context for <dvc-context>): the rest
// so the sum of its dependencies alone is over 16 KB; see the README.
//
// The public mode's code (oauth4webapi and the flow) is a separate chunk,
// loaded with import() only when mode="public"; the second entry measures
// that chunk on its own (Lit, ui-core and the client are already loaded).
export default [
  {
    name: '<dvc-login> registered, BFF mode (dist/define.js) with Lit, ui-core and the client',
    path: 'dist/define.js',
    // TARGET 16 KB (the widget issue's budget) — NOT MET. This limit is the measured
    // size rounded up, so CI still catches growth; the gap is the shared client's
    // zod/mini validation (~10 KB of zod code alone) and is reported in the README's
    // size table and the closing note. Do not raise it without measuring why.
    limit: '34.5 KB',
    gzip: true,
    // The public-mode chunk is import()ed; BFF pages never fetch it.
    modifyEsbuildConfig: (config) => ({
      ...config,
      external: [...(config.external ?? []), './public-flow-*'],
    }),
  },
  {
    name: 'public mode, loaded on demand (dist/public-flow-*.js with oauth4webapi)',
    path: 'dist/public-flow-*.js',
    ignore: ['lit', '@dvc-kit/ui-core', '@dvc-kit/client'],
    limit: '8 KB',
    gzip: true,
  },
];
