/**
 * The task pane, built for production and driven in Debian's Chromium at the width of an Office
 * task pane (320 px): as the standalone page, and inside "Excel" (the project's fake Excel served in
 * place of office.js). Every outcome and finding on screen is compared with what the engine gives
 * for the same file in Node; no request may leave the local server. The screenshots in
 * docs/screenshots/ are made here.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkbook, readSnapshot } from '../../src/adapters/exceljs/source';
import { CONDITIONS } from '../../src/core/conditions/registry';
import type { CheckResult } from '../../src/core/engine';
import { check } from '../../src/core/engine';
import type { MappingOverride } from '../../src/core/extract/extract';
import { extractWorkbook } from '../../src/core/extract/extract';
import type { Lang } from '../../src/core/i18n/lang';
import { outcomeLabel } from '../../src/core/i18n/labels';
import { renderMessage } from '../../src/core/i18n/render';
import { ACCREDITATION_NAMES } from '../../src/core/i18n/report-texts';
import { REPORT_TEXTS } from '../../src/core/i18n/report-texts';
import { OFFICE_JS_URL } from '../../src/ui/office-host';
import { UI_STRINGS } from '../../src/ui/i18n/strings';
import { formatMeasure, measureBundle } from '../../scripts/measure-bundle';
import type { FakeExcelSetup } from './fake-office';
import { BROKEN, RENAMED, brokenWorkbook, exampleWorkbook, notAWorkbook, renamedWorkbook } from './fixtures';
import type { GuardedContext, StaticServer } from './harness';
import { ROOT, buildPane, bundleFakeOffice, guardedContext, launchChromium, serveFolder } from './harness';

const PANE_WIDTH = 320;
const SCREENSHOTS = join(ROOT, 'docs/screenshots');

interface WorkbookFile { name: string; bytes: Buffer }

let work: string;
let dist: string;
let server: StaticServer;
let browser: Browser;
let fakeOfficeJs: string;
const contexts: GuardedContext[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'coopcheck-pane-'));
  dist = join(work, 'dist');
  [, browser, fakeOfficeJs] = await Promise.all([buildPane(dist), launchChromium(), bundleFakeOffice(), mkdir(SCREENSHOTS, { recursive: true })]);
  server = await serveFolder(dist);
}, 180_000);

afterAll(async () => {
  // Whatever a test did, no page may have reached beyond the local server: the add-in's page tried
  // office.js and, once it ran, office.js its telemetry frame; the guard stopped both.
  for (const { external } of contexts) expect(external.filter((url) => url !== OFFICE_JS_URL && !OFFICE_TELEMETRY.test(url))).toEqual([]);
  expect(pageErrors).toEqual([]);
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

const OFFICE_TELEMETRY = /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//;
const OFFICE_JS_FOLDER = join(ROOT, 'node_modules/@microsoft/office-js/dist');

interface PaneOptions {
  /** The add-in's page (taskpane.html, office.js in its <head>) rather than the standalone page (index.html). */
  addIn?: boolean;
  /** Serve the real office.js of @microsoft/office-js (and the files it loads) in place of Microsoft's CDN. */
  realOfficeJs?: boolean;
  locale?: string;
  colorScheme?: 'light' | 'dark';
  query?: string;
  /** Open the pane inside "Excel": the fake Excel over these sheets stands in for office.js. */
  excel?: FakeExcelSetup;
}

/** How Excel's desktop client opens a task pane: its host info in the query (office-host.ts looks for it). */
const OFFICE_HOST_QUERY = '?_host_Info=Excel$Win32$16.01$fr-BE$$$$0';

