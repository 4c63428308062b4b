/**
 * Splits a list of field names that share one head (`Sở Giáo dục và Đào tạo, Y tế, Văn hóa,
 * Thể thao và Du lịch`) into its names, keeping the commas and `và` that belong inside a known
 * field (`Văn hóa, Thể thao và Du lịch`, `Giáo dục và Đào tạo`). The fields are those of
 * `MANAGEMENT_FIELDS` (the names of ministries, departments and offices in the decrees cited
 * there); a piece the table does not know ends at the next comma, semicolon or `và`.
 */
import { managementFieldForms } from './public-bodies.js';
import { nameKey } from './name-key.js';

/** One name of the list, as written, and whether it is a known field. */
export interface ListedName {
  readonly text: string;
  readonly known: boolean;
}

const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212';
const STOPS = ',;';

/** Words, with dashes, commas and semicolons as tokens of their own. */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let word = '';
  const flush = (): void => {
    if (word) tokens.push(word);
    word = '';
  };
  for (const ch of text.normalize('NFC')) {
    if (ch.trim() === '') flush();
    else if (DASHES.includes(ch) || STOPS.includes(ch)) {
      flush();
      tokens.push(DASHES.includes(ch) ? '-' : ch);
    } else word += ch;
  }
  flush();
  return tokens;
}

/** Known field forms as token keys, longest first. */
const FIELD_TOKENS: readonly (readonly string[])[] = managementFieldForms()
  .map((f) => tokenize(f).map(nameKey))
  .sort((a, b) => b.length - a.length);

function isSeparator(key: string | undefined): boolean {
  return key === undefined || key === ',' || key === ';' || key === 'và';
}

/** Writes tokens back as text: words spaced, a dash between spaces, a comma after its word. */
function join(tokens: readonly string[]): string {
  return tokens.reduce((out, t) => (out === '' ? t : t === ',' || t === ';' ? out + t : `${out} ${t}`), '');
}

/**
 * The names of a list that follow one head, known fields kept whole.
 *
 * @example splitFieldList('Giáo dục và Đào tạo, Y tế, Văn hóa, Thể thao và Du lịch')
 *   // Giáo dục và Đào tạo | Y tế | Văn hóa, Thể thao và Du lịch (all known)
 */
export function splitFieldList(text: string): ListedName[] {
  const tokens = tokenize(text);
  const keys = tokens.map(nameKey);
  const out: ListedName[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (isSeparator(keys[i])) {
      i++;
      continue;
    }
    const field = FIELD_TOKENS.find((f) => f.every((k, j) => keys[i + j] === k) && isSeparator(keys[i + f.length]));
    let end = i + (field?.length ?? 0);
    if (!field) while (end < tokens.length && !isSeparator(keys[end])) end++;
    out.push({ text: join(tokens.slice(i, end)), known: field !== undefined });
    i = end;
  }
  return out;
}
