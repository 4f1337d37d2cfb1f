/**
 * office.js as the pane meets it inside Excel, for the browser tests: bundled by esbuild and served
 * in place of Microsoft's CDN file. It installs the project's strict fake of Excel (tests/fake-excel)
 * over the sheets the test page was given, plus the bits of `Office` the pane reads on start. Like
 * the real office.js it reports ready only a while after it loaded, and its theme can change.
 * (The real office.js start-up path, outside Office, is exercised by pane.test.ts with the file of
 * @microsoft/office-js.)
 */
import { installFakeOffice } from '../fake-excel/excel-api';
import type { Scalar } from '../fake-excel/workbook';
import { FakeWorkbook } from '../fake-excel/workbook';

export interface FakeExcelSetup {
  sheets: { name: string; rows: (Scalar | null)[][] }[];
  displayLanguage: string;
  darkTheme: boolean;
  /** How long onReady takes to report Excel, in ms (default 300). */
  readyAfterMs?: number;
}

declare global {
  interface Window {
    /** Set by the test (page.addInitScript) before this script runs. */
    fakeExcelSetup: FakeExcelSetup;
    /** The workbook behind the fake, for the test to inspect. */
    fakeExcelBook: FakeWorkbook;
  }
}

const setup = window.fakeExcelSetup;
const book = new FakeWorkbook();
for (const sheet of setup.sheets) book.addSheet(sheet.name).setValues('A1', sheet.rows);
installFakeOffice(book);
const office = (globalThis as unknown as { Office: { context: object } }).Office;
const ready = new Promise((resolve) => setTimeout(() => resolve({ host: 'Excel', platform: 'OfficeOnline' }), setup.readyAfterMs ?? 300));
Object.assign(office, {
  HostType: { Excel: 'Excel' },
  onReady: () => ready,
  context: { ...office.context, displayLanguage: setup.displayLanguage, officeTheme: { isDarkTheme: setup.darkTheme } },
});
window.fakeExcelBook = book;
