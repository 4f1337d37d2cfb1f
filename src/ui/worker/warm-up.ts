/**
 * The worker's first run, made while the user chooses a file: the reader, the extractor and the
 * check run on a small workbook bundled with the page (warm-up.xlsx: 1,000 members and the other
 * sheets, made by `npx tsx scripts/generate-workbook.ts --members 1000 --voters 100 --year 2025
 * --seed 7 --flaws 20 --shared-strings`), so that their code is compiled and optimised before the
 * user's file arrives: cold, the first file takes about twice as long as the next. Nothing of it is
 * kept (the worker's `held`, `last` and `sha256` are not touched). It gives way to any real request:
 * `stop()` is asked before each step (one read or one check of the small workbook), after a turn of
 * the event loop in which the request can arrive.
 */
import { check } from '../../core';
import { DEFAULT_READER, READERS } from './readers';

const WORKBOOK = new URL('./warm-up.xlsx', import.meta.url);

/**
 * Runs over the workbook: the first compiles, the next let the optimising compiler catch up with the
 * hot loops. At 50,000 members, 8 passes gave results 0.2 s sooner than 3 (1.78 s against 1.99 s,
 * scripts/bench/pane.ts, docs/BENCHMARKS.md), still done within the 2 s a user takes to choose a file;
 * 16 were no better.
 */
const PASSES = 8;

const nextTurn = () => new Promise((resolve) => setTimeout(resolve));

export async function warmUp(stop: () => boolean): Promise<void> {
  if (stop()) return;
  const response = await fetch(WORKBOOK);
  if (!response.ok) return;
  const bytes = new Uint8Array(await response.arrayBuffer());
  const quiet = () => undefined;
  for (let pass = 0; pass < PASSES; pass++) {
    await nextTurn();
    if (stop()) return;
    const held = await READERS[DEFAULT_READER].open(bytes, quiet);
    await nextTurn();
    if (stop()) return;
    check(await held.extract(held.savedMapping, quiet));
  }
}
