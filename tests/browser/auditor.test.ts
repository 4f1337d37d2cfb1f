/**
 * Issue 15 in the pane, in Debian's Chromium at 320 px: a finding justified from its "Justify"
 * dialog, with the keyboard, on the standalone page (kept in the session, downloaded as the JSON the
 * CLI reads) and inside "Excel" (a row of the workbook's justifications sheet, then the run log in
 * the state sheet and its short history on the summary sheet); then last year's file compared with
 * this year's in the report step. Outcomes and figures on screen are the engine's.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkbook, readSnapshot } from '../oracles/exceljs/source';
import {
  type CheckResult,
  type JsonReport,
  type JustificationInput,
  COMPARE_TEXTS,
  REPORT_TEXTS,
  buildJsonReport,
  check,
  compareReports,
  comparisonRefusal,
  dayFromYmd,
  extractWorkbook,
  formatFigure,
  refusalText,
} from '../../src/core';
import { cooperativeSheets, xlsxOf } from '../helpers/xlsx';
import { OFFICE_JS_URL } from '../../src/ui/office-host';
import { UI_STRINGS } from '../../src/ui/i18n/strings';
import { typeset } from '../../src/ui/i18n/typography';
import type { FakeExcelSetup } from './fake-office';
import { BROKEN, brokenWorkbook } from './fixtures';
import type { StaticServer } from './harness';
import { buildPane, bundleFakeOffice, guardedContext, launchChromium, serveFolder } from './harness';

const PANE_WIDTH = 320;
const fr = UI_STRINGS.fr;
const REASON = 'Procurations admises par l’AG extraordinaire';

let work: string;
let dist: string;
let server: StaticServer;
let browser: Browser;
let fakeOfficeJs: string;
const external: string[][] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'coopcheck-auditor-'));
  // PANE_DIST: a production build made beforehand (webpack --mode production --env outputPath=…).
  dist = process.env.PANE_DIST ?? join(work, 'dist');
  [, browser, fakeOfficeJs] = await Promise.all([process.env.PANE_DIST ? undefined : buildPane(dist), launchChromium(), bundleFakeOffice()]);
  server = await serveFolder(dist);
}, 420_000);

afterAll(async () => {
  for (const urls of external) expect(urls.filter((url) => url !== OFFICE_JS_URL)).toEqual([]);
  expect(pageErrors).toEqual([]);
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

async function openPane(excel?: FakeExcelSetup): Promise<Page> {
  const guarded = await guardedContext(browser, server.origin, { viewport: { width: PANE_WIDTH, height: 800 }, locale: 'fr-BE', reducedMotion: 'reduce' });
  external.push(guarded.external);
  if (excel) {
    await guarded.context.addInitScript((setup) => {
      window.fakeExcelSetup = setup;
    }, excel);
    await guarded.context.route(OFFICE_JS_URL, (route) => route.fulfill({ body: fakeOfficeJs, contentType: 'text/javascript' }));
  }
  const page = await guarded.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${server.origin}/${excel ? 'taskpane.html?_host_Info=Excel$Win32$16.01$fr-BE$$$$0' : 'index.html'}`);
  return page;
}

async function engineResult(bytes: Buffer, justifications: readonly JustificationInput[] = []): Promise<CheckResult> {
  return check(extractWorkbook(readSnapshot(await loadWorkbook(bytes))), { justifications });
}

async function outcomesOnScreen(page: Page): Promise<Record<string, string | null>> {
  await page.locator('[data-condition-id]').first().waitFor();
  const rows = await page
    .locator('[data-condition-id]')
    .evaluateAll((elements) => elements.map((e) => [e.getAttribute('data-condition-id'), e.getAttribute('data-outcome')] as const));
  return Object.fromEntries(rows.map(([id, outcome]) => [id ?? '', outcome]));
}

const outcomesOf = (result: CheckResult) => Object.fromEntries(result.conditions.map((c) => [c.id, c.outcome]));

async function expand(page: Page, conditionId: string): Promise<void> {
  const header = page.locator(`[data-condition-id="${conditionId}"]`).getByRole('button').first();
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
}

const today = () => {
  const now = new Date();
  return `${String(now.getDate()).padStart(2, '0')}/${String(now.getMonth() + 1).padStart(2, '0')}/${now.getFullYear()}`;
};

const finding = (page: Page) => page.locator(`[data-condition-id="ES-7"] [data-finding-cell="${BROKEN.voteCapCell}"]`);
const justifyButton = (page: Page) =>
  finding(page).getByRole('button', { name: fr['justify.openLabel'].replace('{id}', 'ES-7').replace('{ref}', BROKEN.voteCapCell) });
const activeFindingCell = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-finding-cell') ?? document.activeElement?.tagName ?? null);

/** Opens the dialog with the keyboard, refuses an empty reason, then saves a reason and a name. */
async function justifyWithKeyboard(page: Page): Promise<void> {
  await justifyButton(page).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: fr['justify.title'] });
  await dialog.waitFor();
  // The reason, the one required field, takes the focus; the date is today's, as dd/mm/yyyy text.
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
  expect(await dialog.getByRole('textbox', { name: fr['justify.date'] }).inputValue()).toBe(today());
  await dialog.getByRole('button', { name: fr['justify.save'] }).click();
  await expect.poll(() => dialog.getByText(fr['justify.reasonRequired']).isVisible()).toBe(true);
  await dialog.getByRole('textbox', { name: fr['justify.reason'] }).fill(REASON);
  await dialog.getByRole('textbox', { name: fr['justify.by'] }).fill('Réviseur A');
  await dialog.getByRole('textbox', { name: fr['justify.date'] }).fill('01/03/2026');
  await dialog.getByRole('button', { name: fr['justify.save'] }).focus();
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
}

