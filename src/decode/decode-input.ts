/**
 * The decoding stage: whatever the caller passed becomes one Unicode string, or a typed error.
 */
import { VnNewsParseError } from '../errors.js';
import type { ResolvedOptions } from '../options.js';
import { capCombiningMarks, MAX_COMBINING_MARKS } from '../text/normalize.js';
import { decodeBytes } from './decode-bytes.js';
import { looksBinary } from './is-binary.js';

export interface DecodedInput {
  readonly text: string;
  readonly encoding: string;
  readonly warnings: string[];
}

/** Share of U+FFFD replacement characters above which decoded "text" is taken for binary data. */
const MAX_REPLACEMENT_SHARE = 0.1;

function replacementShare(text: string): number {
  const sample = text.slice(0, 8192);
  if (!sample) return 0;
  let n = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0xfffd) n++;
  return n / sample.length;
}

/**
 * @throws {TypeError} when `input` is neither a string nor bytes.
 * @throws {VnNewsParseError} `INPUT_TOO_LARGE`, `EMPTY_INPUT` or `NOT_TEXT`.
 */
export function decodeInput(input: unknown, options: ResolvedOptions): DecodedInput {
  if (typeof input === 'string') {
    if (input.length > options.maxBytes) {
      throw new VnNewsParseError('INPUT_TOO_LARGE', `input has ${input.length} characters, more than maxBytes (${options.maxBytes})`);
    }
    if (input.trim() === '') throw new VnNewsParseError('EMPTY_INPUT', 'input is empty');
    return withMarksCapped({ text: input, encoding: 'utf-8', warnings: [] });
  }
  if (!(input instanceof Uint8Array)) {
    throw new TypeError('vn-news-parser: input must be a string or a Uint8Array (a Buffer is one)');
  }
  if (input.byteLength > options.maxBytes) {
    throw new VnNewsParseError('INPUT_TOO_LARGE', `input has ${input.byteLength} bytes, more than maxBytes (${options.maxBytes})`);
  }
  if (input.byteLength === 0) throw new VnNewsParseError('EMPTY_INPUT', 'input is empty');
  const utf16 = (input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff);
  if (!utf16 && looksBinary(input)) throw new VnNewsParseError('NOT_TEXT', 'input looks like binary data, not text');
  const decoded = decodeBytes(input, options.encoding);
  if (decoded.text.trim() === '') throw new VnNewsParseError('EMPTY_INPUT', 'input holds only white space');
  if (replacementShare(decoded.text) > MAX_REPLACEMENT_SHARE) {
    throw new VnNewsParseError('NOT_TEXT', `input does not decode as ${decoded.encoding} text`);
  }
  return withMarksCapped({ text: decoded.text, encoding: decoded.encoding, warnings: decoded.warnings });
}

/** The input with runs of combining marks cut to {@link MAX_COMBINING_MARKS}, and a warning when any was. */
function withMarksCapped(input: DecodedInput): DecodedInput {
  const capped = capCombiningMarks(input.text);
  if (capped.dropped === 0) return input;
  const warning = `${capped.dropped} combining marks dropped: more than ${MAX_COMBINING_MARKS} in a row after one character (Unicode's stream-safe limit)`;
  return { text: capped.text, encoding: input.encoding, warnings: [...input.warnings, warning] };
}
