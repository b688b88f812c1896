/**
 * What validation costs: `client.procedures.search` (fetch + JSON + zod/mini
 * parse of a 200-item page + the client's bookkeeping) against a raw
 * `fetch` + `JSON.parse` of the same answer, over real HTTP on loopback.
 *
 *   npm run bench -w @dvc-kit/client
 *
 * Runs are interleaved (client, raw, client, …) so drift hits both alike.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createClient } from '../src/index';
import type { ProcedurePage, ProcedureSummary } from '../src/index';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 400);
const WARMUP = 50;

const LEVELS = ['tinh', 'huyen', 'xa'] as const;
const items: ProcedureSummary[] = Array.from({ length: 200 }, (_, i) => ({
  code: `1.${String(4000 + i).padStart(6, '0')}`,
  name: `Thủ tục hành chính số ${i + 1}: đăng ký, cấp, cấp lại giấy chứng nhận`,
  field: ['Hộ tịch', 'Đất đai', 'Xây dựng', 'Giáo dục'][i % 4] ?? 'Hộ tịch',
  level: LEVELS[i % 3] ?? 'xa',
  onlineMode: i % 2 === 0 ? 'toan_trinh' : 'mot_phan',
  agency: { code: `000.00.${String(i % 30).padStart(2, '0')}.H48`, name: 'UBND thành phố Đà Nẵng' },
  processingDays: (i % 15) + 1,
}));
const page: ProcedurePage = { items, page: 1, pageSize: 200, total: 1234 };
const body = JSON.stringify(page);

const server = createServer((_req, res) => {
  res.writeHead(200, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;
const root = `http://127.0.0.1:${port}/v1`;
const client = createClient({ baseUrl: root });

async function viaClient(): Promise<number> {
  const t = performance.now();
  const result = await client.procedures.search({ pageSize: 200 });
  if (result.items.length !== 200) throw new Error('short page');
  return performance.now() - t;
}

async function viaRaw(): Promise<number> {
  const t = performance.now();
  const response = await fetch(`${root}/procedures?pageSize=200`);
  const result = JSON.parse(await response.text()) as ProcedurePage;
  if (result.items.length !== 200) throw new Error('short page');
  return performance.now() - t;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

for (let i = 0; i < WARMUP; i++) {
  await viaClient();
  await viaRaw();
}
const clientTimes: number[] = [];
const rawTimes: number[] = [];
const ratios: number[] = [];
for (let i = 0; i < ITERATIONS; i++) {
  const c = await viaClient();
  const r = await viaRaw();
  clientTimes.push(c);
  rawTimes.push(r);
  ratios.push(c / r);
}
server.close();

const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
console.log(
  `procedures.search, 200 items (${(body.length / 1024).toFixed(1)} KB JSON), ${ITERATIONS} interleaved runs, Node ${process.version}`,
);
console.log(`  client (fetch + parse + validate): median ${fmt(median(clientTimes))}`);
console.log(`  raw fetch + JSON.parse:            median ${fmt(median(rawTimes))}`);
console.log(`  median of per-pair ratios client/raw: ${median(ratios).toFixed(2)}×`);
console.log(`  median overhead: ${fmt(median(clientTimes) - median(rawTimes))} per call`);
