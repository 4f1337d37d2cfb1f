/**
 * `coopcheck compare LAST THIS [--lang fr|nl|en] [--out DIR] [--json FILE|-]` (DESIGN.md "CLI,
 * second edition"): last year's and this year's checks of one cooperative side by side. Each input
 * is a workbook or a checked copy (checked now, nothing written) or a JSON report (`--json` of an
 * earlier run). Prints the comparison; writes `<THIS>.compare.xlsx` in --out (default ./out) and,
 * with --json, the comparison as JSON.
 *
 * Why an .xlsx and not a CSV: the comparison is four tables (figures, outcomes, findings,
 * justifications) of different columns, which one CSV cannot hold without inventing a format, and
 * an auditor opens it in Excel anyway; the workbook keeps amounts and rates typed and needs no
 * separator that depends on the locale.
 *
 * Two different cooperatives (company numbers), the same fiscal year twice, or the later year given
 * first are refused with one line naming both files (exit 2), as is an input that cannot be read.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { parseArgs, styleText } from 'node:util';
import {
  CONDITIONS,
  isLang,
  type Lang,
  outcomeLabel,
  severityLabel,
  COMPARE_TEXTS as C,
  figureLabel,
  formatFigure,
  refusalText,
  compareReports,
  comparisonRefusal,
  jsonReportProblem,
  type Comparison,
  type JsonFinding,
  type JsonReport,
} from '../core';
import { comparisonWorkbook } from '../adapters/exceljs/comparison-workbook';

export const COMPARE_USAGE = `Usage: coopcheck compare LAST THIS [--lang fr|nl|en] [--out DIR] [--json FILE|-]

Compares last year's check of a cooperative with this year's: the T1-T6 figures side by side with
their change, the conditions whose outcome changed, the findings new, resolved and recurring (by
fingerprint) and the justifications carried over. LAST and THIS are each a workbook, a checked copy
or a JSON report (coopcheck --json). Writes <THIS>.compare.xlsx in --out (default ./out).

Refused (exit 2): two different company numbers, the same fiscal year twice, LAST after THIS.
`;

export interface CompareIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

/** Checks a workbook (or checked copy) without writing anything; throws an Error whose message is the one line naming it. */
export type ReportReader = (file: string, lang: Lang) => Promise<JsonReport>;

/** Runs the command; returns its exit code, or the one-line problem (exit 2). */
export async function runCompare(
  argv: readonly string[],
  io: CompareIo,
  readWorkbook: ReportReader,
  defaultLang: Lang,
  fileProblem: (error: unknown, doing?: 'read' | 'written') => string,
): Promise<number | { problem: string }> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { lang: { type: 'string' }, out: { type: 'string' }, json: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    return { problem: `compare: ${error instanceof Error ? error.message : String(error)} (see coopcheck compare --help)` };
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(COMPARE_USAGE);
    return 0;
  }
  if (positionals.length !== 2)
    return { problem: `compare: expected two files, LAST and THIS, but ${positionals.length} given (see coopcheck compare --help)` };
  const lang = values.lang ?? defaultLang;
  if (!isLang(lang)) return { problem: `compare: --lang ${lang}: expected fr, nl or en` };
  const [lastFile, thisFile] = positionals as [string, string];

  let last: JsonReport;
  let current: JsonReport;
  try {
    // One after the other: each check already uses a worker thread, and a refusal is known only with both.
    last = await readInput(lastFile, io.cwd, lang, readWorkbook, fileProblem);
    current = await readInput(thisFile, io.cwd, lang, readWorkbook, fileProblem);
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
  const refusal = comparisonRefusal(last, current);
  if (refusal) return { problem: `compare ${lastFile} ${thisFile}: ${refusalText(refusal, lang)}` };

  const comparison = compareReports(last, current);
  const outDir = resolve(io.cwd, values.out ?? 'out');
  const written = join(outDir, `${basename(thisFile, extname(thisFile))}.compare.xlsx`);
  try {
    await mkdir(outDir, { recursive: true });
    await comparisonWorkbook(comparison, lang).xlsx.writeFile(written);
  } catch (error) {
    return { problem: `${written}: cannot write the comparison (${fileProblem(error, 'written')})` };
  }
  const json = values.json;
  const tableOut = json === '-' ? { write: () => undefined } : io.stdout;
  tableOut.write(comparisonText(comparison, lang, Boolean(io.stdout.isTTY) && !io.env.NO_COLOR, written));
  if (json !== undefined) {
    const text = `${JSON.stringify(comparison, null, 2)}\n`;
    if (json === '-') io.stdout.write(text);
    else {
      try {
        await writeFile(resolve(io.cwd, json), text);
      } catch (error) {
        return { problem: `${json}: cannot write the comparison JSON (${fileProblem(error, 'written')})` };
      }
    }
  }
  return 0;
}

