/**
 * A fake of the slice of Office.js the adapter uses, over a FakeWorkbook, strict where the real
 * API is and where the adapter's correctness depends on it:
 * - nothing happens before `context.sync()`: calls, writes and loads are queued and run in order;
 * - a property read before it was loaded and synced throws, like the real PropertyNotLoaded;
 * - every sync is counted and its request and response are measured (JSON of the queued calls
 *   with their arguments, values included, and of the loaded data); either above 5 MB fails with
 *   RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded, as on Excel on the web;
 * - `Range.values` over 5,000,000 cells comes back null; `getRanges` refuses long address lists;
 * - notes need ExcelApi 1.18, a very hidden sheet cannot be deleted, a sheet name is unique;
 * - an Excel.run that ends with queued calls never synced fails (they would be silently lost);
 * - undo: with `mergeUndoGroup` (ExcelApi 1.20) a sync holding a call that has no undo support on the
 *   workbook's platform fails whole with UndoNotSupported (Worksheet.delete everywhere, setting a
 *   sheet's name or visibility on Windows and Mac); without a group, such a call empties the undo
 *   stack. `book.undoStack` shows what Ctrl+Z would take back;
 * - a read-only workbook refuses every write, a protected sheet any change to its cells or notes, a
 *   protected workbook structure any sheet added, deleted, renamed, hidden or shown (AccessDenied);
 * - `book.beforeSync` lets a test land a co-author's edit between two syncs.
 * Anything the adapter does not use is absent, so a new use shows up as a failing test.
 */
import type { FakeCell, FakePageLayout, FakeSheet, FakeWorkbook, Platform, Rect, Scalar, Visibility } from './workbook';
import { MAX_COLUMNS, MAX_ROWS, parseAddress, rectAddress } from './workbook';

export class FakeRichApiError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string };

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.debugInfo = { code, message };
  }
}

function fail(code: string, message: string): never {
  throw new FakeRichApiError(code, message);
}

