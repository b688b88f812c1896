/**
 * What `npm start` runs: the CLI prints the portal's URL, serves it, and
 * stops — the portal and the sandbox behind it — on Ctrl+C (SIGINT).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const tsx = join(
  dirname(createRequire(import.meta.url).resolve('tsx/package.json')),
  'dist/cli.mjs',
);

test('prints the URLs, serves the portal, its API and the provider, and stops on SIGINT', async () => {
  const child = spawn(process.execPath, [tsx, join(here, '../server/cli.ts'), '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  try {
    await expect.poll(() => out, { timeout: 15_000 }).toMatch(/Portal\s+http:\/\/\S+\//);
    const url = /Portal\s+(http:\/\/\S+?)\//.exec(out)?.[1] ?? '';
    const home = await fetch(`${url}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('BẢN DEMO');
    expect((await fetch(`${url}/v1/procedures?pageSize=1`)).status).toBe(200);
    // The identity provider: its own port, another origin.
    const issuer = /Identity \(OIDC\)\s+(http:\/\/\S+)/.exec(out)?.[1] ?? '';
    expect(new URL(issuer).origin).not.toBe(url);
    const discovery = await fetch(`${issuer}/.well-known/openid-configuration`);
    expect(((await discovery.json()) as { issuer: string }).issuer).toBe(issuer);

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(out).toContain('stopping the demo portal');
    await expect(fetch(`${url}/`)).rejects.toThrow();
    await expect(fetch(`${issuer}/.well-known/openid-configuration`)).rejects.toThrow();
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});
