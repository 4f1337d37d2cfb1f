/**
 * Cells grouped into vertical runs (C10:C25) and packed into address lists for
 * `Worksheet.getRanges` (ExcelApi 1.9), so that thousands of flagged cells cost a handful of calls.
 */
import { a1, columnIndex } from '../../core';

export interface CellPosition {
  /** One-based row. */
  row: number;
  /** Zero-based column. */
  column: number;
}

export interface Run {
  column: number;
  firstRow: number;
  lastRow: number;
}

/**
 * Address lists longer than about 8,200 characters or 513 areas have failed in getRanges
 * (OfficeDev/office-js#5198); stay below both with a margin.
 */
const MAX_ADDRESS_CHARS = 7_500;
const MAX_AREAS = 400;

/** Excel's last row. */
const MAX_ROW = 1_048_576;

/** The position of a single-cell A1 address ("C12", "$C$12"); undefined for anything else. */
export function parseCell(address: string): CellPosition | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return undefined;
  const column = columnIndex(match[1]!);
  const row = Number(match[2]);
  return column === undefined || row < 1 || row > MAX_ROW ? undefined : { row, column };
}

export function cellAddress(position: CellPosition): string {
  return a1(position.column, position.row);
}

/** Distinct cells merged into runs of consecutive rows, column by column. */
export function runsOf(cells: Iterable<CellPosition>): Run[] {
  const sorted = [...cells].sort((x, y) => x.column - y.column || x.row - y.row);
  const runs: Run[] = [];
  for (const { row, column } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.column === column && row <= last.lastRow + 1) last.lastRow = Math.max(last.lastRow, row);
    else runs.push({ column, firstRow: row, lastRow: row });
  }
  return runs;
}

export function runAddress(run: Run): string {
  const first = a1(run.column, run.firstRow);
  return run.firstRow === run.lastRow ? first : `${first}:${a1(run.column, run.lastRow)}`;
}

export function runLength(run: Run): number {
  return run.lastRow - run.firstRow + 1;
}

/** Addresses packed into comma-separated lists within getRanges' limits, one list per call. */
export function packAddresses(addresses: readonly string[]): string[] {
  const lists: string[] = [];
  let current: string[] = [];
  let chars = 0;
  for (const address of addresses) {
    if (current.length && (current.length >= MAX_AREAS || chars + 1 + address.length > MAX_ADDRESS_CHARS)) {
      lists.push(current.join(','));
      current = [];
      chars = 0;
    }
    chars += (current.length ? 1 : 0) + address.length;
    current.push(address);
  }
  if (current.length) lists.push(current.join(','));
  return lists;
}
