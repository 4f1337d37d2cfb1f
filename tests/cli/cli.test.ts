/**
 * The CLI contract of DESIGN.md, run in-process through `run(argv, io)`, and once through the built
 * bin in a child process.
 */
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { run, type CliIo } from '../../src/cli/main';
import { CONDITIONS } from '../../src/core/conditions/registry';
import { cooperativeSheets, openXlsx, utc, xlsxOf, type Rows } from '../helpers/xlsx';

const ROOT = join(__dirname, '../..');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'coopcheck-cli-'));
  dirs.push(dir);
  return dir;
}

interface Run {
  exit: number;
  stdout: string;
  stderr: string;
  dir: string;
}

async function cli(argv: string[], dir = tempDir(), env: CliIo['env'] = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const exit = await run(argv, {
    stdout: {
      write: (text: string) => {
        stdout += text;
      },
    },
    stderr: {
      write: (text: string) => {
        stderr += text;
      },
    },
    env,
    cwd: dir,
  });
  return { exit, stdout, stderr, dir };
}

async function workbookFile(sheets: Readonly<Record<string, Rows>>, name = 'coop.xlsx', configure?: (w: ExcelJS.Workbook) => void): Promise<string> {
  const dir = tempDir();
  writeFileSync(join(dir, name), await xlsxOf(sheets, configure));
  return join(dir, name);
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const oneLine = (text: string) => expect(text.trimEnd().split('\n')).toHaveLength(1);

describe('coopcheck arguments', () => {
  it('prints its usage with --help', async () => {
    const { exit, stdout } = await cli(['--help']);
    expect(exit).toBe(0);
    expect(stdout).toMatch(/^Usage: coopcheck <workbook\.xlsx>/);
    for (const option of ['--year', '--lang', '--out', '--json', '--mapping', '--fail-on', '--param']) expect(stdout).toContain(option);
  });

  it.each([
    [[], /no workbook given/],
    [['coop.xlsx', '--bogus'], /Unknown option '--bogus'/],
    [['coop.xlsx', '--lang', 'de'], /--lang de: expected fr, nl or en/],
    [['coop.xlsx', '--fail-on', 'always'], /--fail-on always/],
    [['coop.xlsx', '--year', '25'], /--year 25/],
    [['coop.xlsx', '--param', 'noSuchThing=1'], /--param noSuchThing=1/],
    [['coop.xlsx', '--param', 'maxDividendRate=lots'], /"lots" is not a valid value for maxDividendRate/],
    [['coop.xlsx', '--mapping', 'absent.json'], /absent\.json: file not found/],
  ])('rejects %j with exit 2 and one line', async (argv, reason) => {
    const { exit, stderr, stdout } = await cli(argv);
    expect(exit).toBe(2);
    expect(stderr).toMatch(reason);
    oneLine(stderr);
    expect(stdout).toBe('');
  });

  it('rejects a mapping that is not valid JSON or names an unknown field', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.json'), '{ members: ');
    writeFileSync(join(dir, 'odd.json'), JSON.stringify({ members: { columns: { shoeSize: 'B' } } }));
    for (const [file, reason] of [
      ['bad.json', /bad\.json: not valid JSON/],
      ['odd.json', /odd\.json: .*unknown field "shoeSize"/],
    ] as const) {
      const { exit, stderr } = await cli(['coop.xlsx', '--mapping', file], dir);
      expect(exit).toBe(2);
      expect(stderr).toMatch(reason);
      oneLine(stderr);
    }
  });
});

describe('coopcheck on unreadable input', () => {
  it('says a missing file is missing', async () => {
    const { exit, stderr } = await cli(['nowhere.xlsx']);
    expect(exit).toBe(2);
    expect(stderr).toBe('coopcheck: nowhere.xlsx: file not found\n');
  });

  it('says a CSV renamed .xlsx is not an .xlsx', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'register.xlsx'), 'N° sociétaire;Nom\nM001;Anne\n');
    const { exit, stderr } = await cli(['register.xlsx'], dir);
    expect(exit).toBe(2);
    expect(stderr).toBe('coopcheck: register.xlsx: not an .xlsx file\n');
  });

  it('says an encrypted (OLE compound) file is password-protected or not an .xlsx', async () => {
    const dir = tempDir();
    const ole = Buffer.alloc(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    writeFileSync(join(dir, 'locked.xlsx'), ole);
    const { exit, stderr } = await cli(['locked.xlsx'], dir);
    expect(exit).toBe(2);
    expect(stderr).toMatch(/^coopcheck: locked\.xlsx: password-protected or not an \.xlsx/);
    oneLine(stderr);
  });

  it('says a damaged .xlsx cannot be read, without a stack trace', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.xlsx'), (await xlsxOf(cooperativeSheets())).subarray(0, 300));
    const { exit, stderr } = await cli(['broken.xlsx'], dir);
    expect(exit).toBe(2);
    expect(stderr).toBe('coopcheck: broken.xlsx: not a readable .xlsx file\n');
  });

  it('says an empty workbook holds no data', async () => {
    const file = await workbookFile({ Feuil1: [] });
    const { exit, stderr } = await cli([file]);
    expect(exit).toBe(2);
    expect(stderr).toMatch(/coop\.xlsx: empty workbook \(no sheet holds any data\)\n$/);
    oneLine(stderr);
  });

  it('still checks the other workbooks and exits 2', async () => {
    const file = await workbookFile(cooperativeSheets({ proxyBreach: false }));
    const { exit, stderr, stdout } = await cli(['missing.xlsx', file, '--out', tempDir()]);
    expect(exit).toBe(2);
    expect(stderr).toMatch(/missing\.xlsx: file not found/);
    expect(stdout).toContain('coop.xlsx: fiscal year 2025');
  });
});

