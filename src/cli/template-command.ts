/**
 * `coopcheck template --lang fr|nl|en --out FILE`: writes an empty workbook with every sheet of the
 * data contract, named and headed in that language, ready for a cooperative to fill in.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isLang } from '../core';
import { buildTemplate } from '../adapters/exceljs/template';

export const TEMPLATE_USAGE = `Usage: coopcheck template --lang fr|nl|en --out FILE

Writes an empty workbook with every sheet CoopCheck reads (register, applications, share movements,
distributions, general meeting, directors, result allocation, training, statutes, parameters), its
headers in the chosen language. An existing FILE is never overwritten.
`;

/** Runs the command; returns the problem as one line, or undefined when the file was written. */
export async function runTemplate(argv: readonly string[], cwd: string, write: (line: string) => void): Promise<string | undefined> {
  let values: { lang?: string; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args: [...argv], options: { lang: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    return `${error instanceof Error ? error.message : String(error)} (see coopcheck template --help)`;
  }
  if (values.help) {
    write(TEMPLATE_USAGE);
    return undefined;
  }
  if (!isLang(values.lang)) return '--lang must be fr, nl or en (see coopcheck template --help)';
  if (!values.out) return '--out FILE is required (see coopcheck template --help)';
  const path = resolve(cwd, values.out);
  if (existsSync(path)) return `${values.out}: already exists; the template never overwrites a file`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await buildTemplate(values.lang).xlsx.writeFile(path);
  } catch (error) {
    return `${values.out}: cannot write the template (${error instanceof Error ? error.message : String(error)})`;
  }
  write(`Template written: ${path}\n`);
  return undefined;
}
