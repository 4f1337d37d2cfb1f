/**
 * Issue 10, "Flags": the three faces flag the same workbook identically. One workbook (user fills, a
 * user's note, a cell with a breach and a warning, cells flagged once and not again, one of them
 * repainted by the user in between) is checked three times — all findings, fewer, none — through
 * the CLI's package writer, the page's code (READERS.package) and the Office fake with OfficeJsSink.
 * Every cell's value, fill and note, and the records the state keeps, are compared after each check;
 * the copies are read back with exceljs, a reader none of the writers uses.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { CONDITIONS, type Finding, type Severity, type SpecialReport, fingerprintOf } from '../../src/core';
import { extractPackage } from '../oracles/exceljs/stream-source';
import { flagNote } from '../../src/adapters/flag-style';
import { OfficeJsSink } from '../../src/adapters/officejs/sink';
import { STATE_SHEET_NAME, parseState, type FlagRecord } from '../../src/adapters/workbook-state';
import { writeCheckedCopy } from '../../src/adapters/xlsx-package/checked-copy';
import { XlsxPackage } from '../../src/adapters/xlsx-package/package';
import { writeZipFile } from '../../src/adapters/xlsx-package/zip';
import { READERS } from '../../src/ui/worker/readers';
import { installFakeOffice } from '../fake-excel/excel-api';
import { FakeWorkbook, type Scalar } from '../fake-excel/workbook';
import { openXlsx } from '../helpers/xlsx';

const USER_SHEETS = ['Registre', 'AG'];
const YELLOW = 'FFFFFF00';
const GREEN = 'FF00B050';
const BLUE = 'FFBDD7EE';
/** What the user paints F6 after the first check. */
const DARK_BLUE = 'FF0070C0';
const BREACH = 'FFFFC7CE';
const WARNING = 'FFFFEB9C';
const USER_NOTE = 'Vu avec la trésorière le 3 mars.';

const conditions = new Map(CONDITIONS.map((c) => [c.id, c]));

function finding(sheet: string, cell: string, severity: Severity, conditionId: string, messageId: string): Finding {
  const params = conditions.get(conditionId)!.messages[messageId].example as Finding['params'];
  const subject = `${sheet}!${cell}`;
  return { sheet, cell, severity, conditionId, messageId, params, subject, fingerprint: fingerprintOf(conditionId, subject, messageId) };
}

const refundAboveCap = (cell: string) => finding('Registre', cell, 'breach', 'ES-5', 'refundAboveCap');
const refundMissing = (cell: string) => finding('Registre', cell, 'warning', 'ES-5', 'refundMissing');
const voterAboveTenth = (sheet: string, cell: string) => finding(sheet, cell, 'breach', 'ES-7', 'voterAboveTenth');

/** The three checks: everything, then fewer findings (E4 down to a warning, B2, D2 and F6 gone), then none. The user repaints F6 after the first. */
const CHECKS: Finding[][] = [
  [
    refundAboveCap('B2'),
    refundMissing('D2'),
    voterAboveTenth('Registre', 'E4'),
    refundMissing('E4'),
    refundMissing('F6'),
    voterAboveTenth('AG', 'C2'),
    voterAboveTenth('Absente', 'A1'),
    { ...refundMissing('A3'), severity: 'info' },
  ],
  [refundMissing('E4'), voterAboveTenth('AG', 'C2')],
  [],
];

const report: SpecialReport = { lang: 'fr', sheetName: 'Rapport spécial', title: 'Rapport spécial', header: [], tables: [] };

const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