async function readInput(file: string, cwd: string, lang: Lang, readWorkbook: ReportReader, fileProblem: (error: unknown) => string): Promise<JsonReport> {
  if (extname(file).toLowerCase() !== '.json') return readWorkbook(file, lang);
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new Error(`${file}: ${fileProblem(error)}`, { cause: error });
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new Error(`${file}: not valid JSON`);
  }
  const problem = jsonReportProblem(value);
  if (problem) throw new Error(`${file}: ${problem}`);
  return value as JsonReport;
}

const FINDINGS_SHOWN = 10;

/** The comparison as the terminal shows it, in the language. */
export function comparisonText(comparison: Comparison, lang: Lang, coloured: boolean, written?: string): string {
  const bold = (text: string) => (coloured ? styleText('bold', text) : text);
  const kinds = new Map(CONDITIONS.map((c) => [c.id, c.kind]));
  const { last, this: current } = comparison;
  const who = [current.cooperative, current.companyNumber].filter(Boolean).join(', ');
  const lines = [
    bold(`${C.title[lang].replace('{last}', String(last.fiscalYear)).replace('{this}', String(current.fiscalYear))}${who ? `: ${who}` : ''}`),
    `${last.fiscalYear}: ${last.file} (SHA-256 ${last.sha256.slice(0, 16)}…)`,
    `${current.fiscalYear}: ${current.file} (SHA-256 ${current.sha256.slice(0, 16)}…)`,
  ];
  if (!comparison.sameCompanyChecked) lines.push(C.companyUnchecked[lang]);

  const labelWidth = Math.min(60, Math.max(...comparison.figures.map((f) => figureLabel(f.key, lang).length), 10));
  const cells = comparison.figures.map((f) => [formatFigure(f, f.last, lang), formatFigure(f, f.this, lang), formatFigure(f, f.delta, lang, true)]);
  const widths = [0, 1, 2].map((i) =>
    Math.max(String(i === 0 ? last.fiscalYear : i === 1 ? current.fiscalYear : C.change[lang]).length, ...cells.map((c) => c[i]!.length)),
  );
  const pad = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));
  lines.push(
    '',
    bold(C.figures[lang]),
    bold(
      `${'  '.padEnd(4)}${pad(C.figure[lang], labelWidth)}  ${String(last.fiscalYear).padStart(widths[0]!)}  ${String(current.fiscalYear).padStart(widths[1]!)}  ${C.change[lang].padStart(widths[2]!)}`,
    ),
  );
  comparison.figures.forEach((f, i) => {
    const [a, b, d] = cells[i]!;
    lines.push(
      `${f.table.padEnd(4)}${pad(figureLabel(f.key, lang), labelWidth)}  ${a!.padStart(widths[0]!)}  ${b!.padStart(widths[1]!)}  ${d!.padStart(widths[2]!)}`,
    );
  });

  lines.push('', bold(C.outcomes[lang]));
  if (!comparison.outcomeChanges.length) lines.push(C.noOutcomeChange[lang]);
  for (const change of comparison.outcomeChanges) {
    const kind = kinds.get(change.id);
    const label = (o: typeof change.last) => (o === null ? C.none[lang] : outcomeLabel(o, lang, kind));
    lines.push(`${change.id.padEnd(7)} ${label(change.last)} → ${label(change.this)}`);
  }
  if (comparison.parameterChanges.length) {
    lines.push('', bold(C.parameters[lang]));
    for (const p of comparison.parameterChanges) lines.push(`${p.name}: ${JSON.stringify(p.last)} → ${JSON.stringify(p.this)}`);
  }

  const { new: added, resolved, recurring } = comparison.findings;
  lines.push(
    '',
    bold(
      `${C.findings[lang]}: ${C.findingsSummary[lang].replace('{new}', String(added.length)).replace('{resolved}', String(resolved.length)).replace('{recurring}', String(recurring.length))}`,
    ),
  );
  const findingLine = (status: string, f: JsonFinding) =>
    `${status.padEnd(12)} ${severityLabel(f.severity, lang)} ${f.conditionId} ${f.sheet}!${f.cell}: ${f.message}`;
  const list = (status: string, items: readonly JsonFinding[]) => {
    for (const f of items.slice(0, FINDINGS_SHOWN)) lines.push(findingLine(status, f));
    if (items.length > FINDINGS_SHOWN) lines.push(`${''.padEnd(12)} … +${items.length - FINDINGS_SHOWN}`);
  };
  list(C.statuses.new[lang], added);
  list(C.statuses.resolved[lang], resolved);
  list(
    C.statuses.recurring[lang],
    recurring.map((r) => r.this),
  );

  const j = comparison.justifications;
  lines.push(
    '',
    bold(
      `${C.justifications[lang]}: ${C.justificationsSummary[lang].replace('{carried}', String(j.carriedOver.length)).replace('{lapsed}', String(j.lapsed.length)).replace('{added}', String(j.added.length))}`,
    ),
  );
  for (const r of j.lapsed.slice(0, FINDINGS_SHOWN))
    lines.push(`${C.justificationStatuses.lapsed[lang].padEnd(12)} ${r.fingerprint}: ${r.last.justification!.reason}`);
  if (written) lines.push('', written);
  return `${lines.join('\n')}\n`;
}
