#!/usr/bin/env node
// `npm start`: prints the record of the bundled sample (the seed article in fixtures/) and nothing
// else on standard output, so `npm start > x.json` is JSON. The library is built first only when
// dist/ is missing or older than a source file, with the build's log on standard error.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const built = new URL('dist/index.js', root);
const inputs = ['src/', 'package.json', 'tsup.config.ts', 'scripts/after-build.mjs'];

/** The newest modification time under a file or folder. */
function newest(url) {
  const st = statSync(url);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(url).reduce((max, name) => Math.max(max, newest(new URL(statSync(new URL(name, url)).isDirectory() ? `${name}/` : name, url))), st.mtimeMs);
}

const stale = !existsSync(built) || inputs.some((input) => newest(new URL(input, root)) > statSync(built).mtimeMs);
if (stale) {
  // The build's output goes to standard error (fd 2), never into the record.
  const build = spawnSync('npm', ['run', '-s', 'build:quiet'], { cwd: root, stdio: ['ignore', 2, 2], shell: process.platform === 'win32' });
  if (build.status !== 0) {
    console.error('npm start: the build failed');
    process.exit(build.status ?? 1);
  }
}

const { parseArticle } = await import('../dist/index.js');
const sample = new URL('fixtures/seed-ninhthuan-khoi-mttq-2021.txt', root);
const record = parseArticle(readFileSync(sample), { format: 'text' });
console.log(JSON.stringify(record, null, 2));
