/**
 * The progress display on standard error: done/total, files per second, time left, failures.
 *
 * The rate is a moving one, over the last inputs finished, so the time left follows the run (the
 * first inputs, slowed by the workers' start, would otherwise set it: a 22-second run opened with
 * "26m40s left"). No time left is shown before a few inputs have finished and a second has passed.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  tick(failed: number): void;
  stop(): void;
}

export interface ProgressOptions {
  /**
   * The records are written to the terminal the bar would be drawn on (standard output is that
   * terminal): the bar is not drawn, since its redraws would land between the records.
   */
  readonly recordsToTerminal?: boolean;
}

const NO_PROGRESS: Progress = { tick() {}, stop() {} };

/** How many of the last finish times the rate is measured over. */
const RATE_WINDOW = 50;
/** Before this many inputs and this much time, no rate and no time left: too few to say. */
const MIN_DONE = 5;
const MIN_SECONDS = 1;

/** `42s`, `3m05s`, `1h02m`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

/**
 * Files per second over the last {@link RATE_WINDOW} finish times (milliseconds, in order), or
 * null while there are too few to say.
 */
export function movingRate(finishTimes: readonly number[], done: number, startedAt: number): number | null {
  const last = finishTimes[finishTimes.length - 1];
  if (last === undefined || done < MIN_DONE || (last - startedAt) / 1000 < MIN_SECONDS) return null;
  // The window's first finish is its origin: the inputs after it took the time between.
  const first = finishTimes.length === done ? startedAt : finishTimes[0]!;
  const count = finishTimes.length === done ? done : finishTimes.length - 1;
  const seconds = (last - first) / 1000;
  return seconds > 0 ? count / seconds : null;
}

export function createProgress(enabled: boolean, total: number, stream: NodeJS.WriteStream, options: ProgressOptions = {}): Progress {
  if (!enabled || total === 0) return NO_PROGRESS;
  if (options.recordsToTerminal) {
    stream.write('vn-news-parser: no progress bar while the records are written to this terminal (use -o FILE or a pipe)\n');
    return NO_PROGRESS;
  }
  const startedAt = Date.now();
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'parsing [{bar}] {value}/{total} | {rate} files/s | {left} left | {failed} failed',
      barsize: 24,
      hideCursor: false,
      // Redraw even when standard error is not a terminal, when the user forced --progress.
      noTTYOutput: !stream.isTTY,
      notTTYSchedule: 1000,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { rate: '…', left: '…', failed: 0 });
  const finishTimes: number[] = [];
  let done = 0;
  return {
    tick(failed) {
      done++;
      finishTimes.push(Date.now());
      if (finishTimes.length > RATE_WINDOW) finishTimes.shift();
      const rate = movingRate(finishTimes, done, startedAt);
      bar.update(done, {
        rate: rate === null ? '…' : rate.toFixed(1),
        left: rate === null ? '…' : formatDuration((total - done) / rate),
        failed,
      });
    },
    stop() {
      bar.stop();
    },
  };
}