function notLoaded(name: string): never {
  fail(
    'PropertyNotLoaded',
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function propertyList(names: string | readonly string[], loadable: readonly string[]): string[] {
  const list = (typeof names === 'string' ? names.split(',') : names).map((n) => n.trim()).filter(Boolean);
  for (const name of list) if (!loadable.includes(name)) throw new Error(`fake: loading ${name} is not supported`);
  return list;
}

/** Range.values returns null rather than failing above this many cells (office-js-docs-pr #5821). */
const MAX_READ_CELLS = 5_000_000;
/** A guard against a fake test writing formats over a whole sheet cell by cell. */
const MAX_FORMATTED_CELLS = 1_000_000;

interface Delivery {
  data: unknown;
  deliver(): void;
}

interface Action {
  op: string;
  bytes: number;
  run(): Delivery | void;
}

/** The calls that have no undo support, and where (docs: excel-add-ins-undo-capabilities.md, "Unsupported APIs"). */
const NOT_UNDOABLE: Readonly<Record<string, readonly Platform[]>> = {
  delete: ['web', 'windows', 'mac'],
  setName: ['windows', 'mac'],
  setVisibility: ['windows', 'mac'],
};
const undoable = (op: string, platform: Platform) => !NOT_UNDOABLE[op]?.includes(platform);

/** The calls that change the workbook, and so make or join an undo step. */
const WRITES = new Set([
  'add',
  'delete',
  'setName',
  'setVisibility',
  'fill.color',
  'fill.clear',
  'font.bold',
  'font.italic',
  'font.size',
  'columnWidth',
  'setValues',
  'setFormulas',
  'setNumberFormat',
  'clear',
  'notes.add',
  'note.content',
  'note.delete',
  'merge',
  'rowHeight',
  'wrapText',
  'verticalAlignment',
  'pageLayout',
  'setPrintTitleRows',
  'horizontalPageBreaks.add',
]);

/** Refuses a write where the workbook is read-only or, for a sheet's cells and notes, the sheet protected. */
function checkWritable(book: FakeWorkbook, sheet?: FakeSheet): void {
  if (sheet && !book.sheets.includes(sheet)) fail('ItemNotFound', `The sheet ${sheet.name} no longer exists.`);
  if (book.readOnly) fail('AccessDenied', 'The workbook is read-only.');
  if (sheet?.protected) fail('AccessDenied', `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`);
}

/** Refuses adding, deleting, renaming, hiding or showing a sheet in a read-only or structure-protected workbook. */
function checkStructure(book: FakeWorkbook): void {
  checkWritable(book);
  if (book.structureProtected) fail('AccessDenied', 'The workbook structure is protected.');
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbookObject;
  private queue: Action[] = [];
  /** The undo step this run's syncs join, with mergeUndoGroup. */
  private undoStep: string[] | undefined;

  constructor(
    readonly book: FakeWorkbook,
    readonly mergeUndoGroup = false,
  ) {
    this.workbook = new FakeWorkbookObject(this);
  }

  enqueue(op: string, args: unknown, run: () => Delivery | void): void {
    this.queue.push({ op, bytes: JSON.stringify({ op, args: args ?? null }).length, run });
  }

  private recordUndo(actions: readonly Action[]): void {
    const writes = actions.filter((a) => WRITES.has(a.op)).map((a) => a.op);
    if (!writes.length) return;
    if (this.mergeUndoGroup) {
      if (!this.undoStep) this.book.undoStack.push((this.undoStep = []));
      this.undoStep.push(...writes);
    } else if (writes.every((op) => undoable(op, this.book.platform))) this.book.undoStack.push(writes);
    else this.book.undoStack = [];
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    const record = { requestBytes: actions.reduce((sum, a) => sum + a.bytes, 0), responseBytes: 0, error: undefined as string | undefined };
    this.book.syncs.push(record);
    await Promise.resolve();
    const limit = this.book.payloadLimitBytes;
    try {
      this.book.beforeSync?.(this.book);
      if (record.requestBytes > limit)
        fail('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${record.requestBytes} bytes).`);
      const refused = this.mergeUndoGroup ? actions.find((a) => !undoable(a.op, this.book.platform)) : undefined;
      if (refused) fail('UndoNotSupported', `${refused.op} has no undo support in Excel on ${this.book.platform}: it cannot be part of an undo group.`);
      const deliveries: Delivery[] = [];
      for (const action of actions) {
        const delivery = action.run();
        if (delivery) deliveries.push(delivery);
      }
      record.responseBytes = deliveries.reduce((sum, d) => sum + JSON.stringify(d.data ?? null).length, 0);
      if (record.responseBytes > limit)
        fail('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${record.responseBytes} bytes).`);
      for (const delivery of deliveries) delivery.deliver();
      this.recordUndo(actions);
    } catch (error) {
      record.error = error instanceof FakeRichApiError ? error.code : String(error);
      throw error;
    }
  }
}

/** A proxy: what it stands for is found when the call that created it runs, at a sync. */
abstract class FakeClientObject<T> {
  private readonly loaded = new Map<string, unknown>();
  private target: T | null | undefined;
  protected abstract readonly loadable: readonly string[];

  constructor(protected readonly ctx: FakeRequestContext) {}

  /** Queues the call that creates this object; `resolve` finds what it stands for (null: a null object). */
  protected created(op: string, args: unknown, resolve: () => T | null): this {
    this.ctx.enqueue(op, args, () => {
      this.target = resolve();
      const isNull = this.target === null;
      return { data: isNull, deliver: () => this.loaded.set('isNullObject', isNull) };
    });
    return this;
  }

  /** An object Excel hands over already loaded, such as a collection's items. */
  bound(target: T, properties: Record<string, unknown>): this {
    this.target = target;
    this.loaded.set('isNullObject', false);
    for (const [name, value] of Object.entries(properties)) this.loaded.set(name, value);
    return this;
  }

  /** What the object stands for, while a sync runs. */
  live(): T {
    if (this.target === undefined) throw new Error('fake: object used before the call creating it ran');
    if (this.target === null) fail('InvalidOperation', 'The object is a null object.');
    return this.target;
  }

  protected read<V>(name: string): V {
    if (!this.loaded.has(name)) notLoaded(name);
    return this.loaded.get(name) as V;
  }

  protected abstract valueOf(name: string, target: T): unknown;

  load(names: string | readonly string[]): this {
    const list = propertyList(names, this.loadable);
    this.ctx.enqueue('load', list, () => {
      if (this.target === null) return { data: null, deliver: () => undefined };
      const target = this.live();
      const data = Object.fromEntries(list.map((name) => [name, this.valueOf(name, target)]));
      return { data, deliver: () => list.forEach((name) => this.loaded.set(name, data[name])) };
    });
    return this;
  }

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }

  /** Queues a call on the object. */
  protected call(op: string, args: unknown, run: (target: T) => Delivery | void): void {
    this.ctx.enqueue(op, args, () => run(this.live()));
  }
}

/** Workbook.functions (ExcelApi 1.2): worksheet functions evaluated by Excel, in the workbook's date system. */
class FakeFunctions {
  constructor(private readonly ctx: FakeRequestContext) {}

  date(year: number, month: number, day: number): FakeFunctionResult {
    return new FakeFunctionResult(this.ctx).of(() => {
      const serial1900 = Math.round(Date.UTC(year, month - 1, day) / 86_400_000) + 25_569;
      return this.ctx.book.date1904 ? serial1900 - 1462 : serial1900;
    });
  }
}

class FakeFunctionResult extends FakeClientObject<{ value: number }> {
  protected readonly loadable = ['value'];

  of(compute: () => number): this {
    return this.created('functions.date', null, () => ({ value: compute() }));
  }

  protected valueOf(_: string, target: { value: number }): unknown {
    return target.value;
  }

  get value(): number {
    return this.read('value');
  }
}

class FakeWorkbookObject extends FakeClientObject<FakeWorkbook> {
  protected readonly loadable = ['readOnly'];
  readonly worksheets: FakeWorksheetCollection;
  readonly functions: FakeFunctions;
  readonly application: { suspendScreenUpdatingUntilNextSync(): void };
  /** Workbook.protection (ExcelApi 1.7): `protected` is the structure protection. */
  readonly protection: FakeWorkbookProtection;

  constructor(ctx: FakeRequestContext) {
    super(ctx);
    this.bound(ctx.book, {});
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.functions = new FakeFunctions(ctx);
    this.application = { suspendScreenUpdatingUntilNextSync: () => ctx.enqueue('suspendScreenUpdatingUntilNextSync', null, () => undefined) };
    this.protection = new FakeWorkbookProtection(ctx).bound(ctx.book, {});
  }

  protected valueOf(_: string, book: FakeWorkbook): unknown {
    if (!book.supports('1.8')) fail('ApiNotFound', 'Workbook.readOnly needs ExcelApi 1.8.');
    return book.readOnly;
  }

  get readOnly(): boolean {
    return this.read('readOnly');
  }
}

class FakeWorkbookProtection extends FakeClientObject<FakeWorkbook> {
  protected readonly loadable = ['protected'];

  protected valueOf(_: string, book: FakeWorkbook): unknown {
    return book.structureProtected;
  }

  get protected(): boolean {
    return this.read('protected');
  }
}

/** Excel's rules for a sheet name: 1–31 characters, none of : \ / ? * [ ], not quoted. */
function checkSheetName(book: FakeWorkbook, name: string, renamed?: FakeSheet): void {
  if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'"))
    fail('InvalidArgument', `Invalid sheet name ${name}.`);
  const other = book.find(name);
  if (other && other !== renamed) fail('ItemAlreadyExists', `A sheet named ${name} already exists.`);
}

const SHEET_PROPERTIES = ['name', 'id', 'visibility', 'protection/protected'] as const;

function sheetProperty(sheet: FakeSheet, name: string): unknown {
  return name === 'protection/protected' ? sheet.protected : sheet[name as 'name' | 'id' | 'visibility'];
}

class FakeWorksheetCollection {
  private loadedItems: FakeWorksheet[] | undefined;

  constructor(private readonly ctx: FakeRequestContext) {}

  load(names: string | readonly string[]): this {
    const list = propertyList(
      names,
      SHEET_PROPERTIES.map((p) => `items/${p}`),
    ).map((n) => n.slice('items/'.length) as (typeof SHEET_PROPERTIES)[number]);
    this.ctx.enqueue('worksheets.load', list, () => {
      const sheets = [...this.ctx.book.sheets];
      const data = sheets.map((sheet) => Object.fromEntries(list.map((name) => [name, sheetProperty(sheet, name)])));
      return {
        data,
        deliver: () => {
          this.loadedItems = sheets.map((sheet, i) => new FakeWorksheet(this.ctx).bound(sheet, data[i]!));
        },
      };
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    return this.loadedItems ?? notLoaded('items');
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx).at('getItem', key, (book) => book.find(key) ?? fail('ItemNotFound', `No sheet ${key}.`));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx).at('getItemOrNullObject', key, (book) => book.find(key) ?? null);
  }

  add(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx).at('add', name, (book) => {
      checkStructure(book);
      checkSheetName(book, name);
      return book.addSheet(name);
    });
  }
}

interface CellRange {
  sheet: FakeSheet;
  rects: Rect[];
}

function* cellsOf(rects: readonly Rect[]): Generator<[row: number, column: number]> {
  for (const rect of rects) {
    if (rect.rows * rect.columns > MAX_FORMATTED_CELLS) throw new Error('fake: formatting that many cells one by one is not supported');
    for (let r = 0; r < rect.rows; r += 1) for (let c = 0; c < rect.columns; c += 1) yield [rect.row + r, rect.column + c];
  }
}

function checkIndexes(row: number, column: number, rows: number, columns: number): void {
  if (row < 0 || column < 0 || rows < 1 || columns < 1 || row + rows > MAX_ROWS || column + columns > MAX_COLUMNS) {
    fail('InvalidArgument', `Invalid range ${row},${column} ${rows}x${columns}.`);
  }
}

class FakeWorksheet extends FakeClientObject<FakeSheet> {
  protected readonly loadable = SHEET_PROPERTIES;

  protected valueOf(name: string, sheet: FakeSheet): unknown {
    return sheetProperty(sheet, name);
  }

  /** A sheet deleted since (by a co-author) is gone for every call, as in Excel. */
  override live(): FakeSheet {
    const sheet = super.live();
    if (!this.ctx.book.sheets.includes(sheet)) fail('ItemNotFound', `The sheet ${sheet.name} no longer exists.`);
    return sheet;
  }

  /** Created by a call on the collection; `resolve` runs at the sync. */
  at(op: string, args: unknown, resolve: (book: FakeWorkbook) => FakeSheet | null): this {
    return this.created(op, args, () => resolve(this.ctx.book));
  }

  get name(): string {
    return this.read('name');
  }

  set name(name: string) {
    this.call('setName', name, (sheet) => {
      checkStructure(this.ctx.book);
      checkSheetName(this.ctx.book, name, sheet);
      sheet.name = name;
    });
  }

  get id(): string {
    return this.read('id');
  }

  get visibility(): Visibility {
    return this.read('visibility');
  }

  set visibility(visibility: Visibility) {
    this.call('setVisibility', visibility, (sheet) => {
      checkStructure(this.ctx.book);
      sheet.visibility = visibility;
    });
  }

  /** Worksheet.protection: only `protected`, loaded through the collection ('items/protection/protected'). */
  get protection(): { readonly protected: boolean } {
    const read = () => this.read<boolean>('protection/protected');
    return {
      get protected() {
        return read();
      },
    };
  }

  get notes(): FakeNoteCollection {
    return new FakeNoteCollection(this.ctx, this);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== true) throw new Error('fake: only getUsedRangeOrNullObject(true) is supported');
    return new FakeRange(this.ctx).of(this, 'getUsedRangeOrNullObject', valuesOnly, (sheet) => sheet.usedValuesRect() ?? null);
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return new FakeRange(this.ctx).of(this, 'getRangeByIndexes', [row, column, rows, columns], () => {
      checkIndexes(row, column, rows, columns);
      return { row, column, rows, columns };
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx).of(this, 'getRange', address ?? null, () =>
      address === undefined
        ? { row: 0, column: 0, rows: MAX_ROWS, columns: MAX_COLUMNS }
        : (parseAddress(address) ?? fail('InvalidArgument', `Invalid address ${address}.`)),
    );
  }

  getRanges(addresses: string): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx).of(this, addresses, (sheet) => {
      if (addresses.length > this.ctx.book.addressLimitChars) fail('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      const rects = addresses.split(/[,;]/).map((a) => parseAddress(a) ?? fail('InvalidArgument', `Invalid address ${a}.`));
      return { sheet, rects };
    });
  }

  /** Worksheet.pageLayout (ExcelApi 1.9): orientation, paper size, zoom, margins in points, print titles. */
  get pageLayout(): Record<string, unknown> & { setPrintTitleRows(address: string): void } {
    if (!this.ctx.book.supports('1.9')) throw new TypeError('fake: Worksheet.pageLayout needs ExcelApi 1.9');
    const set = (name: string, change: (layout: FakePageLayout, value: never) => void) => ({
      set: (value: unknown) =>
        this.call('pageLayout', { [name]: value }, (sheet) => {
          checkWritable(this.ctx.book, sheet);
          change(sheet.pageLayout, value as never);
        }),
    });
    const margin = (side: keyof FakePageLayout['margins']) =>
      set(`${side}Margin`, (layout, points: number) => {
        layout.margins[side] = points;
      });
    return Object.defineProperties(
      {
        setPrintTitleRows: (address: string) =>
          this.call('setPrintTitleRows', address, (sheet) => {
            checkWritable(this.ctx.book, sheet);
            if (!/^\$\d+:\$\d+$/.test(address)) fail('InvalidArgument', `Invalid print title rows ${address}.`);
            sheet.pageLayout.printTitleRows = address;
          }),
      },
      {
        orientation: set('orientation', (layout, value: string) => {
          if (value !== 'Portrait' && value !== 'Landscape') fail('InvalidArgument', `Invalid orientation ${value}.`);
          layout.orientation = value;
        }),
        paperSize: set('paperSize', (layout, value: string) => {
          layout.paperSize = value;
        }),
        zoom: set('zoom', (layout, value: FakePageLayout['zoom']) => {
          layout.zoom = { ...value };
        }),
        leftMargin: margin('left'),
        rightMargin: margin('right'),
        topMargin: margin('top'),
        bottomMargin: margin('bottom'),
        headerMargin: margin('header'),
        footerMargin: margin('footer'),
      },
    ) as Record<string, unknown> & { setPrintTitleRows(address: string): void };
  }

  /** Worksheet.horizontalPageBreaks (ExcelApi 1.9): add(address) breaks the page above the range's first row. */
  get horizontalPageBreaks(): { add(address: string): void } {
    if (!this.ctx.book.supports('1.9')) throw new TypeError('fake: Worksheet.horizontalPageBreaks needs ExcelApi 1.9');
    return {
      add: (address: string) =>
        this.call('horizontalPageBreaks.add', address, (sheet) => {
          checkWritable(this.ctx.book, sheet);
          const rect = parseAddress(address) ?? fail('InvalidArgument', `Invalid address ${address}.`);
          sheet.pageLayout.pageBreaks.push(rect.row + 1);
        }),
    };
  }

  activate(): void {
    this.call('activate', null, (sheet) => {
      if (sheet.visibility !== 'Visible') fail('InvalidOperation', 'A hidden sheet cannot be activated.');
      this.ctx.book.activeSheetId = sheet.id;
    });
  }

  delete(): void {
    this.call('delete', null, (sheet) => {
      const book = this.ctx.book;
      checkStructure(book);
      if (sheet.visibility === 'VeryHidden') fail('InvalidOperation', 'A very hidden sheet cannot be deleted.');
      if (!book.sheets.some((s) => s !== sheet && s.visibility === 'Visible')) fail('InvalidOperation', 'The last visible sheet cannot be deleted.');
      book.sheets.splice(book.sheets.indexOf(sheet), 1);
    });
  }
}

/** What Excel stores when a value is entered in a cell, as typing it would. */
function enter(cell: FakeCell, input: unknown): void {
  cell.formula = undefined;
  cell.value = undefined;
  if (input === '' || input === null) return;
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  if (typeof input !== 'string') fail('InvalidArgument', `Cannot enter ${typeof input}.`);
  if (cell.numberFormat === '@') cell.value = input;
  else if (input.startsWith("'")) cell.value = input.slice(1);
  else if (input.startsWith('=')) {
    cell.formula = input;
    cell.value = evaluate(input);
  } else if (/^[+-]?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?$/i.test(input)) cell.value = Number(input);
  else if (/^(TRUE|FALSE)$/i.test(input)) cell.value = input.toUpperCase() === 'TRUE';
  else cell.value = input;
}

/** The fake computes only what the adapter writes: HYPERLINK("target","text") shows its text. */
function evaluate(formula: string): Scalar {
  const match = /^=HYPERLINK\("(?:[^"]|"")*","((?:[^"]|"")*)"\)$/.exec(formula);
  if (!match) throw new Error(`fake: cannot compute ${formula.slice(0, 60)}`);
  return match[1]!.replace(/""/g, '"');
}

function checkShape(rect: Rect, values: unknown): unknown[][] {
  if (!Array.isArray(values) || values.length !== rect.rows || values.some((row) => !Array.isArray(row) || row.length !== rect.columns)) {
    fail('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rectAddress(rect)}).`);
  }
  return values as unknown[][];
}

interface CellsOwner {
  callOnCells(op: string, args: unknown, run: (range: CellRange) => void): void;
}

class FakeRangeFormat {
  readonly fill: { color: string; clear(): void };
  readonly font: { bold: boolean; italic: boolean; size: number };

  constructor(private readonly owner: CellsOwner) {
    const eachCell = (op: string, args: unknown, change: (cell: FakeCell) => void) =>
      owner.callOnCells(op, args, ({ sheet, rects }) => {
        for (const [r, c] of cellsOf(rects)) sheet.update(r, c, change);
      });
    this.fill = {
      set color(colour: string) {
        eachCell('fill.color', colour, (cell) => {
          cell.fill = colour.toUpperCase();
        });
      },
      clear: () =>
        eachCell('fill.clear', null, (cell) => {
          cell.fill = undefined;
        }),
    } as { color: string; clear(): void };
    this.font = {
      set bold(bold: boolean) {
        eachCell('font.bold', bold, (cell) => {
          cell.bold = bold;
        });
      },
      set italic(italic: boolean) {
        eachCell('font.italic', italic, (cell) => {
          cell.italic = italic;
        });
      },
      set size(size: number) {
        eachCell('font.size', size, (cell) => {
          cell.size = size;
        });
      },
    } as { bold: boolean; italic: boolean; size: number };
  }

  set columnWidth(points: number) {
    this.owner.callOnCells('columnWidth', points, ({ sheet, rects }) => {
      for (const rect of rects) for (let c = 0; c < rect.columns; c += 1) sheet.columnWidths.set(rect.column + c, points);
    });
  }

  set rowHeight(points: number) {
    this.owner.callOnCells('rowHeight', points, ({ sheet, rects }) => {
      if (!(points > 0 && points <= 409)) fail('InvalidArgument', `Invalid row height ${points}.`);
      for (const rect of rects) for (let r = 0; r < rect.rows; r += 1) sheet.rowHeights.set(rect.row + r, points);
    });
  }

  set wrapText(wrap: boolean) {
    this.owner.callOnCells('wrapText', wrap, ({ sheet, rects }) => {
      for (const [r, c] of cellsOf(rects))
        sheet.update(r, c, (cell) => {
          cell.wrap = wrap || undefined;
        });
    });
  }

  set verticalAlignment(alignment: string) {
    this.owner.callOnCells('verticalAlignment', alignment, ({ sheet, rects }) => {
      if (!['Top', 'Center', 'Bottom', 'Justify', 'Distributed'].includes(alignment)) fail('InvalidArgument', `Invalid alignment ${alignment}.`);
      for (const [r, c] of cellsOf(rects))
        sheet.update(r, c, (cell) => {
          cell.vertical = alignment;
        });
    });
  }
}

abstract class FakeCells<T extends CellRange> extends FakeClientObject<T> {
  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this);
  }

  callOnCells(op: string, args: unknown, run: (range: CellRange) => void): void {
    this.call(op, args, (target) => {
      checkWritable(this.ctx.book, target.sheet);
      run(target);
    });
  }
}

class FakeRange extends FakeCells<CellRange & { rect: Rect }> {
  protected readonly loadable = ['values', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount'];

  of(sheet: FakeWorksheet, op: string, args: unknown, rect: (sheet: FakeSheet) => Rect | null): this {
    return this.created(op, args, () => {
      const live = sheet.live();
      const found = rect(live);
      return found && { sheet: live, rect: found, rects: [found] };
    });
  }

  protected valueOf(name: string, { sheet, rect }: CellRange & { rect: Rect }): unknown {
    switch (name) {
      case 'rowIndex':
        return rect.row;
      case 'columnIndex':
        return rect.column;
      case 'rowCount':
        return rect.rows;
      case 'columnCount':
        return rect.columns;
      default:
        if (rect.rows * rect.columns > MAX_READ_CELLS) return null;
        return Array.from({ length: rect.rows }, (_, r) =>
          Array.from({ length: rect.columns }, (_, c) => sheet.cell(rect.row + r, rect.column + c)?.value ?? ''),
        );
    }
  }

  /** Range.merge(across): the range becomes one merged cell (across: one per row); merged ranges may not meet. */
  merge(across = false): void {
    this.call('merge', across, ({ sheet, rect }) => {
      checkWritable(this.ctx.book, sheet);
      const rects = across ? Array.from({ length: rect.rows }, (_, r) => ({ ...rect, row: rect.row + r, rows: 1 })) : [rect];
      const meets = (a: Rect, b: Rect) =>
        a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;
      if (rects.some((r) => sheet.merged.some((m) => meets(r, m)))) fail('InvalidOperation', 'Cannot merge over a merged range.');
      sheet.merged.push(...rects.filter((r) => r.rows * r.columns > 1));
    });
  }

  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13): the merged ranges that meet this range. */
  getMergedAreasOrNullObject(): FakeMergedAreas {
    return new FakeMergedAreas(this.ctx).of(this);
  }

  get values(): Scalar[][] | null {
    return this.read('values');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }

  set values(values: unknown[][]) {
    this.enterAll('setValues', values);
  }
  set formulas(formulas: unknown[][]) {
    this.enterAll('setFormulas', formulas);
  }

  set numberFormat(formats: string[][]) {
    this.call('setNumberFormat', formats, ({ sheet, rect }) => {
      checkWritable(this.ctx.book, sheet);
      const rows = checkShape(rect, formats);
      rows.forEach((row, r) =>
        row.forEach((format, c) => {
          if (format !== null)
            sheet.update(rect.row + r, rect.column + c, (cell) => {
              cell.numberFormat = format === 'General' ? undefined : String(format);
            });
        }),
      );
    });
  }

  private enterAll(op: string, values: unknown[][]): void {
    this.call(op, values, ({ sheet, rect }) => {
      checkWritable(this.ctx.book, sheet);
      const rows = checkShape(rect, values);
      // As in Office.js, null leaves a cell as it is.
      rows.forEach((row, r) =>
        row.forEach((input, c) => {
          if (input !== null) sheet.update(rect.row + r, rect.column + c, (cell) => enter(cell, input));
        }),
      );
    });
  }

  clear(): void {
    this.call('clear', null, ({ sheet, rect }) => {
      checkWritable(this.ctx.book, sheet);
      for (const [row, column] of [...sheet.entries()].map(([r, c]) => [r, c] as const)) {
        const inside = row >= rect.row && row < rect.row + rect.rows && column >= rect.column && column < rect.column + rect.columns;
        if (inside)
          sheet.update(row, column, (cell) => {
            for (const key of Object.keys(cell)) delete cell[key as keyof FakeCell];
          });
      }
      // Clearing formats unmerges the merged ranges inside.
      const within = (m: Rect) =>
        m.row >= rect.row && m.row + m.rows <= rect.row + rect.rows && m.column >= rect.column && m.column + m.columns <= rect.column + rect.columns;
      sheet.merged.splice(0, sheet.merged.length, ...sheet.merged.filter((m) => !within(m)));
    });
  }

  select(): void {
    this.call('select', null, ({ sheet, rect }) => {
      if (this.ctx.book.activeSheetId !== sheet.id) fail('InvalidSelection', 'The range is not on the active sheet.');
      this.ctx.book.selection = { sheet: sheet.name, address: rectAddress(rect) };
    });
  }

  getCellProperties(options: { format?: { fill?: { color?: boolean; pattern?: boolean } } }): { readonly value: unknown[][] } {
    let result: unknown[][] | undefined;
    const wanted = options.format?.fill ?? {};
    this.call('getCellProperties', options, ({ sheet, rect }) => {
      const data = Array.from({ length: rect.rows }, (_, r) =>
        Array.from({ length: rect.columns }, (_, c) => {
          const fill = sheet.cell(rect.row + r, rect.column + c)?.fill;
          return {
            format: {
              fill: {
                ...(wanted.color ? { color: fill ?? '#FFFFFF' } : {}),
                ...(wanted.pattern ? { pattern: fill ? 'Solid' : 'None' } : {}),
              },
            },
          };
        }),
      );
      return {
        data,
        deliver: () => {
          result = data;
        },
      };
    });
    return {
      get value() {
        return (
          result ??
          fail(
            'PropertyNotLoaded',
            'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
          )
        );
      },
    };
  }
}

/** What getMergedAreasOrNullObject gives: its `address` lists the areas as "Sheet!A1:B2, Sheet!C3:C9". */
class FakeMergedAreas extends FakeClientObject<{ sheet: FakeSheet; rects: Rect[] }> {
  protected readonly loadable = ['address', 'areaCount'];

  of(range: FakeRange): this {
    return this.created('getMergedAreasOrNullObject', null, () => {
      if (!this.ctx.book.supports('1.13')) fail('ApiNotFound', 'Range.getMergedAreasOrNullObject needs ExcelApi 1.13.');
      const { sheet, rect } = range.live();
      const meets = (m: Rect) =>
        m.row < rect.row + rect.rows && m.row + m.rows > rect.row && m.column < rect.column + rect.columns && m.column + m.columns > rect.column;
      const rects = sheet.merged.filter(meets);
      return rects.length ? { sheet, rects } : null;
    });
  }

  protected valueOf(name: string, { sheet, rects }: { sheet: FakeSheet; rects: Rect[] }): unknown {
    const prefix = /^[A-Za-z0-9_.]+$/.test(sheet.name) ? sheet.name : `'${sheet.name.replace(/'/g, "''")}'`;
    return name === 'areaCount' ? rects.length : rects.map((r) => `${prefix}!${rectAddress(r)}`).join(', ');
  }

  get address(): string {
    return this.read('address');
  }
  get areaCount(): number {
    return this.read('areaCount');
  }
}

class FakeRangeAreas extends FakeCells<CellRange> {
  protected readonly loadable = [];

  of(sheet: FakeWorksheet, addresses: string, resolve: (sheet: FakeSheet) => CellRange): this {
    return this.created('getRanges', addresses, () => resolve(sheet.live()));
  }

  protected valueOf(): unknown {
    throw new Error('fake: RangeAreas has nothing to load');
  }
}

/** Notes need ExcelApi 1.18; an older Excel has no such API. */
function checkNotesApi(book: FakeWorkbook): void {
  if (!book.supports('1.18')) fail('ApiNotFound', 'The API you are trying to use could not be found (ExcelApi 1.18).');
}

/** A single-cell address, normalised ("$c$5" → "C5"), or InvalidCellAddress. */
function singleCell(address: string): string {
  const rect = parseAddress(address);
  if (!rect || rect.rows !== 1 || rect.columns !== 1) fail('InvalidCellAddress', `${address} is not a single cell.`);
  return rectAddress(rect);
}

class FakeNoteCollection {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly worksheet: FakeWorksheet,
  ) {}

  add(cellAddress: string, content: string): void {
    this.ctx.enqueue('notes.add', [cellAddress, content], () => {
      checkNotesApi(this.ctx.book);
      const sheet = this.worksheet.live();
      checkWritable(this.ctx.book, sheet);
      const address = singleCell(cellAddress);
      if (sheet.notes.has(address)) fail('InvalidArgument', `${address} already has a note.`);
      sheet.notes.set(address, String(content));
    });
  }

  getItemOrNullObject(key: string): FakeNote {
    return new FakeNote(this.ctx).of(this.worksheet, key);
  }
}

