// Floor: a bare rehype-parse parse (parse5 → hast), the parse of this library's parse5 mode.
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { decodeUtf8 } from './common.mjs';

export const label = 'unified + rehype-parse (floor)';
export const packages = ['unified', 'rehype-parse'];

const processor = unified().use(rehypeParse);

export function timed(bytes) {
  return processor.parse(decodeUtf8(bytes));
}
