#!/usr/bin/env node
/**
 * The `vn-news-parser` command: folders of legacy pages in, JSON Lines out, nothing lost.
 * Exit status: 0 every input parsed, 1 some failed (their error lines are in the output) or the
 * output could not be written, 2 usage error, 130 interrupted.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_MAX_BYTES } from '../options.js';
import { toJSONSchema } from 'zod/mini';
import { CommandRecordSchema } from '../schema/command.js';
import { EXAMPLES, FLAGS, USAGE } from './flags.js';
import { parseArgv, UsageError } from './parse-argv.js';
import { OutputError, runBatch } from './run-batch.js';

function helpText(): string {
  const flags = FLAGS.map((f) => {
    const names = `${f.short ? `-${f.short}, ` : '    '}--${f.name}${f.value ? ` ${f.value}` : ''}`;
    return `  ${names.padEnd(34)}${f.description}`;
  });
  return [`Usage: ${USAGE}`, '', 'Options:', ...flags, '', 'Examples:', ...EXAMPLES.map((e) => `  ${e}`), ''].join('\n');
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * Standard input, read until its end or until it passes the size limit: then the bytes read so
 * far (one over the limit) are returned, and the parser refuses them with `INPUT_TOO_LARGE`.
 */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    total += (chunk as Buffer).length;
    if (total > DEFAULT_MAX_BYTES) break; // leaving the loop closes the stream
  }
  return Buffer.concat(chunks, Math.min(total, DEFAULT_MAX_BYTES + 1));
}

async function main(argv: readonly string[]): Promise<number> {
  let options;
  try {
    options = parseArgv(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`vn-news-parser: ${error.message} (see --help)\n`);
      return 2;
    }
    throw error;
  }
  if (options.action === 'help') {
    process.stdout.write(helpText());
    return 0;
  }
  if (options.action === 'version') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (options.action === 'schema') {
    // The schema of the record lines this command writes (with `source.path`); the error lines'
    // schema is published beside it in the package (dist/schema/error-line.schema.json).
    process.stdout.write(JSON.stringify(toJSONSchema(CommandRecordSchema), null, 2) + '\n');
    return 0;
  }
  let summary;
  try {
    summary = await runBatch(options, {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin,
    onInterrupt(handler) {
      // The first signal lets the inputs under way finish and be written; at the second, the
      // handlers are removed and the signal sent again: its default action ends the process at once,
      // even with a worker stuck in a read (a FIFO argument whose writer never comes).
      let signals = 0;
      const remove = (): void => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      };
      const onSignal = (signal: NodeJS.Signals): void => {
        if (++signals === 1) return handler();
        remove();
        process.kill(process.pid, signal);
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      return remove;
    },
  });
  } catch (error) {
    // What the arguments mean once listed (--url with a folder, two inputs for one --out-dir file).
    if (error instanceof UsageError) {
      process.stderr.write(`vn-news-parser: ${error.message} (see --help)\n`);
      return 2;
    }
    throw error;
  }
  const skipped = summary.skipped ? `, skipped ${summary.skipped}` : '';
  process.stderr.write(
    `vn-news-parser: parsed ${summary.parsed}, failed ${summary.failed}${skipped}, ${summary.seconds.toFixed(1)} s${summary.interrupted ? ' (interrupted)' : ''}\n`,
  );
  if (summary.outputError) {
    process.stderr.write(`vn-news-parser: could not write the output: ${summary.outputError.message}\n`);
    return 1;
  }
  if (summary.interrupted) return 130;
  return summary.failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof OutputError) {
      process.stderr.write(`vn-news-parser: could not write the output: ${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    // Anything else is a bug of the command: its stack helps the report.
    process.stderr.write(`vn-news-parser: ${String((error as Error)?.stack ?? error)}\n`);
    process.exitCode = 1;
  },
);
