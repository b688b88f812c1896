// Runs before `npm install` / `npm ci`: fail early, with a way out, on a Node
// that the toolchain (vitest 5, msw 3, tsup 9, changesets 3) cannot run on.
// CommonJS on purpose, so that even a very old Node can print the message.
'use strict';
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    [
      '',
      `dvc-kit needs Node.js 24 LTS; this is Node ${process.versions.node}.`,
      'Get it one of these ways, then run the command again:',
      '  - nvm install 24 && nvm use 24        (the repository has an .nvmrc)',
      '  - source scripts/bootstrap.sh         (brings Node 24 from the npm registry into .tools/, no root needed)',
      '  - https://nodejs.org/en/download      (installers for every platform)',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
