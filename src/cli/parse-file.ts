/**
 * One input to one output line: read the file (gunzipping `.gz`), parse it, and render the record
 * or the error. Never throws: whatever goes wrong becomes an error line, so the batch goes on.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseArticle } from '../parse-article.js';
import { DEFAULT_MAX_BYTES } from '../options.js';
import { isVnNewsParseError } from '../errors.js';

export interface ParseTask {
  /** The input's path as listed (`-` for standard input). */
  readonly path: string;
  /** The bytes, when the caller already has them (standard input). */
  readonly bytes?: Uint8Array;
  readonly format: 'auto' | 'html' | 'text';
  readonly url: string | null;
  /** Indent the JSON (one file per input) or not (JSON Lines). */
  readonly pretty: boolean;
}

export interface ParseOutcome {
  readonly ok: boolean;
  /** The record or the error object, serialised. */
  readonly json: string;
}

/** A code for failures outside the parser: the file could not be read, or a bug. */
export type BatchErrorCode = 'READ_FAILED' | 'INTERNAL_ERROR';

export function errorJson(path: string, code: string, message: string, pretty: boolean): string {
  return JSON.stringify({ source: { path }, error: { code, message } }, null, pretty ? 2 : undefined);
}

function readBytes(path: string): Uint8Array {
  const raw = readFileSync(path);
  // The output cap stops a small .gz from inflating into gigabytes.
  return path.toLowerCase().endsWith('.gz') ? gunzipSync(raw, { maxOutputLength: DEFAULT_MAX_BYTES + 1 }) : raw;
}

export function parseFile(task: ParseTask): ParseOutcome {
  let bytes: Uint8Array;
  try {
    bytes = task.bytes ?? readBytes(task.path);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const tooLarge = e.code === 'ERR_BUFFER_TOO_LARGE';
    return {
      ok: false,
      json: errorJson(task.path, tooLarge ? 'INPUT_TOO_LARGE' : 'READ_FAILED', `cannot read ${task.path}: ${e.message}`, task.pretty),
    };
  }
  try {
    const record = parseArticle(bytes, { format: task.format, url: task.url });
    const withPath = { ...record, source: { ...record.source, path: task.path } };
    return { ok: true, json: JSON.stringify(withPath, null, task.pretty ? 2 : undefined) };
  } catch (error) {
    if (isVnNewsParseError(error)) return { ok: false, json: errorJson(task.path, error.code, error.message, task.pretty) };
    return { ok: false, json: errorJson(task.path, 'INTERNAL_ERROR', String((error as Error)?.stack ?? error), task.pretty) };
  }
}
