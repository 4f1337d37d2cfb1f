// Preloaded into each measured process (node --import): writes the process's peak RSS in KiB to
// $BENCH_RSS_FILE when it exits, so the benchmark reads it without platform-specific tools.
import { writeFileSync } from 'node:fs';
import { peakRssKiB } from './peak-rss.mjs';

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(peakRssKiB()));
});
