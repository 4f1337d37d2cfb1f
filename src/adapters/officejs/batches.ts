/**
 * Talking to Excel within its limits (research/officejs.md §1): every request and response of a
 * `sync` stays well under the 5 MB Excel on the web accepts, a large sheet is read in row blocks,
 * one sync per block, and the add-in yields between blocks so that the pane stays responsive and
 * desktop Excel does not restart it as unresponsive (5 s).
 */

/** Half of the 5 MB limit, leaving room for the RichApi envelope and for a wrong estimate. */
export const PAYLOAD_BUDGET_BYTES = 2_000_000;
/** Far below the 5,000,000 cells above which Range.values may come back null instead of failing. */
const MAX_BLOCK_CELLS = 500_000;
const MAX_BLOCK_ROWS = 20_000;
/** Before a block was measured: a 12-column member row is about 140 bytes of JSON; guess high. */
const FIRST_GUESS_BYTES_PER_CELL = 24;

export function isExcelApiSupported(version: string): boolean {
  return typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('ExcelApi', version);
}

export interface BatchOptions {
  /**
   * Make all syncs of the run one undo step (ExcelApi 1.20), for a batch whose every call has undo
   * support. Inside a group Excel refuses the whole request with UndoNotSupported for a call that
   * has none (docs: excel-add-ins-undo-capabilities.md): Worksheet.delete anywhere, setting a
   * sheet's name or visibility on Windows and Mac. Such calls go in runs of their own.
   */
  undoGroup?: boolean;
}

/** The RichApi error code of a failed request, if any. */
export function errorCode(error: unknown): string | undefined {
  const { code, debugInfo } = (error ?? {}) as { code?: unknown; debugInfo?: { code?: unknown } };
  return typeof code === 'string' ? code : typeof debugInfo?.code === 'string' ? debugInfo.code : undefined;
}

/**
 * One Excel.run per step of an operation of the adapter. A user typing in a cell delays the batch
 * instead of failing it. With `undoGroup`, where Excel can (ExcelApi 1.20), all syncs of the run make
 * one undo step; should Excel still refuse the group (UndoNotSupported), the batch runs again without
 * it: each batch starts by reading what it works on, and a request Excel refused changed nothing.
 */
export async function runBatch<T>(batch: (context: Excel.RequestContext) => Promise<T>, options: BatchOptions = {}): Promise<T> {
  if (options.undoGroup && isExcelApiSupported('1.20')) {
    try {
      return await Excel.run({ delayForCellEdit: true, mergeUndoGroup: true }, batch);
    } catch (error) {
      if (errorCode(error) !== 'UndoNotSupported') throw error;
    }
  }
  return Excel.run({ delayForCellEdit: true }, batch);
}

/** RichApi.Error RequestPayloadSizeLimitExceeded or ResponsePayloadSizeLimitExceeded. */
function isPayloadError(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return /PayloadSizeLimitExceeded/.test(`${String(code)} ${String(message)}`);
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Items grouped so that each group's estimated payload fits one sync. */
export function byPayload<T>(items: readonly T[], bytesOf: (item: T) => number): T[][] {
  const groups: T[][] = [];
  let group: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = bytesOf(item);
    if (group.length && bytes + size > PAYLOAD_BUDGET_BYTES) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(item);
    bytes += size;
  }
  if (group.length) groups.push(group);
  return groups;
}

/**
 * Counts the bytes of the writes queued since the last sync and sends them before they would go
 * over the budget; what is left goes with the caller's next sync.
 */
export class WriteMeter {
  private bytes = 0;

  constructor(readonly context: Excel.RequestContext) {}

  /** Call before queueing a write of about `bytes`. */
  async reserve(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > PAYLOAD_BUDGET_BYTES) await this.sync();
    this.bytes += bytes;
  }

  async sync(): Promise<void> {
    await this.context.sync();
    this.bytes = 0;
  }
}

/** A rectangle of a sheet by zero-based indexes, as a used range gives it. */
export interface Area {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/**
 * Reads an area's values in row blocks sized from the bytes the previous block took, halving the
 * block when Excel refuses the payload, and hands each block over with its first row index.
 */
export async function readArea(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  area: Area,
  onBlock: (rowIndex: number, values: unknown[][]) => void,
): Promise<void> {
  let bytesPerRow = area.columnCount * FIRST_GUESS_BYTES_PER_CELL;
  let rowCap = Math.max(1, Math.min(MAX_BLOCK_ROWS, Math.floor(MAX_BLOCK_CELLS / area.columnCount)));
  for (let done = 0; done < area.rowCount;) {
    const rows = Math.max(1, Math.min(area.rowCount - done, rowCap, Math.floor(PAYLOAD_BUDGET_BYTES / bytesPerRow)));
    const range = sheet.getRangeByIndexes(area.rowIndex + done, area.columnIndex, rows, area.columnCount).load('values');
    try {
      await context.sync();
    } catch (error) {
      if (rows === 1 || !isPayloadError(error)) throw error;
      rowCap = Math.floor(rows / 2);
      continue;
    }
    const values = range.values as unknown[][] | null;
    if (values === null) {
      if (rows === 1) throw new Error(`Excel returned no values for row ${area.rowIndex + done + 1}`);
      rowCap = Math.floor(rows / 2);
      continue;
    }
    bytesPerRow = Math.max(area.columnCount, JSON.stringify(values).length / rows);
    onBlock(area.rowIndex + done, values);
    done += rows;
    await yieldToEventLoop();
  }
}
