/**
 * Expands the command's arguments into the list of inputs, sorted by path so that the output
 * order never depends on the file system or on parallelism.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fsDecode, fsEncode } from './file-names.js';

/** File names the command reads inside folders. */
const INPUT_NAME_RE = /\.(?:html?|txt)(?:\.gz)?$/i;

export interface InputFile {
  /**
   * The path as given or found (used in `source.path`), a name that is not valid UTF-8 in the form
   * of `file-names.ts` (give it to `fsEncode` for a file system call).
   */
  readonly path: string;
  /** The path relative to the argument it came from (used to mirror under --out-dir). */
  readonly relative: string;
}

export interface ListedInputs {
  readonly files: InputFile[];
  /** Arguments or entries that could not be listed, with the reason: each becomes an error line. */
  readonly problems: { path: string; code: string; message: string }[];
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? 'EIO';
}

export function listInputs(args: readonly string[]): ListedInputs {
  const files: InputFile[] = [];
  const problems: ListedInputs['problems'] = [];
  for (const arg of args) {
    if (arg === '-') {
      files.push({ path: '-', relative: 'stdin' });
      continue;
    }
    let stats;
    try {
      stats = statSync(fsEncode(arg));
    } catch (error) {
      problems.push({ path: arg, code: errorCode(error), message: `cannot read ${arg}: ${(error as Error).message}` });
      continue;
    }
    if (!stats.isDirectory()) {
      files.push({ path: arg, relative: arg.split(/[\\/]/).pop() ?? arg });
      continue;
    }
    // Iterative walk; real paths of visited folders stop symbolic-link loops.
    const visited = new Set<string>();
    const stack = [arg];
    const found: InputFile[] = [];
    while (stack.length > 0) {
      const dir = stack.pop()!;
      let real: string;
      let entries: string[];
      try {
        // Names as bytes: Node's strings would lose a name that is not valid UTF-8.
        real = realpathSync(fsEncode(dir), { encoding: 'buffer' }).toString('latin1');
        if (visited.has(real)) continue;
        visited.add(real);
        entries = readdirSync(fsEncode(dir), { encoding: 'buffer' }).map(fsDecode);
      } catch (error) {
        problems.push({ path: dir, code: errorCode(error), message: `cannot list ${dir}: ${(error as Error).message}` });
        continue;
      }
      for (const name of entries) {
        const p = join(dir, name);
        let isDir = false;
        let isFile = false;
        try {
          const st = statSync(fsEncode(p));
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch (error) {
          if (INPUT_NAME_RE.test(name)) found.push({ path: p, relative: relative(arg, p) });
          continue;
        }
        if (isDir) stack.push(p);
        else if (INPUT_NAME_RE.test(name)) {
          // A FIFO, socket or device found in a folder is not opened: a FIFO with no writer would
          // block its worker (and the process's exit) for ever. It gets an error line instead.
          if (isFile) found.push({ path: p, relative: relative(resolve(arg), resolve(p)) });
          else problems.push({ path: p, code: 'ENOTREG', message: `cannot read ${p}: not a regular file (a FIFO, socket or device)` });
        }
      }
    }
    files.push(...found);
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  problems.sort((a, b) => (a.path < b.path ? -1 : 1));
  return { files, problems };
}
