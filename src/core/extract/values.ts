/**
 * Cell value parsing per DATA-CONTRACT.md "Values". Each parser returns undefined for a value it
 * cannot read; the extractor turns that into a DATA-2 finding on the cell. Blank cells are handled
 * by the caller (see isBlank) and never reach a parser.
 */
import type { CellValue } from '../snapshot';
import type { Cents } from '../money';
import { centsFromEuros } from '../money';
import type { Day } from '../dates';
import { dayFromExcelSerial, dayFromYmd } from '../dates';

/** Lower case, accents and punctuation removed, whitespace folded: "Date d'adhésion" → "date d adhesion". */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

/** Excel's own date range: 1900-01-01 (serial 1) to 9999-12-31 (serial 2 958 465). */
const MAX_EXCEL_SERIAL = 2_958_465;

export function parseDate(value: CellValue): Day | undefined {
  if (typeof value === 'number') {
    return value >= 1 && value <= MAX_EXCEL_SERIAL ? dayFromExcelSerial(value) : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  // ISO first (year first), then the Belgian day-first forms 31/12/2025, 31-12-2025, 31.12.2025.
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(text);
  if (m) return dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text);
  if (m) return dayFromYmd(Number(m[4]), Number(m[3]), Number(m[1]));
  return undefined;
}

/**
 * Amounts in Belgian and plain notation: "1.234,56 €", "1 234,56", "1234.56", "EUR 12". When both
 * separators appear the last one is the decimal mark. A lone comma is decimal (Belgian usage); a
 * lone dot is decimal only when followed by one or two digits, since "1.234" is a thousands
 * separator in Belgium and an amount has no third decimal.
 */
export function parseAmount(value: CellValue): Cents | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? centsFromEuros(value) : undefined;
  if (typeof value !== 'string') return undefined;
  let text = value.replace(/€|\beur\b|\beuros?\b/gi, '').replace(/[\s\u00a0\u202f']/g, '');
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1);
  }
  if (text.startsWith('-')) {
    negative = !negative;
    text = text.slice(1);
  } else if (text.startsWith('+')) text = text.slice(1);
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return undefined;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  let integerPart: string;
  let decimals = '';
  if (lastComma >= 0 && lastDot >= 0) {
    const decimalMark = lastComma > lastDot ? ',' : '.';
    const thousands = decimalMark === ',' ? '.' : ',';
    const at = text.lastIndexOf(decimalMark);
    integerPart = text.slice(0, at);
    decimals = text.slice(at + 1);
    if (integerPart.includes(decimalMark) || !/^\d{1,3}([.,]\d{3})*$/.test(integerPart)) return undefined;
    integerPart = integerPart.split(thousands).join('');
  } else if (lastComma >= 0) {
    const parts = text.split(',');
    if (parts.length === 2) {
      integerPart = parts[0]!;
      decimals = parts[1]!;
    } else if (/^\d{1,3}(,\d{3})+$/.test(text)) integerPart = parts.join('');
    else return undefined;
  } else if (lastDot >= 0) {
    const parts = text.split('.');
    if (parts.length === 2 && parts[1]!.length <= 2) {
      integerPart = parts[0]!;
      decimals = parts[1]!;
    } else if (/^\d{1,3}(\.\d{3})+$/.test(text)) integerPart = parts.join('');
    else return undefined;
  } else {
    integerPart = text;
  }
  if (!/^\d*$/.test(integerPart) || !/^\d{0,2}$/.test(decimals) || (integerPart === '' && decimals === '')) return undefined;
  const cents = Number(integerPart || '0') * 100 + Number(decimals.padEnd(2, '0') || '0');
  return negative ? -cents : cents;
}

export function parseNumber(value: CellValue): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!/^-?\d+([.,]\d+)?$/.test(text)) return undefined;
  return Number(text.replace(',', '.'));
}

export function parseInteger(value: CellValue): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  // Spaces anywhere, dots only as thousands separators: "1.234" is 1234 but "10.5" and "10.0" are not integers.
  const text = value.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (/^-?\d+$/.test(text)) return Number(text);
  return /^-?\d{1,3}(\.\d{3})+$/.test(text) ? Number(text.replace(/\./g, '')) : undefined;
}

const TRUE_WORDS = new Set(['oui', 'ja', 'yes', 'true', 'vrai', 'waar', 'x', '1', 'o', 'j', 'y']);
const FALSE_WORDS = new Set(['non', 'nee', 'neen', 'no', 'false', 'faux', 'onwaar', '0', 'n']);

/** oui/non, ja/nee, yes/no, true/false, x/blank, 1/0 (a blank cell is "no" when the column exists). */
export function parseBoolean(value: CellValue): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== 'string') return undefined;
  const word = normaliseLabel(value);
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

/**
 * An enum value matched like a header: `synonyms` maps each canonical value to the words that mean
 * it in FR, NL and EN. Build the lookup once per field with enumLookup.
 */
export function enumLookup<T extends string>(synonyms: Readonly<Record<T, readonly string[]>>): ReadonlyMap<string, T> {
  const lookup = new Map<string, T>();
  for (const [canonical, words] of Object.entries(synonyms) as [T, readonly string[]][]) {
    lookup.set(normaliseLabel(canonical), canonical);
    for (const word of words) lookup.set(normaliseLabel(word), canonical);
  }
  return lookup;
}

/** Raw text → enum value per lookup: a column of a million rows holds a handful of distinct words. */
const ENUM_MEMO = new WeakMap<ReadonlyMap<string, string>, Map<string, string | undefined>>();
const ENUM_MEMO_SIZE = 1_000;

export function parseEnum<T extends string>(value: CellValue, lookup: ReadonlyMap<string, T>): T | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value);
  let memo = ENUM_MEMO.get(lookup);
  if (!memo) ENUM_MEMO.set(lookup, (memo = new Map()));
  if (memo.has(text)) return memo.get(text) as T | undefined;
  const parsed = lookup.get(normaliseLabel(text));
  if (memo.size < ENUM_MEMO_SIZE) memo.set(text, parsed);
  return parsed;
}
