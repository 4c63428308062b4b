/**
 * Runs a Node script as a child process and resolves when it ends, without blocking the test's
 * event loop: `spawnSync` over the corpus took more than a minute on a busy machine, and a worker
 * blocked that long misses vitest's own messages (`Timeout calling "onTaskUpdate"`, the run fails
 * though every test passed).
 */
import { spawn } from 'node:child_process';

export interface RunResult {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Set when the child could not be started, or was killed at the time limit. */
  readonly error: Error | undefined;
}

export interface RunOptions {
  /** Written to the child's standard input, which is then closed (else it is ignored). */
  readonly input?: string | Buffer;
  /** A file descriptor for the child's standard output instead of a pipe. */
  readonly stdout?: number;
  /** Killed with SIGKILL past this many milliseconds (none by default). */
  readonly timeoutMs?: number;
  readonly env?: NodeJS.ProcessEnv;
}

export function runNode(script: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], {
      stdio: [options.input === undefined ? 'ignore' : 'pipe', options.stdout ?? 'pipe', 'pipe'],
      env: options.env ?? process.env,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (d: Buffer) => out.push(d));
    child.stderr?.on('data', (d: Buffer) => err.push(d));
    let error: Error | undefined;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            error = new Error(`killed after ${options.timeoutMs} ms`);
            child.kill('SIGKILL');
          }, options.timeoutMs);
    child.on('error', (e) => {
      error = e;
    });
    if (options.input !== undefined) {
      // A child that exits before reading all of it closes the pipe: that is its business, not an error here.
      child.stdin?.on('error', () => {});
      child.stdin?.end(options.input);
    }
    child.on('close', (status, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ status, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), error });
    });
  });
}
