#!/usr/bin/env node
/**
 * Consumer tests: what an npm user gets, from packed tarballs only.
 *
 * 1. `npm pack` every published package into a temp dir (after `npm run build`).
 * 2. Copy `fixture/` next to them and `npm install` the tarballs plus the
 *    fixture's pinned registry dependencies (react 19, vite 8, typescript).
 * 3. Checks, each counted:
 *    - the tarballs hold what the packages promise (LICENSE, README, manifests);
 *    - (a) Node ESM: the client against a sandbox started from the mock-api tarball;
 *    - (b) React 19 + Vite: tsc over the app (JSX typings, with @ts-expect-error
 *      lines), `vite build`, then the built app in Chromium, served by the
 *      sandbox, renders `<dvc-payment-status>` and React gets its event;
 *    - (c) a plain HTML page loading the elements tarball's embed bundle, in Chromium;
 *    - (d) tsc over a client consumer with `node16` and `bundler` resolution.
 * 4. Cleans its temp dir (KEEP_TMP=1 keeps it), prints "N passed, N failed",
 *    exits non-zero on any failure. Bounded: every step has a timeout, and the
 *    whole run stops after CONSUMER_TESTS_TIMEOUT_S (default 240 s).
 */
/* eslint-disable no-console -- a command-line test runner: its report is its output */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright';
import { chromiumPath } from '../scripts/chromium-path.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const started = performance.now();
const packages = ['client', 'ui-core', 'mock-api', 'login', 'payment-status', 'survey', 'elements'];
const widgets = new Set(['login', 'payment-status', 'survey', 'ui-core']);
/** The flags of vitest.shared.ts: Chromium quiet on a machine without outside network. */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let passed = 0;
let failed = 0;
/** @type {string[]} */
const failures = [];
/** @type {(() => Promise<unknown>)[]} */
const cleanups = [];
const tmp = mkdtempSync(join(tmpdir(), 'dvc-consumers-'));

