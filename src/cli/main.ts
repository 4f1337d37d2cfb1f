/**
 * The command line (DESIGN.md "Interfaces others rely on"):
 *
 *   coopcheck <workbook.xlsx>… [--year YYYY] [--lang fr|nl|en] [--out DIR] [--json FILE|-]
 *             [--mapping FILE] [--fail-on breach|warning|never] [--param name=value]…
 *             [--justifications FILE] [--summary FILE.csv] [--jobs N]
 *   coopcheck compare LAST THIS [--lang fr|nl|en] [--out DIR] [--json FILE|-]
 *
 * Exit 0: no finding at or above --fail-on; 1: there are; 2: an input could not be read or the
 * arguments are wrong, with a one-line reason (never a stack trace). `run` takes its I/O as a
 * parameter so that tests call it in-process.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs, styleText } from 'node:util';
import packageJson from '../../package.json';
import {
  type CheckResult,
  type Outcome,
  type Severity,
  type CellValue,
  type Progress,
  CONDITIONS,
  mappingOverrideProblems,
  type MappingOverride,
  parameterNameOf,
  parseParameterValue,
  isLang,
  type Lang,
  renderMessage,
  buildSpecialReport,
  jsonReportOf,
  type JsonReport,
  buildDraftReport,
  appendRunLog,
  runLogEntry,
} from '../core';
import { UnreadableWorkbookError } from '../adapters/xlsx-package/unreadable';
import { XlsxPackage } from '../adapters/xlsx-package/package';
import { SHEET_DEFLATE_LEVEL, writeCheckedCopy } from '../adapters/xlsx-package/checked-copy';
import { deflateLargeSheets, readPastFirstLargeSheet } from '../adapters/xlsx-package/sheet-pieces';
import { nodeCodec, writeZipFile } from '../adapters/xlsx-package/zip';
import { XmlPartError } from '../adapters/xlsx-package/xml';
import { ZipError } from '../adapters/xlsx-package/zip-archive';
import { draftReportDocx } from '../adapters/docx';
import { IN_THIS_THREAD_BYTES, KEPT_INFLATED_BYTES, startChecker } from './checker-thread';
import { jsonReportText } from './json-output';
import { fileJustificationLines, JustificationsFileProblem, readJustificationsFile, type FileJustification } from './justifications-file';
import { batchWorkerData, runBatch, serveBatchJobs } from './batch';
import { summaryCsv, type SummaryRow } from './summary-csv';
import { batchProgress } from './batch-progress';

export const TOOL_VERSION: string = packageJson.version;

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  env: Readonly<Record<string, string | undefined>>;
  /** Directory that relative paths are resolved against. */
  cwd: string;
}

const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_UNREADABLE = 2;

const USAGE = `Usage: coopcheck <workbook.xlsx>… [options]
       coopcheck template --lang fr|nl|en --out FILE
       coopcheck compare LAST THIS [--lang fr|nl|en] [--out DIR] [--json FILE|-]

Checks a Belgian accredited cooperative's workbook against the conditions of its ES and CNC
accreditations. Writes <name>.checked.xlsx (flags, notes and the special report sheet).

Options:
  --year YYYY                   fiscal year (default: inferred from the movement and admission dates)
  --lang fr|nl|en               language of the report (default: from LANG, else fr)
  --out DIR                     where to write the checked copies (default: ./out)
  --json FILE|-                 write the JSON report (schemaVersion 1) to FILE, or to stdout with -
                                (one workbook: an object; several: an array of them)
  --mapping FILE                sheet and column mapping, e.g. {"members": {"sheet": "Registre",
                                "columns": {"memberId": "Num"}}}
  --fail-on breach|warning|never  exit 1 when a finding at or above this severity exists (default: breach)
  --param name=value            override a parameter, e.g. --param maxDividendRate=5% (repeatable)
  --report FILE.docx            where to write the draft special report (one workbook only;
                                default: <name>.report.docx beside the checked copy)
  --justifications FILE         reviewers' justifications (.json array of {fingerprint, or conditionId
                                and subject, reason, by, date}, or an .xlsx with a justifications
                                sheet), merged with the workbook's own sheet (one workbook only)
  --summary FILE.csv            one row per workbook (outcomes, breaches, warnings, justified, error);
                                a workbook that cannot be read gets its error in its row and the
                                others go on: exit 2 only for bad arguments, else 1 when a workbook
                                has a finding at or above --fail-on or could not be checked
  --jobs N                      workbooks checked at once (default: the machine's cores)
  -h, --help                    show this help
  --version                     show the version

Exit status: 0 no finding at or above --fail-on, 1 there are, 2 unreadable input or bad arguments.

coopcheck template writes an empty workbook with every sheet and its headers in that language.
coopcheck compare sets last year's check beside this year's (see coopcheck compare --help).
`;

