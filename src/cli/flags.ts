/**
 * The command's flags, as data: parse-argv reads them, --help prints them.
 */

export interface FlagSpec {
  readonly name: string;
  readonly short?: string;
  /** `boolean` flags take no value; `string`/`number` flags take the next argument. */
  readonly type: 'boolean' | 'string' | 'number';
  readonly value?: string;
  readonly description: string;
}

export const FLAGS: readonly FlagSpec[] = [
  { name: 'format', type: 'string', value: 'auto|html|text', description: 'what the inputs are (default auto: detected per file)' },
  { name: 'url', type: 'string', value: 'URL', description: 'the page URL, for a single input' },
  { name: 'output', short: 'o', type: 'string', value: 'FILE', description: 'write JSON Lines to FILE instead of standard output' },
  { name: 'out-dir', type: 'string', value: 'DIR', description: 'write one pretty JSON file per input under DIR, mirroring the input paths' },
  { name: 'skip-existing', type: 'boolean', description: 'with --out-dir: skip inputs whose JSON file exists (resume an interrupted run)' },
  { name: 'jobs', short: 'j', type: 'number', value: 'N', description: 'parse on N worker threads (default: the number of CPUs)' },
  { name: 'progress', type: 'boolean', description: 'show progress on standard error (default: when it is a terminal)' },
  { name: 'no-progress', type: 'boolean', description: 'never show progress' },
  { name: 'schema', type: 'boolean', description: "print the record's JSON Schema and exit" },
  { name: 'version', short: 'v', type: 'boolean', description: 'print the version and exit' },
  { name: 'help', short: 'h', type: 'boolean', description: 'print this help and exit' },
];

export const USAGE = 'vn-news-parser [options] <file | folder | -> ...';

export const EXAMPLES: readonly string[] = [
  'vn-news-parser article.html                       # one record as a JSON line',
  'vn-news-parser -j 4 -o out.jsonl dump/            # a whole folder, recursively',
  'vn-news-parser --out-dir records/ --skip-existing dump/   # one file per input; rerun to resume',
  'cat page.txt | vn-news-parser --format text -     # standard input',
  "vn-news-parser dump/ | jq -c 'select(.error) | .source.path'   # the inputs that failed",
];