async function inputWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const register = workbook.addWorksheet('Registre');
  register.addRows([
    ['N° sociétaire', 'Nom', 'Parts', 'Libéré', 'Remboursé', 'E-mail'],
    ...Array.from({ length: 6 }, (_, i) => [`M00${i + 1}`, `Membre ${i + 1}`, 2 + i, 50 + 25 * i, i === 2 ? 80 : 0, `m${i + 1}@example.be`]),
  ]);
  register.getCell('B2').fill = solid(YELLOW);
  register.getCell('C3').fill = solid(GREEN);
  register.getCell('E4').fill = solid(BLUE);
  register.getCell('D2').note = USER_NOTE;
  const meeting = workbook.addWorksheet('AG');
  meeting.addRows([
    ["Date de l'AG", 'N° sociétaire', 'Voix'],
    ['2025-06-17', 'M001', 3],
  ]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

interface CellSeen {
  value?: Scalar;
  /** A solid fill's ARGB, else a description that matches no face's. */
  fill: string | null;
  note: string | null;
}

/** What a face leaves: every cell of the user's sheets with a value, fill or note, and the state's records. */
interface Outcome {
  cells: Record<string, CellSeen>;
  records: { sheet: string; cell: string; fill: string | null; note: string | null }[];
}

function argbOf(fill: ExcelJS.Fill | null | undefined): string | null {
  if (!fill || (fill.type === 'pattern' && fill.pattern === 'none')) return null;
  return fill.type === 'pattern' && fill.pattern === 'solid' && fill.fgColor?.argb ? fill.fgColor.argb.toUpperCase() : JSON.stringify(fill);
}

const noteText = (note: FlagRecord['note'] | undefined): string | null =>
  note == null ? null : typeof note === 'string' ? note : (note.texts ?? []).map((run) => run.text).join('');

const recordsOf = (flags: readonly FlagRecord[]): Outcome['records'] =>
  flags.map((r) => ({ sheet: r.sheet, cell: r.cell, fill: argbOf(r.fill), note: noteText(r.note) }));

/** A checked copy read back with exceljs. */
async function outcomeOfCopy(bytes: Uint8Array): Promise<Outcome> {
  const workbook = await openXlsx(bytes);
  const cells: Record<string, CellSeen> = {};
  for (const name of USER_SHEETS) {
    const sheet = workbook.getWorksheet(name)!;
    for (let row = 1; row <= sheet.rowCount; row += 1) {
      for (let column = 1; column <= sheet.columnCount; column += 1) {
        const cell = sheet.getCell(row, column);
        const seen: CellSeen = { fill: argbOf(cell.fill), note: noteText(cell.note) };
        if (cell.value !== null && cell.value !== undefined) seen.value = cell.value as Scalar;
        if (seen.value !== undefined || seen.fill || seen.note) cells[`${name}!${cell.address}`] = seen;
      }
    }
  }
  let json = '';
  workbook
    .getWorksheet(STATE_SHEET_NAME)
    ?.getColumn(1)
    .eachCell((cell) => {
      json += String(cell.value);
    });
  return { cells, records: recordsOf(parseState(json).flags) };
}

/** The workbook open in the fake Excel, as the user would see it. */
function outcomeOfBook(book: FakeWorkbook): Outcome {
  const cells: Record<string, CellSeen> = {};
  for (const name of USER_SHEETS) {
    const sheet = book.sheet(name);
    const seen = (address: string) => (cells[`${name}!${address}`] ??= { fill: null, note: null });
    for (const [row, column, cell] of sheet.entries()) {
      const at = seen(`${String.fromCharCode(65 + column)}${row + 1}`);
      if (cell.value !== undefined) at.value = cell.value;
      if (cell.fill) at.fill = `FF${cell.fill.slice(1)}`;
    }
    for (const [address, text] of sheet.notes) seen(address).note = text;
  }
  const state = book.find(STATE_SHEET_NAME);
  const json = state
    ? [...state.entries()]
        .filter(([, column]) => column === 0)
        .sort(([a], [b]) => a - b)
        .map(([, , cell]) => String(cell.value ?? ''))
        .join('')
    : '';
  return { cells, records: recordsOf(parseState(json).flags) };
}

/** The input in the fake Excel: its values, solid fills and notes, as Excel would open it. */
async function fakeBookOf(bytes: Uint8Array): Promise<FakeWorkbook> {
  const workbook = await openXlsx(bytes);
  const book = new FakeWorkbook();
  for (const name of USER_SHEETS) {
    const sheet = book.addSheet(name);
    workbook.getWorksheet(name)!.eachRow((row) =>
      row.eachCell((cell) => {
        sheet.setValues(cell.address, [[cell.value as Scalar]]);
        const argb = argbOf(cell.fill);
        if (argb) sheet.setFill(cell.address, `#${argb.slice(2)}`);
        const note = noteText(cell.note);
        if (note !== null) sheet.setNote(cell.address, note);
      }),
    );
  }
  return book;
}

/** The user, in Excel, paints the flagged F6 in a colour of their own and saves. */
async function repainted(bytes: Uint8Array): Promise<Uint8Array> {
  const workbook = await openXlsx(bytes);
  const cell = workbook.getWorksheet('Registre')!.getCell('F6');
  // A copy of the style: exceljs shares one style object between the cells of one format (D2's flag too).
  cell.style = { ...cell.style, fill: solid(DARK_BLUE) };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** (a) The CLI: each check's copy written by the package writer from the previous copy, as src/cli/main.ts calls it. */
async function cliFace(input: Uint8Array): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let bytes = input;
  for (const findings of CHECKS) {
    const dir = mkdtempSync(join(tmpdir(), 'coopcheck-faces-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'coop.xlsx'), bytes);
    const pkg = await XlsxPackage.open(join(dir, 'coop.xlsx'));
    try {
      const { state } = await extractPackage(pkg);
      await writeZipFile(join(dir, 'coop.checked.xlsx'), (writer) => writeCheckedCopy(pkg, writer, { findings, lang: 'fr', report, state }));
    } finally {
      await pkg.close();
    }
    bytes = readFileSync(join(dir, 'coop.checked.xlsx'));
    outcomes.push(await outcomeOfCopy(bytes));
    if (outcomes.length === 1) bytes = await repainted(bytes);
  }
  return outcomes;
}

/** (b) The page: the worker's reader opens each copy as the user drops it, and writes the next. */
async function pageFace(input: Uint8Array): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let bytes = input;
  for (const findings of CHECKS) {
    const held = await READERS.package.open(bytes, () => undefined);
    bytes = await held.checkedCopy!(findings, report, 'fr', {}, () => undefined);
    outcomes.push(await outcomeOfCopy(bytes));
    if (outcomes.length === 1) bytes = await repainted(bytes);
  }
  return outcomes;
}

/** (c) Excel: the three checks flag the open workbook in turn. */
async function excelFace(input: Uint8Array): Promise<Outcome[]> {
  const book = await fakeBookOf(input);
  onTestFinished(installFakeOffice(book, { excelApi: '1.18' }));
  const outcomes: Outcome[] = [];
  for (const findings of CHECKS) {
    await new OfficeJsSink().applyFlags(findings, 'fr');
    outcomes.push(outcomeOfBook(book));
    if (outcomes.length === 1) book.sheet('Registre').setFill('F6', `#${DARK_BLUE.slice(2)}`);
  }
  return outcomes;
}

const note = (...findings: Finding[]) => flagNote(findings, 'fr', conditions);

describe('the three faces flag one workbook identically (issue 10)', () => {
  it('Excel flags, notes, re-flags and restores as the flag plan says', async () => {
    const input = await inputWorkbook();
    const [first, second, third] = await excelFace(input);
    const pristine = (await outcomeOfCopy(input)).cells;

    expect(first!.cells).toMatchObject({
      'Registre!B2': { fill: BREACH, note: note(refundAboveCap('B2')) },
      // The user's note stays as it is; the finding is on the summary sheet.
      'Registre!D2': { fill: WARNING, note: USER_NOTE },
      'Registre!E4': { fill: BREACH, note: note(voterAboveTenth('Registre', 'E4'), refundMissing('E4')) },
      'Registre!F6': { fill: WARNING, note: note(refundMissing('F6')) },
      'Registre!C3': { fill: GREEN, note: null },
      'AG!C2': { fill: BREACH, note: note(voterAboveTenth('AG', 'C2')) },
    });
    expect(first!.cells['Registre!E4']!.note).toMatch(/^CoopCheck: ES-7 .+\n\nCoopCheck: ES-5 /s);
    expect(first!.records).toEqual([
      { sheet: 'Registre', cell: 'B2', fill: YELLOW, note: null },
      { sheet: 'Registre', cell: 'D2', fill: null, note: USER_NOTE },
      { sheet: 'Registre', cell: 'E4', fill: BLUE, note: null },
      { sheet: 'Registre', cell: 'F6', fill: null, note: null },
      { sheet: 'AG', cell: 'C2', fill: null, note: null },
    ]);

    expect(second!.cells).toMatchObject({
      'Registre!B2': { fill: YELLOW, note: null },
      'Registre!D2': { fill: null, note: USER_NOTE },
      'Registre!E4': { fill: WARNING, note: note(refundMissing('E4')) },
      // The user's colour stays; CoopCheck's note goes.
      'Registre!F6': { fill: DARK_BLUE, note: null },
      'AG!C2': { fill: BREACH },
    });
    // E4 flagged again keeps its first record: the blue it had before any flag.
    expect(second!.records).toEqual([
      { sheet: 'Registre', cell: 'E4', fill: BLUE, note: null },
      { sheet: 'AG', cell: 'C2', fill: null, note: null },
    ]);

    expect(third).toEqual({ cells: { ...pristine, 'Registre!F6': { ...pristine['Registre!F6'], fill: DARK_BLUE } }, records: [] });
  });

  it("the CLI's package writer leaves every cell and record as Excel does", async () => {
    const input = await inputWorkbook();
    expect(await cliFace(input)).toEqual(await excelFace(input));
  });

  it("the page's checked copy leaves every cell and record as Excel does", async () => {
    const input = await inputWorkbook();
    expect(await pageFace(input)).toEqual(await excelFace(input));
  });
});
