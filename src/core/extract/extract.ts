/**
 * Snapshot → model (DATA-CONTRACT.md). Each sheet's header row is looked for in its first ten rows
 * and the sheet's kind is the one whose header synonyms it matches best; the rows below are parsed
 * field by field into records that remember their cells. Problems become ExtractIssues for the DATA
 * conditions, never exceptions.
 *
 * The extractor is push-based so that a streaming reader can feed a million rows without holding
 * them: only the first ten rows of a sheet are buffered, and every row costs one pass over the
 * mapped columns (a trailing blank row costs a handful of blank checks).
 */
import type { CellValue, WorkbookSnapshot } from '../snapshot';
import { a1, columnIndex } from '../snapshot';
import type { ExtractIssue, Model, Origin, SheetKind, SheetMapping } from '../model';
import { SHEET_KINDS, emptyModel } from '../model';
import { PARAMETER_SPECS, parameterNameOf, type ParameterName } from '../parameters';
import type { FieldSpec } from './fields';
import { ALLOCATION_ITEM_BY_LABEL, SHEET_SPECS, enumWords } from './fields';
import { cellText, enumLookup, isBlank, normaliseLabel, parseAmount, parseBoolean, parseDate, parseEnum, parseInteger, parseNumber } from './values';

/** The user's corrections (task pane, CLI `--mapping`): per kind, the sheet and/or columns by header text or letter. */
export type MappingOverride = Partial<Record<SheetKind, SheetOverride>>;
export interface SheetOverride {
  sheet?: string;
  columns?: Readonly<Record<string, string>>;
}

export interface RowSink {
  /** One row: `rowNumber` is one-based and increasing; values[0] is column A. Rows may be skipped. */
  row(rowNumber: number, values: readonly CellValue[]): void;
  end(): void;
}

export interface Extractor {
  beginSheet(name: string): RowSink;
  finish(): Model;
}

/** The header row may be anywhere in the first ten rows (title rows above it). */
export const HEADER_SEARCH_ROWS = 10;

/** A sheet is taken for a kind when at least this many of the kind's fields have a header. */
const MIN_FIELDS_MATCHED = 2;

/**
 * Headers are compared by normaliseLabel and also without French articles and elisions, so that
 * "date_adhesion" and "Date de sortie"'s "date_sortie" name the same field as "Date d'adhésion".
 */
const HEADER_STOP_WORDS = new Set(['d', 'l', 'de', 'du', 'des', 'la', 'le', 'les']);

export function headerKey(text: string): string {
  return normaliseLabel(text)
    .split(' ')
    .filter((word) => !HEADER_STOP_WORDS.has(word))
    .join(' ');
}

const TOTALS_ROW = /^(grand |sous |sub ?)?(total|totaal|totaux|totals)( |$)/;
/** A cheap test first, so that a million member ids are not each normalised to rule them out. */
const MAY_BE_TOTALS = /^[\s\W]*(tot|sous|sub|grand)/i;

export function extractWorkbook(snapshot: WorkbookSnapshot, mapping?: MappingOverride): Model {
  const extractor = createExtractor(mapping, { date1904: snapshot.date1904 });
  for (const sheet of snapshot.sheets) {
    const sink = extractor.beginSheet(sheet.name);
    sheet.rows.forEach((values, index) => {
      if (values) sink.row(index + 1, values);
    });
    sink.end();
  }
  return extractor.finish();
}

/** Normalised header → the (kind, field) pairs it names; built once from the contract. */
const FIELDS_BY_HEADER: ReadonlyMap<string, readonly { kind: SheetKind; field: string }[]> = (() => {
  const map = new Map<string, { kind: SheetKind; field: string }[]>();
  for (const kind of SHEET_KINDS) {
    for (const spec of SHEET_SPECS[kind].fields) {
      for (const header of [...spec.headers.fr, ...spec.headers.nl, ...spec.headers.en]) {
        const key = headerKey(header);
        const entries = map.get(key) ?? [];
        if (!entries.some((e) => e.kind === kind && e.field === spec.field)) entries.push({ kind, field: spec.field });
        map.set(key, entries);
      }
    }
  }
  return map;
})();

const ENUM_LOOKUPS: ReadonlyMap<FieldSpec, ReadonlyMap<string, string>> = (() => {
  const map = new Map<FieldSpec, ReadonlyMap<string, string>>();
  for (const kind of SHEET_KINDS) {
    for (const spec of SHEET_SPECS[kind].fields) if (spec.values) map.set(spec, enumLookup(enumWords(spec.values)));
  }
  return map;
})();

