/** The most distinct words a function made by {@link rememberWords} holds. */
export const MAX_REMEMBERED_WORDS = 65_536;

/**
 * A function of a word, remembered for the words it has seen. Vietnamese is written in a few
 * thousand syllables, so a text repeats its words (the corpus texts: a distinct word per 4 to 6),
 * and the legacy stage judged and decoded a text of megabytes word by word (VIQR: three quarters
 * of the time of a 4 MiB text). The memory lives as long as the function returned, and holds at
 * most {@link MAX_REMEMBERED_WORDS} words: past them, a text of distinct words is read word by word.
 */
export function rememberWords<T>(of: (word: string) => T): (word: string) => T {
  const known = new Map<string, T>();
  return (word) => {
    const seen = known.get(word);
    if (seen !== undefined || known.has(word)) return seen as T;
    const value = of(word);
    if (known.size < MAX_REMEMBERED_WORDS) known.set(word, value);
    return value;
  };
}
