// Builds the embed bundle with esbuild: one file per widget (and dvc-kit.js
// with all of them) sharing chunks, so a page holds one copy of Lit, ui-core
// and the client whichever entries it loads. Then writes dist/manifest.json:
// every file with its size, gzip size and SRI hash (sha384), and for each
// entry the chunks it imports.
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
// Built beside dist/ and swapped in at the end: a failed build (say, a widget's
// dist/ being rebuilt at that moment) leaves the previous bundle whole.
const staging = `.dist-${process.pid}`;
const out = join(root, staging);
process.on('exit', (code) => {
  if (code !== 0) rmSync(out, { recursive: true, force: true });
});

/** Entry name → the tag it registers (`null`: every tag). */
export const ENTRIES = {
  'dvc-kit': null,
  'dvc-context': 'dvc-context',
  'dvc-login': 'dvc-login',
  'dvc-payment-status': 'dvc-payment-status',
  'dvc-survey': 'dvc-survey',
};

await rm(out, { recursive: true, force: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: Object.fromEntries(Object.keys(ENTRIES).map((name) => [name, `src/${name}.ts`])),
  outdir: staging,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  // The packages are compiled for ES2022; so is this (evergreen Chromium on
  // cheap Android phones, Safari 15.4+, Firefox 100+).
  target: 'es2022',
  // Production builds of Lit: its package exports put dev mode (warnings,
  // extra checks) behind the "development" condition, never set here.
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  minify: true,
  sourcemap: 'linked',
  sourcesContent: true,
  // Licence texts go to dist/*.LEGAL.txt instead of every chunk a phone downloads.
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
});

const outputs = result.metafile.outputs;

/** `.dist-123/x.js` → `x.js`. */
const rel = (path) => relative(staging, path).split('\\').join('/');

async function describe(path) {
  const bytes = await readFile(join(root, path));
  return {
    file: rel(path),
    bytes: bytes.length,
    gzipBytes: gzipSync(bytes, { level: 9 }).length,
    integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}`,
  };
}

const files = [];
for (const path of Object.keys(outputs).sort()) {
  if (path.endsWith('.js')) files.push(await describe(path));
}
const byFile = new Map(files.map((f) => [f.file, f]));

/** The files a page downloads for `entry` before it runs: itself and its static imports. */
function staticClosure(path, seen = new Set()) {
  if (seen.has(path)) return seen;
  seen.add(path);
  for (const imported of outputs[path]?.imports ?? []) {
    if (imported.kind === 'import-statement') staticClosure(imported.path, seen);
  }
  return seen;
}

const entries = {};
for (const [name, tag] of Object.entries(ENTRIES)) {
  const path = `${staging}/${name}.js`;
  const closure = [...staticClosure(path)].map(rel);
  const lazy = [
    ...new Set(
      [...staticClosure(path)].flatMap((p) =>
        (outputs[p]?.imports ?? [])
          .filter((i) => i.kind === 'dynamic-import')
          .map((i) => rel(i.path)),
      ),
    ),
  ];
  entries[name] = {
    file: `${name}.js`,
    defines: tag ? [tag] : Object.values(ENTRIES).filter(Boolean),
    // What the page downloads for this entry, the entry first.
    imports: closure.slice(1),
    // Loaded only when needed (e.g. <dvc-login mode="public">'s OIDC code).
    lazy,
    gzipBytes: closure.reduce((sum, f) => sum + (byFile.get(f)?.gzipBytes ?? 0), 0),
  };
}

const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const manifest = {
  name: pkg.name,
  version: pkg.version,
  // Every file, with the hash for <script integrity> / <link rel="modulepreload" integrity>.
  files,
  entries,
};
await writeFile(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
await rm(dist, { recursive: true, force: true });
await rename(out, dist);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
process.stdout.write(
  `@dvc-kit/elements: ${files.length} files, gzip per entry (with its chunks): ` +
    Object.entries(entries)
      .map(([name, e]) => `${name} ${kb(e.gzipBytes)}`)
      .join(', ') +
    '\n',
);
