/**
 * The user documentation of the conditions, one page per condition as ESLint has one per rule,
 * generated from each condition's own metadata (title, legal basis, description, inputs, parameters,
 * messages and their examples) so that it cannot drift from the code: tests/condition-docs.test.ts
 * fails when a committed page differs from what this renders. `npm run docs` rewrites the pages.
 */
import { CONDITIONS } from '../src/core/conditions/registry';
import type { Condition } from '../src/core/conditions/condition';
import { ALLOCATION_ITEMS, SHEET_SPECS, fieldSpec, headerSynonyms } from '../src/core/extract/fields';
import { DEFAULT_PARAMETERS } from '../src/core/parameters';
import { formatParameter, parameterLabel } from '../src/core/i18n/parameter-texts';
import { OUTCOME_LABELS, severityLabel } from '../src/core/i18n/labels';
import { LANGS, formatFor, type Lang } from '../src/core/i18n/lang';
import { OUTCOMES, type MessageDef } from '../src/core/findings';

export const DOCS_DIR = 'docs/conditions';

const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { fr: 'Français', nl: 'Nederlands', en: 'English' };
const GROUP_NAMES: Readonly<Record<Condition['group'], string>> = {
  DATA: 'Data checks (can the data be trusted)',
  ES: 'Social enterprise accreditation (CSA art. 8:5, Royal Decree of 28 June 2019)',
  CNC: 'Accredited cooperative (CNC: law of 20 July 1955, Royal Decree of 8 January 1962)',
};
const KIND_NAMES: Readonly<Record<Condition['kind'], string>> = {
  data: 'checked on the data of the workbook',
  statutes: 'attested by an article of the statutes (articles of association)',
  produced: 'produced by CoopCheck itself (the special report), dated by the board',
};

