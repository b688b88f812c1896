#!/usr/bin/env node
/**
 * `dvc-mock-sandbox [--port 4010] [--host 127.0.0.1] [--static dir]
 * [--settle-after-polls n] [--return-origin url]… [--oidc-port n]`: starts
 * the sandbox (with `--oidc-port` / `OIDC_PORT`, the OpenID Connect provider
 * on a listener of its own; 0: any free port), prints its URLs, and stops
 * both listeners cleanly on SIGINT/SIGTERM.
 */
import { parseArgs } from 'node:util';
import { startSandbox } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env['PORT'] ?? '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    static: { type: 'string' },
    'settle-after-polls': { type: 'string' },
    'return-origin': { type: 'string', multiple: true },
    'oidc-port': {
      type: 'string',
      ...(process.env['OIDC_PORT'] ? { default: process.env['OIDC_PORT'] } : {}),
    },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port must be 0–65535 (got ${values.port})`);
  process.exit(2);
}
const oidcPortValue = values['oidc-port'];
const oidcPort = oidcPortValue === undefined ? undefined : Number(oidcPortValue);
if (
  oidcPort !== undefined &&
  (oidcPortValue?.trim() === '' || !Number.isInteger(oidcPort) || oidcPort < 0 || oidcPort > 65_535)
) {
  console.error(`--oidc-port must be 0–65535 (got ${oidcPortValue})`);
  process.exit(2);
}
const settle = values['settle-after-polls'];
const started = performance.now();
const sandbox = await startSandbox({
  port,
  host: values.host,
  ...(values.static ? { staticDir: values.static } : {}),
  ...(settle ? { settleAfterPolls: Number(settle) } : {}),
  returnOrigins: values['return-origin'] ?? [],
  ...(oidcPort !== undefined ? { oidcPort } : {}),
  log: (line) => console.warn(`[sandbox] ${line}`),
}).catch((error: unknown) => {
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(
      `Port ${port}${oidcPort ? ` or ${oidcPort}` : ''} on ${values.host} is in use. Stop what runs there, or pick another: PORT=4020 npm run sandbox (or --port 0 / --oidc-port 0 for any free port).`,
    );
    process.exit(1);
  }
  throw error;
});
let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`\n${signal}: stopping the sandbox…\n`);
  await sandbox.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

// Handlers first, then the ready line: a supervisor may signal as soon as it reads it.
const lines = Object.entries(sandbox.urls).map(([name, url]) => `  ${name.padEnd(9)} ${url}`);
process.stdout.write(
  `dvc-kit sandbox ready in ${Math.round(performance.now() - started)} ms\n${lines.join('\n')}\n` +
    `  accounts  Nguyễn Văn An (VNeID level 2), Trần Thị Bình (level 1)\nPress Ctrl+C to stop.\n`,
);
