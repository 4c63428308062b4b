/**
 * Global searches for words that must not start right after a letter or digit.
 *
 * Written as one pattern, `(?<![\p{L}\p{N}])(nghị quyết|quyết định|…)`, the search is exact but
 * slow in V8: a lookbehind first in the pattern hides the alternatives' first characters from
 * irregexp's quick scan, so the whole pattern is tried at every position of the text (ten times
 * slower over article text, `node --cpu-prof`). {@link WordStartPattern} runs the pattern without
 * its lookbehind and passes over the matches that start right after a letter or digit: the same
 * leftmost match the lookbehind would accept, since the lookbehind only looks at where a match
 * starts.
 */

/** A letter or digit right before the sticky position. */
const AFTER_LETTER_OR_DIGIT = /(?<=[\p{L}\p{N}])/uy;

/** A global pattern whose matches must not start right after what `after` finds. Used like the RegExp it wraps. */
export class WordStartPattern {
  /**
   * @param pattern the search without its leading lookbehind; global (`g`)
   * @param after a sticky (`y`) lookbehind, true right after a character a match must not follow
   */
  constructor(
    readonly pattern: RegExp,
    private readonly after: RegExp = AFTER_LETTER_OR_DIGIT,
  ) {
    if (!pattern.global) throw new TypeError(`WordStartPattern: ${pattern} must be global`);
    if (!after.sticky) throw new TypeError(`WordStartPattern: ${after} must be sticky`);
  }

  get lastIndex(): number {
    return this.pattern.lastIndex;
  }

  set lastIndex(index: number) {
    this.pattern.lastIndex = index;
  }

  /** The next match from `lastIndex` that does not start right after a letter or digit, as `RegExp#exec`. */
  exec(text: string): RegExpExecArray | null {
    const { pattern, after } = this;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      after.lastIndex = m.index;
      if (!after.test(text)) return m;
      // Every match starting here is refused alike: look again from the next position.
      pattern.lastIndex = m.index + 1;
    }
    return null;
  }
}
