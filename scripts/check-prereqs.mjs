// Checks what `npm test` and `npm start` need beyond node_modules, and says
// how to get what is missing instead of failing later with a stack trace.
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium-path.mjs';

const problems = [];
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  problems.push(
    `Node.js 24 LTS is needed; this is ${process.versions.node}. ` +
      'Run `nvm use` (see .nvmrc) or `source scripts/bootstrap.sh`.',
  );
}
if (!process.argv.includes('--no-browser')) {
  const path = chromiumPath();
  if (!existsSync(path)) {
    problems.push(
      `Chromium was not found at ${path}. The browser tests drive a real Chromium.\n` +
        '    On Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium\n' +
        '    Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/the/browser',
    );
  }
}
if (problems.length > 0) {
  console.error(`\nCannot continue:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
  process.exit(1);
}
