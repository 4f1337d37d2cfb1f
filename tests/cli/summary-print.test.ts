/**
 * The summary sheet prints (CONDITIONS.md "The summary sheet must print"): the CLI writes the checked
 * copy of a workbook shaped like the second seed (tests/fixtures/seed-2025.ts) and of the example
 * examples/les-tisserands.xlsx; LibreOffice converts the report and its annex to PDF; on the PDF
 * (pdftotext -bbox) every word is at least 9 pt tall, no two words overlap, nothing passes the
 * right edge, and the report's words are all there (a row too short would clip them).
 *
 * LibreOffice prints every sheet of a file, so the test converts a print copy of each checked copy:
 * the same package with the data sheets emptied and hidden, CoopCheck's sheets as the CLI wrote
 * them. That the copy opens on the report is checked on the copy itself (workbook.xml).
 *
 * Skipped, saying so, without soffice or pdftotext. With COOPCHECK_SCREENSHOTS=1 it also writes
 * docs/screenshots/summary-sheet-{fr,nl}-{1,2}.png (pdftoppm -r 60).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { seed2025Workbook } from '../fixtures/seed-2025';
import { xlsxOf, type Rows } from '../helpers/xlsx';

const ROOT = join(__dirname, '../..');
const has = (command: string) =>
  spawnSync(command, ['--version'], { encoding: 'utf8' }).status === 0 || spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const TOOLS = has('soffice') && has('pdftotext');
if (!TOOLS) console.warn('summary-print.test: soffice (LibreOffice) or pdftotext (poppler-utils) not found, the print test is skipped.');

/**
 * 9 pt on paper: pdftotext's word box spans the font's ascent to descent, 1.3 em for Carlito (an
 * 11 pt word is 14.3 pt tall), so a 9 pt word is at least 9 × 1.2 pt tall.
 */
const MIN_WORD_BOX_PT = 9 * 1.2;
/**
 * LibreOffice sets the lines of a wrapped cell 1 em apart, closer than the boxes' 1.3 em: a word's
 * glyphs are taken as its box less 15 % of its height at the top and at the bottom.
 */
const GLYPH_INSET = 0.15;

interface Word {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}
interface Pdf {
  pages: { width: number; height: number }[];
  words: Word[];
}

function readBoxes(html: string): Pdf {
  const pages: Pdf['pages'] = [];
  const words: Word[] = [];
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  for (const match of html.matchAll(
    /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )) {
    if (match[1]) pages.push({ width: Number(match[1]), height: Number(match[2]) });
    else
      words.push({
        page: pages.length - 1,
        xMin: Number(match[3]),
        yMin: Number(match[4]),
        xMax: Number(match[5]),
        yMax: Number(match[6]),
        text: decode(match[7]!),
      });
  }
  return { pages, words };
}

/** Words whose glyphs (see GLYPH_INSET) overlap by more than a hair (0.5 pt each way), on the same page. */
function overlaps(boxes: readonly Word[]): [Word, Word][] {
  const found: [Word, Word][] = [];
  const words = boxes.map((w) => {
    const inset = (w.yMax - w.yMin) * GLYPH_INSET;
    return { ...w, yMin: w.yMin + inset, yMax: w.yMax - inset };
  });
  const sorted = [...words].sort((a, b) => a.page - b.page || a.yMin - b.yMin);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.page !== a.page || b.yMin >= a.yMax - 0.5) break;
      if (Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin) > 0.5 && Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin) > 0.5) found.push([a, b]);
    }
  }
  return found;
}

/** The checked copy with only CoopCheck's visible sheets left to print: the others emptied and hidden. */
async function printCopy(checked: string, output: string): Promise<{ active: string }> {
  const zip = await JSZip.loadAsync(readFileSync(checked));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const state = await stateOf(zip, workbook, rels);
  const own = new Set([state.summarySheet, ...(state.annexSheets ?? [])]);
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]);
  const nameOf = (tag: string) =>
    /name="([^"]*)"/
      .exec(tag)![1]!
      .replace(/&amp;/g, '&')
      .replace(/&apos;/g, "'");
  const activeTab = Number(/activeTab="(\d+)"/.exec(workbook)?.[1] ?? 0);
  let edited = workbook;
  for (const tag of sheets) {
    if (own.has(nameOf(tag))) continue;
    const target = partOf(rels, /r:id="([^"]+)"/.exec(tag)![1]!);
    zip.file(
      target,
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
    );
    // Its notes would print too.
    zip.remove(target.replace(/([^/]+)$/, '_rels/$1.rels'));
    if (!/state="/.test(tag)) edited = edited.replace(tag, tag.replace('<sheet ', '<sheet state="hidden" '));
  }
  zip.file('xl/workbook.xml', edited);
  writeFileSync(output, await zip.generateAsync({ type: 'nodebuffer' }));
  return { active: nameOf(sheets[activeTab]!) };
}

const partOf = (rels: string, id: string) =>
  `xl/${
    new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`<Relationship\\b[^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1]
  }`.replace('xl//xl/', 'xl/');

async function stateOf(zip: JSZip, workbook: string, rels: string): Promise<{ summarySheet: string; annexSheets?: string[] }> {
  const tag = /<sheet\b[^>]*name="CoopCheck state"[^>]*>/.exec(workbook)![0];
  const xml = await zip.file(partOf(rels, /r:id="([^"]+)"/.exec(tag)![1]!))!.async('string');
  const json = [...xml.matchAll(/<t[^>]*>([^<]*)<\/t>/g)]
    .map((m) => m[1]!)
    .join('')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
  return JSON.parse(json) as { summarySheet: string; annexSheets?: string[] };
}

const dir = mkdtempSync(join(tmpdir(), 'coopcheck-print-'));
// COOPCHECK_KEEP_PDF=1 keeps the PDFs to look at.
afterAll(() => {
  if (process.env.COOPCHECK_KEEP_PDF) console.warn(`summary-print.test: PDFs in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
});

