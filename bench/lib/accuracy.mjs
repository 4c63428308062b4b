// Accuracy beside speed: each row's adapter scored by the team's scorer (../shared/eval/score.mjs)
// on the gold files whose input is an HTML page, on the fields every extractor gives.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { GOLD, SCORER } from './corpus.mjs';

export const SCORED_FIELDS = ['title', 'publishedAt', 'author', 'body'];

/** Gold files whose input is an .html page. */
export function htmlGoldFiles() {
  return readdirSync(GOLD)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(GOLD, f))
    .filter((f) => /\.html?$/.test(JSON.parse(readFileSync(f, 'utf8')).input ?? ''));
}

/**
 * Runs the scorer on one adapter.
 * @returns `{ files, crashed, fields: { [field]: { value, count } } }` restricted to {@link SCORED_FIELDS}
 */
export function score(adapterPath, goldFiles) {
  const args = [SCORER, '--lib', adapterPath, ...goldFiles.flatMap((g) => ['--gold', g]), '--json'];
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 16 * 2 ** 20, timeout: 600_000 });
  const result = JSON.parse(out.trim().split('\n').at(-1));
  const fields = {};
  for (const f of SCORED_FIELDS) if (result.fields[f]) fields[f] = result.fields[f];
  return { files: result.files, crashed: result.crashed, fields };
}
