/**
 * Progress for long work: a bar on a terminal, nothing in pipes or with --quiet.
 */
import type { Writable } from 'node:stream';

export interface Progress {
  tick(label?: string): void;
  setTotal(total: number): void;
  done(): void;
}

export function createProgress(
  stream: Writable & { isTTY?: boolean },
  opts: { enabled: boolean; label: string },
): Progress {
  if (!opts.enabled || !stream.isTTY) return { tick() {}, setTotal() {}, done() {} };
  let n = 0;
  let total = 0;
  let last = 0;
  const started = Date.now();
  const draw = (label = '') => {
    const now = Date.now();
    if (now - last < 80 && n !== total) return;
    last = now;
    const width = 24;
    const rate = n / Math.max(0.001, (now - started) / 1000);
    const bar =
      total > 0
        ? `[${'#'.repeat(Math.round((n / total) * width)).padEnd(width, '.')}] ${n}/${total}`
        : `${n} done`;
    stream.write(`\r\x1b[2K${opts.label} ${bar} ${rate.toFixed(1)}/s ${label.slice(0, 40)}`);
  };
  return {
    tick(label) {
      n++;
      draw(label);
    },
    setTotal(t) {
      total = t;
    },
    done() {
      stream.write('\r\x1b[2K');
    },
  };
}