class FakeNote extends FakeClientObject<{ sheet: FakeSheet; address: string }> {
  protected readonly loadable = ['content'];

  of(worksheet: FakeWorksheet, key: string): this {
    return this.created('notes.getItemOrNullObject', key, () => {
      checkNotesApi(this.ctx.book);
      const sheet = worksheet.live();
      const address = singleCell(key);
      return sheet.notes.has(address) ? { sheet, address } : null;
    });
  }

  protected valueOf(_: string, { sheet, address }: { sheet: FakeSheet; address: string }): unknown {
    return sheet.notes.get(address);
  }

  get content(): string {
    return this.read('content');
  }

  set content(content: string) {
    this.call('note.content', content, ({ sheet, address }) => {
      checkWritable(this.ctx.book, sheet);
      sheet.notes.set(address, content);
    });
  }

  delete(): void {
    this.call('note.delete', null, ({ sheet, address }) => {
      checkWritable(this.ctx.book, sheet);
      sheet.notes.delete(address);
    });
  }
}

export async function fakeRun<T>(
  book: FakeWorkbook,
  ...args: [batch: (context: FakeRequestContext) => Promise<T>] | [options: object, batch: (context: FakeRequestContext) => Promise<T>]
): Promise<T> {
  const [options, batch] = args.length === 2 ? args : [{}, args[0]];
  book.runs.push(options);
  // An Excel before ExcelApi 1.20 knows no undo groups: the option does nothing there.
  const context = new FakeRequestContext(book, (options as Excel.RunOptions).mergeUndoGroup === true && book.supports('1.20'));
  const result = await batch(context);
  if (context.pending) throw new Error(`fake Excel.run: ${context.pending} queued calls were never synced`);
  return result;
}

