/**
 * `--justifications FILE` (DESIGN.md "CLI, second edition"): reviewers' decisions given beside the
 * workbook, merged with its own `justifications` sheet by the engine (CheckOptions.justifications).
 *
 * - a .json file: an array (or `{ "justifications": [...] }`) of
 *   `{ "fingerprint": "ES-7|M001 2025-06-17|voterAboveTenth", "reason": "…", "by": "…", "date": "2026-03-01" }`
 *   or `{ "conditionId": "ES-7", "subject": "M001 2025-06-17", "reason": "…" }`;
 * - an .xlsx file: its `justifications` sheet, found and read by the same extractor as the workbook's.
 *
 * A file the auditor gives is refused whole (exit 2, one line naming the entry or cell) when an entry
 * has no reason, names no finding or has a date that is not one: unlike the workbook's own sheet,
 * its rows have no cell in the checked copy on which a DATA finding could be shown. The entries keep
 * where they were read (`at`), so that a stale or duplicate one can be named after the check.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { type JustificationInput, type JustificationProblem, justificationsOfModel, parseDate, a1 } from '../core';
import { UnreadableWorkbookError } from '../adapters/xlsx-package/unreadable';
import { extractWorkbookPackage } from '../adapters/xlsx/read-workbook';
import { XlsxPackage } from '../adapters/xlsx-package/package';

/** A justification from the file: no origin (it has no cell in the checked workbook), but where it was read. */
export interface FileJustification extends JustificationInput {
  /** "entry 3" of a JSON file, or "Justifications!A4" of a workbook. */
  at: string;
}

/** What is wrong with the file, as the one line the CLI prints after `coopcheck: `. */
export class JustificationsFileProblem extends Error {}

const UNREADABLE: Readonly<Record<UnreadableWorkbookError['reason'], string>> = {
  encrypted: 'password-protected or not an .xlsx',
  'not-xlsx': 'neither a .json file nor an .xlsx file',
  corrupt: 'not a readable .xlsx file',
};

export async function readJustificationsFile(path: string, shown: string, fileProblem: (error: unknown) => string): Promise<FileJustification[]> {
  const problem = (text: string) => new JustificationsFileProblem(`--justifications ${shown}: ${text}`);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw problem(fileProblem(error));
  }
  const looksJson =
    extname(path).toLowerCase() === '.json' ||
    /^\s*[[{]/.test(
      bytes
        .subarray(0, 64)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    );
  return looksJson ? fromJson(bytes.toString('utf8').replace(/^\uFEFF/, ''), problem) : fromWorkbook(path, problem);
}

function fromJson(text: string, problem: (text: string) => Error): FileJustification[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw problem('not valid JSON');
  }
  const list = Array.isArray(value) ? value : (value as { justifications?: unknown } | null)?.justifications;
  if (!Array.isArray(list)) throw problem('expected an array of {fingerprint or conditionId and subject, reason, by, date}');
  return list.map((entry: unknown, i) => {
    const at = `entry ${i + 1}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw problem(`${at}: not an object`);
    const e = entry as Record<string, unknown>;
    const text = (key: string) => {
      const v = e[key];
      if (v === undefined || v === null) return undefined;
      if (typeof v !== 'string') throw problem(`${at}: "${key}" must be text`);
      return v.trim() || undefined;
    };
    const fingerprint = text('fingerprint');
    const conditionId = text('conditionId');
    const subject = text('subject');
    const reason = text('reason');
    const by = text('by');
    const dateText = text('date');
    if (!reason) throw problem(`${at}: no reason (every justification needs one)`);
    if (!fingerprint && !(conditionId && subject)) throw problem(`${at}: names no finding (give a fingerprint, or a conditionId and a subject)`);
    const date = dateText === undefined ? undefined : parseDate(dateText);
    if (dateText !== undefined && date === undefined) throw problem(`${at}: "${dateText}" is not a date (2026-03-01 or 01/03/2026)`);
    return {
      at,
      reason,
      ...(fingerprint && { fingerprint }),
      ...(conditionId && { conditionId }),
      ...(subject && { subject }),
      ...(by && { by }),
      ...(date !== undefined && { date }),
    };
  });
}

async function fromWorkbook(path: string, problem: (text: string) => Error): Promise<FileJustification[]> {
  let pkg: XlsxPackage;
  try {
    pkg = await XlsxPackage.open(path);
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw problem(UNREADABLE[error.reason]);
    throw problem('not a readable .xlsx file');
  }
  try {
    let model;
    try {
      ({ model } = await extractWorkbookPackage(pkg));
    } catch {
      throw problem('not a readable .xlsx file');
    }
    const mapping = model.mappings.justifications;
    if (!mapping) throw problem('no justifications sheet found (a sheet with the columns Fingerprint, or Condition and Subject, and Reason)');
    const issue = model.issues.find((i) => (i.kind === 'requiredValueMissing' || i.kind === 'cellUnparsable') && i.sheetKind === 'justifications');
    if (issue?.kind === 'requiredValueMissing') throw problem(`${issue.sheet}!${issue.cell}: no reason (every justification needs one)`);
    if (issue?.kind === 'cellUnparsable') throw problem(`${issue.sheet}!${issue.cell}: "${issue.raw}" is not a ${issue.expected}`);
    return justificationsOfModel(model.justifications).map(({ origin, ...input }) => {
      const at = origin ? `${origin.sheet}!${a1(Math.min(...(Object.values(origin.columns) as number[])), origin.row)}` : mapping.sheet;
      if (!input.fingerprint && !(input.conditionId && input.subject))
        throw problem(`${at}: names no finding (give a fingerprint, or a condition and a subject)`);
      return { ...input, at };
    });
  } finally {
    await pkg.close();
  }
}

/** One line per justification of the file that named no finding of this check, or one already justified. */
export function fileJustificationLines(shown: string, workbook: string, problems: readonly JustificationProblem[]): string[] {
  return problems
    .filter((p) => !p.input.origin && typeof (p.input as Partial<FileJustification>).at === 'string')
    .map(
      (p) =>
        `--justifications ${shown}: ${(p.input as FileJustification).at} (${p.names}): ${p.kind === 'stale' ? `names no finding of ${workbook}` : 'names a finding already justified'}; ignored`,
    );
}
