/** Property: mutated real pages (byte flips, truncation, splicing) → a valid plain-text record or a typed input error. */
import { describe, it } from 'vitest';
import { HAS_SHARED } from '../helpers/shared.js';
import { corpusPages, runProperty } from './run-property.js';

describe.skipIf(!HAS_SHARED)('hostile input: mutations of the corpus pages', () => {
  it('gives a valid plain-text record or a typed error', async () => {
    await runProperty('corpus-mutations', corpusPages());
  }, 600_000);
});
