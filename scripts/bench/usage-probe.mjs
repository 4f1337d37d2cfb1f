// Preloaded into each process compare-cli.mjs measures (node --import): writes its peak RSS and the
// CPU time of all its threads, as JSON, to $BENCH_USAGE_FILE when it exits. CPU time moves less than
// wall time when other work shares the machine.
import { writeFileSync } from 'node:fs';
import { peakRssKiB } from './peak-rss.mjs';

process.on('exit', () => {
  const { userCPUTime, systemCPUTime } = process.resourceUsage();
  if (process.env.BENCH_USAGE_FILE)
    writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify({ maxRSS: peakRssKiB(), cpuMs: (userCPUTime + systemCPUTime) / 1000 }));
});