interface HeaderMatch {
  kind: SheetKind;
  /** Zero-based index into the buffered rows. */
  rowIndex: number;
  matched: number;
  requiredComplete: boolean;
  nameHint: boolean;
  forced: boolean;
}

interface SheetResult {
  name: string;
  order: number;
  match: HeaderMatch;
  mapping: SheetMapping;
  records: unknown[];
  issues: ExtractIssue[];
}

export interface ExtractOptions {
  /** Date cells are 1904-system serials (WorkbookSnapshot.date1904). */
  date1904?: boolean;
}

export function createExtractor(mapping: MappingOverride = {}, options: ExtractOptions = {}): Extractor {
  const results: SheetResult[] = [];
  const unrecognised: string[] = [];
  const headerOverrides = headerOverridesOf(mapping);
  let order = 0;

  return {
    beginSheet(name) {
      const reader = new SheetReader(name, order++, mapping, headerOverrides, options);
      return {
        row: (rowNumber, values) => reader.row(rowNumber, values),
        end: () => {
          const result = reader.end();
          if (result) results.push(result);
          else unrecognised.push(name);
        },
      };
    },
    finish() {
      const model = emptyModel();
      model.unrecognisedSheets = unrecognised;
      for (const kind of SHEET_KINDS) {
        const candidates = results.filter((r) => r.match.kind === kind);
        if (!candidates.length) continue;
        const chosen = candidates.reduce((best, r) => (compareSheets(r, best) < 0 ? r : best));
        model.mappings[kind] = chosen.mapping;
        (model as unknown as Record<SheetKind, unknown[]>)[kind] = chosen.records;
        for (const issue of chosen.issues) model.issues.push(issue);
        for (const other of candidates) {
          if (other !== chosen) model.issues.push({ kind: 'sheetAmbiguous', sheetKind: kind, sheet: other.name, chosen: chosen.name });
        }
      }
      return model;
    },
  };
}

/** Among sheets of one kind: the one the user named, then all required columns, then most columns. */
function compareSheets(a: SheetResult, b: SheetResult): number {
  return (
    Number(b.match.forced) - Number(a.match.forced) ||
    Number(b.match.requiredComplete) - Number(a.match.requiredComplete) ||
    b.match.matched - a.match.matched ||
    Number(b.match.nameHint) - Number(a.match.nameHint) ||
    a.order - b.order
  );
}

/** Kind → field → normalised header text the user gave for it. */
type HeaderOverrides = ReadonlyMap<SheetKind, ReadonlyMap<string, string>>;

function headerOverridesOf(mapping: MappingOverride): HeaderOverrides {
  const result = new Map<SheetKind, Map<string, string>>();
  for (const kind of SHEET_KINDS) {
    const columns = mapping[kind]?.columns;
    if (!columns) continue;
    const fields = new Map<string, string>();
    for (const [field, header] of Object.entries(columns)) {
      if (SHEET_SPECS[kind].fields.some((f) => f.field === field) && typeof header === 'string') fields.set(field, headerKey(header));
    }
    result.set(kind, fields);
  }
  return result;
}

/** Whether the sheet's name suggests this kind ("AG 2025" for meetings). */
function hasNameHint(kind: SheetKind, sheetName: string): boolean {
  const name = ` ${normaliseLabel(sheetName)} `;
  const spec = SHEET_SPECS[kind];
  return [...spec.nameHints, spec.name.fr, spec.name.nl, spec.name.en].some((hint) => name.includes(` ${normaliseLabel(hint)} `));
}

type RowParser = (values: readonly CellValue[], rowNumber: number) => void;

class SheetReader {
  private readonly buffered: { rowNumber: number; values: CellValue[] }[] = [];
  private decided = false;
  private result: SheetResult | undefined;
  private parse: RowParser | undefined;

  constructor(
    private readonly name: string,
    private readonly order: number,
    private readonly mapping: MappingOverride,
    private readonly headerOverrides: HeaderOverrides,
    private readonly options: ExtractOptions,
  ) {}

  row(rowNumber: number, values: readonly CellValue[]): void {
    if (!this.decided) {
      if (rowNumber <= HEADER_SEARCH_ROWS) {
        this.buffered.push({ rowNumber, values: [...values] });
        return;
      }
      this.decide();
    }
    this.parse?.(values, rowNumber);
  }

  end(): SheetResult | undefined {
    if (!this.decided) this.decide();
    return this.result;
  }

