// Floor: a bare htmlparser2 parse into a DOM, the parse this library's default mode starts with.
// No extraction at all: no article extractor built on this parser can be faster.
import { parseDocument } from 'htmlparser2';
import { decodeUtf8 } from './common.mjs';

export const label = 'htmlparser2 parseDocument (floor)';
export const packages = ['htmlparser2'];

export function timed(bytes) {
  return parseDocument(decodeUtf8(bytes));
}
