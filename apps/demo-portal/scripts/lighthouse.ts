/**
 * `npm run lighthouse -w @dvc-kit/demo-portal`: Lighthouse (mobile settings:
 * Moto G Power-class device, simulated slow 4G, 4× CPU slowdown) on the
 * dossier page, in Debian's headless Chromium. Prints the category scores,
 * the layout shift and the JavaScript bytes transferred against the budgets;
 * exits 1 when a budget is missed. A benchmark: not part of `npm test`.
 *
 * Options: `--url <path>` (default: the dossier page of a handled dossier),
 * `--json <file>` to keep Lighthouse's whole report.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { chromiumPath } from '../../../scripts/chromium-path.mjs';
import { startDemo } from '../server/demo-server';

const BUDGET = { performance: 95, cls: 0.02, scriptKb: 35 };

const { values } = parseArgs({
  options: { url: { type: 'string' }, json: { type: 'string' } },
});

const require = createRequire(import.meta.url);
const cli = require.resolve('lighthouse/cli/index.js');

interface Report {
  categories: Record<string, { title: string; score: number | null }>;
  audits: Record<
    string,
    {
      numericValue?: number;
      displayValue?: string;
      details?: {
        items?: {
          resourceType?: string;
          transferSize?: number;
          requestCount?: number;
          url?: string;
          statusCode?: number;
        }[];
      };
    }
  >;
}

const demo = await startDemo({ port: 0 });
const dir = await mkdtemp(join(tmpdir(), 'dvc-lighthouse-'));
let failed = false;
try {
  const path = values.url ?? `/dossier.html?code=${demo.sandbox.scenario.codes.resultReady}`;
  const url = `${demo.url}${path}`;
  const out = join(dir, 'report.json');
  const started = performance.now();
  process.stdout.write(`Lighthouse (mobile) on ${url} …\n`);
  await promisify(execFile)(
    process.execPath,
    [
      cli,
      url,
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      // Chromium from the system (CHROME_PATH below); headless, no outside network.
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath() }, maxBuffer: 64 * 1024 * 1024 },
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const report = JSON.parse(await readFile(out, 'utf8')) as Report;
  if (values.json) await writeFile(values.json, JSON.stringify(report, null, 2));

  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const resources = report.audits['resource-summary']?.details?.items ?? [];
  const script = resources.find((r) => r.resourceType === 'script');
  const total = resources.find((r) => r.resourceType === 'total');
  const scriptKb = (script?.transferSize ?? 0) / 1024;
  const cls = report.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN;
  const metric = (id: string) => report.audits[id]?.displayValue ?? '?';

  const verdict = (ok: boolean) => {
    if (!ok) failed = true;
    return ok ? 'ok' : 'OVER BUDGET';
  };
  const lines = [
    `Lighthouse ${seconds} s — ${url}`,
    `  performance      ${score('performance')}  (budget ≥ ${BUDGET.performance}: ${verdict(score('performance') >= BUDGET.performance)})`,
    `  accessibility    ${score('accessibility')}`,
    `  best practices   ${score('best-practices')}`,
    `  SEO              ${score('seo')}`,
    `  CLS              ${cls.toFixed(3)}  (budget ≤ ${BUDGET.cls}: ${verdict(cls <= BUDGET.cls)})`,
    `  JavaScript       ${scriptKb.toFixed(1)} KB transferred (gzip) in ${script?.requestCount ?? 0} files  (budget ≤ ${BUDGET.scriptKb} KB: ${verdict(scriptKb <= BUDGET.scriptKb)})`,
    `  all resources    ${((total?.transferSize ?? 0) / 1024).toFixed(1)} KB in ${total?.requestCount ?? 0} requests`,
    `  FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, SI ${metric('speed-index')}`,
  ];
  // A page whose bundle did not load would pass every budget: refuse such a run.
  const broken = (report.audits['network-requests']?.details?.items ?? []).filter(
    (r) => (r.statusCode ?? 0) >= 400 || r.statusCode === -1,
  );
  if (broken.length > 0) {
    failed = true;
    lines.push(`  FAILED REQUESTS  ${broken.map((r) => `${r.statusCode} ${r.url}`).join(', ')}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  await rm(dir, { recursive: true, force: true });
  await demo.close();
}
process.exit(failed ? 1 : 0);