async function openPane(options: PaneOptions = {}): Promise<{ page: Page; guarded: GuardedContext }> {
  const guarded = await guardedContext(browser, server.origin, {
    viewport: { width: PANE_WIDTH, height: 800 },
    locale: options.locale ?? 'fr-BE',
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
  });
  contexts.push(guarded);
  if (options.excel) {
    await guarded.context.addInitScript((setup) => { window.fakeExcelSetup = setup; }, options.excel);
    // Registered after the guard, so it answers first: office.js never leaves the machine.
    await guarded.context.route(OFFICE_JS_URL, (route) => route.fulfill({ body: fakeOfficeJs, contentType: 'text/javascript' }));
  }
  if (options.realOfficeJs) {
    // office.js and what it loads relative to itself (host scripts, locale files), from the npm package.
    await guarded.context.route('https://appsforoffice.microsoft.com/lib/1/hosted/**', (route) => {
      const path = join(OFFICE_JS_FOLDER, new URL(route.request().url()).pathname.slice('/lib/1/hosted/'.length));
      return path.startsWith(OFFICE_JS_FOLDER) && existsSync(path) ? route.fulfill({ path }) : route.abort('blockedbyclient');
    });
  }
  const page = await guarded.context.newPage();
  // office.js, asked for a host that is not there, reports its missing locale files as an error of its own.
  page.on('pageerror', (error) => { if (!(options.realOfficeJs && /locale/.test(error.message))) pageErrors.push(error.message); });
  const addIn = options.addIn || options.excel || options.realOfficeJs;
  await page.goto(`${server.origin}/${addIn ? 'taskpane.html' : 'index.html'}${options.excel ? OFFICE_HOST_QUERY : options.query ?? ''}`);
  return { page, guarded };
}

async function upload(page: Page, file: WorkbookFile): Promise<void> {
  await page.setInputFiles('input[type=file]', { name: file.name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file.bytes });
}

async function engineResult(file: WorkbookFile, mapping?: MappingOverride): Promise<CheckResult> {
  return check(extractWorkbook(readSnapshot(await loadWorkbook(file.bytes)), mapping));
}

async function outcomesOnScreen(page: Page): Promise<Record<string, string | null>> {
  await page.locator('[data-condition-id]').first().waitFor();
  const rows = await page.locator('[data-condition-id]').evaluateAll((elements) =>
    elements.map((e) => [e.getAttribute('data-condition-id'), e.getAttribute('data-outcome')] as const));
  return Object.fromEntries(rows.map(([id, outcome]) => [id ?? '', outcome]));
}

function expectedOutcomes(result: CheckResult): Record<string, string> {
  return Object.fromEntries(result.conditions.map((c) => [c.id, c.outcome]));
}

async function expand(page: Page, conditionId: string): Promise<void> {
  const header = page.locator(`[data-condition-id="${conditionId}"]`).getByRole('button').first();
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
}

function cellsOf(result: CheckResult, conditionId: string): string[] {
  return result.findings.filter((f) => f.conditionId === conditionId).slice(0, 100).map((f) => `${f.sheet}!${f.cell}`);
}

async function cellsOnScreen(page: Page, conditionId: string): Promise<string[]> {
  return page.locator(`[data-condition-id="${conditionId}"] [data-finding-cell]`).evaluateAll((items) => items.map((i) => i.getAttribute('data-finding-cell') ?? ''));
}

async function excelSetup(file: WorkbookFile, displayLanguage = 'fr-BE', darkTheme = false): Promise<FakeExcelSetup> {
  const { sheets } = readSnapshot(await loadWorkbook(file.bytes));
  return { sheets: sheets.map(({ name, rows }) => ({ name, rows })), displayLanguage, darkTheme };
}

async function goTo(page: Page, lang: Lang, step: 'step.data' | 'step.settings' | 'step.check' | 'step.flags' | 'step.report'): Promise<void> {
  await page.getByRole('tab', { name: UI_STRINGS[lang][step] }).click();
}

