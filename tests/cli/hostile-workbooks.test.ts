/**
 * Workbooks other programs write, and damaged ones, through the CLI (issue 11): a sheet with
 * prefixed namespaces (<x:worksheet>, as the .NET Open XML SDK writes it) is read as any other; a
 * damaged deflate stream, an undefined entity or XML that is not well-formed end in exit 2 and one
 * line naming the file, the part and what is wrong, never a stack trace or parser text.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { ZipArchive } from '../../src/adapters/xlsx-package/zip-archive';
import { cooperativeSheets, xlsxOf } from '../helpers/xlsx';

const dir = mkdtempSync(join(tmpdir(), 'coopcheck-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(name: string, bytes: Uint8Array, ...args: string[]) {
  writeFileSync(join(dir, name), bytes);
  let stdout = '';
  let stderr = '';
  const io = {
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
    cwd: dir,
  };
  const exit = await run([name, '--out', join(dir, 'out'), '--lang', 'en', ...args], io);
  return { exit, stdout, stderr };
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** Every SpreadsheetML element of a part given the prefix x: instead of the default namespace. */
function prefixed(xml: string): string {
  return xml.replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`).replace(/<(\/?)([A-Za-z][\w]*)(?=[\s>/])/g, '<$1x:$2');
}

function editParts(bytes: Uint8Array, edit: (name: string, text: string) => string | undefined): Uint8Array {
  const files = unzipSync(bytes);
  for (const [name, data] of Object.entries(files)) {
    if (!name.endsWith('.xml')) continue;
    const edited = edit(name, strFromU8(data));
    if (edited !== undefined) files[name] = strToU8(edited);
  }
  return zipSync(files);
}

describe('the CLI on workbooks other programs write, and damaged ones', () => {
  it('reads sheets, shared strings and the workbook written with prefixed namespaces as the same workbook', async () => {
    const bytes = new Uint8Array(await xlsxOf(cooperativeSheets()));
    const plain = await cli('plain.xlsx', bytes, '--json', join(dir, 'plain.json'));
    const withPrefixes = editParts(bytes, (name, text) => (/^xl\/(worksheets\/sheet\d+|workbook|sharedStrings)\.xml$/.test(name) ? prefixed(text) : undefined));
    expect(strFromU8(unzipSync(withPrefixes)['xl/worksheets/sheet1.xml']!)).toContain('<x:worksheet');
    const read = await cli('prefixed.xlsx', withPrefixes, '--json', join(dir, 'prefixed.json'));
    expect(read.stderr).toBe('');
    expect(read.exit).toBe(plain.exit);
    const report = (file: string) => {
      const json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      return {
        conditions: json.conditions,
        findings: json.findings.map((f: { fingerprint: string; cell: string }) => [f.fingerprint, f.cell]),
        figures: json.figures,
      };
    };
    expect(report('prefixed.json')).toEqual(report('plain.json'));
  });

  it('a damaged deflate stream: exit 2, one line naming the file and the part', async () => {
    const bytes = new Uint8Array(await xlsxOf(cooperativeSheets()));
    const archive = await ZipArchive.fromBytes(bytes);
    const entry = archive.entries.get('xl/worksheets/sheet1.xml')!;
    const start = await archive.dataOffset(entry);
    for (let i = start + 20; i < start + entry.compressedSize - 4; i += 7) bytes[i] = bytes[i]! ^ 0x5a;
    const { exit, stderr } = await cli('damaged.xlsx', bytes);
    expect(exit).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^coopcheck: damaged\.xlsx: damaged workbook \(xl\/worksheets\/sheet1\.xml: /);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    [
      'an undefined entity',
      'xl/sharedStrings.xml',
      (xml: string) => xml.replace('Membre 1<', 'Membre &eacute;1<'),
      /xl\/sharedStrings\.xml: undefined entity &eacute;/,
    ],
    [
      'XML that is not well-formed',
      'xl/worksheets/sheet1.xml',
      (xml: string) => xml.replace('</sheetData>', '</row></sheetData>'),
      /xl\/worksheets\/sheet1\.xml: an end tag that does not match/,
    ],
  ])('%s: exit 2, one line naming the file and the part', async (_, part, edit, message) => {
    const bytes = editParts(new Uint8Array(await xlsxOf(cooperativeSheets())), (name, text) => (name === part ? edit(text) : undefined));
    const { exit, stderr } = await cli('broken.xlsx', bytes);
    expect(exit).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^coopcheck: broken\.xlsx: damaged workbook \(/);
    expect(stderr).toMatch(message);
  });
});
