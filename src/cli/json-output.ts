/**
 * The JSON report as text in pieces: exactly JSON.stringify(value, null, 2), with each report's
 * findings serialised a block at a time, so that half a million findings never make one string
 * (V8's longest is about 512 MB) beside the report they came from.
 */
import type { JsonReport } from '../core';

/** Stands for a report's findings in the text of the rest; NUL never occurs in a report's own text. */
const HOLE = '\u0000findings\u0000';
const HOLE_TEXT = JSON.stringify(HOLE);
/**
 * A piece of fifty findings is some 27,000 characters, well under V8's large-object size (128 KB,
 * 64,000 characters of two bytes): the pieces are collected young, not left in the old generation
 * until a full collection (a thousand a piece grew the heap by 200 MB while half a million findings
 * were written, and took twice as long).
 */
const FINDINGS_PER_PIECE = 50;

export function* jsonReportText(value: JsonReport | readonly JsonReport[]): Generator<string> {
  const reports: readonly JsonReport[] = Array.isArray(value) ? value : [value as JsonReport];
  const shell = (report: JsonReport) => ({ ...report, findings: HOLE });
  const text = JSON.stringify(Array.isArray(value) ? reports.map(shell) : shell(value as JsonReport), null, 2);
  let at = 0;
  for (const report of reports) {
    const hole = text.indexOf(HOLE_TEXT, at);
    yield text.slice(at, hole);
    at = hole + HOLE_TEXT.length;
    const { findings } = report;
    if (!findings.length) {
      yield '[]';
      continue;
    }
    // The items sit one level deeper than the line of the "findings" property.
    const line = text.slice(text.lastIndexOf('\n', hole) + 1, hole);
    const outer = ' '.repeat(line.length - line.trimStart().length);
    const inner = `${outer}  `;
    yield '[\n';
    for (let from = 0; from < findings.length; from += FINDINGS_PER_PIECE) {
      const piece = findings.slice(from, from + FINDINGS_PER_PIECE).map((finding) => inner + JSON.stringify(finding, null, 2).replace(/\n/g, `\n${inner}`));
      yield piece.join(',\n') + (from + FINDINGS_PER_PIECE < findings.length ? ',\n' : '\n');
    }
    yield `${outer}]`;
  }
  yield text.slice(at);
}
