/**
 * The progress display on standard error: done/total, files per second, time left, failures.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  tick(failed: number): void;
  stop(): void;
}

const NO_PROGRESS: Progress = { tick() {}, stop() {} };

export function createProgress(enabled: boolean, total: number, stream: NodeJS.WriteStream): Progress {
  if (!enabled || total === 0) return NO_PROGRESS;
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'parsing [{bar}] {value}/{total} | {rate} files/s | {eta_formatted} left | {failed} failed',
      barsize: 24,
      hideCursor: false,
      etaBuffer: 50,
      // Redraw even when standard error is not a terminal, when the user forced --progress.
      noTTYOutput: !stream.isTTY,
      notTTYSchedule: 1000,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { rate: '0', failed: 0 });
  let done = 0;
  return {
    tick(failed) {
      done++;
      const seconds = (Date.now() - started) / 1000;
      bar.update(done, { rate: seconds > 0 ? (done / seconds).toFixed(1) : '0', failed });
    },
    stop() {
      bar.stop();
    },
  };
}