/** Markdown table cells must not break the row. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function inputsSection(condition: Condition): string[] {
  const also = (condition.reads ?? []).filter((kind) => !condition.requires.some((r) => r.sheet === kind));
  const alsoLine = also.length
    ? [
        `Also read when present: ${also.map((kind) => `${SHEET_SPECS[kind].name.en} (${SHEET_SPECS[kind].name.fr} / ${SHEET_SPECS[kind].name.nl})`).join('; ')}. What the condition does without them is said in “What is checked”.`,
      ]
    : [];
  if (!condition.requires.length) return also.length ? alsoLine : ['No sheet: this condition does not read the data.'];
  const lines = ['| sheet | columns it needs | without it |', '|---|---|---|'];
  for (const requirement of condition.requires) {
    const sheet = SHEET_SPECS[requirement.sheet];
    const columns = requirement.columns.map((field) => {
      const spec = fieldSpec(requirement.sheet, field);
      return spec
        ? `${spec.label.en} (${headerSynonyms(spec)
            .map((h) => `“${h}”`)
            .join(', ')})`
        : field;
    });
    const without = requirement.neededToPass
      ? 'still checked on the rest, but never *passed*: failed with a breach, else not evaluated'
      : 'not evaluated, naming what is missing';
    lines.push(`| ${cell(`${sheet.name.en} / ${sheet.name.fr} / ${sheet.name.nl}`)} | ${cell(columns.join('; ') || 'any')} | ${without} |`);
  }
  return also.length ? [...lines, '', ...alsoLine] : lines;
}

function parametersSection(condition: Condition): string[] {
  if (!condition.parameters?.length) return ['None.'];
  const lines = ['| parameter (parameters sheet label) | default | FR | NL |', '|---|---|---|---|'];
  for (const name of condition.parameters) {
    const fallback = formatParameter(name, DEFAULT_PARAMETERS[name], 'en');
    lines.push(
      `| ${cell(parameterLabel(name, 'en'))} | ${cell(fallback === '—' ? 'not set' : fallback)} | ${cell(parameterLabel(name, 'fr'))} | ${cell(parameterLabel(name, 'nl'))} |`,
    );
  }
  return lines;
}

function messagesSection(condition: Condition): string[] {
  const lines: string[] = [];
  for (const [id, message] of Object.entries(condition.messages as Record<string, MessageDef>)) {
    lines.push(`### \`${id}\` — ${severityLabel(message.severity, 'en').toLowerCase()}`, '');
    if (!message.example) {
      lines.push('(An explanation shown beside the outcome.)', '');
      continue;
    }
    for (const lang of LANGS) lines.push(`- ${LANGUAGE_NAMES[lang]}: ${message.text[lang](message.example, formatFor(lang))}`);
    lines.push('');
  }
  return lines;
}

export function conditionPage(condition: Condition): string {
  const description = condition.description;
  return [
    `# ${condition.id} — ${condition.title.en}`,
    '',
    `- Français : ${condition.title.fr}`,
    `- Nederlands: ${condition.title.nl}`,
    '',
    `**${GROUP_NAMES[condition.group]}** · ${KIND_NAMES[condition.kind]}.`,
    '',
    `**Legal basis:** ${condition.legalBasis.en} (FR: ${condition.legalBasis.fr}; NL: ${condition.legalBasis.nl})`,
    '',
    '## What is checked',
    '',
    description?.en ?? '',
    '',
    ...LANGS.filter((lang) => lang !== 'en').flatMap((lang) => [`**${LANGUAGE_NAMES[lang]}.** ${description?.[lang] ?? ''}`, '']),
    '## Inputs',
    '',
    ...inputsSection(condition),
    '',
    'A statutes article given for this condition in the statutes sheet is shown beside its outcome.',
    '',
    '## Parameters',
    '',
    ...parametersSection(condition),
    '',
    '## Messages, with an example',
    '',
    ...messagesSection(condition),
    '[All conditions and their outcomes](README.md)',
    '',
  ].join('\n');
}

export function indexPage(conditions: readonly Condition[] = CONDITIONS): string {
  const lines = [
    '# The conditions CoopCheck checks',
    '',
    'One page per condition, generated from the condition itself (`npm run docs`): its legal basis,',
    'what is checked, the sheets and columns it reads, its parameters and its messages with examples.',
    '',
    '## Outcomes',
    '',
    'Every condition gets exactly one outcome per check; "could not check" never looks like "passed".',
    'A condition one of whose inputs is missing is never passed: it is failed when what it could',
    'check shows a breach, otherwise not evaluated, naming what is missing.',
    '',
    '| outcome | FR | NL |',
    '|---|---|---|',
    ...OUTCOMES.map((o) => `| ${OUTCOME_LABELS[o].en} | ${OUTCOME_LABELS[o].fr} | ${OUTCOME_LABELS[o].nl} |`),
    '',
  ];
  for (const group of ['DATA', 'ES', 'CNC'] as const) {
    lines.push(`## ${GROUP_NAMES[group]}`, '', '| id | condition | legal basis |', '|---|---|---|');
    for (const c of conditions.filter((x) => x.group === group)) lines.push(`| [${c.id}](${c.id}.md) | ${cell(c.title.en)} | ${cell(c.legalBasis.en)} |`);
    lines.push('');
  }
  return lines.join('\n');
}

export const DATA_CONTRACT_PAGE = 'docs/data-contract.md';

const TYPE_NAMES: Readonly<Record<string, string>> = {
  text: 'text',
  date: 'date (an Excel date, or 31/12/2025, 31-12-2025, 31.12.2025, 2025-12-31)',
  amount: 'amount (a number, or 1.234,56 €, 1 234,56, 1234.56)',
  integer: 'whole number',
  number: 'number',
  boolean: 'yes/no (oui/non, ja/nee, yes/no, x/blank, 1/0)',
  enum: 'one of the values listed',
};

/** The sheets and columns CoopCheck reads, from the data contract in src/core/extract/fields.ts. */
export function dataContractPage(): string {
  const lines = [
    '# The sheets and columns CoopCheck reads',
    '',
    'Generated from `src/core/extract/fields.ts` (`npm run docs`). A sheet is recognised by its headers,',
    'not its name; headers match case-, accent-, punctuation- and space-insensitively, in French, Dutch',
    'or English, anywhere in the first 10 rows. Only the members register is needed for a first run;',
    'every other sheet unlocks more conditions. `coopcheck template --lang fr|nl|en --out FILE` writes an',
    'empty workbook with every sheet, headed in that language.',
    '',
  ];
  for (const sheet of Object.values(SHEET_SPECS)) {
    lines.push(`## ${sheet.name.en} — ${sheet.name.fr} / ${sheet.name.nl}`, '', `Mapping key: \`${sheet.kind}\`.`, '');
    lines.push('| field (mapping key) | type | required | FR headers | NL headers | EN headers |', '|---|---|---|---|---|---|');
    for (const f of sheet.fields) {
      const values = f.values
        ? `: ${Object.entries(f.values)
            .map(([value, words]) => `${value} = ${[...words.fr, ...words.nl, ...words.en].join(' / ')}`)
            .join('; ')}`
        : '';
      const required = f.required ? 'yes' : f.requiredWhen ? `when ${f.requiredWhen.field} is ${f.requiredWhen.value}` : '';
      const fallback = f.defaultValue !== undefined ? ` (default ${f.defaultValue})` : '';
      lines.push(
        `| ${f.label.en} (\`${f.field}\`) | ${cell(TYPE_NAMES[f.type]! + values + fallback)} | ${required} | ${cell(f.headers.fr.join(', '))} | ${cell(f.headers.nl.join(', '))} | ${cell(f.headers.en.join(', '))} |`,
      );
    }
    lines.push('');
  }
  lines.push(
    '## Result allocation items',
    '',
    'The allocation sheet is a list of items recognised by their label:',
    '',
    '| item | FR | NL | EN |',
    '|---|---|---|---|',
  );
  for (const [item, words] of Object.entries(ALLOCATION_ITEMS))
    lines.push(`| \`${item}\` | ${cell(words.fr.join(', '))} | ${cell(words.nl.join(', '))} | ${cell(words.en.join(', '))} |`);
  lines.push('');
  return lines.join('\n');
}

/** Every page, by its path from the project's root. */
export function conditionDocs(conditions: readonly Condition[] = CONDITIONS): Map<string, string> {
  const pages = new Map<string, string>([[`${DOCS_DIR}/README.md`, indexPage(conditions)]]);
  for (const condition of conditions) pages.set(`${DOCS_DIR}/${condition.id}.md`, conditionPage(condition));
  return pages;
}
