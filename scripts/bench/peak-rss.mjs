// The peak resident set of this process alone, in KiB, worker threads included. Linux keeps getrusage's
// ru_maxrss across execve (getrusage(2)), so a process spawned by a large parent (the benchmark once it has
// generated a million members, a vitest worker) would report the parent's resident set at the fork as its own
// peak: 623 MB for a parse floor of 124 MB. /proc/self/status's VmHWM is the high-water mark of this process's
// own memory; other systems keep ru_maxrss.
import { existsSync, readFileSync } from 'node:fs';

export function peakRssKiB() {
  const status = existsSync('/proc/self/status') ? readFileSync('/proc/self/status', 'utf8') : '';
  const highWaterMark = /^VmHWM:\s+(\d+) kB$/m.exec(status);
  return highWaterMark ? Number(highWaterMark[1]) : process.resourceUsage().maxRSS;
}
