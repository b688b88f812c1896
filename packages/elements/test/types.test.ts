/**
 * Tests the BUILT types, as a TypeScript user gets them: `tsc` over
 * test/types/consumer.ts, which imports every entry through the package's
 * "exports" (`moduleResolution: bundler`) and asserts the classes, the
 * `HTMLElementTagNameMap` augmentation (`document.createElement('dvc-login')`
 * is a `DvcLogin`) and the event types, and test/types/jsx.tsx (React 19
 * JSX typings). Also checks the shipped editor data.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, expect, test } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = fileURLToPath(import.meta.resolve('typescript/bin/tsc'));
const ENTRIES = ['dvc-kit', 'dvc-login', 'dvc-payment-status', 'dvc-survey', 'dvc-context'];
const TAGS = ['dvc-context', 'dvc-login', 'dvc-payment-status', 'dvc-survey'];

interface PackageJson {
  exports: Record<string, string | Record<string, string>>;
  files: string[];
  customElements: string;
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;

beforeAll(() => {
  if (!existsSync(join(root, 'dist/dvc-kit.d.ts'))) {
    throw new Error('Build first: npm run build -w @dvc-kit/elements');
  }
});

test('every entry has types first in its exports condition', () => {
  for (const entry of ENTRIES) {
    const conditions = pkg.exports[`./${entry}.js`];
    expect(conditions, entry).toEqual({
      types: `./dist/${entry}.d.ts`,
      default: `./dist/${entry}.js`,
    });
    expect(Object.keys(conditions as object)[0]).toBe('types');
    expect(existsSync(join(root, `dist/${entry}.d.ts`)), entry).toBe(true);
  }
});

test('a TypeScript file importing each entry typechecks, with the tags typed as the classes', async () => {
  const result = await promisify(execFile)(
    process.execPath,
    [tsc, '-p', 'test/types/tsconfig.json', '--pretty', 'false'],
    { cwd: root },
  ).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
  expect(result.stdout).toBe('');
  expect(result.code).toBe(0);
}, 120_000);

test('custom-elements.json describes every tag, once, from the entry that defines it', () => {
  expect(pkg.customElements).toBe('custom-elements.json');
  expect(pkg.files).toContain('custom-elements.json');
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as {
    modules: {
      path: string;
      declarations: { tagName?: string; name: string; attributes?: { name: string }[] }[];
      exports?: { kind: string; name: string }[];
    }[];
  };
  const tags = manifest.modules.flatMap((m) =>
    m.declarations.flatMap((d) => (d.tagName ? [{ tag: d.tagName, path: m.path, d }] : [])),
  );
  expect(tags.map((t) => t.tag).sort()).toEqual(TAGS);
  for (const { tag, path, d } of tags) {
    expect(path).toBe(`dist/${tag}.js`);
    expect(existsSync(join(root, path)), path).toBe(true);
    expect(d.attributes?.length, tag).toBeGreaterThan(0);
    const definitions = manifest.modules
      .find((m) => m.path === path)
      ?.exports?.filter((e) => e.kind === 'custom-element-definition')
      .map((e) => e.name);
    expect(definitions).toEqual([tag]);
  }
  const login = tags.find((t) => t.tag === 'dvc-login')?.d;
  expect(login?.attributes?.map((a) => a.name)).toContain('mode');
});

test('VS Code custom data lists every tag with its attributes', () => {
  expect(pkg.exports['./vscode.html-custom-data.json']).toBe('./dist/vscode.html-custom-data.json');
  const data = JSON.parse(
    readFileSync(join(root, 'dist/vscode.html-custom-data.json'), 'utf8'),
  ) as { tags: { name: string; attributes: { name: string; description: string }[] }[] };
  expect(data.tags.map((t) => t.name).sort()).toEqual(TAGS);
  const mode = data.tags
    .find((t) => t.name === 'dvc-login')
    ?.attributes.find((a) => a.name === 'mode');
  expect(mode?.description).toMatch(/`public`/);
  expect(data.tags.find((t) => t.name === 'dvc-context')?.attributes.map((a) => a.name)).toContain(
    'dossier',
  );
});
