// Preloaded into each process compare-cli.mjs measures (node --import): writes its peak RSS and the
// CPU time of all its threads, as JSON, to $BENCH_USAGE_FILE when it exits. CPU time moves less than
// wall time when other work shares the machine.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  if (process.env.BENCH_USAGE_FILE) writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify({ maxRSS, cpuMs: (userCPUTime + systemCPUTime) / 1000 }));
});
