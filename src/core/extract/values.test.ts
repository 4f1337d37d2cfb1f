import { describe, expect, it } from 'vitest';
import { dayFromYmd, excelSerialOfDay } from '../dates';
import { cellText, enumLookup, isBlank, normaliseLabel, parseAmount, parseBoolean, parseDate, parseEnum, parseInteger, parseNumber } from './values';

const day = (y: number, m: number, d: number) => dayFromYmd(y, m, d)!;

describe('normaliseLabel', () => {
  it.each([
    ["Date d'adhésion", 'date d adhesion'],
    ['DATE D ADHESION', 'date d adhesion'],
    ['date_adhesion', 'date adhesion'],
    ['  N°  sociétaire ', 'n societaire'],
    ['Coöptatie', 'cooptatie'],
  ])('%s → %s', (text, expected) => expect(normaliseLabel(text)).toBe(expected));
});

describe('isBlank and cellText', () => {
  it('treats null, empty and whitespace as blank, not 0 or false', () => {
    expect([null, undefined, '', '   '].map(isBlank)).toEqual([true, true, true, true]);
    expect([0, false, 'x'].map(isBlank)).toEqual([false, false, false]);
  });
  it('gives trimmed text of any value', () => {
    expect([cellText(' M001 '), cellText(1001), cellText(null)]).toEqual(['M001', '1001', '']);
  });
});

describe('parseDate', () => {
  it.each([
    ['31/12/2025', day(2025, 12, 31)],
    ['31-12-2025', day(2025, 12, 31)],
    ['31.12.2025', day(2025, 12, 31)],
    ['2025-12-31', day(2025, 12, 31)],
    ['1/2/2025', day(2025, 2, 1)],
    ['29/02/2024', day(2024, 2, 29)],
    ['2025-06-17T00:00:00Z', day(2025, 6, 17)],
  ])('text %s', (text, expected) => expect(parseDate(text)).toBe(expected));

  it('reads Excel serials, including a date-time and the 1900 leap-year quirk', () => {
    expect(parseDate(45657)).toBe(day(2024, 12, 31));
    expect(parseDate(45657.75)).toBe(day(2024, 12, 31));
    expect(parseDate(excelSerialOfDay(day(2025, 6, 17)))).toBe(day(2025, 6, 17));
    expect(parseDate(1)).toBe(day(1900, 1, 1));
    expect(parseDate(61)).toBe(day(1900, 3, 1));
  });

  it.each([['31/02/2025'], ['29/02/2025'], ['2025-13-01'], ['12/31/2025'], ['31/12/25'], ['demain'], ['']])('rejects %s', (text) =>
    expect(parseDate(text)).toBeUndefined(),
  );
  it('rejects serials outside Excel’s range and non-date types', () => {
    expect([parseDate(0), parseDate(-5), parseDate(3_000_000), parseDate(true)]).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('parseAmount', () => {
  it.each([
    ['1.234,56 €', 123_456],
    ['1 234,56', 123_456],
    ['1\u202f234,56', 123_456],
    ['1234.56', 123_456],
    ['1,234.56', 123_456],
    ['1.234', 123_400],
    ['1.234.567', 123_456_700],
    ['12,5', 1_250],
    ['12.5', 1_250],
    ['EUR 12', 1_200],
    ['€ 0,01', 1],
    ['-50,00 €', -5_000],
    ['(50,00)', -5_000],
  ])('text %s → %i cents', (text, cents) => expect(parseAmount(text)).toBe(cents));

  it('reads numbers in euros without binary noise', () => {
    expect(parseAmount(0.1 + 0.2)).toBe(30);
    expect(parseAmount(1234.565)).toBe(123_457);
    expect(parseAmount(-12)).toBe(-1_200);
  });

  it.each([['abc'], ['12 abc'], ['1,234,56'], ['12.345,6.7'], ['1.23456'], ['€'], [''], ['12,345']])('rejects %s', (text) =>
    expect(parseAmount(text)).toBeUndefined(),
  );
  it('rejects non-finite numbers and booleans', () => {
    expect([parseAmount(Number.NaN), parseAmount(Number.POSITIVE_INFINITY), parseAmount(true)]).toEqual([undefined, undefined, undefined]);
  });
});

describe('parseInteger and parseNumber', () => {
  it.each([
    [12, 12],
    ['12', 12],
    [' 1 234 ', 1234],
    ['1.234', 1234],
    ['-3', -3],
  ])('integer %s', (value, expected) => expect(parseInteger(value)).toBe(expected));
  it.each([[12.5], ['12.5'], ['10.0'], ['12,5'], ['douze'], [true]])('not an integer: %s', (value) => expect(parseInteger(value)).toBeUndefined());
  it.each([
    [2.5, 2.5],
    ['2,5', 2.5],
    ['2.5', 2.5],
    ['90', 90],
  ])('number %s', (value, expected) => expect(parseNumber(value)).toBe(expected));
  it.each([['2,5 jours'], ['1.234,5'], [false]])('not a number: %s', (value) => expect(parseNumber(value)).toBeUndefined());
});

describe('parseBoolean', () => {
  it.each(['oui', 'Oui', 'ja', 'YES', 'true', 'x', 'X', '1', 'vrai'])('%s is true', (word) => expect(parseBoolean(word)).toBe(true));
  it.each(['non', 'nee', 'neen', 'No', 'false', '0', 'faux'])('%s is false', (word) => expect(parseBoolean(word)).toBe(false));
  it('reads Excel booleans and 1/0 numbers', () => {
    expect([parseBoolean(true), parseBoolean(false), parseBoolean(1), parseBoolean(0)]).toEqual([true, false, true, false]);
  });
  it.each([['peut-être'], [2]])('rejects %s', (value) => expect(parseBoolean(value)).toBeUndefined());
});

describe('parseEnum', () => {
  const lookup = enumLookup({ byRight: ['de plein droit', 'décès', 'van rechtswege', 'death'], resignation: ['démission', 'uittreding'] });
  it.each([
    ['Décès', 'byRight'],
    ['DECES', 'byRight'],
    ['de plein-droit', 'byRight'],
    ['Van Rechtswege', 'byRight'],
    ['démission', 'resignation'],
    ['byRight', 'byRight'],
  ])('%s → %s', (word, expected) => expect(parseEnum(word, lookup)).toBe(expected));
  it.each([['exclu'], [''], [true]])('rejects %s', (value) => expect(parseEnum(value, lookup)).toBeUndefined());
});
