/**
 * The CLI on a synthetic register of 100,000 members with its journal, meeting, directors and
 * allocation (scripts/generate-workbook.ts), run in-process: the figures are the generator's, the
 * clean workbook has no finding to report, and deliberate errors are found where they were put and
 * flagged in the checked copy. The 1,048,575-member case is `npm run bench` (docs/BENCHMARKS.md).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWorkbook, type ExpectedFigures } from '../../scripts/generate-workbook';
import { run } from '../../src/cli/main';
import { STATE_SHEET_NAME } from '../../src/adapters/workbook-state';
import { XlsxPackage } from '../../src/adapters/xlsx-package/package';
import { extractPackage } from '../oracles/exceljs/stream-source';
import { ZipReader } from '../../src/adapters/xlsx-package/zip';

const MEMBERS = 100_000;
const YEAR = 2025;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'coopcheck-scale-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Finding {
  conditionId: string;
  severity: string;
  sheet: string;
  cell: string;
}

async function checkGenerated(name: string, flaws: number) {
  const file = join(dir, `${name}.xlsx`);
  const expected = await generateWorkbook({ members: MEMBERS, voters: 2_000, year: YEAR, seed: 7, flaws, out: file });
  let stderr = '';
  const exit = await run([file, '--out', join(dir, 'out'), '--json', join(dir, `${name}.json`), '--fail-on', 'warning'], {
    stdout: { write: () => true },
    stderr: {
      write: (text: string) => {
        stderr += text;
      },
    },
    env: {},
    cwd: dir,
  });
  const json = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
  return { expected, exit, stderr, json, copy: join(dir, 'out', `${name}.checked.xlsx`) };
}

function expectGeneratorFigures(json: { figures: { members: object; meetings: object[] } }, expected: ExpectedFigures) {
  expect(json.figures.members).toMatchObject(expected.members);
  expect(json.figures.meetings).toEqual([
    expect.objectContaining({ date: `${YEAR}-06-17`, voters: expected.voters, represented: expected.represented, aboveCap: 0 }),
  ]);
}

const outcomes = (json: { conditions: { id: string; outcome: string }[] }) => Object.fromEntries(json.conditions.map((c) => [c.id, c.outcome]));

describe(`the CLI on ${MEMBERS.toLocaleString('en')} members`, () => {
  it("finds the generator's figures and nothing to report on clean data", async () => {
    const { expected, exit, stderr, json, copy } = await checkGenerated('clean', 0);
    expect(stderr).toBe('');
    expect(exit).toBe(0);
    expect(expected.members.start + expected.members.admitted).toBe(MEMBERS);
    expectGeneratorFigures(json, expected);
    expect(json.findings.filter((f: Finding) => f.severity !== 'info')).toEqual([]);
    expect(outcomes(json)).toMatchObject({
      'DATA-3': 'passed',
      'DATA-4': 'passed',
      'DATA-5': 'passed',
      'DATA-6': 'passed',
      'ES-5': 'passed',
      'ES-7': 'passed',
    });
    const pkg = await XlsxPackage.open(copy);
    try {
      expect(pkg.sheets.map((s) => s.name)).toEqual([
        'Registre',
        'Mouvements',
        'AG',
        'Administrateurs',
        'Affectation',
        'Paramètres',
        'Rapport spécial',
        STATE_SHEET_NAME,
        'Annexe T5',
      ]);
    } finally {
      await pkg.close();
    }
  });

  it('finds deliberate errors where they were put, and flags them in the checked copy', async () => {
    const { expected, exit, json, copy } = await checkGenerated('flawed', 20);
    expect(exit).toBe(1);
    expectGeneratorFigures(json, expected);
    const reported = json.findings.filter((f: Finding) => f.severity !== 'info').map((f: Finding) => [f.conditionId, f.sheet, f.cell]);
    expect(reported.sort()).toEqual([...expected.flaws].sort());

    const pkg = await XlsxPackage.open(copy);
    try {
      const { state } = await extractPackage(pkg);
      expect(state.flags.map((f) => [f.sheet, f.cell]).sort()).toEqual(expected.flaws.map(([, sheet, cell]) => [sheet, cell]).sort());
    } finally {
      await pkg.close();
    }
    // The two large sheets were rewritten, the others copied as they were.
    const [input, output] = [await ZipReader.open(join(dir, 'flawed.xlsx')), await ZipReader.open(copy)];
    try {
      const crc = (zip: ZipReader, part: string) => zip.entries.get(part)!.crc;
      expect(crc(output, 'xl/worksheets/sheet1.xml')).not.toBe(crc(input, 'xl/worksheets/sheet1.xml'));
      expect(crc(output, 'xl/worksheets/sheet3.xml')).toBe(crc(input, 'xl/worksheets/sheet3.xml'));
    } finally {
      await Promise.all([input.close(), output.close()]);
    }
  });
});
