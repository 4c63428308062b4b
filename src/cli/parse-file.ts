/**
 * One input to one output line: read the file (gunzipping `.gz`), parse it, and render the record
 * or the error. Never throws: whatever goes wrong becomes an error line, so the batch goes on.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseArticle } from '../parse-article.js';
import { DEFAULT_MAX_BYTES } from '../options.js';
import { isVnNewsParseError } from '../errors.js';
import { fsEncode } from './file-names.js';

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

/** An input over the size limit, found while reading it: reported as the library would. */
class TooLarge extends Error {}

/** How much is read at a time from a FIFO, a device, or a file whose size the system does not tell. */
const CHUNK_BYTES = 1 << 20;

/**
 * The bytes of a file, never more than `limit`: a larger regular file is refused from its size
 * before anything is read, and a FIFO or device (`<(curl …)`, `/dev/zero`) is read until the limit
 * is passed, so no input can fill the memory. Files whose size reads as 0 (`/proc`) are read
 * until their end, as `readFileSync` does.
 */
export function readAtMost(path: string, limit: number): Uint8Array {
  const fd = openSync(fsEncode(path), 'r');
  try {
    const st = fstatSync(fd);
    if (st.isFile() && st.size > limit) throw new TooLarge(`${path} is ${st.size} bytes, over the ${limit}-byte limit`);
    if (st.isFile() && st.size > 0) {
      const buffer = Buffer.allocUnsafe(st.size);
      let filled = 0;
      while (filled < buffer.length) {
        const n = readSync(fd, buffer, filled, buffer.length - filled, null);
        if (n === 0) break; // truncated since the size was read
        filled += n;
      }
      return buffer.subarray(0, filled);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > limit) throw new TooLarge(`${path} holds more than the ${limit}-byte limit`);
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

function readBytes(path: string): Uint8Array {
  const raw = readAtMost(path, DEFAULT_MAX_BYTES);
  // The output cap stops a small .gz from inflating into gigabytes.
  return path.toLowerCase().endsWith('.gz') ? gunzipSync(raw, { maxOutputLength: DEFAULT_MAX_BYTES + 1 }) : raw;
}

export function parseFile(task: ParseTask): ParseOutcome {
  let bytes: Uint8Array;
  try {
    bytes = task.bytes ?? readBytes(task.path);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    // ERR_BUFFER_TOO_LARGE: a .gz that inflates past the limit.
    const tooLarge = error instanceof TooLarge || e.code === 'ERR_BUFFER_TOO_LARGE';
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