type FailOn = 'breach' | 'warning' | 'never';
const FAIL_ON: Readonly<Record<FailOn, readonly Severity[]>> = { breach: ['breach'], warning: ['breach', 'warning'], never: [] };

interface Options {
  files: string[];
  lang: Lang;
  outDir: string;
  json?: string;
  /** Path of the draft special report (.docx) when one workbook is given; else <name>.report.docx in outDir. */
  report?: string;
  mapping?: MappingOverride;
  failOn: FailOn;
  overrides: Record<string, CellValue>;
  /** `--justifications FILE` as given, and what it holds. */
  justificationsFile?: string;
  justifications?: FileJustification[];
  /** `--summary FILE.csv`, resolved. */
  summary?: string;
  /** Workbooks checked at once. */
  jobs: number;
  /** Check only: no checked copy, no draft report (`compare` reads a workbook this way). */
  readOnly?: boolean;
}

/** Bad arguments or an input that cannot be read: ends the file's check with exit 2 and one line on stderr. */
class CliProblem extends Error {}

function defaultLang(env: CliIo['env']): Lang {
  const locale = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase();
  if (locale.startsWith('nl')) return 'nl';
  if (locale.startsWith('en')) return 'en';
  return 'fr';
}

async function parseOptions(argv: readonly string[], io: CliIo): Promise<Options | 'help' | 'version'> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        year: { type: 'string' },
        lang: { type: 'string' },
        out: { type: 'string' },
        json: { type: 'string' },
        mapping: { type: 'string' },
        report: { type: 'string' },
        'fail-on': { type: 'string' },
        param: { type: 'string', multiple: true },
        justifications: { type: 'string' },
        summary: { type: 'string' },
        jobs: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new CliProblem(`${error instanceof Error ? error.message : String(error)} (see coopcheck --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (values.version) return 'version';
  if (!positionals.length) throw new CliProblem('no workbook given (see coopcheck --help)');
  if (values.report !== undefined && positionals.length > 1) {
    throw new CliProblem(
      `--report ${values.report}: names one file, but ${positionals.length} workbooks are given (without --report, each gets <name>.report.docx)`,
    );
  }

  const lang = values.lang ?? defaultLang(io.env);
  if (!isLang(lang)) throw new CliProblem(`--lang ${lang}: expected fr, nl or en`);
  const failOn = values['fail-on'] ?? 'breach';
  if (!(failOn in FAIL_ON)) throw new CliProblem(`--fail-on ${failOn}: expected breach, warning or never`);

  const overrides: Record<string, CellValue> = {};
  for (const assignment of values.param ?? []) {
    const at = assignment.indexOf('=');
    const name = at > 0 ? parameterNameOf(assignment.slice(0, at)) : undefined;
    if (!name) throw new CliProblem(`--param ${assignment}: expected name=value with a known parameter name`);
    const raw = assignment.slice(at + 1);
    if (parseParameterValue(name, raw) === undefined) throw new CliProblem(`--param ${assignment}: "${raw}" is not a valid value for ${name}`);
    overrides[name] = raw;
  }
  if (values.year !== undefined) {
    if (!/^\d{4}$/.test(values.year)) throw new CliProblem(`--year ${values.year}: expected a year such as 2025`);
    overrides.fiscalYear = Number(values.year);
  }
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new CliProblem(`--jobs ${values.jobs}: expected a whole number of workbooks from 1 to 256`);
  if (values.justifications !== undefined && positionals.length > 1) {
    throw new CliProblem(
      `--justifications ${values.justifications}: holds one workbook's decisions, but ${positionals.length} workbooks are given (each keeps its own in its justifications sheet)`,
    );
  }
  if (values.summary !== undefined && extname(values.summary).toLowerCase() !== '.csv')
    throw new CliProblem(`--summary ${values.summary}: expected a .csv file name`);
  let justifications: FileJustification[] | undefined;
  if (values.justifications !== undefined) {
    try {
      justifications = await readJustificationsFile(resolve(io.cwd, values.justifications), values.justifications, fileProblem);
    } catch (error) {
      throw new CliProblem(error instanceof JustificationsFileProblem ? error.message : `--justifications ${values.justifications}: ${fileProblem(error)}`);
    }
  }

  return {
    files: positionals,
    lang,
    outDir: resolve(io.cwd, values.out ?? 'out'),
    json: values.json,
    report: values.report === undefined ? undefined : resolve(io.cwd, values.report),
    mapping: values.mapping === undefined ? undefined : await readMapping(resolve(io.cwd, values.mapping), values.mapping),
    failOn: failOn as FailOn,
    overrides,
    jobs,
    ...(values.summary !== undefined && { summary: resolve(io.cwd, values.summary) }),
    ...(justifications && { justifications, justificationsFile: values.justifications }),
  };
}

