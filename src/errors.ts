/**
 * The one error class the library throws for bad input. Programmer misuse (a wrong argument type,
 * an unknown option) throws a plain `TypeError` instead, as the unified packages do.
 */

/** Why an input could not become a record. */
export type ParseErrorCode =
  /** The input is empty or only white space. */
  | 'EMPTY_INPUT'
  /** The bytes are not text (binary data, an image saved as `.html`, ...). */
  | 'NOT_TEXT'
  /** The input is larger than `options.maxBytes`. */
  | 'INPUT_TOO_LARGE'
  /** The text could be decoded but the record built from it failed validation (a bug: please report it). */
  | 'INVALID_RECORD';

export class VnNewsParseError extends Error {
  override readonly name = 'VnNewsParseError';
  readonly code: ParseErrorCode;

  constructor(code: ParseErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** True when `value` is the library's typed error. */
export function isVnNewsParseError(value: unknown): value is VnNewsParseError {
  return value instanceof VnNewsParseError;
}
