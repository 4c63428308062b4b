/**
 * Helpers for building regular expressions from the data tables in `vi/`, once, at module load.
 */

/** Escapes the characters that mean something in a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
