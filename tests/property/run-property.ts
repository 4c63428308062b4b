/**
 * Runs one of the shared properties (properties.mjs) on the library's source with vitest:
 * PROPERTY_RUNS cases (10,000 by default), from a fixed seed, and prints the count of records and
 * of each typed error, and the slowest case (for information: no timing is asserted).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import * as lib from '../../src/index.js';
import { HAS_SHARED, SHARED_DIR, listFiles } from '../helpers/shared.js';
import { CORPUS_FILE_RE, CORPUS_FOLDERS, checkCase, describeInput, propertyDefinitions, propertyRuns, SEEDS } from './properties.mjs';

/** The real pages the corpus property mutates (none without ../shared). */
export function corpusPages(): Uint8Array[] {
  if (!HAS_SHARED) return [];
  return CORPUS_FOLDERS.flatMap((folder) => listFiles(join(SHARED_DIR, folder), (name) => CORPUS_FILE_RE.test(name))).map(
    (path) => new Uint8Array(readFileSync(path)),
  );
}

/**
 * Cases run between two turns of the event loop. Vitest's worker answers its runner's messages
 * only between tasks: a property run as one synchronous loop held them for minutes on a busy
 * machine, and vitest reported `Timeout calling "onTaskUpdate"` (an error, though every test passed).
 */
const CASES_PER_TURN = 25;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function runProperty(name: string, pages: readonly Uint8Array[] = []): Promise<void> {
  const def = propertyDefinitions(pages)[name];
  if (!def) throw new Error(`no property ${name}`);
  const numRuns = propertyRuns();
  const outcomes = new Map<string, number>();
  let slowest = { ms: 0, input: '' };
  const started = performance.now();
  let cases = 0;
  await fc.assert(
    fc.asyncProperty(def.arb, async ([input, options]) => {
      if (++cases % CASES_PER_TURN === 0) await nextTurn();
      const t = performance.now();
      let outcome: string;
      try {
        outcome = checkCase(lib, input, options, def.checks);
      } catch (error) {
        throw new Error(`${(error as Error).message}\n  input: ${describeInput(input)}\n  options: ${JSON.stringify(options)}`);
      }
      const ms = performance.now() - t;
      if (ms > slowest.ms) slowest = { ms, input: describeInput(input).slice(0, 120) };
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }),
    { numRuns, seed: SEEDS[name], endOnFailure: true },
  );
  const seconds = (performance.now() - started) / 1000;
  const counts = [...outcomes].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`${name}: ${numRuns} cases in ${seconds.toFixed(1)} s (${counts}); slowest ${slowest.ms.toFixed(0)} ms: ${slowest.input}`);
  expect([...outcomes.values()].reduce((a, b) => a + b, 0)).toBe(numRuns);
}
