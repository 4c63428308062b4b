/**
 * The progress display's time left: a moving rate over the last inputs, none before a few are done.
 */
import { describe, expect, it } from 'vitest';
import { formatDuration, movingRate } from '../../src/cli/progress.js';

describe('movingRate', () => {
  it('says nothing before five inputs and a second', () => {
    expect(movingRate([100, 200, 300, 400], 4, 0)).toBeNull();
    expect(movingRate([100, 200, 300, 400, 500], 5, 0)).toBeNull(); // half a second
    expect(movingRate([1000, 1200, 1400, 1600, 2000], 5, 0)).toBeCloseTo(2.5);
  });

  it('follows the last inputs, not a slow start', () => {
    // Ten inputs in the first 10 s (workers starting), then one every 100 ms.
    const times = [...Array.from({ length: 10 }, (_, i) => (i + 1) * 1000), ...Array.from({ length: 50 }, (_, i) => 10_000 + (i + 1) * 100)];
    const window = times.slice(-50);
    expect(movingRate(window, times.length, 0)).toBeCloseTo(10, 5);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [42.4, '42s'],
    [185, '3m05s'],
    [3720, '1h02m'],
  ])('%d s is %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});