describe('coopcheck on a workbook', () => {
  it('exits 1 on a breach, prints the compliance table and writes the checked copy, leaving the input as it was', async () => {
    const file = await workbookFile(cooperativeSheets());
    const before = sha256(file);
    const { exit, stdout, stderr, dir } = await cli([file]);
    expect(exit).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^coop\.xlsx: fiscal year 2025\nID\s+OUTCOME\s+FINDINGS\s+CONDITION\n/);
    for (const condition of CONDITIONS) expect(stdout).toMatch(new RegExp(`^${condition.id}\\s+\\S+\\s+\\d+\\s`, 'm'));
    expect(stdout).toMatch(/^ES-7\s+failed\s+1\s+Aucun actionnaire/m);
    expect(stdout).toMatch(/^breach ES-7 AG!E2: Le sociétaire M001 vote avec 3 voix/m);
    // eslint-disable-next-line no-control-regex -- the escape character of a terminal colour is what must be absent
    expect(stdout).not.toMatch(/\x1b\[/);
    // Default --out is ./out under the working directory.
    expect(existsSync(join(dir, 'out', 'coop.checked.xlsx'))).toBe(true);
    expect(sha256(file)).toBe(before);
  });

  it('exits 0 when no finding reaches --fail-on', async () => {
    const clean = await workbookFile(cooperativeSheets({ proxyBreach: false }));
    expect((await cli([clean, '--out', tempDir()])).exit).toBe(0);
    const breach = await workbookFile(cooperativeSheets());
    expect((await cli([breach, '--out', tempDir(), '--fail-on', 'never'])).exit).toBe(0);
    expect((await cli([breach, '--out', tempDir(), '--fail-on', 'warning'])).exit).toBe(1);
  });

  it('writes the JSON report to stdout with --json -, the table going to stderr', async () => {
    const file = await workbookFile(cooperativeSheets());
    const { exit, stdout, stderr } = await cli([file, '--json', '-', '--out', tempDir(), '--lang', 'en']);
    expect(exit).toBe(1);
    expect(stderr).toContain('coop.xlsx: fiscal year 2025');
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual([
      'schemaVersion',
      'tool',
      'input',
      'fiscalYear',
      'fiscalYearInferred',
      'parameters',
      'conditions',
      'findings',
      'figures',
    ]);
    expect(json).toMatchObject({ schemaVersion: 1, tool: { name: 'coopcheck' }, input: { file: 'coop.xlsx', sha256: sha256(file) }, fiscalYear: 2025 });
    expect(json.parameters).toHaveProperty('loosened', []);
    expect(json.conditions.map((c: { id: string }) => c.id)).toEqual(CONDITIONS.map((c) => c.id));
    for (const condition of json.conditions)
      expect(condition).toEqual(expect.objectContaining({ id: expect.any(String), outcome: expect.any(String), findings: expect.any(Number) }));
    expect(json.findings).toContainEqual(
      expect.objectContaining({
        conditionId: 'ES-7',
        severity: 'breach',
        messageId: 'voterAboveTenth',
        sheet: 'AG',
        cell: 'E2',
        subject: 'M001 2025-06-17',
        fingerprint: 'ES-7|M001 2025-06-17|voterAboveTenth',
        message: expect.stringMatching(/^Member M001 votes with 3 votes/),
      }),
    );
    expect(json.figures.members).toMatchObject({ start: 21, admitted: 1, excluded: 1, end: 21, endByCategory: { A: 16, B: 5 } });
    expect(json.figures.meetings).toEqual([expect.objectContaining({ date: '2025-06-17', voters: 20, votesRepresented: 20, aboveCap: 1 })]);
  });

  it("reads a 1904 workbook's dates typed as plain numbers as the date cells of a 1900 one (the checker thread knows the date system)", async () => {
    // Every date of the cooperative as a serial of the 1904 system in a General cell, as a Mac workbook may hold them.
    const as1904 = (rows: Rows): Rows => rows.map((row) => row.map((v) => (v instanceof Date ? v.getTime() / 86_400_000 + 25_569 - 1462 : v)));
    const sheets = Object.fromEntries(Object.entries(cooperativeSheets()).map(([name, rows]) => [name, as1904(rows)]));
    const mac = await workbookFile(sheets, 'coop.xlsx', (workbook) => {
      workbook.properties.date1904 = true;
    });
    const reports = await Promise.all(
      [mac, await workbookFile(cooperativeSheets())].map(async (file) => {
        const { stdout } = await cli([file, '--json', '-', '--out', tempDir(), '--lang', 'en']);
        const { input: _, ...report } = JSON.parse(stdout);
        return report;
      }),
    );
    expect(reports[0]).toMatchObject({ fiscalYear: 2025, figures: { meetings: [expect.objectContaining({ date: '2025-06-17' })] } });
    expect(reports[0]).toEqual(reports[1]);
  });

  it('writes the JSON report to a file with --json FILE, honouring --year and --param', async () => {
    const file = await workbookFile(cooperativeSheets());
    const dir = tempDir();
    const { exit } = await cli([file, '--json', 'report.json', '--out', 'checked', '--year', '2024', '--param', 'voteCapScope=shareholder'], dir);
    expect(exit).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(json.fiscalYear).toBe(2024);
    expect(json.parameters).toMatchObject({ voteCapScope: 'shareholder', loosened: ['voteCapScope'] });
    expect(existsSync(join(dir, 'checked', 'coop.checked.xlsx'))).toBe(true);
  });

  it('flags the cell of a finding with a note, keeps its value, and adds the summary sheet named in the language', async () => {
    const file = await workbookFile(cooperativeSheets());
    const out = tempDir();
    await cli([file, '--out', out, '--lang', 'nl']);
    const checked = await openXlsx(readFileSync(join(out, 'coop.checked.xlsx')));
    const cell = checked.getWorksheet('AG')!.getCell('E2');
    expect(cell.value).toBe(1);
    expect(cell.note).toMatch(/^CoopCheck: ES-7 Aandeelhouder M001 stemt met 3 stemmen/);
    const visible = checked.worksheets.filter((s) => s.state === 'visible').map((s) => s.name);
    // The summary sheet, then the annex with the full list of the year's exits (T5).
    expect(visible).toEqual(['Registre', 'AG', 'Paramètres', 'Bijzonder verslag', 'Bijlage T5']);
  });

  it('takes the language from LANG when --lang is not given', async () => {
    const file = await workbookFile(cooperativeSheets());
    const out = tempDir();
    await cli([file, '--out', out], tempDir(), { LANG: 'en_GB.UTF-8' });
    const checked = await openXlsx(readFileSync(join(out, 'coop.checked.xlsx')));
    expect(checked.getWorksheet('Special report')).toBeDefined();
  });

  it('reads a column the user maps with --mapping', async () => {
    const sheets = cooperativeSheets();
    const renamed = sheets.AG!.map((row, i) => (i === 0 ? ['Quand', ...row.slice(1)] : row));
    const file = await workbookFile({ ...sheets, AG: renamed });
    const dir = tempDir();
    writeFileSync(join(dir, 'mapping.json'), JSON.stringify({ meetings: { sheet: 'AG', columns: { meetingDate: 'Quand' } } }));
    const { exit, stdout } = await cli([file, '--mapping', 'mapping.json', '--json', '-'], dir);
    expect(exit).toBe(1);
    expect(JSON.parse(stdout).findings).toContainEqual(expect.objectContaining({ conditionId: 'ES-7', cell: 'E2' }));
  });

  it('runs without a members sheet and reports what it could not evaluate', async () => {
    const { AG } = cooperativeSheets({ proxyBreach: false });
    const file = await workbookFile({ AG: AG! });
    const { exit, stdout } = await cli([file, '--json', '-', '--out', tempDir()]);
    expect(exit).not.toBe(2);
    const json = JSON.parse(stdout);
    expect(json.conditions.find((c: { id: string }) => c.id === 'ES-7').outcome).toBe('passed');
    for (const condition of CONDITIONS.filter((c) => c.requires.some((r: { sheet: string }) => r.sheet === 'members'))) {
      expect(json.conditions.find((c: { id: string }) => c.id === condition.id)).toMatchObject({
        outcome: 'not-evaluated',
        missing: expect.arrayContaining([{ sheet: 'members' }]),
      });
    }
  });

  it('ignores 10,000 blank rows after the data', async () => {
    const file = await workbookFile(cooperativeSheets({ proxyBreach: false }), 'coop.xlsx', (workbook) => {
      const register = workbook.getWorksheet('Registre')!;
      for (let row = 24; row < 10_024; row++) {
        register.getCell(row, 1).value = ' ';
        register.getCell(row, 4).numFmt = 'dd/mm/yyyy';
      }
    });
    const { exit, stdout } = await cli([file, '--json', '-', '--out', tempDir()]);
    expect(exit).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.findings.filter((f: { cell: string }) => Number(f.cell.replace(/^[A-Z]+/, '')) > 23)).toEqual([]);
    expect(json.figures.members.end).toBe(21);
  });

  it('reports text in a date column as a DATA-2 finding on its cell', async () => {
    const sheets = cooperativeSheets({ proxyBreach: false });
    const register = sheets.Registre!.map((row, i) => (i === 5 ? [row[0], row[1], row[2], 'bientôt', ...row.slice(4)] : row));
    const file = await workbookFile({ ...sheets, Registre: register });
    const { exit, stdout } = await cli([file, '--json', '-', '--out', tempDir()]);
    expect(exit).toBe(1);
    expect(JSON.parse(stdout).findings).toContainEqual(expect.objectContaining({ conditionId: 'DATA-2', sheet: 'Registre', cell: 'D6' }));
  });

  it('reports a duplicate member id as a DATA-3 finding', async () => {
    const sheets = cooperativeSheets({ proxyBreach: false });
    const register = [...sheets.Registre!, ['M005', 'Doublon', 'A', utc(2021, 2, 2), null, null, null, 1]];
    const file = await workbookFile({ ...sheets, Registre: register });
    const { exit, stdout } = await cli([file, '--json', '-', '--out', tempDir()]);
    expect(exit).toBe(1);
    expect(JSON.parse(stdout).findings).toContainEqual(expect.objectContaining({ conditionId: 'DATA-3', sheet: 'Registre', cell: 'A24' }));
  });
});