const CASES = [
  { id: 'seed-fr', lang: 'fr', input: 'seed' },
  { id: 'seed-nl', lang: 'nl', input: 'seed' },
  { id: 'tisserands-fr', lang: 'fr', input: 'tisserands' },
] as const;
const pdfs = new Map<string, Pdf>();
const active = new Map<string, string>();

describe.skipIf(!TOOLS)('the summary sheet printed by LibreOffice', () => {
  beforeAll(async () => {
    const seed = join(dir, 'seed.xlsx');
    writeFileSync(seed, await xlsxOf(Object.fromEntries(seed2025Workbook().sheets.map((s) => [s.name, s.rows as Rows]))));
    const tisserands = join(dir, 'tisserands.xlsx');
    copyFileSync(join(ROOT, 'examples/les-tisserands.xlsx'), tisserands);
    const prints: string[] = [];
    for (const { id, lang, input } of CASES) {
      const out = join(dir, id);
      const io = { stdout: { write: () => undefined }, stderr: { write: () => undefined }, env: {}, cwd: dir };
      const exit = await run([input === 'seed' ? seed : tisserands, '--lang', lang, '--out', out], io);
      expect(exit).toBeLessThan(3);
      const checked = join(
        out,
        readdirSync(out).find((f) => f.endsWith('.checked.xlsx'))!,
      );
      const print = join(dir, `${id}.xlsx`);
      active.set(id, (await printCopy(checked, print)).active);
      prints.push(print);
    }
    // One LibreOffice for the three files, with a profile of its own.
    const converted = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...prints],
      { encoding: 'utf8', timeout: 240_000 },
    );
    if (converted.status !== 0) throw new Error(`soffice failed: ${converted.stderr}`);
    for (const { id } of CASES) {
      spawnSync('pdftotext', ['-bbox', join(dir, `${id}.pdf`), join(dir, `${id}.html`)]);
      pdfs.set(id, readBoxes(readFileSync(join(dir, `${id}.html`), 'utf8')));
    }
    if (process.env.COOPCHECK_SCREENSHOTS) {
      for (const lang of ['fr', 'nl']) {
        spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', join(dir, `seed-${lang}.pdf`), join(dir, `shot-${lang}`)]);
        // pdftoppm pads the page number to the page count's width: summary-sheet-fr-1.png, not -01.
        for (const file of readdirSync(dir).filter((f) => f.startsWith(`shot-${lang}-`))) {
          copyFileSync(join(dir, file), join(ROOT, 'docs/screenshots', `summary-sheet-${lang}-${Number(/-(\d+)\.png$/.exec(file)![1])}.png`));
        }
      }
    }
  }, 300_000);

  it.each(CASES.map((c) => c.id))('%s: opens on the report', (id) => {
    expect(active.get(id)).toBe(id.endsWith('nl') ? 'Bijzonder verslag' : 'Rapport spécial');
  });

  it.each(CASES.map((c) => c.id))('%s: A4 portrait, every word at least 9 pt, none overlapping, none past the edge', (id) => {
    const { pages, words } = pdfs.get(id)!;
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect([Math.round(page.width), Math.round(page.height)]).toEqual([595, 842]);
    expect(words.length).toBeGreaterThan(100);
    const smallest = words.reduce((min, w) => (w.yMax - w.yMin < min.yMax - min.yMin ? w : min));
    expect(smallest.yMax - smallest.yMin, `"${smallest.text}" on page ${smallest.page + 1}`).toBeGreaterThanOrEqual(MIN_WORD_BOX_PT);
    expect(overlaps(words).map(([a, b]) => `p${a.page + 1} "${a.text}" × "${b.text}"`)).toEqual([]);
    for (const w of words) expect(w.xMax, w.text).toBeLessThanOrEqual(pages[w.page]!.width - 20);
  });

  it('prints T5 as totals and exceptions, every exit on the annex with its header row on each page', () => {
    const { pages, words } = pdfs.get('seed-fr')!;
    const text = (page: number) =>
      words
        .filter((w) => w.page === page)
        .map((w) => w.text)
        .join(' ');
    const all = pages.map((_, p) => text(p));
    const annexPages = all.flatMap((t, p) => (t.includes('Annexe — T5') || t.includes('Annexe T5') ? [p] : []));
    expect(all.some((t) => t.includes('T5 Exceptions'))).toBe(true);
    // 222 exits over several pages of the annex, each page opening with the header row.
    const exits = words.filter((w) => /^S0\d{5}$/.test(w.text));
    expect(exits.length).toBeGreaterThanOrEqual(222);
    const annex = all.map((t, p) => ({ t, p })).filter(({ t }) => /Motif/.test(t) && /S0\d{5}/.test(t) && !t.includes('T5 Exceptions'));
    expect(annex.length).toBeGreaterThan(1);
    for (const { t } of annex) expect(t).toMatch(/N° de sociétaire/);
    expect(annexPages.length).toBeGreaterThan(0);
  });
});
