#!/usr/bin/env node
/**
 * `npm run release:check`: proves the release flow works without releasing.
 * Copies the repository (tracked and new files, no node_modules, no build
 * output) to a temp dir, runs `changeset version` there, and checks that
 * every package named by a pending changeset got its new version and a
 * CHANGELOG.md, that workspace dependencies follow the new versions, that
 * the changesets were consumed, and that the private apps were left alone.
 * Then discards the copy. The checkout itself is never touched.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();
const copy = mkdtempSync(join(tmpdir(), 'dvc-release-check-'));
const problems = [];

/** Workspace packages: folder → package.json. */
function workspaces(/** @type {string} */ base) {
  /** @type {Map<string, any>} */
  const found = new Map();
  for (const group of ['packages', 'apps']) {
    const dir = join(base, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const file = join(dir, name, 'package.json');
      if (existsSync(file)) found.set(`${group}/${name}`, JSON.parse(readFileSync(file, 'utf8')));
    }
  }
  return found;
}

/** Packages named in the pending changesets' front matter, with their bump. */
function pendingBumps(/** @type {string} */ base) {
  /** @type {Map<string, string>} */
  const bumps = new Map();
  const order = ['patch', 'minor', 'major'];
  for (const file of readdirSync(join(base, '.changeset'))) {
    if (!file.endsWith('.md') || file === 'README.md') continue;
    const text = readFileSync(join(base, '.changeset', file), 'utf8');
    const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
    for (const match of front.matchAll(/^\s*["']?([^"':]+)["']?\s*:\s*(patch|minor|major)\s*$/gm)) {
      const [, name = '', bump = 'patch'] = match;
      const previous = bumps.get(name);
      if (!previous || order.indexOf(bump) > order.indexOf(previous)) bumps.set(name, bump);
    }
  }
  return bumps;
}

try {
  // Tracked files and new, not-ignored ones: what a clean clone plus this work holds.
  const files = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  )
    .split('\0')
    .filter((file) => file && existsSync(join(root, file)));
  for (const file of files) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(root, file), join(copy, file));
  }
  // changesets resolves its changelog generator from the repository's node_modules.
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');

  const before = workspaces(copy);
  const bumps = pendingBumps(copy);
  console.log(`copied ${files.length} files; pending changesets bump ${bumps.size} packages`);
  if (bumps.size === 0) {
    console.log('no pending changeset: nothing to version (ok)');
  } else {
    execFileSync(process.execPath, [join(root, 'node_modules/@changesets/cli/bin.js'), 'version'], {
      cwd: copy,
      stdio: 'inherit',
      env: { ...process.env, CI: 'true' },
    });
    const after = workspaces(copy);
    const versionOf = new Map([...after.values()].map((pkg) => [pkg.name, pkg.version]));
    for (const [dir, pkg] of before) {
      const next = after.get(dir);
      const bump = bumps.get(pkg.name);
      if (pkg.private) {
        if (bump) problems.push(`${pkg.name} is private but a changeset names it`);
        if (
          existsSync(join(copy, dir, 'CHANGELOG.md')) &&
          !existsSync(join(root, dir, 'CHANGELOG.md'))
        ) {
          problems.push(`${pkg.name} (private, ignored) got a CHANGELOG.md`);
        }
        continue;
      }
      if (bump) {
        if (next.version === pkg.version)
          problems.push(`${pkg.name}: still ${pkg.version} after a ${bump} changeset`);
        const changelog = join(copy, dir, 'CHANGELOG.md');
        if (!existsSync(changelog)) problems.push(`${pkg.name}: no CHANGELOG.md written`);
        else if (!readFileSync(changelog, 'utf8').includes(`## ${next.version}`)) {
          problems.push(`${pkg.name}: CHANGELOG.md has no "## ${next.version}" section`);
        }
        console.log(
          `${pkg.name}: ${pkg.version} → ${next.version} (${bump}), CHANGELOG.md written`,
        );
      }
      for (const [dep, range] of Object.entries(next.dependencies ?? {})) {
        const depVersion = versionOf.get(dep);
        if (depVersion && range !== depVersion && !String(range).endsWith(depVersion)) {
          problems.push(`${pkg.name}: depends on ${dep}@${range}, but ${dep} is now ${depVersion}`);
        }
      }
    }
    const left = readdirSync(join(copy, '.changeset')).filter(
      (file) => file.endsWith('.md') && file !== 'README.md',
    );
    if (left.length) problems.push(`changesets not consumed: ${left.join(', ')}`);
  }
} catch (error) {
  problems.push(`changeset version failed: ${error instanceof Error ? error.message : error}`);
} finally {
  rmSync(copy, { recursive: true, force: true });
}

const took = `${((performance.now() - started) / 1000).toFixed(1)} s`;
if (problems.length) {
  console.log(`\nrelease check FAILED (${took}):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `\nrelease check ok (${took}): \`changeset version\` works on a copy; the copy is discarded`,
);
