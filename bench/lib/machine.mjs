// The machine a benchmark ran on, for the header of its section in RESULTS.md.
import os from 'node:os';

export function machine() {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString().slice(0, 10),
    cpu: cpus[0]?.model?.trim() ?? 'unknown CPU',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    loadStart: os.loadavg()[0],
  };
}
