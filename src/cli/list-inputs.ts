/**
 * Expands the command's arguments into the list of inputs, sorted by path so that the output
 * order never depends on the file system or on parallelism.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** File names the command reads inside folders. */
const INPUT_NAME_RE = /\.(?:html?|txt)(?:\.gz)?$/i;

export interface InputFile {
  /** The path as given or found (used in `source.path`). */
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
      stats = statSync(arg);
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
        real = realpathSync(dir);
        if (visited.has(real)) continue;
        visited.add(real);
        entries = readdirSync(dir);
      } catch (error) {
        problems.push({ path: dir, code: errorCode(error), message: `cannot list ${dir}: ${(error as Error).message}` });
        continue;
      }
      for (const name of entries) {
        const p = join(dir, name);
        let isDir = false;
        let isFile = false;
        try {
          const st = statSync(p);
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
