/**
 * What a batch shows while it runs (`--summary`): on a terminal, one self-overwriting progress bar
 * (with the reasons of unreadable workbooks printed above it as they come); otherwise one plain
 * line per workbook as it settles, so that a log or a CI job reads the same information in order.
 */
import type { Settled } from './batch';

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface FileCounts {
  breaches: number;
  warnings: number;
}

const BAR_WIDTH = 30;

export function batchProgress<T>(stream: ProgressStream, total: number, counts: (value: T) => FileCounts) {
  const tty = Boolean(stream.isTTY);
  let done = 0;
  let failed = 0;
  let withBreaches = 0;
  const started = Date.now();
  const bar = () => {
    const filled = Math.round((done / total) * BAR_WIDTH);
    const elapsed = (Date.now() - started) / 1000;
    const eta = done > 0 && done < total ? ` · ~${Math.ceil((elapsed / done) * (total - done))} s left` : '';
    return `\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total} workbooks · ${withBreaches} with breaches · ${failed} not checked${eta}`;
  };
  if (tty) stream.write(bar());
  return {
    settled(file: string, result: Settled<T>): void {
      done += 1;
      let line: string;
      if (result.ok) {
        const { breaches, warnings } = counts(result.value);
        if (breaches) withBreaches += 1;
        line = `[${done}/${total}] ${file}: ${breaches} breach(es), ${warnings} warning(s)`;
      } else {
        failed += 1;
        line = `[${done}/${total}] ${result.message}`;
      }
      if (!tty) {
        stream.write(`${line}\n`);
        return;
      }
      // Only what needs a look stays on screen above the bar: the workbooks that could not be checked.
      if (!result.ok) stream.write(`\r\x1b[K${line}\n`);
      stream.write(bar());
    },
    stop(): void {
      if (tty) stream.write(`${bar()}\n`);
    },
  };
}
