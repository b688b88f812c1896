/** The CLI starts, prints its URLs, serves, and exits 0 on SIGINT and SIGTERM. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../src/sandbox/cli.ts', import.meta.url));

async function run(signal: NodeJS.Signals) {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const api = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line: ${out}`)), 10_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /api\s+(http:\/\/127\.0\.0\.1:\d+\/v1)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    });
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
  expect((await fetch(`${api}/procedures/1.004227`)).status).toBe(200);
  child.kill(signal);
  return { code: await exit, out };
}

describe('dvc-mock-sandbox CLI', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('stops cleanly on %s', async (signal) => {
    const { code, out } = await run(signal);
    expect(out).toMatch(/dvc-kit sandbox ready in \d+ ms/);
    expect(out).toContain('/oidc/.well-known/openid-configuration');
    expect(out).toContain(`${signal}: stopping the sandbox`);
    expect(code).toBe(0);
  });
});
