/**
 * Plain text to the document model: the text is cut into lines (what only a text copy has, a
 * headline and its date on one line apart by a run of spaces, a table cell's `|`, is cut here),
 * and the lines are read by the one line reader that also reads structure-free pages
 * (document/lines/read-lines.ts).
 */
import { isDateline } from '../../dates/parse-dateline.js';
import { foldSpace, normalizeKeepingLines, normalizeText } from '../../text/normalize.js';
import { splitCellSignature } from '../classify/header-lines.js';
import { createDocument, EMPTY_META, newBlock, PLAIN_HINTS, type DraftBlock } from '../create-document.js';
import { readArticleLines } from '../lines/read-lines.js';
import type { ArticleDocument } from '../types.js';

/** A headline followed on the same line by its date after a wide gap: `Hội nghị ...   18/7/2022`. */
const TRAILING_DATE_RE = /^(.{10,400}?)[ \t\u00a0]{2,40}(\S[^\t]{3,40})$/u;

/** Blocks share their hints: an indented line differs from the others only there. */
const INDENTED_HINTS = Object.freeze({ ...PLAIN_HINTS, indented: true });

function draft(text: string, indented: boolean): DraftBlock {
  return newBlock(text, 'paragraph', null, true, indented ? INDENTED_HINTS : PLAIN_HINTS);
}

/** Splits the input into line drafts, cutting a trailing date off a headline line and a signature off a table cell. */
function toDrafts(input: string): DraftBlock[] {
  const drafts: DraftBlock[] = [];
  for (const raw of normalizeKeepingLines(input).split('\n')) {
    const text = normalizeText(raw);
    if (!text) continue;
    const indented = /^[ \t\u00a0]{2}/.test(raw);
    const m = TRAILING_DATE_RE.exec(raw.trim());
    const cell = splitCellSignature(text);
    if (m?.[1] && m[2] && isDateline(foldSpace(m[2]))) {
      drafts.push(draft(normalizeText(m[1]), indented), draft(normalizeText(m[2]), false));
    } else if (cell) {
      drafts.push(draft(cell[0], indented), draft(cell[1], false));
    } else {
      drafts.push(draft(text, indented));
    }
  }
  return drafts;
}

/** Builds the document of a plain-text article: its lines, read by the one line reader (document/lines). */
export function textToDocument(input: string, encoding: string, warnings: string[]): ArticleDocument {
  const drafts = toDrafts(input);
  readArticleLines(drafts);
  return createDocument({ format: 'text', encoding, blocks: drafts, meta: EMPTY_META, warnings });
}
