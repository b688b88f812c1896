// Builds the embed bundle with esbuild: one file per widget (and dvc-kit.js
// with all of them) sharing chunks, so a page holds one copy of Lit, ui-core
// and the client whichever entries it loads. Then writes dist/manifest.json:
// every file with its size, gzip size and SRI hash (sha384), and for each
// entry the chunks it imports. Then the types and editor data: a tiny
// dist/<entry>.d.ts per entry re-exporting the classes (and event types) from
// the widget packages, custom-elements.json merged from their manifests, and
// the VS Code custom data / React JSX typings generated from it.
import { execFileSync } from 'node:child_process';
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

/**
 * Where each tag comes from: the package with the class (and its manifest),
 * the module that registers it (and augments `HTMLElementTagNameMap`), the
 * class and the event types its package exports.
 */
const SOURCES = {
  'dvc-context': {
    pkg: '@dvc-kit/ui-core',
    types: '@dvc-kit/ui-core/context',
    define: '@dvc-kit/ui-core/define/dvc-context',
    names: ['DvcContext'],
    typeNames: [],
  },
  'dvc-login': {
    pkg: '@dvc-kit/login',
    types: '@dvc-kit/login',
    define: '@dvc-kit/login/define',
    names: ['DvcLogin'],
    typeNames: [
      'DvcLoginStartEvent',
      'DvcLoginSuccessEvent',
      'DvcLoginErrorEvent',
      'DvcLogoutEvent',
      'LoginCitizen',
      'LoginErrorCode',
      'LoginMode',
      'LoginProvider',
    ],
  },
  'dvc-payment-status': {
    pkg: '@dvc-kit/payment-status',
    types: '@dvc-kit/payment-status',
    define: '@dvc-kit/payment-status/define',
    names: ['DvcPaymentStatus'],
    typeNames: [
      'DvcPaymentStatusChangeEvent',
      'DvcPaymentStartEvent',
      'PaymentStatusChangeDetail',
      'PaymentStartDetail',
    ],
  },
  'dvc-survey': {
    pkg: '@dvc-kit/survey',
    types: '@dvc-kit/survey',
    define: '@dvc-kit/survey/define',
    names: ['DvcSurvey'],
    typeNames: [
      'DvcSurveySubmitEvent',
      'DvcSurveySubmittedEvent',
      'DvcSurveyQueuedEvent',
      'DvcSurveySubmitDetail',
      'DvcSurveySubmittedDetail',
      'DvcSurveyQueuedDetail',
    ],
  },
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

// --- Types: dist/<entry>.d.ts ------------------------------------------------
// The entries' runtime exports are the classes (the event classes are types
// only here: `instanceof` needs the widget package). The side-effect import of
// each `define` module brings its `HTMLElementTagNameMap` augmentation, the
// package's index its `GlobalEventHandlersEventMap` one.
const GENERATED = '// Generated by scripts/build.mjs. Do not edit.\n';
for (const [name, tag] of Object.entries(ENTRIES)) {
  const lines = [GENERATED];
  if (tag) {
    const source = SOURCES[tag];
    lines.push(`import '${source.define}';`, '');
    lines.push(`export { ${source.names.join(', ')} } from '${source.types}';`);
    if (source.typeNames.length) {
      lines.push(`export type { ${source.typeNames.join(', ')} } from '${source.types}';`);
    }
  } else {
    for (const other of Object.keys(ENTRIES).filter((n) => ENTRIES[n])) {
      lines.push(`export * from './${other}.js';`);
    }
  }
  await writeFile(join(out, `${name}.d.ts`), `${lines.join('\n')}\n`);
}

// --- custom-elements.json, merged ---------------------------------------------
// One module per entry (dist/<entry>.js) holding the element's declaration
// from its package's manifest; references into that package get its name.
const readManifest = async (pkgName) =>
  JSON.parse(
    await readFile(fileURLToPath(import.meta.resolve(`${pkgName}/custom-elements.json`)), 'utf8'),
  );

/** Adds `package` to the references (`inheritedFrom`, `superclass`…) that lack one. */
function qualify(value, pkgName) {
  if (Array.isArray(value)) return value.map((v) => qualify(v, pkgName));
  if (!value || typeof value !== 'object') return value;
  const copy = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, qualify(v, pkgName)]));
  if (typeof copy.module === 'string' && typeof copy.name === 'string' && !copy.package) {
    copy.package = pkgName;
  }
  return copy;
}

const modules = [];
const schemaVersions = new Set();
for (const [name, tag] of Object.entries(ENTRIES)) {
  const path = `dist/${name}.js`;
  if (!tag) {
    // dvc-kit.js: re-exports the others and, through them, defines every tag.
    modules.push({
      kind: 'javascript-module',
      path,
      declarations: [],
      exports: Object.entries(ENTRIES)
        .filter(([, t]) => t)
        .flatMap(([other, t]) =>
          SOURCES[t].names.map((n) => ({
            kind: 'js',
            name: n,
            declaration: { name: n, module: `dist/${other}.js` },
          })),
        ),
    });
    continue;
  }
  const source = SOURCES[tag];
  const cem = await readManifest(source.pkg);
  schemaVersions.add(cem.schemaVersion);
  const declaration = cem.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.customElement && d.tagName === tag);
  if (!declaration) throw new Error(`${source.pkg}/custom-elements.json: no <${tag}>`);
  modules.push({
    kind: 'javascript-module',
    path,
    declarations: [qualify(declaration, source.pkg)],
    exports: [
      { kind: 'js', name: declaration.name, declaration: { name: declaration.name, module: path } },
      {
        kind: 'custom-element-definition',
        name: tag,
        declaration: { name: declaration.name, module: path },
      },
    ],
  });
}
if (schemaVersions.size !== 1) {
  throw new Error(`custom-elements.json schema versions differ: ${[...schemaVersions]}`);
}
const customElements = { schemaVersion: [...schemaVersions][0], readme: '', modules };
await writeFile(join(root, 'custom-elements.json'), `${JSON.stringify(customElements, null, 2)}\n`);

await rm(dist, { recursive: true, force: true });
await rename(out, dist);

// VS Code custom data and React 19 JSX typings, from the merged manifest
// (written into dist/, beside the classes they import from ./dvc-kit.js).
execFileSync(
  process.execPath,
  [join(root, '../../scripts/custom-elements-extras.mjs'), '--types', './dvc-kit.js'],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
process.stdout.write(
  `@dvc-kit/elements: ${files.length} files, gzip per entry (with its chunks): ` +
    Object.entries(entries)
      .map(([name, e]) => `${name} ${kb(e.gzipBytes)}`)
      .join(', ') +
    '\n',
);
