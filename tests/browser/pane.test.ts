/**
 * The task pane, built for production and driven in Debian's Chromium at the width of an Office
 * task pane (320 px): as the standalone page, and inside "Excel" (the project's fake Excel served in
 * place of office.js). Every outcome and finding on screen is compared with what the engine gives
 * for the same file in Node; no request may leave the local server. The screenshots in
 * docs/screenshots/ are made here.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkbook, readSnapshot } from '../oracles/exceljs/source';
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
import { generateWorkbook } from '../../scripts/generate-workbook';
import type { FakeExcelSetup } from './fake-office';
import { BROKEN, RENAMED, brokenWorkbook, exampleWorkbook, notAWorkbook, renamedWorkbook } from './fixtures';
import type { GuardedContext, StaticServer } from './harness';
import { ROOT, buildPane, bundleFakeOffice, guardedContext, launchChromium, serveFolder } from './harness';

const PANE_WIDTH = 320;
const SCREENSHOTS = join(ROOT, 'docs/screenshots');

interface WorkbookFile {
  name: string;
  bytes: Buffer;
}

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
  // PANE_DIST: a production build made beforehand (webpack --mode production --env outputPath=…), to iterate on the tests.
  if (process.env.PANE_DIST) dist = process.env.PANE_DIST;
  [, browser, fakeOfficeJs] = await Promise.all([
    process.env.PANE_DIST ? undefined : buildPane(dist),
    launchChromium(),
    bundleFakeOffice(),
    mkdir(SCREENSHOTS, { recursive: true }),
  ]);
  server = await serveFolder(dist);
}, 420_000);

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
    await guarded.context.addInitScript((setup) => {
      window.fakeExcelSetup = setup;
    }, options.excel);
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
  page.on('pageerror', (error) => {
    if (!(options.realOfficeJs && /locale/.test(error.message))) pageErrors.push(error.message);
  });
  const addIn = options.addIn || options.excel || options.realOfficeJs;
  await page.goto(`${server.origin}/${addIn ? 'taskpane.html' : 'index.html'}${options.excel ? OFFICE_HOST_QUERY : (options.query ?? '')}`);
  return { page, guarded };
}

async function upload(page: Page, file: WorkbookFile): Promise<void> {
  await page.setInputFiles('input[type=file]', {
    name: file.name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: file.bytes,
  });
}

async function engineResult(file: WorkbookFile, mapping?: MappingOverride): Promise<CheckResult> {
  return check(extractWorkbook(readSnapshot(await loadWorkbook(file.bytes)), mapping));
}

async function outcomesOnScreen(page: Page): Promise<Record<string, string | null>> {
  await page.locator('[data-condition-id]').first().waitFor();
  const rows = await page
    .locator('[data-condition-id]')
    .evaluateAll((elements) => elements.map((e) => [e.getAttribute('data-condition-id'), e.getAttribute('data-outcome')] as const));
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
  return result.findings
    .filter((f) => f.conditionId === conditionId)
    .slice(0, 100)
    .map((f) => `${f.sheet}!${f.cell}`);
}

async function cellsOnScreen(page: Page, conditionId: string): Promise<string[]> {
  return page
    .locator(`[data-condition-id="${conditionId}"] [data-finding-cell]`)
    .evaluateAll((items) => items.map((i) => i.getAttribute('data-finding-cell') ?? ''));
}

async function excelSetup(file: WorkbookFile, displayLanguage = 'fr-BE', darkTheme = false): Promise<FakeExcelSetup> {
  const { sheets } = readSnapshot(await loadWorkbook(file.bytes));
  return { sheets: sheets.map(({ name, rows }) => ({ name, rows })), displayLanguage, darkTheme };
}

type StepKey = 'step.data' | 'step.settings' | 'step.check' | 'step.report';

async function goTo(page: Page, lang: Lang, step: StepKey): Promise<void> {
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
    // The package layer arrives with the file, from this origin, as its own chunk; exceljs reads and writes nothing of it.
    expect(guarded.requested.some((url) => url.startsWith(`${server.origin}/package.`))).toBe(true);
    expect(guarded.requested.some((url) => /exceljs/.test(url))).toBe(false);
    await expect
      .poll(() => page.getByText(UI_STRINGS.fr['check.fiscalYear'].replace('{year}', String(expected.fiscalYear.year)), { exact: true }).isVisible())
      .toBe(true);

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
    const es7Row = page.locator('[data-condition-id="ES-7"]');
    await expect.poll(() => es7Row.getByText(renderMessage(es7Finding, es7, 'en')).isVisible()).toBe(true);

    await page.getByLabel(UI_STRINGS.en['language.label']).selectOption('nl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl-BE');
    expect(await page.locator('[data-condition-id="ES-7"] [data-outcome-badge]').innerText()).toBe(outcomeLabel('failed', 'nl'));
    await expect.poll(() => es7Row.getByText(renderMessage(es7Finding, es7, 'nl')).isVisible()).toBe(true);
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
    const cncOutcomes = async () =>
      Object.entries(await outcomesOnScreen(page))
        .filter(([id]) => id.startsWith('CNC-'))
        .map(([, outcome]) => outcome);
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

  it("as the add-in's page, loads office.js in its head, and runs standalone saying so when it cannot", async () => {
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
    const background = await page
      .locator('.fui-FluentProvider')
      .first()
      .evaluate((e) => getComputedStyle(e).backgroundColor);
    const [red, green, blue] = background.match(/\d+/g)!.map(Number);
    expect(red! + green! + blue!).toBeLessThan(3 * 80);
    await screenshot(page, '08-check-dark.png');
    await page.close();
  });

  it('warms its worker up on a workbook of its own while the file is chosen, and keeps nothing of it: the results and the copy are the file’s', async () => {
    const broken = await brokenWorkbook();
    const expected = await engineResult(broken);
    const { page, guarded } = await openPane({ locale: 'en-GB' });
    // The worker reads its bundled workbook (the other tests choose their file at once, while it does), then the page says it is prepared.
    await page.waitForFunction(() => performance.getEntriesByName('coopcheck:prepared').length > 0, undefined, { timeout: 60_000 });
    expect(guarded.requested.some((url) => url.startsWith(`${server.origin}/`) && url.endsWith('.xlsx'))).toBe(true);
    await upload(page, broken);

    expect(await outcomesOnScreen(page)).toEqual(expectedOutcomes(expected));
    for (const condition of expected.conditions.filter((c) => c.findings > 0)) {
      await expand(page, condition.id);
      expect(await cellsOnScreen(page, condition.id), condition.id).toEqual(cellsOf(expected, condition.id));
    }
    await goTo(page, 'en', 'step.report');
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(await download(page, '[data-download="checked-copy"]'));
    expect(readSnapshot(copy)).toEqual(readSnapshot(await loadWorkbook(broken.bytes)));
    // The report in the copy names the user's file by its digest.
    const values: unknown[] = [];
    copy.getWorksheet(REPORT_TEXTS.sheetName.en)!.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
    expect(values).toContain(createHash('sha256').update(broken.bytes).digest('hex'));
    await page.close();
  });

  it('keeps exceljs out of the first load', async () => {
    const measure = await measureBundle(dist);
    console.log(formatMeasure(measure));
    expect(measure.exceljsInFirstLoad).toEqual([]);
    expect(measure.lazy.some((chunk) => chunk.file.startsWith('exceljs.'))).toBe(true);
  });
});

/**
 * axe-core on the page as it is now. Fluent's focus trap adds `data-tabster-dummy` spans that axe
 * takes for focusable content hidden from screen readers (a known false positive: they are focus
 * sentinels that hand the focus on at once); any other violation fails.
 */
