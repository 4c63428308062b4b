/**
 * Writes a string of about a known length as UTF-16 code units into one buffer, and reads it back
 * as one string. The legacy decoders wrote `out += letter` per character: over a text of megabytes
 * that is a chain of millions of string nodes, which the garbage collector copies until `normalize`
 * flattens it (half the time of 4 MiB of VNI on one line went to the collector).
 */
export interface UnitWriter {
  /** Appends every code unit of `s`. */
  readonly write: (s: string) => void;
  /** The string written so far. */
  readonly text: () => string;
}

/** Code units read back per `String.fromCharCode` call: under the engine's limit on arguments. */
const CHUNK = 8_192;

/** Fatal: a lone surrogate throws, and the slower exact path below keeps it as it is. */
const UTF16 = new TextDecoder('utf-16le', { fatal: true });

/** The code units as a string, exactly (a lone surrogate stays one: a plain TextDecoder would replace it). */
function unitsToString(units: Uint16Array): string {
  try {
    return UTF16.decode(units);
  } catch {
    // Only text that already held a lone surrogate (a string given by a caller, not decoded bytes).
  }
  if (units.length <= CHUNK) return String.fromCharCode(...units);
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += CHUNK) parts.push(String.fromCharCode(...units.subarray(i, i + CHUNK)));
  return parts.join('');
}

/** A writer with room for `capacity` code units to begin with; it grows when more are written. */
export function unitWriter(capacity: number): UnitWriter {
  let units = new Uint16Array(Math.max(16, capacity));
  let length = 0;
  const write = (s: string): void => {
    if (length + s.length > units.length) {
      const grown = new Uint16Array(Math.max(units.length * 2, length + s.length));
      grown.set(units.subarray(0, length));
      units = grown;
    }
    for (let i = 0; i < s.length; i++) units[length++] = s.charCodeAt(i);
  };
  const text = (): string => unitsToString(units.subarray(0, length));
  return { write, text };
}