  private decide(): void {
    this.decided = true;
    const match = this.findHeader();
    if (!match) return;
    const headerRow = this.buffered[match.rowIndex];
    const result = buildSheet(this.name, this.order, match, headerRow?.values ?? [], headerRow?.rowNumber ?? 1, this.mapping);
    this.result = result;
    this.parse = rowParser(result, this.options);
    for (const row of this.buffered.slice(match.rowIndex + 1)) this.parse(row.values, row.rowNumber);
    this.buffered.length = 0;
  }

  /** The (row, kind) whose headers match the most fields; a sheet the user named is taken for its kind. */
  private findHeader(): HeaderMatch | undefined {
    const forcedKind = SHEET_KINDS.find((kind) => {
      const sheet = this.mapping[kind]?.sheet;
      return sheet !== undefined && normaliseLabel(sheet) === normaliseLabel(this.name);
    });
    const kinds = forcedKind ? [forcedKind] : SHEET_KINDS;
    let best: HeaderMatch | undefined;
    this.buffered.forEach((row, rowIndex) => {
      const matchedByKind = this.matchRow(row.values, kinds);
      for (const kind of kinds) {
        const matched = matchedByKind.get(kind);
        if (!matched) continue;
        const candidate: HeaderMatch = {
          kind,
          rowIndex,
          matched: matched.size,
          requiredComplete: SHEET_SPECS[kind].fields.every((f) => !f.required || matched.has(f.field)),
          nameHint: hasNameHint(kind, this.name),
          forced: kind === forcedKind,
        };
        if (!best || compareHeaderMatches(candidate, best) < 0) best = candidate;
      }
    });
    if (best && (best.forced || best.matched >= MIN_FIELDS_MATCHED)) return best;
    if (!forcedKind) return undefined;
    // A sheet the user named whose headers match nothing (all columns given by letter): its first non-blank row is the header.
    const firstFilled = this.buffered.findIndex((row) => row.values.some((v) => !isBlank(v)));
    return { kind: forcedKind, rowIndex: Math.max(firstFilled, 0), matched: 0, requiredComplete: false, nameHint: false, forced: true };
  }

  private matchRow(values: readonly CellValue[], kinds: readonly SheetKind[]): Map<SheetKind, Set<string>> {
    const matched = new Map<SheetKind, Set<string>>();
    const add = (kind: SheetKind, field: string) => {
      let fields = matched.get(kind);
      if (!fields) matched.set(kind, (fields = new Set()));
      fields.add(field);
    };
    for (const value of values) {
      if (isBlank(value)) continue;
      const header = headerKey(cellText(value));
      for (const entry of FIELDS_BY_HEADER.get(header) ?? []) if (kinds.includes(entry.kind)) add(entry.kind, entry.field);
      for (const kind of kinds) {
        for (const [field, overridden] of this.headerOverrides.get(kind) ?? []) if (overridden === header) add(kind, field);
      }
    }
    return matched;
  }
}

function compareHeaderMatches(a: HeaderMatch, b: HeaderMatch): number {
  return (
    b.matched - a.matched ||
    Number(b.requiredComplete) - Number(a.requiredComplete) ||
    Number(b.nameHint) - Number(a.nameHint) ||
    a.rowIndex - b.rowIndex ||
    SHEET_KINDS.indexOf(a.kind) - SHEET_KINDS.indexOf(b.kind)
  );
}

/**
 * Assigns a column to each field of the kind: the user's overrides first (a header text, else a
 * column letter), then the synonyms left to right; a second column for the same field is reported.
 */
function buildSheet(
  name: string,
  order: number,
  match: HeaderMatch,
  headerValues: readonly CellValue[],
  headerRow: number,
  mapping: MappingOverride,
): SheetResult {
  const { kind } = match;
  const columns: Record<string, number> = {};
  const headers: Record<string, string> = {};
  const issues: ExtractIssue[] = [];
  const claimed = new Set<number>();
  const normalisedHeaders = headerValues.map((v) => (isBlank(v) ? '' : headerKey(cellText(v))));
  const assign = (field: string, column: number, header: string) => {
    columns[field] = column;
    headers[field] = header;
    claimed.add(column);
  };

  for (const [field, given] of Object.entries(mapping[kind]?.columns ?? {})) {
    if (!SHEET_SPECS[kind].fields.some((f) => f.field === field) || typeof given !== 'string') continue;
    const wanted = headerKey(given);
    const byHeader = wanted ? normalisedHeaders.indexOf(wanted) : -1;
    const column = byHeader >= 0 ? byHeader : columnIndex(given.trim());
    if (column !== undefined) assign(field, column, cellText(headerValues[column]) || given.trim().toUpperCase());
  }
  const overridden = new Set(Object.keys(columns));
  normalisedHeaders.forEach((header, column) => {
    if (!header || claimed.has(column)) return;
    for (const entry of FIELDS_BY_HEADER.get(header) ?? []) {
      if (entry.kind !== kind || overridden.has(entry.field)) continue;
      if (columns[entry.field] === undefined) assign(entry.field, column, cellText(headerValues[column]));
      else issues.push({ kind: 'duplicateColumn', sheetKind: kind, sheet: name, cell: a1(column, headerRow), field: entry.field });
    }
  });

  const sheetMapping: SheetMapping = {
    kind,
    sheet: name,
    headerRow,
    columns,
    headers,
    missingRequired: SHEET_SPECS[kind].fields.filter((f) => f.required && columns[f.field] === undefined).map((f) => f.field),
    lastRow: headerRow,
  };
  return { name, order, match, mapping: sheetMapping, records: [], issues };
}

