import { describe, expect, it } from 'vitest';
import type { Finding } from '../../core/findings';
import { fingerprintOf } from '../../core/findings';
import { i18nFor } from '../i18n/i18n';
import { csvRow, neutraliseFormula } from '../../adapters/csv';
import { findingsCsv } from './findings-csv';

describe('findings CSV', () => {
  it.each(['=1+2', '+32 470 12 34 56', '-5', '@SUM(A1)', '\tx', '\rx'])('neutralises %j, which a spreadsheet would run as a formula', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it.each(['M001', 'Registre!E12', '1.234,56 €', ''])('leaves %j as it is', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });

  it('quotes a field holding the separator, a quote or a line break, after neutralising it', () => {
    expect(csvRow(['a;b', 'say "hi"', 'two\nlines', '=1;2', 'plain'], ';')).toBe('"a;b";"say ""hi""";"two\nlines";"\'=1;2";plain');
    expect(csvRow(['a;b', 'a,b'], ',')).toBe('a;b,"a,b"');
  });

  it('writes a BOM, translated headers, one CRLF line per finding, the message in the language', () => {
    const finding: Finding = {
      conditionId: 'ES-7',
      severity: 'breach',
      messageId: 'voterAboveTenth',
      sheet: 'AG',
      cell: 'E2',
      subject: '=cmd|x',
      fingerprint: fingerprintOf('ES-7', '=cmd|x', 'voterAboveTenth'),
      params: {
        memberId: 'M001',
        meetingDate: '2025-06-17',
        votes: 3,
        ownVotes: 1,
        proxyVotes: 2,
        proxies: 2,
        votesRepresented: 13,
        capVotes: 1,
        excessVotes: 2,
      },
    };
    const { t } = i18nFor('nl');
    const csv = findingsCsv([finding], 'nl', t);
    expect(csv.startsWith('\uFEFFVoorwaarde;Ernst;Blad;Cel;')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    // The message holds a ";", so it is quoted.
    expect(lines[1]).toMatch(/^ES-7;Inbreuk;AG;E2;'=cmd\|x;"Aandeelhouder M001 stemt met 3 stemmen .*art\. 6\)\. Tel de stemmen .*";voterAboveTenth;/);
    expect(findingsCsv([finding], 'en', i18nFor('en').t).split('\r\n')[0]).toBe('\uFEFFCondition,Severity,Sheet,Cell,Subject,Message,Message id,Fingerprint');
  });
});
