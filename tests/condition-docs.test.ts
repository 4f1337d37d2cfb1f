import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONDITIONS } from '../src/core/conditions/registry';
import { PARAMETER_SPECS } from '../src/core/parameters';
import { LANGS } from '../src/core/i18n/lang';
import type { MessageDef } from '../src/core/findings';
import { DATA_CONTRACT_PAGE, DOCS_DIR, conditionDocs, dataContractPage } from '../scripts/condition-docs';

describe('the conditions document themselves', () => {
  it.each(CONDITIONS.map((c) => [c.id, c] as const))(
    '%s says what it checks in FR, NL and EN, and gives an example of each problem it reports',
    (_id, condition) => {
      for (const lang of LANGS) expect(condition.description?.[lang]?.trim(), `description.${lang}`).toBeTruthy();
      for (const name of condition.parameters ?? []) expect(PARAMETER_SPECS, name).toHaveProperty(name);
      const withoutExample = Object.entries(condition.messages as Record<string, MessageDef>)
        .filter(([, m]) => m.severity !== 'info' && m.example === undefined)
        .map(([id]) => id);
      expect(withoutExample, 'breach and warning messages without an example').toEqual([]);
    },
  );

  it(`match the pages committed in ${DOCS_DIR}/ (run \`npm run docs\` after changing a condition)`, () => {
    const pages = conditionDocs();
    for (const [path, content] of pages) {
      expect(existsSync(path), path).toBe(true);
      expect(readFileSync(path, 'utf8'), path).toBe(content);
    }
    expect(
      readdirSync(DOCS_DIR)
        .map((f) => `${DOCS_DIR}/${f}`)
        .sort(),
    ).toEqual([...pages.keys()].sort());
  });

  it(`and the data contract matches ${DATA_CONTRACT_PAGE}`, () => {
    expect(readFileSync(DATA_CONTRACT_PAGE, 'utf8')).toBe(dataContractPage());
  });

  it('render no internal parameter name and no ISO date in an example', () => {
    for (const [path, content] of conditionDocs()) {
      const examples = content
        .split('\n')
        .filter((line) => /^- (Français|Nederlands|English):/.test(line))
        .join('\n');
      expect(examples, path).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
      for (const name of Object.keys(PARAMETER_SPECS)) expect(examples, `${path}: ${name}`).not.toContain(name);
    }
  });
});
