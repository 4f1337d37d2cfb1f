/**
 * Issue 15, the auditor's loop, through `run(argv, io)`: --justifications FILE, the run log in the
 * checked copy, --summary over many workbooks checked in parallel, and `coopcheck compare`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run, type CliIo } from '../../src/cli/main';
import { CONDITIONS } from '../../src/core/conditions/registry';
import { parseState, STATE_SHEET_NAME } from '../../src/adapters/workbook-state';
import { cooperativeSheets, openXlsx, xlsxOf, type Rows } from '../helpers/xlsx';
import { generateWorkbook } from '../../scripts/generate-workbook';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'coopcheck-loop-'));
  dirs.push(dir);
  return dir;
}

interface Run {
  exit: number;
  stdout: string;
  stderr: string;
  dir: string;
}

async function cli(argv: string[], dir = tempDir(), options: { env?: CliIo['env']; tty?: boolean } = {}): Promise<Run> {
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
      isTTY: options.tty,
    },
    env: options.env ?? {},
    cwd: dir,
  });
  return { exit, stdout, stderr, dir };
}

async function write(dir: string, name: string, sheets: Readonly<Record<string, Rows>>): Promise<string> {
  writeFileSync(join(dir, name), await xlsxOf(sheets));
  return join(dir, name);
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const oneLine = (text: string) => expect(text.trimEnd().split('\n')).toHaveLength(1);
const ES7 = 'ES-7|M001 2025-06-17|voterAboveTenth';
const CNC3_SUBJECT = 'M001 2025-06-17';
const outcomeOf = (json: { conditions: { id: string; outcome: string }[] }, id: string) => json.conditions.find((c) => c.id === id)!.outcome;

describe('--justifications FILE', () => {
  it('justifies a finding by fingerprint from a JSON file: outcome justified, severity kept, the input and the file untouched', async () => {
    const dir = tempDir();
    const file = await write(dir, 'coop.xlsx', cooperativeSheets());
    writeFileSync(join(dir, 'j.json'), JSON.stringify([{ fingerprint: ES7, reason: 'AG extraordinaire', by: 'Réviseur A', date: '01/03/2026' }]));
    const before = [sha256(file), sha256(join(dir, 'j.json'))];
    // With votingMode capped, CNC-3 breaches on the same voter too, and is not justified.
    const { exit, stdout, stderr } = await cli([file, '--justifications', 'j.json', '--json', 'r.json', '--out', 'out', '--param', 'votingMode=capped'], dir);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^ES-7\s+justified\s+1\s/m);
    const json = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(outcomeOf(json, 'ES-7')).toBe('justified');
    expect(json.conditions.find((c: { id: string }) => c.id === 'ES-7')).toMatchObject({ findings: 1, justified: 1 });
    expect(json.findings.find((f: { fingerprint: string }) => f.fingerprint === ES7)).toMatchObject({
      severity: 'breach',
      justification: { reason: 'AG extraordinaire', by: 'Réviseur A', date: '2026-03-01' },
    });
    expect(outcomeOf(json, 'CNC-3')).toBe('failed');
    expect(exit).toBe(1);
    expect([sha256(file), sha256(join(dir, 'j.json'))]).toEqual(before);
  });

  it("justifies by condition and subject, and merges the file with the workbook's own sheet", async () => {
    const dir = tempDir();
    const sheets = {
      ...cooperativeSheets(),
      Justifications: [
        ['Empreinte', 'Motif', 'Par'],
        [ES7, 'Statuts art. 23', 'CA'],
      ],
    };
    const file = await write(dir, 'coop.xlsx', sheets);
    writeFileSync(join(dir, 'j.json'), JSON.stringify({ justifications: [{ conditionId: 'CNC-3', subject: CNC3_SUBJECT, reason: 'Idem ES-7' }] }));
    const { exit, stdout } = await cli([file, '--justifications', 'j.json', '--json', '-', '--out', 'out', '--param', 'votingMode=capped'], dir);
    const json = JSON.parse(stdout);
    expect([outcomeOf(json, 'ES-7'), outcomeOf(json, 'CNC-3')]).toEqual(['justified', 'justified']);
    expect(json.findings.find((f: { conditionId: string }) => f.conditionId === 'CNC-3').justification).toEqual({ reason: 'Idem ES-7' });
    // Justified breaches keep their severity, so --fail-on breach still sees them (see the report of issue 15).
    expect(exit).toBe(1);
  });

  it("reads the justifications sheet of an .xlsx file with the workbook's extractor (any header synonym, dates as dates)", async () => {
    const dir = tempDir();
    const file = await write(dir, 'coop.xlsx', cooperativeSheets());
    await write(dir, 'decisions.xlsx', {
      Verantwoordingen: [
        ['Voorwaarde', 'Onderwerp', 'Reden', 'Door', 'Datum'],
        ['ES-7', CNC3_SUBJECT, 'Buitengewone AV', 'Revisor', new Date(Date.UTC(2026, 2, 1))],
      ],
    });
    const { stderr } = await cli([file, '--justifications', 'decisions.xlsx', '--json', 'r.json', '--out', 'out'], dir);
    expect(stderr).toBe('');
    const json = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(outcomeOf(json, 'ES-7')).toBe('justified');
    expect(json.findings.find((f: { fingerprint: string }) => f.fingerprint === ES7).justification).toEqual({
      reason: 'Buitengewone AV',
      by: 'Revisor',
      date: '2026-03-01',
    });
  });

  it('names a justification of the file that matches no finding, or one already justified, and goes on', async () => {
    const dir = tempDir();
    const file = await write(dir, 'coop.xlsx', cooperativeSheets());
    writeFileSync(
      join(dir, 'j.json'),
      JSON.stringify([
        { fingerprint: ES7, reason: 'ok' },
        { fingerprint: ES7, reason: 'twice' },
        { fingerprint: 'ES-3|M404|above', reason: 'old' },
      ]),
    );
    const { exit, stdout, stderr } = await cli([file, '--justifications', 'j.json', '--out', 'out'], dir);
    expect(exit).toBe(1);
    expect(stdout).toMatch(/^ES-7\s+justified/m);
    expect(stderr.trimEnd().split('\n')).toEqual([
      `coopcheck: --justifications j.json: entry 2 (${ES7}): names a finding already justified; ignored`,
      'coopcheck: --justifications j.json: entry 3 (ES-3|M404|above): names no finding of ' + file + '; ignored',
    ]);
  });

  it("reports stale and duplicate rows of the workbook's own sheet as DATA-4 findings on their cells", async () => {
    const dir = tempDir();
    const sheets = {
      ...cooperativeSheets(),
      Justifications: [
        ['Empreinte', 'Motif'],
        [ES7, 'a'],
        [ES7, 'b'],
        ['ES-3|M404|above', 'c'],
      ],
    };
    const file = await write(dir, 'coop.xlsx', sheets);
    const { stdout } = await cli([file, '--json', '-', '--out', 'out'], dir);
    const data4 = JSON.parse(stdout).findings.filter((f: { conditionId: string }) => f.conditionId === 'DATA-4');
    expect(data4.map((f: { messageId: string; cell: string }) => [f.messageId, f.cell])).toEqual([
      ['duplicateJustification', 'A3'],
      ['staleJustification', 'A4'],
    ]);
  });

  it.each([
    ['absent.json', null, /^coopcheck: --justifications absent\.json: file not found\n$/],
    ['bad.json', '{ nope', /^coopcheck: --justifications bad\.json: not valid JSON\n$/],
    ['obj.json', '{"a": 1}', /expected an array of/],
    ['noreason.json', JSON.stringify([{ fingerprint: ES7, reason: '  ' }]), /entry 1: no reason/],
    ['nothing.json', JSON.stringify([{ conditionId: 'ES-7', reason: 'x' }]), /entry 1: names no finding/],
    ['baddate.json', JSON.stringify([{ fingerprint: ES7, reason: 'x', date: 'soon' }]), /entry 1: "soon" is not a date/],
    ['text.txt', 'hello', /text\.txt: neither a \.json file nor an \.xlsx file/],
  ])('refuses %s with exit 2 and one line, checking nothing', async (name, content, reason) => {
    const dir = tempDir();
    const file = await write(dir, 'coop.xlsx', cooperativeSheets());
    if (content !== null) writeFileSync(join(dir, name), content);
    const { exit, stderr, stdout } = await cli([file, '--justifications', name, '--out', 'out'], dir);
    expect(exit).toBe(2);
    expect(stderr).toMatch(reason);
    oneLine(stderr);
    expect(stdout).toBe('');
  });

  it('refuses an .xlsx without a justifications sheet, or with a row without a reason, naming the cell', async () => {
    const dir = tempDir();
    const file = await write(dir, 'coop.xlsx', cooperativeSheets());
    await write(dir, 'none.xlsx', {
      Feuil1: [
        ['a', 'b'],
        [1, 2],
      ],
    });
    await write(dir, 'blank.xlsx', {
      Justifications: [
        ['Empreinte', 'Motif'],
        [ES7, 'ok'],
        ['ES-3|M1|x', null],
      ],
    });
    const none = await cli([file, '--justifications', 'none.xlsx'], dir);
    expect(none.exit).toBe(2);
    expect(none.stderr).toMatch(/none\.xlsx: no justifications sheet found/);
    const blank = await cli([file, '--justifications', 'blank.xlsx'], dir);
    expect(blank.exit).toBe(2);
    expect(blank.stderr).toBe('coopcheck: --justifications blank.xlsx: Justifications!B3: no reason (every justification needs one)\n');
  });

  it('refuses one justifications file for several workbooks', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'j.json'), '[]');
    const { exit, stderr } = await cli(['a.xlsx', 'b.xlsx', '--justifications', 'j.json'], dir);
    expect(exit).toBe(2);
    expect(stderr).toMatch(/--justifications j\.json: holds one workbook's decisions, but 2 workbooks are given/);
  });
});

async function stateOf(path: string) {
  const workbook = await openXlsx(readFileSync(path));
  let json = '';
  workbook
    .getWorksheet(STATE_SHEET_NAME)!
    .getColumn(1)
    .eachCell((cell) => {
      json += String(cell.value);
    });
  return { state: parseState(json), workbook };
}

describe('the run log', () => {
  it("records each check in the checked copy's state and shows the runs on the summary sheet, a re-check adding to it", async () => {
    const dir = tempDir();
    const file = await write(dir, 'coop.xlsx', cooperativeSheets());
    const first = await cli([file, '--out', 'one', '--param', 'voteCapScope=shareholder', '--lang', 'en'], dir);
    expect(first.exit).toBe(0);
    const { state } = await stateOf(join(dir, 'one', 'coop.checked.xlsx'));
    expect(state.runLog).toHaveLength(1);
    expect(state.runLog![0]).toMatchObject({
      toolVersion: expect.any(String),
      sha256: sha256(file),
      fiscalYear: 2025,
      parameters: { voteCapScope: 'shareholder' },
      breaches: 0,
    });
    expect(Date.parse(state.runLog![0]!.checkedAt)).toBeGreaterThan(Date.parse('2026-01-01'));
    expect(Object.values(state.runLog![0]!.outcomes).reduce((a, b) => a + b!, 0)).toBe(CONDITIONS.length);

    // The checked copy checked again: the earlier entry is kept, this one added.
    await cli([join(dir, 'one', 'coop.checked.xlsx'), '--out', 'two', '--lang', 'en'], dir);
    const again = await stateOf(join(dir, 'two', 'coop.checked.checked.xlsx'));
    expect(again.state.runLog!.map((e) => e.parameters)).toEqual([{ voteCapScope: 'shareholder' }, {}]);
    expect(again.state.runLog![1]!.sha256).toBe(sha256(join(dir, 'one', 'coop.checked.xlsx')));
    expect(again.state.runLog![1]!.breaches).toBe(1);
    // The summary sheet's history, whatever the layout's column grid (merged cells repeat their value in exceljs).
    const summary = again.workbook.getWorksheet('Special report')!;
    const texts: string[] = [];
    summary.eachRow((row) => texts.push([...new Set((row.values as unknown[]).filter((v): v is string => typeof v === 'string'))].join(' | ')));
    const title = texts.findIndex((t) => t === 'History of the checks');
    expect(title).toBeGreaterThan(0);
    const history = texts.slice(title);
    expect(history).toContain('The last 2 checks of this workbook, most recent first.');
    const [newer, older] = [sha256(join(dir, 'one', 'coop.checked.xlsx')), sha256(file)].map((h) => history.findIndex((t) => t.includes(`${h.slice(0, 16)}…`)));
    // Most recent first: the re-check's input (the first copy) above the first check's.
    expect(newer).toBeGreaterThan(0);
    expect(older).toBeGreaterThan(newer!);
    expect(history.join('\n')).toMatch(/\d\d\/\d\d\/20\d\d \d\d:\d\d UTC/);
    expect(history.join('\n')).toContain('One-tenth cap: votes counted: Own votes only');
  });
});

describe('--summary over many workbooks', () => {
  async function batchDir() {
    const dir = tempDir();
    await write(dir, 'clean.xlsx', cooperativeSheets({ proxyBreach: false }));
    await write(dir, 'breach.xlsx', cooperativeSheets());
    const odd = cooperativeSheets({ proxyBreach: false });
    await write(dir, 'odd.xlsx', {
      ...odd,
      Paramètres: [
        ['Paramètre', 'Valeur'],
        ['Nom de la coopérative', '=HYPERLINK("x";"Les ; "Tisserands"")'],
        ["Numéro d'entreprise", '-0123'],
        ['Exercice', 2025],
      ],
    });
    writeFileSync(join(dir, 'corrupt.xlsx'), (await xlsxOf(cooperativeSheets())).subarray(0, 300));
    return dir;
  }

  const rowsOf = (csv: string) =>
    csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');

  it.each([1, 2])(
    'writes one row per workbook in the order given, an unreadable one with its error, and exits 1 (--jobs %i)',
    async (jobs) => {
      const dir = await batchDir();
      const files = ['clean.xlsx', 'corrupt.xlsx', 'breach.xlsx', 'missing.xlsx', 'odd.xlsx'];
      const { exit, stdout, stderr } = await cli([...files, '--summary', 'summary.csv', '--out', 'out', '--jobs', String(jobs)], dir);
      expect(exit).toBe(1);
      const csv = readFileSync(join(dir, 'summary.csv'), 'utf8');
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const rows = rowsOf(csv);
      expect(rows[0]).toBe(
        ['file', 'cooperative', 'companyNumber', 'fiscalYear', 'sha256', ...CONDITIONS.map((c) => c.id), 'breaches', 'warnings', 'justified', 'error'].join(
          ';',
        ),
      );
      expect(rows).toHaveLength(6);
      const cells = rows.slice(1).map((r) => r.split(';'));
      expect(cells.map((c) => c[0])).toEqual(files);
      const es7 = 5 + CONDITIONS.findIndex((c) => c.id === 'ES-7');
      const last = 5 + CONDITIONS.length;
      expect(cells[0]!.slice(0, 5)).toEqual(['clean.xlsx', 'Les Tisserands', 'BE 0123.456.789', '2025', sha256(join(dir, 'clean.xlsx'))]);
      expect([cells[0]![es7], ...cells[0]!.slice(last)]).toEqual(['passed', '0', '0', '0', '']);
      expect([cells[2]![es7], ...cells[2]!.slice(last)]).toEqual(['failed', '1', '0', '0', '']);
      // The unreadable file: its bytes' SHA-256, its reason, nothing else.
      expect(cells[1]).toEqual([
        'corrupt.xlsx',
        '',
        '',
        '',
        sha256(join(dir, 'corrupt.xlsx')),
        ...CONDITIONS.map(() => ''),
        '',
        '',
        '',
        'corrupt.xlsx: not a readable .xlsx file',
      ]);
      expect(cells[3]!.at(-1)).toBe('missing.xlsx: file not found');
      expect(cells[3]![4]).toBe('');
      // A formula-looking name is neutralised and quoted (it holds the separator and quotes).
      expect(rows[5]).toMatch(/^odd\.xlsx;"'=HYPERLINK\(""x"";""Les ; ""Tisserands""""\)";'-0123;2025;/);
      // Plain lines, one per workbook, as each settles; no tables.
      expect(
        stderr
          .trimEnd()
          .split('\n')
          .map((l) => l.slice(0, 6)),
      ).toEqual(['[1/5] ', '[2/5] ', '[3/5] ', '[4/5] ', '[5/5] ']);
      expect(
        stderr
          .trimEnd()
          .split('\n')
          .map((l) => l.replace(/^\[\d\/5\] /, ''))
          .sort(),
      ).toEqual([
        'breach.xlsx: 1 breach(es), 0 warning(s)',
        'clean.xlsx: 0 breach(es), 0 warning(s)',
        'corrupt.xlsx: not a readable .xlsx file',
        'missing.xlsx: file not found',
        'odd.xlsx: 0 breach(es), 0 warning(s)',
      ]);
      expect(stdout).toBe(`Summary of 5 workbook(s), 2 not checked: ${join(dir, 'summary.csv')}\n`);
      // The others' checked copies are written.
      expect(readFileSync(join(dir, 'out', 'odd.checked.xlsx')).length).toBeGreaterThan(0);
    },
    180_000,
  );

  it('exits 0 when every workbook is checked and none reaches --fail-on; commas in English', async () => {
    const dir = await batchDir();
    const { exit } = await cli(['clean.xlsx', 'odd.xlsx', '--summary', 's.csv', '--out', 'out', '--lang', 'en'], dir);
    expect(exit).toBe(0);
    expect(rowsOf(readFileSync(join(dir, 's.csv'), 'utf8'))[1]).toMatch(/^clean\.xlsx,Les Tisserands,BE 0123\.456\.789,2025,/);
  }, 180_000);

  it('exits 0 on breaches with --fail-on never, but 1 on an unreadable workbook whatever --fail-on says', async () => {
    const dir = await batchDir();
    expect((await cli(['clean.xlsx', 'breach.xlsx', '--summary', 's.csv', '--out', 'out', '--fail-on', 'never'], dir)).exit).toBe(0);
    // Could not check must never look like passed.
    expect((await cli(['clean.xlsx', 'corrupt.xlsx', '--summary', 's.csv', '--out', 'out', '--fail-on', 'never'], dir)).exit).toBe(1);
  }, 180_000);

  it('shows a progress bar on a terminal, with the unreadable workbooks above it', async () => {
    const dir = await batchDir();
    const { stderr } = await cli(['clean.xlsx', 'corrupt.xlsx', '--summary', 's.csv', '--out', 'out', '--jobs', '1'], dir, { tty: true });
    expect(stderr.startsWith(`\r\x1b[K[${'.'.repeat(30)}] 0/2 workbooks`)).toBe(true);
    expect(stderr).toMatch(/\[#{30}\] 2\/2 workbooks · 0 with breaches · 1 not checked\n$/);
    expect(stderr).toContain('\r\x1b[K[2/2] corrupt.xlsx: not a readable .xlsx file\n');
  });

  it.each([
    [['a.xlsx', '--summary', 'summary.txt'], /--summary summary\.txt: expected a \.csv file name/],
    [['a.xlsx', '--jobs', '0'], /--jobs 0: expected a whole number/],
    [['a.xlsx', '--jobs', 'many'], /--jobs many/],
  ])('refuses bad arguments %j with exit 2', async (argv, reason) => {
    const { exit, stderr } = await cli(argv);
    expect(exit).toBe(2);
    expect(stderr).toMatch(reason);
    oneLine(stderr);
  });

  it('exits 2 when the summary cannot be written', async () => {
    const dir = await batchDir();
    mkdirSync(join(dir, 'taken.csv'));
    const { exit, stderr } = await cli(['clean.xlsx', '--summary', 'taken.csv', '--out', 'out'], dir);
    expect(exit).toBe(2);
    expect(stderr).toMatch(/taken\.csv: cannot write the summary \(is a directory, not a file\)/);
  });

  it('without --summary, checks several workbooks in parallel but prints their tables in the order given', async () => {
    const dir = await batchDir();
    const { exit, stdout, stderr } = await cli(['breach.xlsx', 'clean.xlsx', 'corrupt.xlsx', '--out', 'out', '--jobs', '2', '--json', 'all.json'], dir);
    // As before --summary existed: an unreadable workbook is exit 2.
    expect(exit).toBe(2);
    expect(stderr).toBe('coopcheck: corrupt.xlsx: not a readable .xlsx file\n');
    expect(stdout.indexOf('breach.xlsx: fiscal year')).toBeLessThan(stdout.indexOf('clean.xlsx: fiscal year'));
    expect(JSON.parse(readFileSync(join(dir, 'all.json'), 'utf8')).map((r: { input: { file: string } }) => r.input.file)).toEqual([
      'breach.xlsx',
      'clean.xlsx',
    ]);
  });
});

describe('coopcheck compare', () => {
  // Two generated years of one cooperative: the flaws fall on members i × (members / flaws), alternating
  // register (DATA-2) and journal (DATA-4), so 2 flaws in 2024 and 4 in 2025 give known new, resolved and recurring findings.
  const MEMBERS = 400;
  async function years(dir: string, companies: [string, string] = ['BE 0123.456.789', '0123456789']) {
    const last = await generateWorkbook({
      members: MEMBERS,
      voters: 100,
      year: 2024,
      seed: 1,
      flaws: 2,
      out: join(dir, 'coop-2024.xlsx'),
      companyNumber: companies[0],
    });
    const current = await generateWorkbook({
      members: MEMBERS,
      voters: 100,
      year: 2025,
      seed: 2,
      flaws: 4,
      out: join(dir, 'coop-2025.xlsx'),
      companyNumber: companies[1],
    });
    return { last, current };
  }
  const X400 = 'DATA-4|movements X0000400|unknownMemberId';

  it('gives the right deltas, outcome changes and findings new, resolved and recurring of two generated years', async () => {
    const dir = tempDir();
    const { last, current } = await years(dir);
    const { exit, stdout, stderr } = await cli(['compare', 'coop-2024.xlsx', 'coop-2025.xlsx', '--json', 'cmp.json', '--lang', 'en'], dir);
    expect(stderr).toBe('');
    expect(exit).toBe(0);
    const comparison = JSON.parse(readFileSync(join(dir, 'cmp.json'), 'utf8'));
    expect(comparison.sameCompanyChecked).toBe(true);
    const figure = (key: string) => comparison.figures.find((f: { key: string }) => f.key === key);
    for (const key of ['start', 'admitted', 'resigned', 'leftByRight', 'excluded', 'end'] as const) {
      expect(figure(`members.${key}`), key).toMatchObject({
        last: last.members[key],
        this: current.members[key],
        delta: current.members[key] - last.members[key],
      });
    }
    const exits = (e: typeof last) => e.members.resigned + e.members.leftByRight + e.members.excluded;
    expect(figure('exits.exits')).toMatchObject({ last: exits(last), this: exits(current), delta: exits(current) - exits(last) });
    // Each exit refunds its shares at 50 € nominal; the caps are the same amounts.
    expect(figure('exits.refunded').delta).toBe(figure('exits.caps').delta);
    expect(figure('meetings.voters')).toMatchObject({ last: last.voters, this: current.voters, delta: current.voters - last.voters });
    expect(figure('meetings.represented')).toMatchObject({ last: last.represented, this: current.represented, delta: current.represented - last.represented });
    expect(figure('allocation.objectReserve')).toMatchObject({ unit: 'money', last: 15_000_000, this: 15_000_000, delta: 0 });
    expect(figure('board.attendanceFees')).toMatchObject({ last: 90_000, this: 90_000, delta: 0 });
    expect(comparison.outcomeChanges).toEqual([]);
    const fingerprints = (list: { fingerprint: string }[]) => list.map((f) => f.fingerprint).sort();
    expect(fingerprints(comparison.findings.new)).toEqual([
      'DATA-2|Registre!H101|cellUnparsable',
      'DATA-2|Registre!H301|cellUnparsable',
      'DATA-4|movements X0000200|unknownMemberId',
    ]);
    expect(fingerprints(comparison.findings.resolved)).toEqual(['DATA-2|Registre!H201|cellUnparsable']);
    expect(fingerprints(comparison.findings.recurring)).toEqual([X400]);
    expect(comparison.counts).toEqual({ last: { breaches: 2, warnings: 0, justified: 0 }, this: { breaches: 4, warnings: 0, justified: 0 } });

    expect(stdout).toMatch(/^Comparison 2024 → 2025: Coopérative synthétique \(400 membres\), 0123456789\n/);
    expect(stdout).toMatch(
      new RegExp(`^T1  Members at the start +${last.members.start} +${current.members.start} +[+-]?${current.members.start - last.members.start}$`, 'm'),
    );
    expect(stdout).toContain('Findings: 3 new, 1 resolved, 1 recurring (by fingerprint).');
    expect(stdout).toMatch(/^Recurring +Breach DATA-4 Mouvements!B\d+: /m);

    // The comparison workbook: four typed sheets.
    const workbook = await openXlsx(readFileSync(join(dir, 'out', 'coop-2025.compare.xlsx')));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Figures', 'Conditions', 'Findings', 'Justifications']);
    const figures = workbook.getWorksheet('Figures')!;
    expect(figures.getRow(1).values).toEqual([undefined, 'Table', 'Figure', '2024', '2025', 'Change']);
    expect(figures.getRow(2).values).toEqual([
      undefined,
      'T1',
      'Members at the start',
      last.members.start,
      current.members.start,
      current.members.start - last.members.start,
    ]);
    const reserve = figures.getColumn(2).values.indexOf('Reserve for the object');
    expect(figures.getRow(reserve).getCell(3)).toMatchObject({ value: 150_000, numFmt: '#,##0.00 "€"' });
    expect(workbook.getWorksheet('Findings')!.rowCount).toBe(1 + 5);
  });

  it('takes JSON reports and checked copies, and says which justifications were carried over, which lapsed', async () => {
    const dir = tempDir();
    await years(dir);
    writeFileSync(
      join(dir, 'j2024.json'),
      JSON.stringify([
        { fingerprint: X400, reason: 'Ancien membre, dossier en cours' },
        { fingerprint: 'DATA-2|Registre!H201|cellUnparsable', reason: 'Corrigé' },
      ]),
    );
    writeFileSync(
      join(dir, 'j2025.json'),
      JSON.stringify([
        { fingerprint: X400, reason: 'Toujours en cours' },
        { conditionId: 'DATA-2', subject: 'Registre!H101', reason: 'Saisie' },
      ]),
    );
    expect((await cli(['coop-2024.xlsx', '--justifications', 'j2024.json', '--json', '2024.json', '--out', 'out'], dir)).exit).toBe(1);
    expect((await cli(['coop-2025.xlsx', '--justifications', 'j2025.json', '--json', '2025.json', '--out', 'out'], dir)).exit).toBe(1);

    const both = await cli(['compare', '2024.json', '2025.json', '--json', '-', '--out', 'cmp'], dir);
    expect(both.exit).toBe(0);
    const comparison = JSON.parse(both.stdout);
    expect(comparison.justifications.carriedOver.map((r: { fingerprint: string }) => r.fingerprint)).toEqual([X400]);
    expect(comparison.justifications.carriedOver[0].last.justification.reason).toBe('Ancien membre, dossier en cours');
    expect(comparison.justifications.lapsed).toEqual([]);
    expect(comparison.justifications.added.map((f: { fingerprint: string }) => f.fingerprint)).toEqual(['DATA-2|Registre!H101|cellUnparsable']);
    expect(comparison.last.file).toBe('coop-2024.xlsx');

    // This year as its checked copy, without justifications: last year's on the recurring finding lapsed.
    const lapsed = await cli(['compare', '2024.json', join('out', 'coop-2025.checked.xlsx'), '--json', '-', '--out', 'cmp', '--lang', 'fr'], dir);
    expect(lapsed.exit).toBe(0);
    const again = JSON.parse(lapsed.stdout);
    expect(again.justifications.lapsed.map((r: { fingerprint: string }) => r.fingerprint)).toEqual([X400]);
    expect(again.findings.recurring).toHaveLength(1);
    expect(again.this.file).toBe('coop-2025.checked.xlsx');
  });

  it('refuses two different cooperatives with one line naming both files and both company numbers', async () => {
    const dir = tempDir();
    await years(dir, ['BE 0123.456.789', 'BE 0999.888.777']);
    const { exit, stderr, stdout } = await cli(['compare', 'coop-2024.xlsx', 'coop-2025.xlsx', '--lang', 'en'], dir);
    expect(exit).toBe(2);
    expect(stderr).toBe(
      'coopcheck: compare coop-2024.xlsx coop-2025.xlsx: two different cooperatives (company numbers BE 0123.456.789 and BE 0999.888.777): a comparison is of two years of one cooperative\n',
    );
    expect(stdout).toBe('');
  });

  it('refuses the same year twice, and the later year first', async () => {
    const dir = tempDir();
    await years(dir);
    const same = await cli(['compare', 'coop-2025.xlsx', 'coop-2025.xlsx', '--lang', 'en'], dir);
    expect(same.exit).toBe(2);
    expect(same.stderr).toMatch(/^coopcheck: compare coop-2025\.xlsx coop-2025\.xlsx: both files are of the same fiscal year 2025/);
    oneLine(same.stderr);
    const swapped = await cli(['compare', 'coop-2025.xlsx', 'coop-2024.xlsx', '--lang', 'nl'], dir);
    expect(swapped.exit).toBe(2);
    expect(swapped.stderr).toMatch(/het eerste bestand gaat over 2025, na het tweede \(2024\)/);
  });

  it.each([
    [['compare', 'one.xlsx'], /compare: expected two files, LAST and THIS, but 1 given/],
    [['compare', 'a.json', 'b.json', '--lang', 'de'], /compare: --lang de/],
    [['compare', 'nowhere.json', 'b.json'], /^coopcheck: nowhere\.json: file not found\n$/],
    [['compare', 'nowhere.xlsx', 'b.json'], /^coopcheck: nowhere\.xlsx: file not found\n$/],
    [['compare', 'bad.json', 'b.json'], /^coopcheck: bad\.json: not valid JSON\n$/],
    [['compare', 'many.json', 'b.json'], /many\.json: holds several reports/],
    [['compare', 'other.json', 'b.json'], /other\.json: the report has no fiscalYear/],
  ])('refuses %j with exit 2 and one line', async (argv, reason) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.json'), '{');
    writeFileSync(join(dir, 'many.json'), '[]');
    writeFileSync(join(dir, 'other.json'), '{"schemaVersion": 1}');
    const { exit, stderr } = await cli(argv, dir);
    expect(exit).toBe(2);
    expect(stderr).toMatch(reason);
    oneLine(stderr);
  });

  it('prints its usage with --help', async () => {
    const { exit, stdout } = await cli(['compare', '--help']);
    expect(exit).toBe(0);
    expect(stdout).toMatch(/^Usage: coopcheck compare LAST THIS/);
  });
});
