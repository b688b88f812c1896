/**
 * Starts the mock-api sandbox (real OIDC provider, BFF login, API) on an
 * ephemeral loopback port for the browser tests, serving the test portal
 * pages (test/sandbox-page) from its own origin, as a portal's backend
 * would. The URL reaches tests through `inject('sandboxUrl')`.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSandbox, type Sandbox } from '@dvc-kit/mock-api/sandbox';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    sandboxUrl: string;
  }
}

const here = dirname(fileURLToPath(import.meta.url));

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title></head>
<body><main><h1>${title}</h1>${body}</main>
<script type="module" src="/assets/login.js"></script></body></html>
`;
}

let sandbox: Sandbox | undefined;
let dir: string | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  dir = await mkdtemp(join(tmpdir(), 'dvc-login-'));
  await build({
    entryPoints: [join(here, 'sandbox-page/main.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(dir, 'assets/login.js'),
    tsconfig: join(here, '../tsconfig.json'),
    splitting: false,
    logLevel: 'error',
  });
  await mkdir(join(dir, 'bff'), { recursive: true });
  await writeFile(
    join(dir, 'bff/index.html'),
    page('Cổng dịch vụ công (BFF)', '<dvc-login></dvc-login>'),
  );
  // The public client's registered redirect URI is `{origin}/login/callback`.
  await mkdir(join(dir, 'login/callback'), { recursive: true });
  await writeFile(
    join(dir, 'login/callback/index.html'),
    page(
      'Cổng dịch vụ công (public)',
      '<dvc-login mode="public" client-id="dvc-sandbox-browser" scope="openid profile cccd_masked" providers="vneid"></dvc-login>',
    ),
  );
  // Refusals the BFF cannot tie to a login in progress come back to the portal page too.
  sandbox = await startSandbox({ port: 0, staticDir: dir, defaultReturnTo: '/bff/' });
  project.provide('sandboxUrl', sandbox.url);
  return async () => {
    await sandbox?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  };
}
