/**
 * A workbook whose parts are damaged ends the CLI with exit 2 and one line naming the part, never a
 * stack trace, whether the damage is met while reading (a sheet) or while writing the copy (styles).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { cooperativeSheets, xlsxOf } from '../helpers/xlsx';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The workbook with the CRC of `part` changed in its central directory entry. */
function withBadCrc(bytes: Buffer, part: string): Buffer {
  const copy = Buffer.from(bytes);
  const name = Buffer.from(part);
  for (let at = copy.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = copy.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
    const length = copy.readUInt16LE(at + 28);
    if (copy.subarray(at + 46, at + 46 + length).equals(name)) {
      copy.writeUInt32LE((copy.readUInt32LE(at + 16) ^ 0xffff) >>> 0, at + 16);
      return copy;
    }
  }
  throw new Error(`no ${part}`);
}

async function cli(file: string, dir: string) {
  let stdout = '';
  let stderr = '';
  const exit = await run([file, '--out', join(dir, 'out')], {
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
  });
  return { exit, stdout, stderr };
}

describe('the CLI on a damaged workbook', () => {
  it.each([
    ['a sheet', 'xl/worksheets/sheet1.xml'],
    ['the styles, read for the copy', 'xl/styles.xml'],
    ['the workbook part', 'xl/workbook.xml'],
  ])('%s with a bad CRC: exit 2, one line naming the part', async (_, part) => {
    const dir = mkdtempSync(join(tmpdir(), 'coopcheck-damaged-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'coop.xlsx'), withBadCrc(await xlsxOf(cooperativeSheets()), part));
    const { exit, stderr } = await cli('coop.xlsx', dir);
    expect(exit).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^coopcheck: coop\.xlsx: /);
    if (part !== 'xl/workbook.xml') expect(stderr).toContain(`${part}: CRC-32 mismatch`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('a truncated file: exit 2, one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coopcheck-damaged-'));
    dirs.push(dir);
    const bytes = await xlsxOf(cooperativeSheets());
    writeFileSync(join(dir, 'coop.xlsx'), bytes.subarray(0, bytes.length >> 1));
    const { exit, stderr } = await cli('coop.xlsx', dir);
    expect(exit).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    void readFileSync;
  });
});
