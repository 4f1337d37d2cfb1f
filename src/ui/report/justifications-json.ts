/**
 * The justifications made on the standalone page as the file `coopcheck --justifications FILE`
 * reads (src/cli/justifications-file.ts): an array of { fingerprint, reason, by, date }, dates ISO.
 */
import { type JustificationInput, isoOfDay } from '../../core';

export function justificationsJson(justifications: readonly JustificationInput[]): string {
  const entries = justifications
    .filter((j) => j.fingerprint)
    .map(({ fingerprint, reason, by, date }) => ({
      fingerprint,
      reason,
      ...(by && { by }),
      ...(date !== undefined && { date: isoOfDay(date) }),
    }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}
