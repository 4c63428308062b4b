import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../src/decode/decode-input.js';
import { VnNewsParseError } from '../../src/errors.js';
import { resolveOptions } from '../../src/options.js';

const options = resolveOptions({ maxBytes: 1000 });

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof VnNewsParseError ? error.code : `other:${String(error)}`;
  }
  return undefined;
}

describe('decodeInput errors', () => {
  it.each([
    ['empty string', '', 'EMPTY_INPUT'],
    ['white space', ' \n\t', 'EMPTY_INPUT'],
    ['empty bytes', new Uint8Array(), 'EMPTY_INPUT'],
    ['white-space bytes', new TextEncoder().encode('   \n'), 'EMPTY_INPUT'],
    ['binary bytes', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]), 'NOT_TEXT'],
    ['too large string', 'x'.repeat(1001), 'INPUT_TOO_LARGE'],
    ['too large bytes', new Uint8Array(1001).fill(0x41), 'INPUT_TOO_LARGE'],
  ])('%s → %s', (_name, input, code) => {
    expect(codeOf(() => decodeInput(input, options))).toBe(code);
  });

  it.each([[42], [null], [{}], [[1, 2]]])('throws TypeError for %j', (input) => {
    expect(() => decodeInput(input, options)).toThrow(TypeError);
  });

  it('passes strings through as Unicode', () => {
    expect(decodeInput('Không', options)).toMatchObject({ text: 'Không', encoding: 'utf-8' });
  });
});
