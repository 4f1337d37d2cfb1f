/**
 * Measures the JavaScript the task pane loads before the user does anything: the scripts
 * taskpane.html references (the entry chunks), raw and gzipped, and the lazy chunks fetched later
 * (exceljs when a file is opened, the Office adapters inside Excel). Fails when exceljs is in the
 * first load.
 *
 *   npm run build && npx tsx scripts/measure-bundle.ts [dist]
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface ScriptSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleMeasure {
  firstLoad: ScriptSize[];
  firstLoadBytes: number;
  firstLoadGzipBytes: number;
  lazy: ScriptSize[];
  /** First-load scripts holding exceljs's code. */
  exceljsInFirstLoad: string[];
}

/** Paths inside exceljs's ZIP writer and reader: present in its bundle, absent from CoopCheck's own code. */
const EXCELJS_MARKERS = ['xl/workbook.xml', 'xl/sharedStrings.xml'];

/** The local scripts an HTML page references; the minified HTML leaves attribute values unquoted. */
function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => (m[1] ?? m[2] ?? m[3])!)
    .filter((src) => !/^https?:/.test(src));
}

async function sizeOf(dist: string, file: string): Promise<ScriptSize & { text: string }> {
  const content = await readFile(join(dist, file));
  return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length, text: content.toString('utf8') };
}

export async function measureBundle(dist: string): Promise<BundleMeasure> {
  const html = await readFile(join(dist, 'taskpane.html'), 'utf8');
  const entryFiles = scriptSources(html);
  const commandFiles = new Set(scriptSources(await readFile(join(dist, 'commands.html'), 'utf8')));
  const firstLoad = await Promise.all(entryFiles.map((file) => sizeOf(dist, file)));
  const lazyFiles = (await readdir(dist)).filter(
    (file) => file.endsWith('.js') && !entryFiles.includes(file) && !commandFiles.has(file) && !file.startsWith('cli.'),
  );
  const lazy = await Promise.all(lazyFiles.map((file) => sizeOf(dist, file)));
  return {
    firstLoad: firstLoad.map(({ text: _text, ...size }) => size),
    firstLoadBytes: firstLoad.reduce((sum, s) => sum + s.bytes, 0),
    firstLoadGzipBytes: firstLoad.reduce((sum, s) => sum + s.gzipBytes, 0),
    lazy: lazy.map(({ text: _text, ...size }) => size),
    exceljsInFirstLoad: firstLoad.filter((s) => EXCELJS_MARKERS.some((marker) => s.text.includes(marker))).map((s) => s.file),
  };
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export function formatMeasure(measure: BundleMeasure): string {
  const line = (s: ScriptSize) => `  ${s.file.padEnd(34)} ${kib(s.bytes).padStart(11)} ${kib(s.gzipBytes).padStart(11)} gzip`;
  return [
    'First load of taskpane.html:',
    ...measure.firstLoad.map(line),
    `  ${'total'.padEnd(34)} ${kib(measure.firstLoadBytes).padStart(11)} ${kib(measure.firstLoadGzipBytes).padStart(11)} gzip`,
    'Loaded on demand:',
    ...measure.lazy.map(line),
    measure.exceljsInFirstLoad.length ? `exceljs IS in the first load: ${measure.exceljsInFirstLoad.join(', ')}` : 'exceljs is not in the first load.',
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const measure = await measureBundle(resolve(process.argv[2] ?? 'dist'));
  console.log(formatMeasure(measure));
  if (measure.exceljsInFirstLoad.length) process.exitCode = 1;
}