interface ColumnReader {
  spec: FieldSpec;
  column: number;
  parse: (value: CellValue) => unknown;
}

/** Serial 0 of the 1904 date system is 1 January 1904, serial 1462 of the 1900 system. */
const DAYS_1900_TO_1904 = 1462;

function parserOf(spec: FieldSpec, options: ExtractOptions): (value: CellValue) => unknown {
  switch (spec.type) {
    case 'date':
      return options.date1904 ? (value) => parseDate(typeof value === 'number' ? value + DAYS_1900_TO_1904 : value) : parseDate;
    case 'amount':
      return parseAmount;
    case 'integer':
      return parseInteger;
    case 'number':
      return parseNumber;
    case 'boolean':
      return parseBoolean;
    case 'enum': {
      const lookup = ENUM_LOOKUPS.get(spec)!;
      return (value) => parseEnum(value, lookup);
    }
    case 'text':
      return cellText;
  }
}

/** Allocation labels are compared like headers, ignoring a trailing remark in brackets or after a colon. */
function allocationItemOf(label: string) {
  return ALLOCATION_ITEM_BY_LABEL.get(normaliseLabel(label.replace(/\s*[(:].*$/, '')));
}

/** A line of the allocation list with an unknown label and no amount is a heading ("Affectations :"), not an item. */
function isAllocationHeading(values: readonly CellValue[], columns: Readonly<Record<string, number>>): boolean {
  const amountColumn = columns.amount;
  return (
    isBlank(amountColumn === undefined ? null : values[amountColumn]) &&
    allocationItemOf(cellText(columns.item === undefined ? null : values[columns.item])) === undefined
  );
}

function isTotalsRow(values: readonly CellValue[]): boolean {
  for (const value of values) {
    if (isBlank(value)) continue;
    return typeof value === 'string' && MAY_BE_TOTALS.test(value) && TOTALS_ROW.test(normaliseLabel(value));
  }
  return false;
}

function allBlank(values: readonly CellValue[], readers: readonly ColumnReader[]): boolean {
  for (const reader of readers) if (!isBlank(values[reader.column])) return false;
  return true;
}

/** The per-row parser of a sheet: reads only the mapped columns, pushes a record and its issues. */
function rowParser(sheet: SheetResult, options: ExtractOptions): RowParser {
  const { mapping, records, issues } = sheet;
  const { kind } = mapping;
  const spec = SHEET_SPECS[kind];
  const readers: ColumnReader[] = spec.fields
    .filter((f) => mapping.columns[f.field] !== undefined)
    .map((f) => ({ spec: f, column: mapping.columns[f.field]!, parse: parserOf(f, options) }))
    .sort((a, b) => a.column - b.column);
  const requiredTexts = spec.fields.filter((f) => f.required && f.type === 'text').map((f) => f.field);
  const defaults = spec.fields.filter((f) => f.defaultValue !== undefined);
  // Checked only where the column exists: without it the sheet simply does not name proxy holders.
  const conditional = readers.filter((r) => r.spec.requiredWhen);
  const rawValueColumn = kind === 'parameters' ? mapping.columns.value : undefined;
  const columns = mapping.columns;
  // Every record of a sheet gets the same fields in the same order, a blank cell's as undefined: records of one
  // shape keep the engine's reads of a million members' fields fast (one hidden class, not one per blank pattern).
  const template: Record<string, unknown> = {};
  for (const r of readers) template[r.spec.field] = undefined;
  for (const field of requiredTexts) template[field] = '';
  for (const f of defaults) template[f.field] = f.defaultValue;
  /**
   * A record of this sheet: its fields copied from the template, so that every record of the sheet has one hidden
   * class, and its row. Its origin is made when asked for (a finding's cell), from the row and the sheet's name and
   * columns: an origin object kept per record made a million members' model 0.5 s slower to read and check
   * (docs/BENCHMARKS.md, "A record's origin made when asked for").
   */
  class SheetRecord {
    readonly sheetRow: number;
    constructor(row: number) {
      // The fields first, then the row: a million members' read 0.25 s faster than the other way round.
      Object.assign(this, template);
      this.sheetRow = row;
    }
    get origin(): Origin {
      return { sheet: mapping.sheet, row: this.sheetRow, columns };
    }
  }
  const missing = (field: string, column: number, row: number) =>
    issues.push({ kind: 'requiredValueMissing', sheetKind: kind, sheet: mapping.sheet, cell: a1(column, row), field });

  return (values, rowNumber) => {
    if (allBlank(values, readers)) return;
    mapping.lastRow = rowNumber;
    if (isTotalsRow(values)) return;
    if (kind === 'allocation' && isAllocationHeading(values, columns)) return;

    const record = new SheetRecord(rowNumber) as unknown as Record<string, unknown>;
    for (let i = 0; i < readers.length; i++) {
      const { spec: f, column, parse } = readers[i]!;
      const value = values[column] ?? null;
      if (isBlank(value)) {
        // An empty cell of a yes/no column means no ("x/blank" in the contract).
        if (f.type === 'boolean') record[f.field] = false;
        else if (f.required) missing(f.field, column, rowNumber);
        continue;
      }
      const parsed = parse(value);
      if (parsed === undefined) {
        issues.push({
          kind: 'cellUnparsable',
          sheetKind: kind,
          sheet: mapping.sheet,
          cell: a1(column, rowNumber),
          field: f.field,
          expected: f.type,
          raw: cellText(value),
        });
      } else {
        record[f.field] = parsed;
      }
    }
    for (const { spec: f, column } of conditional) {
      const { field, value } = f.requiredWhen!;
      if (record[field] === value && isBlank(values[column])) missing(f.field, column, rowNumber);
    }

    if (kind === 'allocation') {
      record.label = record.item;
      record.item = allocationItemOf(record.item as string);
    } else if (kind === 'parameters') {
      if (!record.name) return;
      record.name = parameterNameOf(record.name as string) ?? record.name;
      const raw = rawValueColumn === undefined ? null : (values[rawValueColumn] ?? null);
      const isDate = typeof record.name === 'string' && record.name in PARAMETER_SPECS && PARAMETER_SPECS[record.name as ParameterName].type === 'date';
      record.value = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' && isDate && options.date1904 ? raw + DAYS_1900_TO_1904 : raw;
    }
    records.push(record);
  };
}

const FIELD_NAMES: ReadonlyMap<SheetKind, ReadonlySet<string>> = new Map(
  SHEET_KINDS.map((kind) => [kind, new Set(SHEET_SPECS[kind].fields.map((f) => f.field))]),
);

/**
 * What is wrong with a mapping read from JSON (CLI `--mapping`, the task pane's saved mapping): one
 * line per problem, empty when it can be used.
 */
export function mappingOverrideProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['the mapping must be a JSON object'];
  const problems: string[] = [];
  for (const [kind, entry] of Object.entries(value)) {
    const fields = FIELD_NAMES.get(kind as SheetKind);
    if (!fields) {
      problems.push(`unknown sheet kind "${kind}" (expected one of ${SHEET_KINDS.join(', ')})`);
      continue;
    }
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push(`${kind}: must be an object`);
      continue;
    }
    const { sheet, columns, ...rest } = entry as Record<string, unknown>;
    for (const key of Object.keys(rest)) problems.push(`${kind}: unknown key "${key}" (expected sheet, columns)`);
    if (sheet !== undefined && typeof sheet !== 'string') problems.push(`${kind}.sheet: must be a sheet name`);
    if (columns === undefined) continue;
    if (typeof columns !== 'object' || columns === null || Array.isArray(columns)) {
      problems.push(`${kind}.columns: must be an object`);
      continue;
    }
    for (const [field, column] of Object.entries(columns)) {
      if (!fields.has(field)) problems.push(`${kind}.columns: unknown field "${field}" (expected one of ${[...fields].join(', ')})`);
      else if (typeof column !== 'string' || column.trim() === '') problems.push(`${kind}.columns.${field}: must be a header text or a column letter`);
    }
  }
  return problems;
}
