#!/usr/bin/env node
// `npm run bench`: run.mjs (the library beside its peers), scrapinghub.mjs (body accuracy on a generic news benchmark), cli.mjs (the command), adversarial.mjs
// (hostile inputs) and package.mjs (bundle size, import time, consumer type-check), one after the
// other, each writing its own section of bench/RESULTS.md. Arguments go to run.mjs. A run that
// breaks one of its bounds does not stop the next: the exit status is the highest of the four
// (1 a bound broken, 2 a script could not measure).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = (name) => fileURLToPath(new URL(name, import.meta.url));
const steps = [
  ['--expose-gc', script('run.mjs'), ...process.argv.slice(2)],
  [script('scrapinghub.mjs')],
  [script('cli.mjs')],
  [script('adversarial.mjs')],
  [script('package.mjs')],
];
let status = 0;
for (const args of steps) {
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  const code = r.status ?? 2;
  if (code !== 0) console.error(`bench: ${args.find((a) => a.endsWith('.mjs'))} exited with ${code}`);
  status = Math.max(status, code);
}
process.exitCode = status;
