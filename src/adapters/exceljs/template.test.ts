import { describe, expect, it } from 'vitest';
import { buildTemplate } from './template';
import { loadWorkbook, readSnapshot } from '../../../tests/oracles/exceljs/source';
import { extractWorkbook, SHEET_SPECS, LANGS, SHEET_KINDS, check } from '../../core';

describe('coopcheck template', () => {
  it.each(LANGS)('the %s template is read back with every sheet kind and every column found', async (lang) => {
    const bytes = new Uint8Array(await buildTemplate(lang).xlsx.writeBuffer());
    const model = extractWorkbook(await readSnapshot(await loadWorkbook(bytes)));
    expect(Object.keys(model.mappings).sort()).toEqual([...SHEET_KINDS].sort());
    for (const kind of SHEET_KINDS) {
      expect(Object.keys(model.mappings[kind]!.columns).sort(), kind).toEqual(SHEET_SPECS[kind].fields.map((f) => f.field).sort());
    }
    expect(model.unrecognisedSheets).toEqual([]);
    expect(model.allocation.filter((line) => line.item === undefined)).toEqual([]);
  });

  it('an empty template checks without a crash or a data finding', async () => {
    const bytes = new Uint8Array(await buildTemplate('nl').xlsx.writeBuffer());
    const result = check(extractWorkbook(await readSnapshot(await loadWorkbook(bytes))));
    expect(result.conditions.filter((c) => c.outcome === 'crashed')).toEqual([]);
    expect(result.findings.filter((f) => f.conditionId.startsWith('DATA') && f.severity !== 'info')).toEqual([]);
  });
});
