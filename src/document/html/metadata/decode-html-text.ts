/**
 * Text that a page put into metadata with HTML still in it: JSON-LD strings often carry entities
 * (`&quot;`, `&#8217;`, `&ouml;`) and sometimes tags (`<em>`), which a browser would never show.
 */
import { parseDocument } from 'htmlparser2';
import { normalizeText } from '../../../text/normalize.js';
import { visibleTextContent } from '../text-content.js';

/** Only a string with `&` or `<` can hold markup; the rest is returned as is (normalised). */
const MARKUP_RE = /[&<]/;

/** The visible text of `value` read as HTML, normalised; empty when nothing is left. */
export function decodeHtmlText(value: string): string {
  if (!MARKUP_RE.test(value)) return normalizeText(value);
  return normalizeText(visibleTextContent(parseDocument(value)));
}