async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !n.html.includes('data-tabster-dummy')) }))
    .filter((v) => v.nodes.length > 0)
    .map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

/** Texts a finance user must never read: internal ids, ISO dates, amounts in cents, rates in ppm, English kinds in French or Dutch. */
const INTERNAL_TEXT: readonly [string, RegExp][] = [
  ['an internal id (camelCase)', /\b[a-z]+[A-Z][A-Za-z]*\b/],
  ['an ISO date', /\b\d{4}-\d{2}-\d{2}\b/],
  ['cents', /\bcents?\b/i],
  ['ppm', /\bppm\b/i],
  [
    'an English sheet kind',
    /\((members|applications|movements|distributions|meetings|directors|allocation|training|statutes|parameters|narrative|justifications)\)/,
  ],
];

async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

function internalTexts(text: string): string[] {
  return INTERNAL_TEXT.flatMap(([what, pattern]) =>
    text
      .split('\n')
      .filter((line) => pattern.test(line))
      .map((line) => `${what}: ${line.trim()}`),
  );
}

async function openEvery(page: Page, selector: string): Promise<void> {
  const closed = page.locator(`${selector} button[aria-expanded="false"]`);
  while ((await closed.count()) > 0) await closed.first().click();
}

describe('for every user: keyboard, screen reader, texts, work off the main thread', () => {
  it('passes axe on every step at 320 px, light and dark, in French and Dutch', async () => {
    const example = await exampleWorkbook();
    for (const [locale, colorScheme] of [
      ['fr-BE', 'light'],
      ['fr-BE', 'dark'],
      ['nl-BE', 'light'],
      ['nl-BE', 'dark'],
    ] as const) {
      const lang: Lang = locale === 'fr-BE' ? 'fr' : 'nl';
      const tag = `${lang}-${colorScheme}`;
      const { page } = await openPane({ locale, colorScheme });
      await page.getByRole('button', { name: UI_STRINGS[lang]['file.choose'] }).waitFor();
      expect(await axeViolations(page), `${tag} open`).toEqual([]);
      await upload(page, example);
      await outcomesOnScreen(page);
      await expand(page, 'DATA-1');
      expect(await axeViolations(page), `${tag} check`).toEqual([]);
      await screenshot(page, `10-check-${tag}.png`);
      await goTo(page, lang, 'step.data');
      await page.locator('[data-sheet-kind="members"]').getByRole('button').first().click();
      expect(await axeViolations(page), `${tag} data`).toEqual([]);
      await goTo(page, lang, 'step.settings');
      expect(await axeViolations(page), `${tag} settings`).toEqual([]);
      await goTo(page, lang, 'step.report');
      expect(await axeViolations(page), `${tag} report`).toEqual([]);
      await page.close();
    }
  }, 240_000);

  it('can be used with the keyboard alone: choose a file, read the results, open a condition, download', async () => {
    const example = await exampleWorkbook();
    const { page } = await openPane({ locale: 'en-GB' });
    const en = UI_STRINGS.en;
    const focused = () =>
      page.evaluate(() => {
        const e = document.activeElement;
        return e
          ? `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} ${e.getAttribute('data-download') ?? e.getAttribute('data-action') ?? ''} ${(e.textContent ?? '').trim().slice(0, 40)}`.trim()
          : 'none';
      });
    /** Presses Tab until the focused element matches, at most `limit` times. */
    const tabTo = async (matches: (description: string) => boolean, key = 'Tab', limit = 80) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press(key);
        if (matches(await focused())) return;
      }
      throw new Error(`never reached by ${key}; last: ${await focused()}`);
    };
    await page.getByRole('button', { name: en['file.choose'] }).waitFor();
    // Listened for before the keys: playwright turns its interception of the dialog on when the first listener comes,
    // and a press racing that (the machine busy, the worker warming up) opened an uncaught dialog.
    const chooserShown = page.waitForEvent('filechooser');
    await tabTo((d) => d.includes('choose-file'));
    await page.keyboard.press('Enter');
    const chooser = await chooserShown;
    await chooser.setFiles({ name: example.name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: example.bytes });
    await outcomesOnScreen(page);
    // The focus went to the results, not to <body>.
    await expect.poll(focused).toContain('results-heading');

    // A condition opens with Enter.
    await tabTo((d) => d.startsWith('button') && d.includes('DATA-1'));
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-condition-id="DATA-1"] button').first().getAttribute('aria-expanded')).toBe('true');

    // The checked copy, right under the results: downloaded with Enter, the focus kept, the download said.
    await tabTo((d) => d.includes('checked-copy'), 'Shift+Tab');
    const [copy] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(copy.suggestedFilename()).toBe('les-tisserands.checked.xlsx');
    await expect.poll(() => page.locator('[data-download-done="checked-copy"]').isVisible()).toBe(true);
    expect(await focused()).toContain('checked-copy');

    // The steps are tabs: arrows move between them, and the report step's downloads work from the keyboard too.
    await tabTo((d) => d.includes('tab-check'), 'Shift+Tab');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('tab', { name: en['step.report'] }).getAttribute('aria-selected')).toBe('true');
    await tabTo((d) => d.includes('findings-csv'));
    const [csv] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(csv.suggestedFilename()).toBe('les-tisserands.findings.csv');
    await expect.poll(() => page.locator('[data-download-done="findings-csv"]').isVisible()).toBe(true);
    expect(await focused()).toContain('findings-csv');
    expect(await page.locator('main').count()).toBe(1);
    expect(await page.getByRole('tabpanel').count()).toBe(1);
    await page.close();
  });

  it('shows no internal id, ISO date, cents or ppm, in French and Dutch, on every step with every condition open', async () => {
    for (const [file, locale] of [
      [await exampleWorkbook(), 'fr-BE'],
      [await brokenWorkbook(), 'fr-BE'],
      [await exampleWorkbook(), 'nl-BE'],
      [await brokenWorkbook(), 'nl-BE'],
    ] as const) {
      const lang: Lang = locale === 'fr-BE' ? 'fr' : 'nl';
      const { page } = await openPane({ locale });
      await upload(page, file);
      await outcomesOnScreen(page);
      await openEvery(page, '[data-condition-id]');
      const texts = [await visibleText(page)];
      await goTo(page, lang, 'step.data');
      await openEvery(page, '[data-sheet-kind]');
      texts.push(await visibleText(page));
      await goTo(page, lang, 'step.settings');
      texts.push(await visibleText(page));
      // Field values are not in innerText: the settings' own values must read as the user would type them.
      texts.push((await page.locator('input[type="text"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).join('\n'));
      await goTo(page, lang, 'step.report');
      texts.push(await visibleText(page));
      expect(internalTexts(texts.join('\n')), `${file.name} ${lang}`).toEqual([]);
      // French typography: no line may start with a colon or a closing guillemet, wherever the text wraps.
      if (lang === 'fr') expect(texts.join('\n')).not.toMatch(/(^| )[:;»]|« /m);
      await page.close();
    }
  }, 180_000);

  it('reads a large workbook in the worker, with progress by sheet and rows and a Cancel that works, the page answering all along', async () => {
    const path = join(work, 'members-20000.xlsx');
    await generateWorkbook({ members: 20_000, voters: 500, year: 2025, seed: 3, out: path, sharedStrings: true });
    const large = { name: 'registre-20000.xlsx', bytes: await readFile(path) };
    const { page } = await openPane({ locale: 'en-GB' });
    await upload(page, large);
    const cancel = page.locator('[data-action="cancel"]');
    await cancel.waitFor();
    // The page's thread is free: a round trip through it takes no time while the worker reads.
    const started = Date.now();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(Date.now() - started).toBeLessThan(1_000);
    await cancel.click();
    await expect.poll(() => page.getByText(UI_STRINGS.en['work.cancelledOpen']).isVisible()).toBe(true);
    expect(await page.locator('[data-condition-id]').count()).toBe(0);

    // Then the same file, read to the end: progress named a sheet and its rows on the way.
    const labels: string[] = [];
    await page.exposeFunction('recordLabel', (label: string) => {
      labels.push(label);
    });
    await page.evaluate(() => {
      new MutationObserver(() => {
        for (const bar of document.querySelectorAll('[role="progressbar"]'))
          (window as unknown as { recordLabel(l: string): void }).recordLabel(bar.getAttribute('aria-label') ?? '');
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await upload(page, large);
    await page.locator('[data-condition-id]').first().waitFor({ timeout: 120_000 });
    expect(
      labels.some((label) => /Reading .+: [\d,]+ (of [\d,]+ )?rows/.test(label)),
      labels.join(' | '),
    ).toBe(true);
    // The sheets were inflated by the worker's own worker, beside its reading (src/ui/worker/inflation.ts).
    const cdp = await browser.newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets');
    await cdp.detach();
    expect(targetInfos.filter((t) => t.type === 'worker').map((t) => t.url.replace(/^.*\//, '').replace(/\.[0-9a-f]+\.js$/, '.js'))).toEqual(
      expect.arrayContaining(['check-worker.js', 'inflate-worker.js']),
    );
    await page.close();
  }, 240_000);

  it('says to save an .xls, .ods or .csv as .xlsx, and a password-protected .xlsx as such', async () => {
    const { page } = await openPane({ locale: 'fr-BE' });
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const cases: [string, Buffer, 'error.xls' | 'error.ods' | 'error.csv' | 'error.encrypted'][] = [
      ['ancien.xls', ole, 'error.xls'],
      ['protege.xlsx', ole, 'error.encrypted'],
      ['calc.ods', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), 'error.ods'],
      ['export.csv', Buffer.from('N° sociétaire;Nom\nM001;Membre 1\n'), 'error.csv'],
    ];
    for (const [name, bytes, key] of cases) {
      await upload(page, { name, bytes });
      await expect.poll(() => page.getByText(UI_STRINGS.fr[key]).isVisible(), { message: name }).toBe(true);
    }
    await page.close();
  });

  it('downloads the report alone without links to sheets it does not hold, and labels the dated report and the counts right', async () => {
    const example = await exampleWorkbook();
    const expected = await engineResult(example);
    const { page } = await openPane({ locale: 'fr-BE' });
    await upload(page, example);
    await outcomesOnScreen(page);
    for (const condition of expected.conditions) {
      const row = page.locator(`[data-condition-id="${condition.id}"]`);
      expect(await row.locator('[data-outcome-badge]').innerText(), condition.id).toBe(outcomeLabel(condition.outcome, 'fr', condition.kind));
      // The count beside the outcome is of breaches and warnings, as the report counts them.
      const count = UI_STRINGS.fr['check.findingCount'].replace('{count}', String(condition.findings));
      expect(await row.getByText(count, { exact: true }).count(), condition.id).toBe(condition.findings > 0 ? 1 : 0);
    }
    await goTo(page, 'fr', 'step.report');
    const report = new ExcelJS.Workbook();
    await report.xlsx.readFile(await download(page, '[data-download="report"]'));
    expect(report.worksheets.map((s) => s.name)).toContain(REPORT_TEXTS.sheetName.fr);
    expect(report.worksheets.map((s) => s.name)).not.toContain('Registre des sociétaires');
    for (const sheet of report.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(JSON.stringify(cell.value ?? null), `${sheet.name}!${cell.address}`).not.toMatch(/HYPERLINK|hyperlink/);
        }),
      );
    }
    // The draft special report, written in the worker by the same code as the CLI's.
    const draft = await download(page, '[data-download="draft-report"]');
    expect(draft).toMatch(/\.report\.docx$/);
    const docx = await readFile(draft);
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(docx.includes(Buffer.from('word/document.xml'))).toBe(true);
    await page.waitForSelector('[data-download-done="draft-report"]');
    await page.close();
  });
});

describe('the task pane inside Excel (the fake Excel in place of office.js), at 320 px', () => {
  it('reads the open workbook, selects a finding’s cell, flags and clears, and writes the summary sheet', async () => {
    const broken = await brokenWorkbook();
    const expected = await engineResult(broken);
    const { page, guarded } = await openPane({ excel: await excelSetup(broken) });
    const fr = UI_STRINGS.fr;
    // The pane opens on the check step, which reads the workbook.
    await page.getByRole('button', { name: fr['check.run'] }).click();
    expect(await outcomesOnScreen(page)).toEqual(expectedOutcomes(expected));
    expect(guarded.requested.some((url) => /exceljs/.test(url))).toBe(false);

    await expand(page, 'ES-7');
    const [sheet, cell] = BROKEN.voteCapCell.split('!') as [string, string];
    await page
      .locator('[data-condition-id="ES-7"]')
      .getByRole('button', { name: fr['check.selectCell'].replace('{ref}', BROKEN.voteCapCell) })
      .click();
    await expect.poll(() => page.evaluate(() => window.fakeExcelBook.selection)).toEqual({ sheet, address: cell });

    const fillOf = () =>
      page.evaluate(
        ([s, c]) => {
          const match = /^([A-Z]+)(\d+)$/.exec(c)!;
          return window.fakeExcelBook.sheet(s).cell(Number(match[2]) - 1, match[1]!.charCodeAt(0) - 65)?.fill ?? null;
        },
        [sheet, cell] as const,
      );
    // The flags are put on right under the results.
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
    await goTo(page, 'en', 'step.data');
    await page.getByRole('button', { name: UI_STRINGS.en['data.read'] }).click();
    await page.locator('[data-sheet-kind="members"]').getByRole('button').first().click();
    await page.locator('select[data-field="memberId"]').selectOption(RENAMED.memberIdColumn);
    const mappingSaved = () =>
      page.evaluate(() => {
        const state = window.fakeExcelBook.find('CoopCheck state');
        return state ? [...state.entries()].map(([, , c]) => String(c.value ?? '')).join('') : '';
      });
    await expect.poll(mappingSaved).toContain('memberId');

    // The same workbook, the pane opened again: the correction is read back before anything is checked.
    const sheets = await page.evaluate(() =>
      window.fakeExcelBook.sheets.map((s) => ({
        name: s.name,
        rows: (() => {
          const rows: (string | number | boolean | null)[][] = [];
          for (const [r, c, cell] of s.entries()) {
            (rows[r] ??= [])[c] = cell.value ?? null;
          }
          return Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? null));
        })(),
      })),
    );
    const again = await openPane({ excel: { sheets, displayLanguage: 'en-US', darkTheme: false } });
    await goTo(again.page, 'en', 'step.data');
    await again.page.getByRole('button', { name: UI_STRINGS.en['data.read'] }).click();
    await again.page.locator('[data-sheet-kind="members"]').getByRole('button').first().click();
    await expect.poll(() => again.page.locator('select[data-field="memberId"]').inputValue()).toBe(RENAMED.memberIdColumn);
    await page.close();
    await again.page.close();
  });

  it("follows a change of Office's theme while open", async () => {
    const { page } = await openPane({ locale: 'en-GB', excel: await excelSetup(await exampleWorkbook(), 'en-US', false) });
    const brightness = async () =>
      (
        await page
          .locator('.fui-FluentProvider')
          .first()
          .evaluate((e) => getComputedStyle(e).backgroundColor)
      )
        .match(/\d+/g)!
        .slice(0, 3)
        .map(Number)
        .reduce((a, b) => a + b);
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
    await page.getByRole('button', { name: UI_STRINGS.en['check.run'] }).click();
    await outcomesOnScreen(page);
    await goTo(page, 'en', 'step.report');
    await page.click('[data-download="report"]');
    await expect.poll(() => page.evaluate(() => window.fakeExcelBook.createdWorkbooks.length)).toBe(1);
    await page.close();
  });

  it('follows Office: its display language and its dark theme', async () => {
    const { page } = await openPane({ locale: 'en-GB', excel: await excelSetup(await exampleWorkbook(), 'nl-BE', true) });
    await expect.poll(() => page.getByRole('tab', { name: UI_STRINGS.nl['step.report'] }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl-BE');
    const background = await page
      .locator('.fui-FluentProvider')
      .first()
      .evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(
      background
        .match(/\d+/g)!
        .slice(0, 3)
        .map(Number)
        .reduce((a, b) => a + b),
    ).toBeLessThan(3 * 80);
    await page.close();
  });
});