describe('the built bin', () => {
  beforeAll(() => {
    execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, stdio: 'ignore' });
  });

  it('runs as a child process with the exit code and JSON of the contract', async () => {
    const file = await workbookFile(cooperativeSheets());
    const out = tempDir();
    const child = spawnSync(process.execPath, [join(ROOT, 'bin/coopcheck.js'), file, '--json', '-', '--out', out], { encoding: 'utf8' });
    expect(child.status).toBe(1);
    expect(JSON.parse(child.stdout)).toMatchObject({ schemaVersion: 1, input: { file: 'coop.xlsx' } });
    expect(child.stderr).toContain('ES-7');
    expect(existsSync(join(out, 'coop.checked.xlsx'))).toBe(true);

    const missing = spawnSync(process.execPath, [join(ROOT, 'bin/coopcheck.js'), join(out, 'none.xlsx')], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('coopcheck template', () => {
  it('writes an empty workbook in the language, which coopcheck then reads with every sheet found', async () => {
    const { exit, dir } = await cli(['template', '--lang', 'nl', '--out', 'sjabloon.xlsx']);
    expect(exit).toBe(0);
    const workbook = await openXlsx(readFileSync(join(dir, 'sjabloon.xlsx')));
    expect(workbook.getWorksheet('Aandeelhoudersregister')!.getCell('A1').value).toBe('Lidnummer');
    const checked = await cli([join(dir, 'sjabloon.xlsx'), '--json', '-', '--out', dir], dir);
    const report = JSON.parse(checked.stdout) as { conditions: { id: string; outcome: string }[] };
    expect(report.conditions.filter((c) => c.outcome === 'not-evaluated' || c.outcome === 'crashed')).toEqual([]);
  });

  it('never overwrites an existing file, and names what is wrong', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'mine.xlsx'), 'precious');
    const exists = await cli(['template', '--lang', 'fr', '--out', 'mine.xlsx'], dir);
    expect(exists.exit).toBe(2);
    expect(exists.stderr).toBe('coopcheck: mine.xlsx: already exists; the template never overwrites a file\n');
    expect(readFileSync(join(dir, 'mine.xlsx'), 'utf8')).toBe('precious');
    const noLang = await cli(['template', '--out', 'x.xlsx'], dir);
    expect(noLang.stderr).toBe('coopcheck: --lang must be fr, nl or en (see coopcheck template --help)\n');
  });
});
