/**
 * Helpers for building regular expressions from the data tables in `vi/` (once, at module load)
 * and for running sticky patterns at a position.
 */

/** Escapes the characters that mean something in a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Options for {@link alternation}. */
export interface AlternationOptions {
  /** A space in a phrase matches one to three white-space characters (`phong  trào`, a line break). */
  readonly flexibleSpaces?: boolean;
}

/**
 * An alternation of literal phrases, longest first so that `Thông tư liên tịch` wins over
 * `Thông tư` (same-length phrases in a fixed order, duplicates once). Literal alternatives only:
 * the pattern runs in linear time.
 */
export function alternation(phrases: Iterable<string>, options: AlternationOptions = {}): string {
  const escape = options.flexibleSpaces === true ? (s: string) => escapeRegExp(s).replace(/ /g, '\\s{1,3}') : escapeRegExp;
  return [...new Set(phrases)].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escape).join('|');
}

/** Runs a sticky pattern at `pos`: the offset where its match ends, or -1. */
export function stickyEnd(re: RegExp, text: string, pos: number): number {
  re.lastIndex = pos;
  return re.test(text) ? re.lastIndex : -1;
}

/** Runs a sticky pattern at `pos`; the match and where it ends, or null. */
export function stickyExec(re: RegExp, text: string, pos: number): { match: RegExpExecArray; end: number } | null {
  re.lastIndex = pos;
  const match = re.exec(text);
  return match ? { match, end: re.lastIndex } : null;
}

/** The index of the first match of a global pattern in `s`, or `orElse`; the smaller of the two when both exist. */
export function firstIndex(re: RegExp, s: string, orElse: number): number {
  re.lastIndex = 0;
  const m = re.exec(s);
  if (!m) return orElse;
  return orElse >= 0 ? Math.min(orElse, m.index) : m.index;
}