/** Saves the step as docs/screenshots/<name>, after checking that it reads at 320 px without scrolling sideways. */
async function screenshot(page: Page, name: string): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} scrolls sideways`).toBeLessThanOrEqual(PANE_WIDTH);
  await page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true, animations: 'disabled' });
}

async function download(page: Page, selector: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = join(work, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

describe('the task pane as a standalone page, in Chromium at 320 px', () => {
  it('opens asking for a file, with no request beyond its own origin and no exceljs yet', async () => {
    const { page, guarded } = await openPane();
    await expect.poll(() => page.getByRole('button', { name: UI_STRINGS.fr['file.choose'] }).isVisible()).toBe(true);
    expect(await page.locator('input[type=file]').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr-BE');
    expect(guarded.requested.filter((url) => url.endsWith('.js')).some((url) => /exceljs/.test(url))).toBe(false);
    expect(guarded.external).toEqual([]);
    await screenshot(page, '01-open.png');
    await page.close();
  });

  it('checks the example workbook: every outcome on screen is the engine’s, then offers the checked copy', async () => {
    const example = await exampleWorkbook();
    const expected = await engineResult(example);
    const { page, guarded } = await openPane();
    await upload(page, example);

    expect(await outcomesOnScreen(page)).toEqual(expectedOutcomes(expected));
    expect(Object.keys(expectedOutcomes(expected))).toEqual(CONDITIONS.map((c) => c.id));
    // exceljs arrives with the file, from this origin, as its own chunk.
    expect(guarded.requested.some((url) => url.startsWith(`${server.origin}/exceljs.`))).toBe(true);
    await expect.poll(() => page.getByText(UI_STRINGS.fr['check.fiscalYear'].replace('{year}', String(expected.fiscalYear.year))).isVisible()).toBe(true);

    const shown = expected.conditions.find((c) => c.findings > 0 && c.outcome !== 'passed') ?? expected.conditions.find((c) => c.findings > 0);
    if (shown) {
      await expand(page, shown.id);
      expect(await cellsOnScreen(page, shown.id)).toEqual(cellsOf(expected, shown.id));
    }
    await screenshot(page, '04-check.png');

    await goTo(page, 'fr', 'step.data');
    await page.locator('[data-sheet-kind="members"]').getByRole('button').first().click();
    await screenshot(page, '02-data.png');

    await goTo(page, 'fr', 'step.settings');
    await screenshot(page, '03-settings.png');

    await goTo(page, 'fr', 'step.report');
    await screenshot(page, '06-report.png');
    const copyPath = await download(page, '[data-download="checked-copy"]');
    expect(copyPath.endsWith('les-tisserands.checked.xlsx')).toBe(true);

    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(copyPath);
    expect(copy.worksheets.map((s) => s.name)).toContain(REPORT_TEXTS.sheetName.fr);
    // Flags change no value: the copy's data reads exactly as the original's.
    expect(readSnapshot(copy)).toEqual(readSnapshot(await loadWorkbook(example.bytes)));
    for (const finding of expected.findings.filter((f) => f.severity !== 'info').slice(0, 50)) {
      const cell = copy.getWorksheet(finding.sheet)!.getCell(finding.cell);
      expect(cell.fill, `${finding.sheet}!${finding.cell}`).toBeTruthy();
      expect(String(typeof cell.note === 'string' ? cell.note : cell.note?.texts?.map((t) => t.text).join(''))).toContain('CoopCheck:');
    }
    await page.close();
  });

  it('shows the broken workbook’s problems on their cells, and speaks Dutch on request', async () => {
    const broken = await brokenWorkbook();
    const expected = await engineResult(broken);
    const { page } = await openPane({ locale: 'en-GB' });
    await upload(page, broken);

    expect(await outcomesOnScreen(page)).toEqual(expectedOutcomes(expected));
    expect(expected.conditions.find((c) => c.id === 'ES-7')?.outcome).toBe('failed');
    await expand(page, 'ES-7');
    expect(await cellsOnScreen(page, 'ES-7')).toContain(BROKEN.voteCapCell);
    await expand(page, 'DATA-2');
    expect(await cellsOnScreen(page, 'DATA-2')).toContain(BROKEN.badDateCell);
    const es7 = CONDITIONS.find((c) => c.id === 'ES-7')!;
    const es7Finding = expected.findings.find((f) => f.conditionId === 'ES-7')!;
    await expect.poll(() => page.getByText(renderMessage(es7Finding, es7, 'en')).isVisible()).toBe(true);

    await page.getByLabel(UI_STRINGS.en['language.label']).selectOption('nl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl-BE');
    expect(await page.locator('[data-condition-id="ES-7"] [data-outcome-badge]').innerText()).toBe(outcomeLabel('failed', 'nl'));
    await expect.poll(() => page.getByText(renderMessage(es7Finding, es7, 'nl')).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('tab', { name: UI_STRINGS.nl['step.report'] }).isVisible()).toBe(true);
    await screenshot(page, '07-check-nl.png');

    await goTo(page, 'nl', 'step.report');
    const csv = await readFile(await download(page, '[data-download="findings-csv"]'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]!.split(';')[0]).toBe(UI_STRINGS.nl['csv.condition']);
    expect(lines).toHaveLength(expected.findings.length + 1);
    // No field may start like a formula (a quoted field starts after its quote).
    for (const line of lines) for (const field of line.split(';')) expect(field.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);

    const reportPath = await download(page, '[data-download="report"]');
    const report = new ExcelJS.Workbook();
    await report.xlsx.readFile(reportPath);
    expect(report.worksheets.map((s) => s.name)).toContain(REPORT_TEXTS.sheetName.nl);
    await page.close();
  });

  it('lets the user point to a column it did not recognise, and re-checks', async () => {
    const renamed = await renamedWorkbook();
    const mapping: MappingOverride = { members: { sheet: 'Registre', columns: { memberId: RENAMED.memberIdColumn } } };
    const [before, after] = await Promise.all([engineResult(renamed), engineResult(renamed, mapping)]);
    expect(expectedOutcomes(before)).not.toEqual(expectedOutcomes(after));
    const { page } = await openPane({ locale: 'en-GB' });
    await upload(page, renamed);
    expect(await outcomesOnScreen(page)).toEqual(expectedOutcomes(before));

    await goTo(page, 'en', 'step.data');
    await page.locator('[data-sheet-kind="members"]').getByRole('button').first().click();
    const memberId = page.locator('select[data-field="memberId"]');
    await memberId.selectOption(RENAMED.memberIdColumn);
    await expect.poll(() => memberId.inputValue()).toBe(RENAMED.memberIdColumn);
    await goTo(page, 'en', 'step.check');
    // The re-check runs after the click returns.
    await expect.poll(() => outcomesOnScreen(page)).toEqual(expectedOutcomes(after));
    await page.close();
  });

  it('applies a setting at once: without the CNC accreditation its conditions are not applicable', async () => {
    const example = await exampleWorkbook();
    const { page } = await openPane({ locale: 'en-GB' });
    await upload(page, example);
    await outcomesOnScreen(page);
    await goTo(page, 'en', 'step.settings');
    await page.getByRole('checkbox', { name: ACCREDITATION_NAMES.CNC.en }).uncheck();
    await goTo(page, 'en', 'step.check');
    const cncOutcomes = async () => Object.entries(await outcomesOnScreen(page)).filter(([id]) => id.startsWith('CNC-')).map(([, outcome]) => outcome);
    await expect.poll(async () => new Set(await cncOutcomes())).toEqual(new Set(['not-applicable']));
    expect(await cncOutcomes()).toHaveLength(CONDITIONS.filter((c) => c.group === 'CNC').length);
    await page.close();
  });

  it('explains a file that is not a workbook', async () => {
    const { page } = await openPane({ locale: 'en-GB' });
    await upload(page, notAWorkbook());
    await expect.poll(() => page.getByText(UI_STRINGS.en['error.notXlsx']).isVisible()).toBe(true);
    expect(await page.locator('[data-condition-id]').count()).toBe(0);
    await page.close();
  });

  it('as the add-in\'s page, loads office.js in its head, and runs standalone saying so when it cannot', async () => {
    const { page, guarded } = await openPane({ locale: 'en-GB', addIn: true, query: OFFICE_HOST_QUERY });
    await expect.poll(() => page.getByText(UI_STRINGS.en['host.officeUnavailable']).isVisible()).toBe(true);
    // The one request beyond the local server was office.js, and the guard stopped it.
    expect(guarded.external).toEqual([OFFICE_JS_URL]);
    expect(await page.locator('input[type=file]').count()).toBe(1);
    expect(await page.evaluate(() => document.head.querySelector('script')?.src)).toBe(OFFICE_JS_URL);
    await page.close();
  });

  it('runs the real office.js start-up outside Office: no host reported, so the pane runs standalone, without a warning', async () => {
    const { page, guarded } = await openPane({ locale: 'en-GB', realOfficeJs: true });
    await expect.poll(() => page.getByRole('button', { name: UI_STRINGS.en['file.choose'] }).isVisible()).toBe(true);
    expect(await page.evaluate(() => typeof Office.onReady)).toBe('function');
    expect(await page.evaluate(async () => (await Office.onReady()).host)).toBeNull();
    expect(await page.getByText(UI_STRINGS.en['host.officeUnavailable']).count()).toBe(0);
    // The real file ran: OSF is office.js's own namespace, which the project's fake does not define.
    expect(await page.evaluate(() => typeof (window as unknown as { OSF?: object }).OSF)).toBe('object');
    expect(guarded.external.filter((url) => !OFFICE_TELEMETRY.test(url))).toEqual([]);
    await page.close();
  });

  it('with the real office.js asked for a host that never answers, gives up after the time-out and says so', async () => {
    const { page } = await openPane({ locale: 'en-GB', realOfficeJs: true, query: OFFICE_HOST_QUERY });
    await expect.poll(() => page.getByText(UI_STRINGS.en['host.officeUnavailable']).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await page.locator('input[type=file]').count()).toBe(1);
    await page.close();
  }, 40_000);

  it('follows a dark theme', async () => {
    const { page } = await openPane({ locale: 'en-GB', colorScheme: 'dark' });
    await upload(page, await brokenWorkbook());
    await outcomesOnScreen(page);
    const background = await page.locator('.fui-FluentProvider').first().evaluate((e) => getComputedStyle(e).backgroundColor);
    const [red, green, blue] = background.match(/\d+/g)!.map(Number);
    expect(red! + green! + blue!).toBeLessThan(3 * 80);
    await screenshot(page, '08-check-dark.png');
    await page.close();
  });

  it('is usable from the keyboard: steps and conditions open with keys', async () => {
    const { page } = await openPane({ locale: 'en-GB' });
    await upload(page, await exampleWorkbook());
    await outcomesOnScreen(page);
    await page.getByRole('tab', { name: UI_STRINGS.en['step.check'] }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('tab', { name: UI_STRINGS.en['step.report'] }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    const header = page.locator('[data-condition-id="DATA-1"]').getByRole('button').first();
    await header.focus();
    await page.keyboard.press('Enter');
    expect(await header.getAttribute('aria-expanded')).toBe('true');
    await page.close();
  });

  it('keeps exceljs out of the first load', async () => {
    const measure = await measureBundle(dist);
    console.log(formatMeasure(measure));
    expect(measure.exceljsInFirstLoad).toEqual([]);
    expect(measure.lazy.some((chunk) => chunk.file.startsWith('exceljs.'))).toBe(true);
  });
});

describe('the task pane inside Excel (the fake Excel in place of office.js), at 320 px', () => {
  it('reads the open workbook, selects a finding’s cell, flags and clears, and writes the summary sheet', async () => {
    const broken = await brokenWorkbook();
    const expected = await engineResult(broken);
    const { page, guarded } = await openPane({ excel: await excelSetup(broken) });
    const fr = UI_STRINGS.fr;
    await page.getByRole('button', { name: fr['data.read'] }).click();
    await goTo(page, 'fr', 'step.check');
    expect(await outcomesOnScreen(page)).toEqual(expectedOutcomes(expected));
    expect(guarded.requested.some((url) => /exceljs/.test(url))).toBe(false);

    await expand(page, 'ES-7');
    const [sheet, cell] = BROKEN.voteCapCell.split('!') as [string, string];
    await page.getByRole('button', { name: fr['check.selectCell'].replace('{ref}', BROKEN.voteCapCell) }).click();
    await expect.poll(() => page.evaluate(() => window.fakeExcelBook.selection)).toEqual({ sheet, address: cell });

    const fillOf = () => page.evaluate(([s, c]) => {
      const match = /^([A-Z]+)(\d+)$/.exec(c)!;
      return window.fakeExcelBook.sheet(s).cell(Number(match[2]) - 1, match[1]!.charCodeAt(0) - 65)?.fill ?? null;
    }, [sheet, cell] as const);
    await goTo(page, 'fr', 'step.flags');
    await page.getByRole('button', { name: fr['flags.apply'] }).click();
    const flagged = new Set(expected.findings.filter((f) => f.severity !== 'info').map((f) => `${f.sheet}!${f.cell}`)).size;
    await expect.poll(() => page.getByText(new RegExp(`^${flagged} cellules marquées`)).isVisible()).toBe(true);
    expect(await fillOf()).not.toBeNull();
    await screenshot(page, '05-flags.png');
    await page.getByRole('button', { name: fr['flags.clear'] }).click();
    await expect.poll(() => page.getByText(fr['flags.cleared']).isVisible()).toBe(true);
    expect(await fillOf()).toBeNull();

    await goTo(page, 'fr', 'step.report');
    await page.getByRole('button', { name: fr['report.write'] }).click();
    await expect.poll(() => page.getByText(fr['report.written'].replace('{sheet}', REPORT_TEXTS.sheetName.fr)).isVisible()).toBe(true);
    expect(await page.evaluate((name) => window.fakeExcelBook.find(name) !== undefined, REPORT_TEXTS.sheetName.fr)).toBe(true);
    await page.close();
  });

  it('saves a column correction in the workbook and finds it there when the pane opens again', async () => {
    const renamed = await renamedWorkbook();
    const { page } = await openPane({ excel: await excelSetup(renamed, 'en-US') });
    await page.getByRole('button', { name: UI_STRINGS.en['data.read'] }).click();
    await page.locator('[data-sheet-kind="members"]').getByRole('button').first().click();
    await page.locator('select[data-field="memberId"]').selectOption(RENAMED.memberIdColumn);
    const mappingSaved = () => page.evaluate(() => {
      const state = window.fakeExcelBook.find('CoopCheck state');
      return state ? [...state.entries()].map(([, , c]) => String(c.value ?? '')).join('') : '';
    });
    await expect.poll(mappingSaved).toContain('memberId');

    // The same workbook, the pane opened again: the correction is read back before anything is checked.
    const sheets = await page.evaluate(() => window.fakeExcelBook.sheets.map((s) => ({
      name: s.name,
      rows: (() => {
        const rows: (string | number | boolean | null)[][] = [];
        for (const [r, c, cell] of s.entries()) { (rows[r] ??= [])[c] = cell.value ?? null; }
        return Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? null));
      })(),
    })));
    const again = await openPane({ excel: { sheets, displayLanguage: 'en-US', darkTheme: false } });
    await again.page.getByRole('button', { name: UI_STRINGS.en['data.read'] }).click();
    await again.page.locator('[data-sheet-kind="members"]').getByRole('button').first().click();
    await expect.poll(() => again.page.locator('select[data-field="memberId"]').inputValue()).toBe(RENAMED.memberIdColumn);
    await page.close();
    await again.page.close();
  });

  it('follows a change of Office\'s theme while open', async () => {
    const { page } = await openPane({ locale: 'en-GB', excel: await excelSetup(await exampleWorkbook(), 'en-US', false) });
    const brightness = async () => (await page.locator('.fui-FluentProvider').first().evaluate((e) => getComputedStyle(e).backgroundColor))
      .match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b);
    await expect.poll(brightness).toBeGreaterThan(3 * 200);
    await page.evaluate(() => {
      (Office.context.officeTheme as { isDarkTheme: boolean }).isDarkTheme = true;
      window.dispatchEvent(new Event('focus'));
    });
    await expect.poll(brightness).toBeLessThan(3 * 80);
    await page.close();
  });

  it('opens the report as a new workbook in Excel instead of a download', async () => {
    const { page } = await openPane({ locale: 'en-GB', excel: await excelSetup(await exampleWorkbook(), 'en-US') });
    await page.getByRole('button', { name: UI_STRINGS.en['data.read'] }).click();
    await goTo(page, 'en', 'step.check');
    await outcomesOnScreen(page);
    await goTo(page, 'en', 'step.report');
    await page.click('[data-download="report"]');
    await expect.poll(() => page.evaluate(() => window.fakeExcelBook.createdWorkbooks.length)).toBe(1);
    await page.close();
  });

  it('follows Office: its display language and its dark theme', async () => {
    const { page } = await openPane({ locale: 'en-GB', excel: await excelSetup(await exampleWorkbook(), 'nl-BE', true) });
    await expect.poll(() => page.getByRole('tab', { name: UI_STRINGS.nl['step.flags'] }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl-BE');
    const background = await page.locator('.fui-FluentProvider').first().evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(background.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b)).toBeLessThan(3 * 80);
    await page.close();
  });
});