const seconds = (/** @type {number} */ since) =>
  `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Runs one counted check. */
async function check(/** @type {string} */ name, /** @type {() => Promise<unknown>} */ fn) {
  const t0 = performance.now();
  console.log(`\n--- ${name}`);
  try {
    const note = await fn();
    passed++;
    console.log(`--- ${name}: ok (${seconds(t0)})${note ? ` — ${note}` : ''}`);
  } catch (error) {
    failed++;
    failures.push(name);
    console.log(
      `--- ${name}: FAILED (${seconds(t0)})\n${error instanceof Error ? error.stack : error}`,
    );
  }
}

/** Runs a command; resolves with its output, rejects on a non-zero exit or after `timeoutS`. */
function run(
  /** @type {string} */ command,
  /** @type {string[]} */ args,
  /** @type {{ cwd: string, timeoutS?: number, quiet?: boolean }} */ {
    cwd,
    timeoutS = 120,
    quiet = false,
  },
) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (/** @type {Buffer} */ chunk) => {
      output += chunk;
      if (!quiet) process.stdout.write(chunk);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`${command} ${args.join(' ')}: timed out after ${timeoutS} s`));
    }, timeoutS * 1000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else {
        if (quiet) process.stdout.write(output);
        reject(new Error(`${command} ${args.join(' ')}: exit ${code}`));
      }
    });
  });
}

function assert(/** @type {unknown} */ condition, /** @type {string} */ message) {
  if (!condition) throw new Error(message);
}

async function main() {
  for (const name of packages) {
    assert(
      existsSync(join(root, 'packages', name, 'dist')),
      `packages/${name}/dist is missing: run \`npm run build\` first`,
    );
  }

  // --- pack --------------------------------------------------------------------
  const packs = join(tmp, 'packs');
  mkdirSync(packs);
  let t0 = performance.now();
  const packJson = await run(
    'npm',
    [
      'pack',
      '--json',
      '--pack-destination',
      packs,
      ...packages.flatMap((name) => ['-w', `@dvc-kit/${name}`]),
    ],
    { cwd: root, quiet: true, timeoutS: 60 },
  );
  /** @type {{ name: string, filename: string, files: { path: string }[] }[]} */
  const packed = JSON.parse(packJson.slice(packJson.indexOf('[')));
  console.log(`packed ${packed.length} tarballs in ${seconds(t0)}`);

  await check('tarball contents', async () => {
    const problems = [];
    for (const pack of packed) {
      const files = new Set(pack.files.map((f) => f.path));
      const name = pack.name.replace('@dvc-kit/', '');
      const expected = ['package.json', 'README.md', 'LICENSE'];
      if (widgets.has(name)) {
        expected.push('custom-elements.json', 'dist/vscode.html-custom-data.json', 'dist/jsx.d.ts');
      }
      for (const file of expected) if (!files.has(file)) problems.push(`${pack.name}: no ${file}`);
      for (const file of files) {
        if (/(^|\/)(test|src|node_modules)\//.test(file))
          problems.push(`${pack.name}: ships ${file}`);
      }
    }
    assert(packed.length === packages.length, `packed ${packed.length} of ${packages.length}`);
    assert(problems.length === 0, problems.join('\n'));
    return `${packed.length} tarballs`;
  });

  // --- install -----------------------------------------------------------------
  const app = join(tmp, 'app');
  cpSync(join(here, 'fixture'), app, { recursive: true });
  t0 = performance.now();
  await run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
      ...packed.map((pack) => join(packs, pack.filename)),
    ],
    { cwd: app, timeoutS: 150 },
  );
  console.log(`installed the tarballs and the fixture's dependencies in ${seconds(t0)}`);
  const bin = (/** @type {string} */ name) => join(app, 'node_modules', '.bin', name);

  // --- (a) Node ESM client against the sandbox ------------------------------------
  await check('(a) node: client against the sandbox', () =>
    run(process.execPath, ['node-client.mjs'], { cwd: app, timeoutS: 60 }),
  );

  // --- (d) TypeScript: node16 and bundler ----------------------------------------
  for (const resolution of ['node16', 'bundler']) {
    await check(`(d) tsc: client with moduleResolution ${resolution}`, () =>
      run(bin('tsc'), ['-p', `ts-client/tsconfig.${resolution}.json`], { cwd: app, timeoutS: 90 }),
    );
  }

  // --- (b) React 19 + Vite -------------------------------------------------------
  await check('(b) tsc: React 19 JSX typings of the <dvc-*> tags', () =>
    run(bin('tsc'), ['-p', 'tsconfig.app.json'], { cwd: app, timeoutS: 90 }),
  );
  await check('(b) vite build', () => run(bin('vite'), ['build'], { cwd: app, timeoutS: 90 }));

  // --- serve: the built app, the embed page and the elements bundle, on a sandbox ----
  const site = join(app, 'site');
  if (!existsSync(join(site, 'index.html'))) {
    mkdirSync(site, { recursive: true });
  }
  cpSync(join(app, 'node_modules/@dvc-kit/elements/dist'), join(site, 'dvc-kit'), {
    recursive: true,
  });
  cpSync(join(app, 'embed'), join(site, 'embed'), { recursive: true });
  const requireFromApp = createRequire(join(app, 'package.json'));
  /** @type {typeof import('@dvc-kit/mock-api/sandbox')} */
  const { startSandbox } = await import(
    pathToFileURL(requireFromApp.resolve('@dvc-kit/mock-api/sandbox')).href
  );
  const sandbox = await startSandbox({ port: 0, staticDir: site, log: () => {} });
  cleanups.push(() => sandbox.close());
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  cleanups.push(() => browser.close());

  /** Opens `path` on the sandbox; fails on page errors and failed requests. */
  async function open(
    /** @type {string} */ path,
    /** @type {(page: import('playwright').Page) => Promise<string>} */ verify,
  ) {
    const context = await browser.newContext();
    const page = await context.newPage();
    /** @type {string[]} */
    const errors = [];
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    try {
      await page.goto(new URL(path, sandbox.url).href, { timeout: 20_000 });
      const note = await verify(page);
      assert(errors.length === 0, errors.join('\n'));
      return note;
    } finally {
      await context.close();
    }
  }

  await check('(b) chromium: the React app renders <dvc-payment-status>', () =>
    open('/', async (page) => {
      const widget = page.locator('dvc-payment-status:not([hidden])');
      // Playwright's locators pierce the widget's shadow root: what a person sees.
      await widget.getByText(/Payment status:\s*Paid/).waitFor({ timeout: 15_000 });
      await page
        .getByTestId('react-status')
        .getByText('paid', { exact: true })
        .waitFor({ timeout: 5_000 });
      const properties = await widget.evaluate((el) => ({
        // React 19 set these as properties (the element has them), not as attributes.
        headingLevel: /** @type {any} */ (el).headingLevel,
        attribute: el.getAttribute('headingLevel'),
      }));
      assert(properties.headingLevel === 2, `headingLevel ${properties.headingLevel}`);
      assert(properties.attribute === null, 'headingLevel set as a property');
      assert((await widget.getByRole('heading', { level: 2 }).count()) > 0, 'an h2 heading');
      return 'shows "Paid"; React got ondvc-payment-status-change (current: paid)';
    }),
  );

  await check('(c) chromium: plain HTML with the embed bundle', () =>
    open('/embed/index.html', async (page) => {
      await page
        .locator('dvc-payment-status')
        .getByText(/Trạng thái thanh toán:\s*Đang chờ xác nhận thanh toán/)
        .waitFor({ timeout: 15_000 });
      const defined = await page.evaluate(
        () => customElements.get('dvc-payment-status') !== undefined,
      );
      assert(defined, '<dvc-payment-status> is defined');
      return 'shows "Đang chờ xác nhận thanh toán" (pending), vi';
    }),
  );
}

const deadline = Number(process.env.CONSUMER_TESTS_TIMEOUT_S ?? 240);
const timer = setTimeout(() => {
  console.log(`\nconsumer tests: stopped after ${deadline} s`);
  failed++;
  failures.push('timeout');
  void finish(1);
}, deadline * 1000);

async function finish(/** @type {number} */ code = 0) {
  clearTimeout(timer);
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  if (process.env.KEEP_TMP) console.log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
  console.log(`\nconsumer tests in ${seconds(started)}`);
  if (failures.length) console.log(`failed: ${failures.join(', ')}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || code !== 0 ? 1 : 0);
}

main().then(
  () => finish(0),
  (error) => {
    console.log(`\nconsumer tests: set-up failed\n${error instanceof Error ? error.stack : error}`);
    failed++;
    failures.push('set-up');
    return finish(1);
  },
);
