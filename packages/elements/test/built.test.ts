/**
 * Tests the BUILT embed bundle, as a page loads it: each entry alone in a
 * blank page (tree-shaking or `sideEffects` mistakes only show in built
 * output), served by the sandbox next to the real mock API, in Chromium.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSandbox, type Sandbox } from '@dvc-kit/mock-api/sandbox';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumPath } from '../../../scripts/chromium-path.mjs';

const dist = join(dirname(fileURLToPath(import.meta.url)), '../dist');

interface Manifest {
  files: { file: string; bytes: number; gzipBytes: number; integrity: string }[];
  entries: Record<
    string,
    { file: string; defines: string[]; imports: string[]; lazy: string[]; gzipBytes: number }
  >;
}

let manifest: Manifest;
let sandbox: Sandbox;
let browser: Browser;
let site: string;

/** A blank page that loads `scripts` and holds `body`. */
function pageHtml(scripts: string[], body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,">
${scripts.map((s) => `<script type="module" src="/elements/${s}"></script>`).join('\n')}
</head><body>${body}</body></html>`;
}

beforeAll(async () => {
  if (!existsSync(join(dist, 'manifest.json'))) {
    throw new Error('Build first: npm run build -w @dvc-kit/elements');
  }
  manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Manifest;
  site = mkdtempSync(join(tmpdir(), 'dvc-elements-'));
  cpSync(dist, join(site, 'elements'), { recursive: true });
  [sandbox, browser] = await Promise.all([
    startSandbox({ port: 0, staticDir: site }),
    chromium.launch({
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
    }),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

/** Opens `html` and collects console errors and warnings, and uncaught errors. */
async function open(name: string, html: string): Promise<{ page: Page; problems: string[] }> {
  writeFileSync(join(site, `${name}.html`), html);
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') {
      problems.push(`${m.type()}: ${m.text()} [${m.location().url}]`);
    }
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  await page.goto(`${sandbox.url}/${name}.html`);
  return { page, problems };
}

async function litVersions(page: Page): Promise<number> {
  return page.evaluate(
    () => (globalThis as { litElementVersions?: string[] }).litElementVersions?.length ?? 0,
  );
}

describe('the manifest', () => {
  test('lists every built file with its size and sha384 SRI hash', () => {
    expect(manifest.files.length).toBeGreaterThan(5);
    for (const f of manifest.files) {
      const bytes = readFileSync(join(dist, f.file));
      expect(f.bytes, f.file).toBe(bytes.length);
      expect(f.integrity, f.file).toBe(
        `sha384-${createHash('sha384').update(bytes).digest('base64')}`,
      );
    }
  });

  test('names, for each entry, the chunks it imports; they share one copy of Lit', () => {
    expect(Object.keys(manifest.entries).sort()).toEqual([
      'dvc-context',
      'dvc-kit',
      'dvc-login',
      'dvc-payment-status',
      'dvc-survey',
    ]);
    const listed = new Set(manifest.files.map((f) => f.file));
    for (const entry of Object.values(manifest.entries)) {
      for (const f of [entry.file, ...entry.imports, ...entry.lazy]) expect(listed).toContain(f);
    }
    // Lit's runtime is in a chunk every widget entry imports, not in the entries.
    const litChunks = manifest.files
      .filter((f) => readFileSync(join(dist, f.file), 'utf8').includes('litElementVersions'))
      .map((f) => f.file);
    expect(litChunks).toHaveLength(1);
    // Production Lit: its dev build carries this warning text.
    const devMode = manifest.files.filter((f) =>
      readFileSync(join(dist, f.file), 'utf8').includes('Lit is in dev mode'),
    );
    expect(devMode).toEqual([]);
    for (const name of ['dvc-login', 'dvc-payment-status', 'dvc-survey', 'dvc-kit']) {
      expect(manifest.entries[name]?.imports, name).toContain(litChunks[0]);
    }
  });
});

describe('each entry alone in a blank page', () => {
  test('dvc-login.js defines <dvc-login>, which renders its sign-in button', async () => {
    const { page, problems } = await open(
      'login',
      pageHtml(['dvc-login.js'], '<dvc-login></dvc-login>'),
    );
    await page
      .locator('dvc-login')
      .getByRole('button', { name: 'Đăng nhập bằng VNeID' })
      .waitFor({ timeout: 10_000 });
    expect(await page.evaluate(() => Boolean(customElements.get('dvc-login')))).toBe(true);
    expect(await litVersions(page)).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('dvc-payment-status.js defines <dvc-payment-status>, which shows the payment', async () => {
    const code = sandbox.scenario.codes.resultReady;
    const { page, problems } = await open(
      'payment',
      pageHtml(
        ['dvc-payment-status.js'],
        `<dvc-payment-status api-base="/v1" dossier="${code}"></dvc-payment-status>`,
      ),
    );
    await page
      .locator('dvc-payment-status')
      .getByRole('link', { name: /Tải biên lai điện tử/ })
      .waitFor({ timeout: 10_000 });
    expect(await litVersions(page)).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('dvc-survey.js defines <dvc-survey>, which shows the survey', async () => {
    const code = sandbox.scenario.codes.resultReady;
    const { page, problems } = await open(
      'survey',
      pageHtml(['dvc-survey.js'], `<dvc-survey api-base="/v1" dossier="${code}"></dvc-survey>`),
    );
    await page
      .locator('dvc-survey')
      .getByRole('button', { name: 'Gửi đánh giá' })
      .waitFor({ timeout: 10_000 });
    expect(await litVersions(page)).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('dvc-context.js defines <dvc-context>, which shows its content', async () => {
    const { page, problems } = await open(
      'context',
      pageHtml(['dvc-context.js'], '<dvc-context api-base="/v1"><p>Nội dung</p></dvc-context>'),
    );
    await page.waitForFunction(() => customElements.get('dvc-context') !== undefined);
    expect(
      await page.evaluate(() => document.querySelector('dvc-context')?.shadowRoot?.innerHTML),
    ).toContain('<slot>');
    expect(await page.getByText('Nội dung').isVisible()).toBe(true);
    expect(await litVersions(page)).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('dvc-kit.js defines every widget; a context feeds the widgets inside', async () => {
    const code = sandbox.scenario.codes.resultReady;
    const { page, problems } = await open(
      'all',
      pageHtml(
        ['dvc-kit.js'],
        `<dvc-login></dvc-login><dvc-context api-base="/v1" dossier="${code}">
          <dvc-payment-status></dvc-payment-status><dvc-survey></dvc-survey></dvc-context>`,
      ),
    );
    await page
      .locator('dvc-payment-status')
      .getByRole('link', { name: /Tải biên lai điện tử/ })
      .waitFor({ timeout: 10_000 });
    await page.locator('dvc-survey').getByRole('button', { name: 'Gửi đánh giá' }).waitFor();
    expect(
      await page.evaluate(() =>
        ['dvc-context', 'dvc-login', 'dvc-payment-status', 'dvc-survey'].map((tag) =>
          Boolean(customElements.get(tag)),
        ),
      ),
    ).toEqual([true, true, true, true]);
    expect(await litVersions(page)).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('two per-widget entries on one page share one Lit and both work', async () => {
    const code = sandbox.scenario.codes.resultReady;
    const { page, problems } = await open(
      'two',
      pageHtml(
        ['dvc-login.js', 'dvc-survey.js'],
        `<dvc-login></dvc-login><dvc-survey api-base="/v1" dossier="${code}"></dvc-survey>`,
      ),
    );
    await page.locator('dvc-survey').getByRole('button', { name: 'Gửi đánh giá' }).waitFor();
    await page.locator('dvc-login').getByRole('button').first().waitFor();
    expect(await litVersions(page)).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});