async function readMapping(path: string, shown: string): Promise<MappingOverride> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliProblem(`${shown}: ${fileProblem(error)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CliProblem(`${shown}: not valid JSON`);
  }
  const problems = mappingOverrideProblems(value);
  if (problems.length) throw new CliProblem(`${shown}: ${problems.join('; ')}`);
  return value as MappingOverride;
}

function fileProblem(error: unknown, doing: 'read' | 'written' = 'read'): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOSPC') return 'no space left on the disk';
  return `cannot be ${doing} (${code ?? (error instanceof Error ? error.message : String(error))})`;
}

const UNREADABLE: Readonly<Record<UnreadableWorkbookError['reason'], string>> = {
  encrypted: 'password-protected or not an .xlsx (an OLE compound file: encrypted workbook or legacy .xls); save it as an unprotected .xlsx',
  'not-xlsx': 'not an .xlsx file',
  corrupt: 'not a readable .xlsx file',
};

interface FileOutcome {
  json: JsonReport;
  result: CheckResult;
  checkedCopy: string;
  draftReport: string;
}

/** Files above this size get a progress line (on a terminal), since reading them takes seconds. */
const LARGE_FILE_BYTES = 2_000_000;

/**
 * The name of a workbook's outputs: its own, or with its folder's name in front when another input of
 * the run has the same name (2024/coop.xlsx and 2025/coop.xlsx give 2024-coop and 2025-coop), and a
 * number when even that is the same: one output never silently replaces another.
 */
export function outputStem(file: string, files: readonly string[]): string {
  const stem = (f: string) => basename(f, extname(f));
  const own = stem(file);
  const same = files.filter((f) => stem(f) === own);
  if (same.length < 2) return own;
  const withFolder = (f: string) => `${basename(dirname(resolve(f))) || 'root'}-${stem(f)}`;
  const candidate = withFolder(file);
  return same.filter((f) => withFolder(f) === candidate).length < 2 ? candidate : `${candidate}-${same.indexOf(file) + 1}`;
}

/**
 * Streams the workbook's rows to a worker thread that builds the model and checks it (a register at
 * Excel's row limit fits in well under 1 GB), then writes the checked copy by copying the file's
 * parts, patching only the sheets that get flags: docs/BENCHMARKS.md measures it against exceljs
 * reading the file.
 */
async function checkFile(file: string, options: Options, io: CliIo): Promise<FileOutcome> {
  const path = resolve(io.cwd, file);
  let size: number;
  try {
    const stats = await stat(path);
    if (stats.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    size = stats.size;
  } catch (error) {
    throw new CliProblem(`${file}: ${fileProblem(error)}`);
  }
  const progress = progressLine(io.stderr, file, size);
  progress.start();
  // The checker reads the workbook itself (byte-level sheet reader) in a thread of its own, started first, while this
  // thread opens it for the copy and hashes it; or, for a small workbook, in this thread, from the package this thread
  // opened for the copy (checker-thread.ts).
  const inThisThread = size <= IN_THIS_THREAD_BYTES;
  let pkg: XlsxPackage | undefined;
  let sheetPieces: ReturnType<typeof deflateLargeSheets> | undefined;
  // The large sheets are deflated in pieces while the checker thread reads and checks: the copy then redoes only the
  // pieces with a cell to flag. The checker thread keeps a core: on 2 cores, 4 pieces deflating at once took it (a million
  // members, median of 5: 16.9 s against 15.9 s with one at a time).
  const cutPieces = (open: XlsxPackage) =>
    (sheetPieces ??= deflateLargeSheets(
      open,
      { crc32: nodeCodec.crc32, pieces: nodeCodec.pieces! },
      SHEET_DEFLATE_LEVEL,
      Math.max(1, availableParallelism() - 1),
    ));
  const openPackage = async () => {
    try {
      return await XlsxPackage.open(path);
    } catch (error) {
      progress.stop();
      if (error instanceof UnreadableWorkbookError) throw new CliProblem(`${file}: ${UNREADABLE[error.reason]}`);
      if (error instanceof ZipError || error instanceof XmlPartError) throw readProblem(file, error);
      throw new CliProblem(`${file}: ${fileProblem(error)}`);
    }
  };
  // A workbook checked in this thread is opened once, by this thread, and the sheets its reader inflates are kept: a
  // sheet with merged ranges is read again, and a flagged one patched, without inflating it again (docs/BENCHMARKS.md).
  if (inThisThread) {
    pkg = await openPackage();
    pkg.keepInflated(KEPT_INFLATED_BYTES);
  }
  const checker = startChecker(
    {
      workbook: path,
      lang: options.lang,
      mapping: options.mapping,
      parameterOverrides: options.overrides,
      ...(options.justifications && { justifications: options.justifications }),
    },
    (read) => {
      progress.update(read);
      // The pieces start once the checker thread has read past the first large sheet (the register, read before the
      // movements), so that they end before the check does: started when the read ended, they ended 1.5 s after the check
      // at a million members and the copy waited for them (×6: 12.20 s → 11.94 s; docs/BENCHMARKS.md). Not when the
      // checker reads in this thread, where they would hold up the read.
      if (!inThisThread && !options.readOnly && pkg && read.phase === 'reading' && read.sheet !== undefined && readPastFirstLargeSheet(pkg, read.sheet))
        cutPieces(pkg);
    },
    { inThisThread, workbook: inThisThread ? pkg : undefined },
  );
  if (!pkg) {
    try {
      pkg = await openPackage();
    } catch (error) {
      await checker.stop();
      throw error;
    }
  }
  try {
    const [sha256, { hasData, state }] = await Promise.all([
      sha256Of(path),
      checker.read().catch((error: unknown) => {
        throw readProblem(file, error);
      }),
    ]);
    if (!hasData) throw new CliProblem(`${file}: empty workbook (no sheet holds any data)`);
    if (!options.readOnly) cutPieces(pkg);
    const result = await checker.result();
    // The checker thread's model is not needed any more: its heap goes before the copy is written.
    await checker.stop();
    const fileName = basename(file);
    const input = { fileName, sha256, toolVersion: TOOL_VERSION };
    // The checker thread rendered the findings: the report's findings are the result's, not a copy.
    const json = jsonReportOf(result, input, options.lang);
    if (options.readOnly) return { json, result, checkedCopy: '', draftReport: '' };
    const checkedAt = new Date().toISOString();
    // The run log: the state's earlier entries and this check, kept in the copy's state sheet and shown on the summary sheet.
    const runLog = appendRunLog(state.runLog, runLogEntry(result, { checkedAt, toolVersion: TOOL_VERSION, sha256 }));
    const report = buildSpecialReport(result, { ...input, checkedAt, history: runLog }, options.lang);

    progress.update({ phase: 'writing', done: 0, total: 1 });
    // The copy's name always differs from the input's (".checked" is added), so the input is never overwritten.
    const stem = outputStem(file, options.files);
    const checkedCopy = join(options.outDir, `${stem}.checked.xlsx`);
    // The draft special report (.docx) beside the checked copy, never over the input.
    const draftReport = options.report ?? join(options.outDir, `${stem}.report.docx`);
    if (resolve(draftReport) === path) throw new CliProblem(`${file}: --report names the input workbook; choose another file`);
    try {
      await mkdir(options.outDir, { recursive: true });
      await writeZipFile(checkedCopy, (writer) =>
        writeCheckedCopy(pkg, writer, { findings: result.findings, lang: options.lang, report, state: { ...state, runLog }, sheetPieces }),
      );
    } catch (error) {
      // A part of the input found damaged only now (the copy inflates the parts it edits) is the input's fault, not the output's.
      if (error instanceof ZipError || error instanceof XmlPartError) throw new CliProblem(`${file}: damaged workbook (${error.message})`);
      throw new CliProblem(`${checkedCopy}: cannot write the checked copy (${fileProblem(error, 'written')})`);
    }
    try {
      await writeFile(draftReport, await draftReportDocx(buildDraftReport(result, { ...input, checkedAt }, options.lang), { codec: nodeCodec }));
    } catch (error) {
      throw new CliProblem(`${draftReport}: cannot write the draft report (${fileProblem(error, 'written')})`);
    }
    return { json, result, checkedCopy, draftReport };
  } finally {
    progress.stop();
    await checker.stop();
    await pkg.close();
  }
}

/** A workbook the checker thread could not read: one line naming the file and, when damaged, the part. */
function readProblem(file: string, error: unknown): unknown {
  if (error instanceof UnreadableWorkbookError) return new CliProblem(`${file}: ${UNREADABLE[error.reason]}`);
  if (error instanceof ZipError || error instanceof XmlPartError) return new CliProblem(`${file}: damaged workbook (${error.message})`);
  return error;
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** A single self-overwriting line on stderr while a large file is read and flagged; silent otherwise. */
function progressLine(stderr: OutputStream, file: string, size: number) {
  const active = Boolean(stderr.isTTY) && size >= LARGE_FILE_BYTES;
  let last = 0;
  let lastPhase = '';
  const show = (text: string) => {
    if (active) stderr.write(`\r\x1b[K${text}`);
  };
  return {
    start: () => show(`Reading ${file} (${(size / 1e6).toFixed(1)} MB)...`),
    update: (p: Progress) => {
      // Nothing to show, nothing to format (the first toLocaleString loads ICU's number formats: 12 ms).
      if (!active) return;
      // At most five updates a second, but a new phase always shows.
      const now = Date.now();
      if (now - last < 200 && p.phase === lastPhase) return;
      last = now;
      lastPhase = p.phase;
      const where = p.sheet ? ` ${p.sheet}` : '';
      // A streamed sheet's row count is not known until its end.
      const count = p.total ? `${p.done.toLocaleString('en')} / ${p.total.toLocaleString('en')}` : p.done.toLocaleString('en');
      if (p.phase === 'reading') show(`Reading${where}: row ${count}`);
      else if (p.phase === 'flagging') show(`Flagging cells: ${count}`);
      else show(`Writing the checked copy of ${file}...`);
    },
    stop: () => {
      if (active) stderr.write('\r\x1b[K');
    },
  };
}

const OUTCOME_STYLE: Readonly<Record<Outcome, Parameters<typeof styleText>[0]>> = {
  passed: 'green',
  attested: 'green',
  failed: 'red',
  review: 'yellow',
  'missing-evidence': 'yellow',
  'not-evaluated': 'magenta',
  crashed: 'magenta',
  'not-applicable': 'gray',
  justified: 'cyan',
};
const TITLE_WIDTH = 70;
const FINDINGS_SHOWN = 15;

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 3)}...`;
}

/** Colours only on a terminal, and never when NO_COLOR is set (no-color.org). */
function printTable(out: OutputStream, outcome: FileOutcome, lang: Lang, env: CliIo['env']): void {
  const coloured = Boolean(out.isTTY) && !env.NO_COLOR;
  const colour = (style: Parameters<typeof styleText>[0], text: string) => (coloured ? styleText(style, text) : text);
  const { result, json, checkedCopy, draftReport } = outcome;
  const titles = new Map(CONDITIONS.map((c) => [c.id, c.title[lang]]));
  const idWidth = Math.max(2, ...result.conditions.map((c) => c.id.length));
  const outcomeWidth = Math.max(7, ...result.conditions.map((c) => c.outcome.length));
  const lines = [
    colour(
      'bold',
      `${json.input.file}: fiscal year ${result.fiscalYear.year}${result.fiscalYear.inferred ? ' (inferred from the data; give --year to set it)' : ''}`,
    ),
    colour('bold', `${'ID'.padEnd(idWidth)}  ${'OUTCOME'.padEnd(outcomeWidth)}  FINDINGS  CONDITION`),
    ...result.conditions.map(
      (c) =>
        `${c.id.padEnd(idWidth)}  ${colour(OUTCOME_STYLE[c.outcome], c.outcome.padEnd(outcomeWidth))}  ${String(c.findings).padStart(8)}  ${truncate(titles.get(c.id) ?? '', TITLE_WIDTH)}`,
    ),
  ];
  const shown = result.findings.filter((f) => f.severity !== 'info');
  if (shown.length) lines.push('');
  for (const finding of shown.slice(0, FINDINGS_SHOWN)) {
    const condition = CONDITIONS.find((c) => c.id === finding.conditionId);
    const message = condition ? renderMessage(finding, condition, lang) : finding.messageId;
    lines.push(
      `${colour(finding.severity === 'breach' ? 'red' : 'yellow', finding.severity)} ${finding.conditionId} ${finding.sheet}!${finding.cell}: ${message}`,
    );
  }
  if (shown.length > FINDINGS_SHOWN) lines.push(`... and ${shown.length - FINDINGS_SHOWN} more (see the checked copy or --json)`);
  const count = (severity: Severity) => shown.filter((f) => f.severity === severity).length;
  lines.push('', `${count('breach')} breach(es), ${count('warning')} warning(s). Checked copy: ${checkedCopy}`, `Draft special report: ${draftReport}`, '');
  out.write(lines.join('\n'));
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const fail = (message: string) => {
    io.stderr.write(`coopcheck: ${message}\n`);
    return EXIT_UNREADABLE;
  };
  // The template and compare commands load exceljs: only when run, so that a check starts sooner.
  if (argv[0] === 'template') {
    const { runTemplate } = await import('./template-command');
    const problem = await runTemplate(argv.slice(1), io.cwd, (text) => io.stdout.write(text));
    return problem === undefined ? EXIT_OK : fail(problem);
  }
  if (argv[0] === 'compare') {
    const readWorkbook = async (file: string, lang: Lang) => {
      const options: Options = { files: [file], lang, outDir: io.cwd, failOn: 'breach', overrides: {}, jobs: 1, readOnly: true };
      try {
        return (await checkFile(file, options, io)).json;
      } catch (error) {
        throw new Error(describeFailure(error, file), { cause: error });
      }
    };
    const { runCompare } = await import('./compare-command');
    const outcome = await runCompare(argv.slice(1), io, readWorkbook, defaultLang(io.env), fileProblem);
    return typeof outcome === 'number' ? outcome : fail(outcome.problem);
  }
  let options: Options | 'help' | 'version';
  try {
    options = await parseOptions(argv, io);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  if (options === 'help') {
    io.stdout.write(USAGE);
    return EXIT_OK;
  }
  if (options === 'version') {
    io.stdout.write(`${TOOL_VERSION}\n`);
    return EXIT_OK;
  }

  const tableOut = options.json === '-' ? io.stderr : io.stdout;
  const failing = FAIL_ON[options.failOn];
  const { summary } = options;
  const progress = summary
    ? batchProgress<FileOutcome>(io.stderr, options.files.length, ({ json }) => ({
        breaches: json.findings.filter((f) => f.severity === 'breach').length,
        warnings: json.findings.filter((f) => f.severity === 'warning').length,
      }))
    : undefined;
  // Several workbooks are checked at once, one per worker thread (batch.ts); tables still print in the order given.
  const settled = await runBatch<FileOutcome>({
    files: options.files,
    jobs: options.jobs,
    // A large file's own progress line would fight the batch's bar.
    local: (file) => checkFile(file, options, summary ? { ...io, stderr: { write: () => undefined } } : io),
    describe: describeFailure,
    worker: { moduleUrl: import.meta.url, exportName: 'batchWorker', data: { options, cwd: io.cwd, env: { ...io.env } } satisfies BatchWorkerData },
    onSettled: (_, file, result) => progress?.settled(file, result),
    onInOrder: (_, file, result) => {
      if (summary) return;
      if (!result.ok) {
        fail(result.message);
        return;
      }
      printTable(tableOut, result.value, options.lang, io.env);
      if (options.justificationsFile) {
        for (const line of fileJustificationLines(options.justificationsFile, file, result.value.result.justificationProblems))
          io.stderr.write(`coopcheck: ${line}\n`);
      }
    },
  });
  progress?.stop();
  const reports: JsonReport[] = [];
  let exit = EXIT_OK;
  for (const result of settled) {
    // Without --summary an unreadable workbook is exit 2, as the first edition's contract says; in a
    // batch it is in its row, and counts like a breach: could not check must never look like passed.
    if (!result.ok) {
      exit = summary ? Math.max(exit, EXIT_FINDINGS) : EXIT_UNREADABLE;
      continue;
    }
    reports.push(result.value.json);
    if (result.value.result.findings.some((f) => failing.includes(f.severity)) && exit === EXIT_OK) exit = EXIT_FINDINGS;
  }

  if (summary) {
    const rows: SummaryRow[] = await Promise.all(
      settled.map(async (result, i): Promise<SummaryRow> => {
        const file = options.files[i]!;
        if (result.ok) return { file, report: result.value.json };
        const sha256 = await sha256Of(resolve(io.cwd, file)).catch(() => undefined);
        return { file, error: result.message, ...(sha256 && { sha256 }) };
      }),
    );
    try {
      await writeFile(
        summary,
        summaryCsv(
          rows,
          CONDITIONS.map((c) => c.id),
          options.lang,
        ),
      );
    } catch (error) {
      return fail(`${summary}: cannot write the summary (${fileProblem(error)})`);
    }
    const notChecked = settled.filter((r) => !r.ok).length;
    tableOut.write(`Summary of ${options.files.length} workbook(s)${notChecked ? `, ${notChecked} not checked` : ''}: ${summary}\n`);
  }

  if (options.json !== undefined && reports.length) {
    const pieces = jsonReportText(reports.length === 1 ? reports[0]! : reports);
    if (options.json === '-') {
      for (const piece of pieces) io.stdout.write(piece);
      io.stdout.write('\n');
    } else {
      try {
        await writeFile(
          resolve(io.cwd, options.json),
          (function* () {
            yield* pieces;
            yield '\n';
          })(),
        );
      } catch (error) {
        return fail(`${options.json}: cannot write the JSON report (${fileProblem(error, 'written')})`);
      }
    }
  }
  return exit;
}

/** The one line naming a file that could not be checked, whatever was thrown. */
function describeFailure(error: unknown, file: string): string {
  // Anything unexpected still ends in one line naming the file, as the contract asks.
  return error instanceof CliProblem ? error.message : `${file}: ${error instanceof Error ? error.message : String(error)}`;
}

interface BatchWorkerData {
  options: Options;
  cwd: string;
  env: Record<string, string | undefined>;
}

/** Runs in a batch worker thread (batch.ts): checks each workbook it is given, writing its copy and draft report. */
export function batchWorker(): void {
  const { options, cwd, env } = batchWorkerData<BatchWorkerData>();
  const silent = { write: () => undefined, isTTY: false };
  serveBatchJobs((file) => checkFile(file, options, { stdout: silent, stderr: silent, env, cwd }), describeFailure);
}

/** Entry point of bin/coopcheck.js. */
export async function main(): Promise<void> {
  process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });
}