async function accessibilityProblems(page: Page): Promise<string[]> {
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

describe('justifying a finding in the pane', () => {
  it("on the standalone page: kept in the session, shown as justified, downloaded as the CLI's JSON", async () => {
    const broken = await brokenWorkbook();
    const page = await openPane();
    await page.setInputFiles('input[type=file]', {
      name: broken.name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: broken.bytes,
    });
    expect(await outcomesOnScreen(page)).toEqual(outcomesOf(await engineResult(broken.bytes)));
    await expand(page, 'ES-7');

    // Escape closes the dialog without a change and gives the focus back to the button.
    await justifyButton(page).click();
    await page.getByRole('dialog').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(fr['justify.openLabel'].replace('{id}', 'ES-7').replace('{ref}', BROKEN.voteCapCell));

    await justifyWithKeyboard(page);
    const fingerprint = (await engineResult(broken.bytes)).findings.find((f) => f.conditionId === 'ES-7' && f.severity === 'breach')!.fingerprint;
    const expected = await engineResult(broken.bytes, [{ fingerprint, reason: REASON, by: 'Réviseur A', date: dayFromYmd(2026, 3, 1) }]);
    expect(outcomesOf(expected)['ES-7']).toBe('justified');
    await expect.poll(() => outcomesOnScreen(page)).toEqual(outcomesOf(expected));
    // Still listed, marked as justified with its reason, who and when; the focus on it.
    await expect.poll(() => finding(page).getAttribute('data-justified')).toBe('true');
    expect(await finding(page).innerText()).toContain(fr['justify.justified'].replace('{reason}', REASON));
    expect(await finding(page).innerText()).toContain(fr['justify.signedByOn'].replace('{by}', 'Réviseur A').replace('{date}', '01/03/2026'));
    await expect.poll(() => activeFindingCell(page)).toBe(BROKEN.voteCapCell);

    const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="justifications"]')]);
    expect(file.suggestedFilename()).toBe('registre-casse.justifications.json');
    const path = join(work, file.suggestedFilename());
    await file.saveAs(path);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual([{ fingerprint, reason: REASON, by: 'Réviseur A', date: '2026-03-01' }]);
    await page.close();
  });

  it('inside Excel: a row of the justifications sheet, the run log in the state sheet and its history on the summary sheet', async () => {
    const broken = await brokenWorkbook();
    const { sheets } = readSnapshot(await loadWorkbook(broken.bytes));
    const page = await openPane({ sheets: sheets.map(({ name, rows }) => ({ name, rows })), displayLanguage: 'fr-BE', darkTheme: false });
    await page.getByRole('button', { name: fr['check.run'] }).click();
    expect(await outcomesOnScreen(page)).toEqual(outcomesOf(await engineResult(broken.bytes)));
    await expand(page, 'ES-7');
    await justifyWithKeyboard(page);

    await expect.poll(() => page.locator('[data-condition-id="ES-7"]').getAttribute('data-outcome')).toBe('justified');
    await expect.poll(() => activeFindingCell(page)).toBe(BROKEN.voteCapCell);
    const fingerprint = (await engineResult(broken.bytes)).findings.find((f) => f.conditionId === 'ES-7' && f.severity === 'breach')!.fingerprint;
    const rows = await page.evaluate(() => {
      const sheet = window.fakeExcelBook.sheet('Justifications');
      const out: unknown[][] = [];
      for (const [r, c, cell] of sheet.entries()) (out[r] ??= [])[c] = cell.value ?? null;
      return out;
    });
    expect(rows).toEqual([
      ['Empreinte', 'Condition', 'Objet', 'Motif', 'Par', 'Date'],
      [fingerprint, 'ES-7', fingerprint.split('|')[1], REASON, 'Réviseur A', 46_082],
    ]);

    // Two checks so far (before and after the justification), both in the run log.
    const runLog = () =>
      page.evaluate(() => {
        const state = window.fakeExcelBook.find('CoopCheck state');
        const json = state
          ? [...state.entries()]
              .sort(([a], [b]) => a - b)
              .map(([, , c]) => String(c.value ?? ''))
              .join('')
          : '{}';
        return (JSON.parse(json) as { runLog?: { justified: number }[] }).runLog?.map((e) => e.justified) ?? [];
      });
    await expect.poll(runLog).toEqual([0, 1]);

    await page.getByRole('tab', { name: fr['step.report'] }).click();
    await page.getByRole('button', { name: fr['report.write'] }).click();
    await expect.poll(() => page.getByText(fr['report.written'].replace('{sheet}', REPORT_TEXTS.sheetName.fr)).isVisible()).toBe(true);
    const summary = await page.evaluate(
      (name) => [...window.fakeExcelBook.sheet(name).entries()].map(([, , c]) => String(c.value ?? '')),
      REPORT_TEXTS.sheetName.fr,
    );
    expect(summary).toContain(REPORT_TEXTS.history.title.fr);
    await page.close();
  });
});

