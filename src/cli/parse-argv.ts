/**
 * Pure argv → options. Throws {@link UsageError} for anything the command cannot run with.
 */
import { FLAGS, type FlagSpec } from './flags.js';

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface CliOptions {
  readonly inputs: readonly string[];
  readonly format: 'auto' | 'html' | 'text';
  readonly url: string | null;
  readonly output: string | null;
  readonly outDir: string | null;
  readonly skipExisting: boolean;
  readonly jobs: number | null;
  /** true/false when forced, null to decide by whether standard error is a terminal. */
  readonly progress: boolean | null;
  readonly action: 'run' | 'schema' | 'version' | 'help';
}

const byName = new Map(FLAGS.map((f) => [f.name, f]));
const byShort = new Map(FLAGS.filter((f) => f.short).map((f) => [f.short!, f]));

function valueOf(flag: FlagSpec, inline: string | undefined, rest: string[]): string {
  const value = inline ?? rest.shift();
  if (value === undefined || (inline === undefined && value.startsWith('-') && value !== '-')) {
    throw new UsageError(`--${flag.name} needs a value (${flag.value ?? 'VALUE'})`);
  }
  return value;
}

export function parseArgv(argv: readonly string[]): CliOptions {
  const rest = [...argv];
  const inputs: string[] = [];
  const seen = new Map<string, string | true>();
  while (rest.length > 0) {
    const arg = rest.shift()!;
    if (arg === '--') {
      inputs.push(...rest.splice(0));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      inputs.push(arg);
      continue;
    }
    const long = arg.startsWith('--');
    const [key, inline] = long ? (arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined]) : [arg.slice(1), undefined];
    const flag = long ? byName.get(key) : byShort.get(key);
    if (!flag) throw new UsageError(`unknown option ${arg}`);
    if (flag.type === 'boolean') {
      if (inline !== undefined) throw new UsageError(`--${flag.name} takes no value`);
      seen.set(flag.name, true);
    } else {
      seen.set(flag.name, valueOf(flag, inline, rest));
    }
  }

  const str = (name: string): string | null => {
    const v = seen.get(name);
    return typeof v === 'string' ? v : null;
  };
  const format = str('format') ?? 'auto';
  if (format !== 'auto' && format !== 'html' && format !== 'text') throw new UsageError('--format must be auto, html or text');
  let jobs: number | null = null;
  if (str('jobs') !== null) {
    jobs = Number(str('jobs'));
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new UsageError('--jobs must be a whole number from 1 to 256');
  }
  if (seen.has('progress') && seen.has('no-progress')) throw new UsageError('--progress and --no-progress contradict each other');
  if (seen.has('skip-existing') && !seen.has('out-dir')) throw new UsageError('--skip-existing goes with --out-dir');
  if (seen.has('out-dir') && seen.has('output')) throw new UsageError('--output and --out-dir exclude each other');

  const action = seen.has('help') ? 'help' : seen.has('version') ? 'version' : seen.has('schema') ? 'schema' : 'run';
  if (action === 'run' && inputs.length === 0) throw new UsageError('no input given (a file, a folder, or - for standard input)');
  if (str('url') !== null && inputs.length !== 1) throw new UsageError('--url goes with a single input');
  if (seen.has('out-dir') && inputs.includes('-')) throw new UsageError('--out-dir cannot name a file for standard input');

  return {
    inputs,
    format,
    url: str('url'),
    output: str('output'),
    outDir: str('out-dir'),
    skipExisting: seen.has('skip-existing'),
    jobs,
    progress: seen.has('progress') ? true : seen.has('no-progress') ? false : null,
    action,
  };
}
