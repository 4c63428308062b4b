/**
 * Tells text from binary data (images, archives, executables saved as `.html`).
 */

/** How much of the input the check reads: enough for a verdict, cheap on huge inputs. */
const SAMPLE_BYTES = 8192;

/**
 * True when the sample holds NUL bytes or many control characters, which no text encoding
 * this library reads produces (UTF-16 is recognised earlier by its byte-order mark).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    // Tab, LF, FF, CR and ESC (ISO-2022) are legitimate in text.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  return control / n > 0.02;
}
