/**
 * The CLI writes the draft special report (DESIGN.md "CLI, second edition"): <name>.report.docx
 * beside the checked copy, or the FILE of --report when one workbook is given; never the input.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { run } from '../../src/cli/main';
import { cooperativeSheets, xlsxOf } from '../helpers/xlsx';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function workspace(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'coopcheck-draft-'));
  dirs.push(dir);
  const sheets = {
    ...cooperativeSheets(),
    'Texte du rapport': [
      ['Section', 'Texte'],
      ['P6', 'Membre de Febecoop depuis 2019.'],
    ],
  };
  writeFileSync(join(dir, 'coop.xlsx'), await xlsxOf(sheets));
  writeFileSync(join(dir, 'other.xlsx'), await xlsxOf(cooperativeSheets({ proxyBreach: false })));
  return dir;
}

async function cli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const exit = await run(argv, {
    stdout: {
      write: (t: string) => {
        stdout += t;
      },
    },
    stderr: {
      write: (t: string) => {
        stderr += t;
      },
    },
    env: {},
    cwd,
  });
  return { exit, stdout, stderr };
}

const documentXml = (path: string) => strFromU8(unzipSync(readFileSync(path))['word/document.xml']!);

describe('coopcheck --report', () => {
  it('writes <name>.report.docx beside the checked copy, in the chosen language', async () => {
    const dir = await workspace();
    const { exit, stdout } = await cli(['coop.xlsx', '--out', 'out', '--lang', 'nl'], dir);
    expect(exit).toBe(1); // the workbook has a proxy breach
    const report = join(dir, 'out', 'coop.report.docx');
    expect(existsSync(join(dir, 'out', 'coop.checked.xlsx'))).toBe(true);
    expect(stdout).toContain(`Draft special report: ${report}`);
    const xml = documentXml(report);
    expect(xml).toContain('Bijzonder verslag van het bestuursorgaan — boekjaar 2025');
    expect(xml).toContain('Les Tisserands');
    expect(xml).toContain('Membre de Febecoop depuis 2019.');
  });

  it('writes to FILE when one workbook is given', async () => {
    const dir = await workspace();
    const { exit, stderr } = await cli(['coop.xlsx', '--out', 'out', '--report', 'rapport-2025.docx', '--lang', 'fr'], dir);
    expect(stderr).toBe('');
    expect(exit).toBe(1);
    expect(existsSync(join(dir, 'rapport-2025.docx'))).toBe(true);
    expect(existsSync(join(dir, 'out', 'coop.report.docx'))).toBe(false);
    expect(documentXml(join(dir, 'rapport-2025.docx'))).toContain("Rapport spécial du conseil d'administration — exercice 2025");
  });

  it('gives each of several workbooks its own draft, and refuses one FILE for several', async () => {
    const dir = await workspace();
    const both = await cli(['coop.xlsx', 'other.xlsx', '--out', 'out'], dir);
    expect(both.exit).toBe(1);
    for (const name of ['coop', 'other']) expect(existsSync(join(dir, 'out', `${name}.report.docx`))).toBe(true);
    const refused = await cli(['coop.xlsx', 'other.xlsx', '--report', 'r.docx'], dir);
    expect(refused.exit).toBe(2);
    expect(refused.stderr).toMatch(/^coopcheck: --report r\.docx: names one file, but 2 workbooks are given/);
  });

  it('never overwrites the input workbook', async () => {
    const dir = await workspace();
    const before = readFileSync(join(dir, 'coop.xlsx'));
    const { exit, stderr } = await cli(['coop.xlsx', '--out', 'out', '--report', 'coop.xlsx'], dir);
    expect(exit).toBe(2);
    expect(stderr).toMatch(/--report names the input workbook/);
    expect(readFileSync(join(dir, 'coop.xlsx')).equals(before)).toBe(true);
  });
});
