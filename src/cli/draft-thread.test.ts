import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { buildDraftReport, check, extractWorkbook, type DraftReport } from '../core';
import { draftReportDocx } from '../adapters/docx';
import { seed2025Workbook } from '../../tests/fixtures/seed-2025';
import { startDraftWriter } from './draft-thread';

const INPUT = { fileName: 'smartcoop-2025.xlsx', sha256: 'cd'.repeat(32), checkedAt: '2026-03-02T09:00:00Z', toolVersion: '0.1.0' };
const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);

describe('the draft report thread', () => {
  it('packs the same document as this thread does', async () => {
    const draft = buildDraftReport(check(extractWorkbook(seed2025Workbook())), INPUT, 'nl');
    const writer = startDraftWriter();
    try {
      const there = await writer.docx(draft);
      const here = await draftReportDocx(draft);
      expect(documentXml(there)).toBe(documentXml(here));
      expect(documentXml(there)).toContain('smartcoop-2025.xlsx');
    } finally {
      await writer.stop();
    }
  }, 60_000);

  it("gives the packer's error, not a hang, for a draft it cannot pack", async () => {
    const writer = startDraftWriter();
    try {
      await expect(writer.docx({ lang: 'fr' } as DraftReport)).rejects.toThrow(/parts|undefined/);
    } finally {
      await writer.stop();
    }
  }, 60_000);
});
