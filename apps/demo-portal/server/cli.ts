/**
 * `npm start -w @dvc-kit/demo-portal` (and the root `npm start`): starts the
 * demo portal in front of the sandbox, prints its URLs, stops on Ctrl+C.
 * `PORT=4020` or `--port 4020` for another port (0: any free one). The
 * identity provider runs on a port of its own: `OIDC_PORT` / `--oidc-port`
 * (default 0: any free one).
 */
import { parseArgs } from 'node:util';
import { startDemo } from './demo-server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env['PORT'] ?? '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    'oidc-port': { type: 'string', default: process.env['OIDC_PORT'] ?? '0' },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port must be 0–65535 (got ${values.port})`);
  process.exit(2);
}
const oidcPort = Number(values['oidc-port']);
if (
  !Number.isInteger(oidcPort) ||
  oidcPort < 0 ||
  oidcPort > 65_535 ||
  (oidcPort !== 0 && oidcPort === port)
) {
  console.error(
    `--oidc-port must be 0–65535 and not the portal's port (got ${values['oidc-port']})`,
  );
  process.exit(2);
}

let demo: Awaited<ReturnType<typeof startDemo>>;
try {
  demo = await startDemo({
    port,
    host: values.host,
    oidcPort,
    log: (line) => console.warn(`[demo] ${line}`),
  });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(
    code === 'EADDRINUSE'
      ? `Port ${port} or ${oidcPort} is in use. Stop what runs there, or start on other ports: PORT=4020 OIDC_PORT=4021 npm start`
      : `Could not start the demo portal: ${(error as Error).message}`,
  );
  process.exit(1);
}

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`\n${signal}: stopping the demo portal…\n`);
  await demo.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

const { url } = demo;
process.stdout.write(
  [
    '',
    'dvc-kit demo portal (BẢN DEMO — sample data only) is running:',
    '',
    `  Portal          ${url}/`,
    `  A dossier       ${url}/dossier.html?code=${demo.sandbox.scenario.codes.resultReady}`,
    `  Sandbox         ${url}/__sandbox   (seeded dossier codes, accounts)`,
    `  API             ${url}/v1`,
    `  Identity (OIDC) ${demo.sandbox.issuer}`,
    '',
    'Sign in as Nguyễn Văn An or Trần Thị Bình (sandbox accounts). Press Ctrl+C to stop.',
    '',
  ].join('\n'),
);