/**
 * Installs the fake as the `Excel` and `Office` globals the adapter uses: Excel.run over `book`,
 * and Office.context.requirements.isSetSupported answering for ExcelApi up to `excelApi`.
 * Returns the function that removes them.
 */
export function installFakeOffice(book: FakeWorkbook, { excelApi = '1.18' }: { excelApi?: string } = {}): () => void {
  book.excelApi = excelApi;
  const globals = globalThis as Record<string, unknown>;
  globals.Excel = {
    run: (...args: [never] | [never, never]) => fakeRun(book, ...args),
    /** ExcelApi 1.8: opens a new workbook, here recorded with the file it was given. */
    createWorkbook: async (base64?: string) => {
      await Promise.resolve();
      if (!book.supports('1.8')) fail('ApiNotFound', 'Excel.createWorkbook needs ExcelApi 1.8.');
      book.createdWorkbooks.push(base64 ?? '');
    },
  };
  const platforms: Record<Platform, string> = { web: 'OfficeOnline', windows: 'PC', mac: 'Mac' };
  globals.Office = {
    context: {
      host: 'Excel',
      get platform() {
        return platforms[book.platform];
      },
      requirements: { isSetSupported: (name: string, version = '1.1') => name === 'ExcelApi' && book.supports(version) },
    },
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
  };
  return () => {
    delete globals.Excel;
    delete globals.Office;
  };
}
