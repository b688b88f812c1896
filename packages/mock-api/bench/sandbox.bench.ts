/**
 * Sandbox bench: start time (in-process and as a CLI process), a 200-item
 * procedure page, and memory after 10 000 mixed requests over loopback —
 * once with the sandbox in this process (RSS then includes the fetch client)
 * and once against the built CLI in its own process (its RSS alone, from
 * /proc on Linux). Bounded: fixed request count and concurrency; prints
 * figures and exits non-zero when a start exceeds the 3 s budget.
 *
 * Run: npm run bench -w @dvc-kit/mock-api
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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

/** Resident set size of another process, from /proc (Linux); undefined elsewhere. */
function rssOf(pid: number | undefined): number | undefined {
  if (pid === undefined || !existsSync(`/proc/${pid}/status`)) return undefined;
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return kb === undefined ? undefined : Number(kb) * 1024;
}

/** Starts the CLI (`args` before the port) and resolves once it printed its API URL. */
async function spawnCli(args: string[]) {
  const started = performance.now();
  const child = spawn(process.execPath, [...args, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const api = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('CLI did not start in 10 s')), 10_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /api\s+(http:\/\/\S+\/v1)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    });
    child.once('exit', (code) => reject(new Error(`CLI exited early (${code})`)));
  });
  const readyMs = performance.now() - started;
  const stop = async () => {
    const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const code = await exit;
    if (code !== 0) throw new Error(`CLI exited with ${code} on SIGTERM`);
  };
  return { api, readyMs, pid: child.pid, stop };
}

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
const KINDS = ['search', 'procedure', 'status', 'payment', 'survey', 'session', 'start', 'rate'];

/** `REQUESTS` requests, `CONCURRENCY` at a time, cycling through reads and writes. */
async function mixedLoad(api: string, codes: string[]) {
  const statuses = new Map<number, number>();
  let sent = 0;
  const post = (path: string, key: string, body: unknown) =>
    fetch(`${api}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(body),
    });
  const one = async (i: number) => {
    const code = codes[i % codes.length] as string;
    const paths: Record<string, () => Promise<Response>> = {
      search: () => fetch(`${api}/procedures?q=cap%20giay%20phep&page=${(i % 3) + 1}`),
      procedure: () => fetch(`${api}/procedures/1.004227`),
      status: () => fetch(`${api}/dossiers/${code}/status`),
      payment: () => fetch(`${api}/dossiers/${code}/payment`),
      survey: () => fetch(`${api}/dossiers/${code}/survey`),
      session: () => fetch(`${api}/session`),
      start: () => post(`/dossiers/${code}/payment`, `bench-p-${i}`, {}),
      rate: () => post(`/dossiers/${code}/survey-responses`, `bench-s-${i}`, RATING),
    };
    const res = await (paths[KINDS[i % KINDS.length] as string] as () => Promise<Response>)();
    await res.arrayBuffer();
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (sent < REQUESTS) {
        const i = sent;
        sent += 1;
        await one(i);
      }
    }),
  );
  const ms = performance.now() - started;
  const counts = Object.fromEntries([...statuses].sort(([a], [b]) => a - b));
  return { ms, counts };
}

// ---- in-process ---------------------------------------------------------
const before = memory();
const t0 = performance.now();
const sandbox = await startSandbox({ port: 0, store: { catalogueSize: 500 } });
const startMs = performance.now() - t0;
const api = `${sandbox.url}/v1`;
const codes = Object.values(sandbox.store.scenarios);

// The first request includes lazy work (JIT); time it apart from the steady state.
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
const inProcess = await mixedLoad(api, codes);
const after = memory();
await sandbox.close();

// ---- CLI processes ------------------------------------------------------
const source = fileURLToPath(new URL('../src/sandbox/cli.ts', import.meta.url));
const built = fileURLToPath(new URL('../dist/sandbox/cli.js', import.meta.url));
const viaTsx = await spawnCli(['--import', 'tsx', source]);
await viaTsx.stop();
let separate: { readyMs: number; rssBefore?: number; rssAfter?: number; ms: number } | undefined;
if (existsSync(built)) {
  const cli = await spawnCli([built]);
  const rssBefore = rssOf(cli.pid);
  const load = await mixedLoad(cli.api, codes);
  const rssAfter = rssOf(cli.pid);
  await cli.stop();
  separate = {
    readyMs: cli.readyMs,
    ms: load.ms,
    ...(rssBefore ? { rssBefore } : {}),
    ...(rssAfter ? { rssAfter } : {}),
  };
}

const lines = [
  `sandbox start (in-process, incl. seed + OIDC keys): ${startMs.toFixed(0)} ms`,
  `sandbox start (CLI via tsx, until "ready"): ${viaTsx.readyMs.toFixed(0)} ms`,
  separate
    ? `sandbox start (built CLI, until "ready"): ${separate.readyMs.toFixed(0)} ms`
    : 'built CLI: dist not built (npx tsup), skipped',
  `200-item procedure page: first ${firstPageMs.toFixed(1)} ms, median ${(pageTimes[10] ?? 0).toFixed(1)} ms, p95 ${(pageTimes[18] ?? 0).toFixed(1)} ms, ${(pageBytes / 1024).toFixed(1)} KiB`,
  `${REQUESTS} mixed requests, ${CONCURRENCY} concurrent, in-process: ${inProcess.ms.toFixed(0)} ms (${(REQUESTS / (inProcess.ms / 1000)).toFixed(0)} req/s); statuses ${JSON.stringify(inProcess.counts)}`,
  `  this process (sandbox + client) before: rss ${mb(before.rss)}, heapUsed ${mb(before.heapUsed)}${gc ? ' (after gc)' : ''}`,
  `  this process (sandbox + client) after:  rss ${mb(after.rss)}, heapUsed ${mb(after.heapUsed)}${gc ? ' (after gc)' : ''}`,
  ...(separate
    ? [
        `${REQUESTS} mixed requests against the built CLI: ${separate.ms.toFixed(0)} ms (${(REQUESTS / (separate.ms / 1000)).toFixed(0)} req/s)`,
        separate.rssBefore && separate.rssAfter
          ? `  sandbox process alone: rss ${mb(separate.rssBefore)} → ${mb(separate.rssAfter)}`
          : '  sandbox process RSS: not available on this OS',
      ]
    : []),
];
console.log(lines.join('\n'));
if (Math.max(startMs, viaTsx.readyMs, separate?.readyMs ?? 0) > START_BUDGET_MS) {
  console.error(`a start took longer than ${START_BUDGET_MS} ms`);
  process.exit(1);
}
