/**
 * The catalogue's invariants (CONDITIONS.md): every condition id is registered once, in the order of
 * the compliance table, with its title and legal basis in FR, NL and EN, its own folder and tests.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONDITIONS } from '../src/core/conditions/registry';
import { LANGS } from '../src/core/i18n/lang';

const CATALOGUE_IDS = [
  'DATA-1',
  'DATA-2',
  'DATA-3',
  'DATA-4',
  'DATA-5',
  'DATA-6',
  'ES-1',
  'ES-2',
  'ES-3',
  'ES-4',
  'ES-5',
  'ES-6',
  'ES-7',
  'ES-8',
  'ES-9',
  'CNC-1',
  'CNC-2',
  'CNC-3',
  'CNC-4',
  'CNC-5',
  'CNC-6',
  'CNC-7',
  'CNC-8',
  'CNC-9',
];
const CONDITIONS_DIR = join(__dirname, '../src/core/conditions');
const SHARED_CATALOGUE = join(__dirname, '../../shared/CONDITIONS.md');

describe('condition catalogue', () => {
  it('registers every condition of CONDITIONS.md once, in the compliance-table order', () => {
    expect(CONDITIONS.map((c) => c.id)).toEqual(CATALOGUE_IDS);
  });

  it.runIf(existsSync(SHARED_CATALOGUE))('matches the ids of ../shared/CONDITIONS.md', () => {
    const documented = new Set(
      readFileSync(SHARED_CATALOGUE, 'utf8')
        .match(/^\| (DATA|ES|CNC)-\d+ /gm)!
        .map((m) => m.slice(2).trim()),
    );
    expect([...documented].sort()).toEqual([...CATALOGUE_IDS].sort());
  });

  it.each(CATALOGUE_IDS)('%s has its folder with its tests', (id) => {
    const files = readdirSync(join(CONDITIONS_DIR, id));
    expect(files).toContain('index.ts');
    expect(files).toContain(`${id}.test.ts`);
  });

  it.each(CONDITIONS.map((c) => [c.id, c] as const))('%s is described in FR, NL and EN', (_id, condition) => {
    expect(condition.id.startsWith(condition.group)).toBe(true);
    for (const lang of LANGS) {
      expect(condition.title[lang].length).toBeGreaterThan(10);
      expect(condition.legalBasis[lang].length).toBeGreaterThan(3);
    }
    expect(new Set(LANGS.map((l) => condition.title[l])).size).toBe(3);
  });
});
