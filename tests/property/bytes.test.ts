/** Property: bytes in → a valid plain-text record or a typed input error (see properties.mjs). */
import { describe, it } from 'vitest';
import { runProperty } from './run-property.js';

describe('hostile input: bytes', () => {
  it('gives a valid plain-text record or a typed error', async () => {
    await runProperty('bytes');
  }, 600_000);
});
