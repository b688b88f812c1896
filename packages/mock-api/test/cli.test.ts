/** The CLI starts, prints its URLs, serves, and exits 0 on SIGINT and SIGTERM. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../src/sandbox/cli.ts', import.meta.url));

async function run(signal: NodeJS.Signals, args: string[] = []) {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0', ...args], {
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
  const oidc = /oidc\s+(http:\/\/\S+)/.exec(out)?.[1] ?? '';
  expect((await fetch(oidc)).status).toBe(200);
  child.kill(signal);
  return { code: await exit, out, api, oidc };
}

describe('dvc-mock-sandbox CLI', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('stops cleanly on %s', async (signal) => {
    const { code, out } = await run(signal);
    expect(out).toMatch(/dvc-kit sandbox ready in \d+ ms/);
    expect(out).toContain('/oidc/.well-known/openid-configuration');
    expect(out).toContain(`${signal}: stopping the sandbox`);
    expect(code).toBe(0);
  });

  it('serves the provider on its own port with --oidc-port, and stops both listeners', async () => {
    const { code, out, api, oidc } = await run('SIGTERM', ['--oidc-port', '0']);
    expect(code).toBe(0);
    expect(out).toContain('SIGTERM: stopping the sandbox');
    const issuer = new URL(oidc);
    expect(issuer.pathname).toBe('/oidc/.well-known/openid-configuration');
    expect(issuer.origin).not.toBe(new URL(api).origin);
    // Both listeners are gone.
    await expect(fetch(oidc)).rejects.toThrow();
    await expect(fetch(`${api}/procedures/1.004227`)).rejects.toThrow();
  });

  it('refuses a bad --oidc-port', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--oidc-port', 'x'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(err).toContain('--oidc-port must be 0–65535');
  });
});
