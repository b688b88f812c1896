/**
 * Sandbox bench: start time (in-process and as a CLI process), a 200-item
 * procedure page, and memory after 10 000 mixed requests over loopback.
 * Bounded: fixed request count, fixed concurrency; prints figures and exits
 * non-zero when the start budget (3 s) is exceeded.
 *
 * Run: npm run bench -w @dvc-kit/mock-api
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startSandbox } from '../src/sandbox/index';

const START_BUDGET_MS = 3000;
const REQUESTS = 10_000;
const CONCURRENCY = 16;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const gc = (globalThis as { gc?: () => void }).gc;

function memory() {
  gc?.();
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed };
}

async function cliStart(): Promise<number> {
  const cli = fileURLToPath(new URL('../src/sandbox/cli.ts', import.meta.url));
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ready = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('CLI did not start in 10 s')), 10_000);
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready in')) {
        clearTimeout(timer);
        resolve(performance.now() - started);
      }
    });
    child.once('exit', (code) => reject(new Error(`CLI exited early (${code})`)));
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const code = await exit;
  if (code !== 0) throw new Error(`CLI exited with ${code} on SIGTERM`);
  return ready;
}

const before = memory();
const t0 = performance.now();
const sandbox = await startSandbox({ port: 0, store: { catalogueSize: 500 } });
const startMs = performance.now() - t0;
const api = `${sandbox.url}/v1`;

// First request includes lazy work (provider routes, JIT); time it apart from the steady state.
const tFirst = performance.now();
await (await fetch(`${api}/procedures?pageSize=200`)).arrayBuffer();
const firstPageMs = performance.now() - tFirst;
const pageTimes: number[] = [];
let pageBytes = 0;
for (let i = 0; i < 20; i += 1) {
  const t = performance.now();
  const res = await fetch(`${api}/procedures?pageSize=200&page=${(i % 2) + 1}`);
  const body = (await res.json()) as { items: unknown[] };
  pageTimes.push(performance.now() - t);
  if (body.items.length !== 200) throw new Error(`expected 200 items, got ${body.items.length}`);
  pageBytes = Number(res.headers.get('content-length'));
}
pageTimes.sort((a, b) => a - b);

const codes = Object.values(sandbox.store.scenarios);
const RATING = {
  surveyId: 'tt01-2018',
  answers: {
    thoi_gian: 'dung_han',
    so_co_quan: '1',
    so_lan_lien_he: '1',
    thai_do: 5,
    thong_tin: 4,
    ket_qua: 5,
  },
};
const kinds = [
  'search',
  'procedure',
  'status',
  'payment',
  'survey',
  'session',
  'startPayment',
  'rate',
];
let statusCounts = new Map<number, number>();
let sent = 0;
async function one(i: number): Promise<void> {
  const code = codes[i % codes.length] as string;
  const kind = kinds[i % kinds.length];
  let res: Response;
  switch (kind) {
    case 'search':
      res = await fetch(`${api}/procedures?q=cap%20giay%20phep&page=${(i % 3) + 1}`);
      break;
    case 'procedure':
      res = await fetch(`${api}/procedures/1.004227`);
      break;
    case 'status':
      res = await fetch(`${api}/dossiers/${code}/status`);
      break;
    case 'payment':
      res = await fetch(`${api}/dossiers/${code}/payment`);
      break;
    case 'survey':
      res = await fetch(`${api}/dossiers/${code}/survey`);
      break;
    case 'session':
      res = await fetch(`${api}/session`);
      break;
    case 'startPayment':
      res = await fetch(`${api}/dossiers/${code}/payment`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': `bench-p-${i}` },
        body: '{}',
      });
      break;
    default:
      res = await fetch(`${api}/dossiers/${code}/survey-responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': `bench-s-${i}` },
        body: JSON.stringify(RATING),
      });
  }
  await res.arrayBuffer();
  statusCounts.set(res.status, (statusCounts.get(res.status) ?? 0) + 1);
}
const tMix = performance.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (sent < REQUESTS) {
      const i = sent;
      sent += 1;
      await one(i);
    }
  }),
);
const mixMs = performance.now() - tMix;
const after = memory();
await sandbox.close();
statusCounts = new Map([...statusCounts].sort(([a], [b]) => a - b));

const cliMs = await cliStart();

const lines = [
  `sandbox start (in-process, incl. seed + OIDC keys): ${startMs.toFixed(0)} ms`,
  `sandbox start (CLI process via tsx, until "ready"): ${cliMs.toFixed(0)} ms`,
  `200-item procedure page: first ${firstPageMs.toFixed(1)} ms, median ${(pageTimes[10] ?? 0).toFixed(1)} ms, p95 ${(pageTimes[18] ?? 0).toFixed(1)} ms, ${(pageBytes / 1024).toFixed(1)} KiB`,
  `${REQUESTS} mixed requests (${CONCURRENCY} concurrent): ${mixMs.toFixed(0)} ms, ${(REQUESTS / (mixMs / 1000)).toFixed(0)} req/s; statuses ${JSON.stringify(Object.fromEntries(statusCounts))}`,
  `memory before: rss ${mb(before.rss)}, heapUsed ${mb(before.heapUsed)}${gc ? ' (after gc)' : ''}`,
  `memory after:  rss ${mb(after.rss)}, heapUsed ${mb(after.heapUsed)}${gc ? ' (after gc)' : ''}`,
];
console.log(lines.join('\n'));
if (startMs > START_BUDGET_MS || cliMs > START_BUDGET_MS) {
  console.error(`start took longer than ${START_BUDGET_MS} ms`);
  process.exit(1);
}
