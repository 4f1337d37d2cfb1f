/**
 * Reads a workbook file two ways and records what the extractor is given: exceljs's streaming
 * reader (tests/oracles/exceljs/stream-source.ts, the CLI's reader until issue 11) and the byte-level
 * sheet reader (src/adapters/xlsx/read-workbook.ts), over Node's zlib or over the portable codec the
 * browser uses.
 */
import { readFileSync } from 'node:fs';
import type { Extractor } from '../../src/core/extract/extract';
import type { CellValue } from '../../src/core/snapshot';
import { streamRows } from '../oracles/exceljs/stream-source';
import { readWorkbookRows } from '../../src/adapters/xlsx/read-workbook';
import { XlsxPackage } from '../../src/adapters/xlsx-package/package';
import { WorkbookPackage } from '../../src/adapters/xlsx-package/parts';
import { ZipArchive } from '../../src/adapters/xlsx-package/zip-archive';
import type { CoopCheckState } from '../../src/adapters/workbook-state';

export interface Recorded {
  sheets: { name: string; rows: [number, CellValue[]][] }[];
  hasData: boolean;
  state: CoopCheckState;
}

function recorder(): { into: Pick<Extractor, 'beginSheet'>; sheets: Recorded['sheets'] } {
  const sheets: Recorded['sheets'] = [];
  return {
    sheets,
    into: {
      beginSheet(name) {
        const rows: [number, CellValue[]][] = [];
        // A sheet read again (merged ranges found after its rows) replaces its first reading.
        const at = sheets.findIndex((s) => s.name === name);
        if (at >= 0) sheets[at] = { name, rows };
        else sheets.push({ name, rows });
        return {
          row: (rowNumber, values) => {
            rows.push([rowNumber, [...values]]);
          },
          end: () => undefined,
        };
      },
    },
  };
}

export async function viaExceljs(path: string): Promise<Recorded> {
  const pkg = await XlsxPackage.open(path);
  try {
    const { into, sheets } = recorder();
    const { hasData, state } = await streamRows(pkg, into);
    return { sheets, hasData, state };
  } finally {
    await pkg.close();
  }
}

export async function viaReader(path: string, codec: 'node' | 'portable' = 'node'): Promise<Recorded> {
  const pkg =
    codec === 'node' ? await XlsxPackage.open(path) : await WorkbookPackage.fromArchive(await ZipArchive.fromBytes(new Uint8Array(readFileSync(path))));
  try {
    const { into, sheets } = recorder();
    const { hasData, state } = await readWorkbookRows(pkg, into);
    return { sheets, hasData, state };
  } finally {
    await pkg.close();
  }
}

/** What reading gave, or the error's class and message. */
export async function outcome<T>(read: Promise<T>): Promise<T | { error: string; message: string }> {
  try {
    return await read;
  } catch (error) {
    return { error: error instanceof Error ? error.name : typeof error, message: error instanceof Error ? error.message : String(error) };
  }
}

/** The cells where two recordings differ: "Sheet!row:column exceljs → reader". */
export function differences(a: Recorded, b: Recorded): string[] {
  const out: string[] = [];
  if (a.hasData !== b.hasData) out.push(`hasData ${a.hasData} → ${b.hasData}`);
  if (JSON.stringify(a.state) !== JSON.stringify(b.state)) out.push('state differs');
  const names = (r: Recorded) => r.sheets.map((s) => s.name).join(', ');
  if (names(a) !== names(b)) out.push(`sheets [${names(a)}] → [${names(b)}]`);
  for (const sa of a.sheets) {
    const sb = b.sheets.find((s) => s.name === sa.name);
    if (!sb) continue;
    const numbers = (s: typeof sa) => s.rows.map(([n]) => n).join(',');
    if (numbers(sa) !== numbers(sb)) {
      out.push(`${sa.name}: rows ${numbers(sa).slice(0, 80)} → ${numbers(sb).slice(0, 80)}`);
      continue;
    }
    sa.rows.forEach(([n, va], i) => {
      const vb = sb.rows[i]![1];
      for (let c = 0; c < Math.max(va.length, vb.length); c++) {
        if (!Object.is(va[c], vb[c])) out.push(`${sa.name}!${n}:${c} ${JSON.stringify(va[c])} → ${JSON.stringify(vb[c])}`);
      }
      if (va.length !== vb.length && out.length < 1000) out.push(`${sa.name}!${n} length ${va.length} → ${vb.length}`);
    });
  }
  return out;
}
