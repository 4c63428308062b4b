/**
 * Where the batch's results go: JSON Lines on a stream, or one JSON file per input.
 * Files are written to a temporary name and renamed, so an interrupted run never leaves a
 * truncated record behind, and `--skip-existing` can trust every file it finds.
 */
import { createWriteStream, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { fsEncode } from './file-names.js';

export interface OutputSink {
  /**
   * Writes one result; resolves when it is safely handed to the operating system, with a message
   * when this one result could not be written but the others can (a name the file system refuses).
   */
  write(item: { relative: string; json: string }): Promise<string | null>;
  close(): Promise<void>;
  /** The first write error (a full disk, a closed pipe), if any. */
  readonly error: Error | null;
}

/** The JSON file an input's record goes to under --out-dir: the relative path plus `.json`. */
export function outDirTarget(outDir: string, relative: string): string {
  return join(outDir, relative.replace(/^(\.\.[\\/])+/, '') + '.json');
}

export function jsonLinesSink(stream: Writable): OutputSink {
  let error: Error | null = null;
  stream.on('error', (e: Error) => {
    error ??= e;
  });
  return {
    get error() {
      return error;
    },
    async write({ json }) {
      if (error) return null;
      // One write per line: a line is either written whole or not at all.
      if (!stream.write(json + '\n')) {
        await new Promise<void>((resolve) => {
          const done = (): void => {
            stream.off('drain', done);
            stream.off('error', done);
            resolve();
          };
          stream.on('drain', done);
          stream.on('error', done);
        });
      }
      return null;
    },
    async close() {
      if (stream === process.stdout || stream === process.stderr) return;
      await new Promise<void>((resolve) => (stream as WriteStream).end(resolve));
    },
  };
}

export function jsonLinesFileSink(path: string): OutputSink {
  mkdirSync(dirname(path), { recursive: true });
  return jsonLinesSink(createWriteStream(path));
}

/**
 * Temporary files of a run that was killed before it could rename them: this command's
 * (`.vn-news-parser.PID.N.tmp`, short whatever the input's name, so that a name near the file
 * system's 255-byte limit still has room) and those of earlier versions (`NAME.json.PID.tmp`).
 */
const STALE_TEMP_RE = /^\.vn-news-parser\.\d+\.\d+\.tmp$|\.json\.\d+\.tmp$/;

/** Removes the temporary files a killed run left under `dir`, so a resumed run leaves none. */
function removeStaleTemps(dir: string): void {
  if (!existsSync(dir)) return;
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop()!;
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) stack.push(p);
      else if (STALE_TEMP_RE.test(entry.name)) rmSync(p, { force: true });
    }
  }
}

/** Removes a temporary file if it is there; a folder that cannot hold it (`ENOTDIR`) means it is not. */
function removeQuietly(path: string): void {
  try {
    rmSync(fsEncode(path), { force: true });
  } catch {
    // Nothing was written there.
  }
}

export function outDirSink(outDir: string): OutputSink {
  let error: Error | null = null;
  let written = 0;
  removeStaleTemps(outDir);
  return {
    get error() {
      return error;
    },
    async write({ relative, json }) {
      if (error) return null;
      const target = outDirTarget(outDir, relative);
      const temp = join(dirname(target), `.vn-news-parser.${process.pid}.${written++}.tmp`);
      try {
        mkdirSync(fsEncode(dirname(target)), { recursive: true });
        writeFileSync(fsEncode(temp), json + '\n');
        renameSync(fsEncode(temp), fsEncode(target));
      } catch (e) {
        removeQuietly(temp);
        // A name the file system refuses is this input's problem alone: the run goes on.
        if ((e as NodeJS.ErrnoException).code === 'ENAMETOOLONG') return `cannot write ${target}: ${(e as Error).message}`;
        error ??= e as Error;
      }
      return null;
    },
    async close() {},
  };
}
