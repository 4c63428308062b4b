/**
 * Plain text to the document model: the text is cut into lines (what only a text copy has, a
 * headline and its date on one line apart by a run of spaces, a table cell's `|`, is cut here),
 * and the lines are read by the one line reader that also reads structure-free pages
 * (document/lines/read-lines.ts).
 */
import { isDateline } from '../../dates/parse-dateline.js';
import { foldSpace, normalizeKeepingLines, normalizeText } from '../../text/normalize.js';
import { splitCellSignature } from '../classify/header-lines.js';
import { nodeBudget } from '../html/limit-depth.js';
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

/**
 * Past the budget, lines are joined into paragraphs of at least this many characters (the node
 * budget's rule for lines in HTML): 48 MB of `a` on lines of their own are 16 million blocks otherwise.
 */
const JOINED_LINE_CHARS = 256;

/**
 * Splits the input into line drafts, cutting a trailing date off a headline line and a signature off a
 * table cell. At most `nodeBudget` lines become blocks of their own (one per 128 characters of the
 * text, at least 16,000, as elements in HTML); the lines past it are joined (`joined` is then true).
 */
function toDrafts(input: string): { drafts: DraftBlock[]; budget: number; joined: boolean } {
  const drafts: DraftBlock[] = [];
  const all = normalizeKeepingLines(input);
  const budget = nodeBudget(all.length);
  // Joined with `join`, not `+`: a chain of concatenations holds a node per line until it is read.
  let pending: string[] = [];
  let pendingChars = 0;
  let joined = false;
  // Line by line with indexOf: `split('\n')` made an array of every line first.
  for (let start = 0, end = 0; start <= all.length; start = end + 1) {
    end = all.indexOf('\n', start);
    if (end < 0) end = all.length;
    const raw = all.slice(start, end);
    const text = normalizeText(raw);
    if (!text) continue;
    if (drafts.length >= budget) {
      joined = true;
      pending.push(text);
      pendingChars += text.length + 1;
      if (pendingChars > JOINED_LINE_CHARS) {
        drafts.push(draft(pending.join(' '), false));
        pending = [];
        pendingChars = 0;
      }
      continue;
    }
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
  if (pending.length > 0) drafts.push(draft(pending.join(' '), false));
  return { drafts, budget, joined };
}

/** Builds the document of a plain-text article: its lines, read by the one line reader (document/lines). */
export function textToDocument(input: string, encoding: string, warnings: string[]): ArticleDocument {
  const { drafts, budget, joined } = toDrafts(input);
  if (joined) warnings = [...warnings, `the text has more than ${budget} lines: the lines past them are joined into paragraphs of at least ${JOINED_LINE_CHARS} characters`];
  readArticleLines(drafts);
  return createDocument({ format: 'text', encoding, blocks: drafts, meta: EMPTY_META, warnings });
}