/** The cooperative's workbook for a fiscal year (its parameters sheet says which). */
const yearWorkbook = async (year: number, companyNumber = 'BE 0123.456.789') => {
  const sheets = cooperativeSheets();
  const parameters = sheets.Paramètres!.map((row) =>
    row[0] === 'Exercice' ? ['Exercice', year] : row[0] === "Numéro d'entreprise" ? [row[0], companyNumber] : row,
  );
  return xlsxOf({ ...sheets, Paramètres: parameters });
};

async function jsonReport(bytes: Buffer, fileName: string): Promise<JsonReport> {
  return buildJsonReport(await engineResult(bytes), { fileName, sha256: 'x', toolVersion: '0.1.0' }, 'fr');
}

describe('comparing with last year in the report step', () => {
  it('shows the figures side by side with their change, the counts, and offers the comparison workbook; refuses another cooperative or the same year', async () => {
    const [lastYear, thisYear, otherCooperative] = await Promise.all([yearWorkbook(2024), yearWorkbook(2025), yearWorkbook(2024, 'BE 0987.654.321')]);
    const [lastJson, thisJson, otherJson] = await Promise.all([
      jsonReport(lastYear, 'coop-2024.xlsx'),
      jsonReport(thisYear, 'coop-2025.xlsx'),
      jsonReport(otherCooperative, 'autre-2024.xlsx'),
    ]);
    const expected = compareReports(lastJson, thisJson);
    const page = await openPane();
    await page.setInputFiles('input[type=file]', {
      name: 'coop-2025.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: thisYear,
    });
    await outcomesOnScreen(page);
    await page.getByRole('tab', { name: fr['step.report'] }).click();

    // The same year twice: one line saying why, nothing compared.
    await page.setInputFiles('[data-compare-input]', {
      name: 'coop-copie.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: thisYear,
    });
    const refused = fr['compare.refused']
      .replace('{name}', 'coop-copie.xlsx')
      .replace('{reason}', typeset(refusalText({ reason: 'sameYear', year: 2025 }, 'fr'), 'fr'));
    await expect.poll(() => page.locator('[data-compare-refused]').innerText()).toBe(refused);
    // Another cooperative's report (the CLI's JSON): refused too, naming both company numbers.
    await page.setInputFiles('[data-compare-input]', { name: 'autre-2024.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(otherJson)) });
    const other = fr['compare.refused']
      .replace('{name}', 'autre-2024.json')
      .replace('{reason}', typeset(refusalText(comparisonRefusal(otherJson, thisJson)!, 'fr'), 'fr'));
    await expect.poll(() => page.locator('[data-compare-refused]').innerText()).toBe(other);
    expect(other).toMatch(/0987/);
    await page.setInputFiles('[data-compare-input]', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"notes": []}') });
    await expect.poll(() => page.locator('[data-compare-refused]').innerText()).toBe(fr['compare.notReport'].replace('{name}', 'notes.json'));

    await page.setInputFiles('[data-compare-input]', {
      name: 'coop-2024.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: lastYear,
    });
    await page.locator('[data-comparison]').waitFor();
    expect(await page.locator('[data-compare-refused]').count()).toBe(0);
    expect(await page.locator('[data-comparison]').innerText()).toContain(COMPARE_TEXTS.title.fr.replace('{last}', '2024').replace('{this}', '2025'));
    const rows = await page
      .locator('[data-compare-figures] [data-figure]')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows.map((r) => r.slice(1))).toEqual(
      expected.figures.map((f) => [formatFigure(f, f.last, 'fr'), formatFigure(f, f.this, 'fr'), formatFigure(f, f.delta, 'fr', true)]),
    );
    expect(expected.figures.some((f) => f.delta !== 0 && f.delta !== null)).toBe(true);
    const { new: added, resolved, recurring } = expected.findings;
    expect(await page.locator('[data-compare-findings]').innerText()).toBe(
      COMPARE_TEXTS.findingsSummary.fr
        .replace('{new}', String(added.length))
        .replace('{resolved}', String(resolved.length))
        .replace('{recurring}', String(recurring.length)),
    );

    const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="comparison"]')]);
    expect(file.suggestedFilename()).toBe('coop-2025.compare.xlsx');

    // Last year's JSON report gives the same comparison as its workbook.
    await page.setInputFiles('[data-compare-input]', { name: 'coop-2024.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(lastJson)) });
    await expect
      .poll(() =>
        page
          .locator('[data-compare-figures] [data-figure]')
          .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent))),
      )
      .toEqual(rows.map((r) => r.slice(1)));
    await page.close();
  });
});
