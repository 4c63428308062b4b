/**
 * The Unicode classes a word is made of (letters, digits, combining marks), read from a table of
 * the Basic Multilingual Plane rather than by a regular expression per character: splitting an
 * article body into words with `/[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|…)*\/gu` cost twice what a
 * loop over this table costs (`node --cpu-prof`, 1 MiB of article text).
 */

/** The class bits: a character may have none (punctuation, space) or one. */
export const LETTER = 1;
export const DIGIT = 2;
export const MARK = 4;

/** Each class as a Unicode property, with its bit: the one definition the table and the look-ups outside it read. */
const CLASS_PROPERTIES: readonly (readonly [string, number])[] = [
  ['L', LETTER],
  ['N', DIGIT],
  ['M', MARK],
];

let bmp: Uint8Array | null = null;

/** The classes of every code unit (0 for the surrogates), built on first use from the Unicode properties. */
function bmpClasses(): Uint8Array {
  if (bmp !== null) return bmp;
  const table = new Uint8Array(0x10000);
  const units: string[] = [];
  for (let c = 0; c < 0x10000; c += 0x1000) {
    const chunk: number[] = [];
    for (let k = c; k < c + 0x1000; k++) chunk.push(k >= 0xd800 && k <= 0xdfff ? 0x20 : k);
    units.push(String.fromCharCode(...chunk));
  }
  const all = units.join('');
  for (const [property, bit] of CLASS_PROPERTIES) {
    const run = new RegExp(`\\p{${property}}+`, 'gu');
    for (const m of all.matchAll(run)) for (let k = m.index; k < m.index + m[0].length; k++) table[k] = table[k]! | bit;
  }
  bmp = table;
  return table;
}

/** The single-character tests of the classes, for code points outside the BMP. */
const ONE_CHARACTER: readonly (readonly [RegExp, number])[] = CLASS_PROPERTIES.map(([property, bit]) => [new RegExp(`^\\p{${property}}$`, 'u'), bit] as const);

/** The classes of code points outside the BMP, asked one by one (rare in Vietnamese text). */
const astral = new Map<number, number>();

function classesOfCodePoint(cp: number): number {
  let k = astral.get(cp);
  if (k === undefined) {
    const s = String.fromCodePoint(cp);
    k = 0;
    for (const [test, bit] of ONE_CHARACTER) if (test.test(s)) k |= bit;
    astral.set(cp, k);
  }
  return k;
}

/** The code point of the surrogate pair that starts at `i`, or -1 when none does. */
function pairAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return -1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? ((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000 : -1;
}

/**
 * The classes of the character at `i`: of the code point for a surrogate pair starting there
 * (two code units, see {@link unitsAt}), 0 for a lone surrogate or the second half of a pair.
 */
export function classesAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return bmpClasses()[c]!;
  const cp = pairAt(text, i);
  return cp < 0 ? 0 : classesOfCodePoint(cp);
}

/** How many code units the character at `i` takes: 2 for a surrogate pair, else 1. */
export function unitsAt(text: string, i: number): number {
  return pairAt(text, i) < 0 ? 1 : 2;
}
