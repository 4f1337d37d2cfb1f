import { describe, expect, it } from 'vitest';
import { extractWorkbook } from '../../extract/extract';
import { check } from '../../engine';
import type { Lang } from '../../i18n/lang';
import type { WorkbookSnapshot } from '../../snapshot';
import { SEED_2025, seed2025Workbook } from '../../../../tests/fixtures/seed-2025';
import { buildDraftReport, sectionKey, seedFormat } from './index';
import type { DraftBlock, DraftReport } from './types';

const INPUT = { fileName: 'smartcoop-2025.xlsx', sha256: 'ab'.repeat(32), checkedAt: '2026-03-02T09:00:00Z', toolVersion: '0.1.0' };
const seedResult = check(extractWorkbook(seed2025Workbook()));

const textOf = (block: DraftBlock): string => {
  if (block.kind === 'paragraph') return block.runs.map((r) => (typeof r === 'string' ? r : r.text)).join('');
  if (block.kind === 'placeholder') return block.text;
  if (block.kind === 'bullets') return block.items.join('\n');
  return [block.table.title, block.table.columns.map((c) => c.header).join(' | '), ...block.table.rows.map((r) => r.join(' | ')), block.table.note ?? ''].join(
    '\n',
  );
};
const blocksOf = (draft: DraftReport, part: 'ES' | 'CNC' | 'annex', role?: string) =>
  draft.parts
    .filter((p) => p.id === part)
    .flatMap((p) => p.sections.flatMap((s) => s.blocks))
    .filter((b) => role === undefined || (b.kind === 'paragraph' && b.role === role));
const generatedText = (draft: DraftReport) => blocksOf(draft, 'CNC', 'generated').map(textOf).join('\n');
const bodyText = (draft: DraftReport) =>
  draft.parts
    .filter((p) => p.id !== 'annex')
    .flatMap((p) => p.sections.flatMap((s) => [s.heading, ...s.blocks.map(textOf)]))
    .join('\n');

/** The second seed's figures as a reader finds them in the generated sentences, per language. */
const SEED_SENTENCES: Readonly<Record<Lang, readonly RegExp[]>> = {
  fr: [
    /En 2025, 4\.104 sociétaires ont rejoint la coopérative ; aucune demande d'adhésion n'a été refusée\./,
    /213 sociétaires ont démissionné, 6 sont sortis de plein droit \(décès, fin de contrat…\) et 3 ont été exclus\./,
    /La coopérative comptait 45\.598 sociétaires au 31\/12\/2025 \(45\.473 en catégorie A, 101 en catégorie B et 24 en catégorie C\)/,
    /L'assemblée générale du 17\/06\/2025 a réuni 1\.611 sociétaires présents ou représentés/,
    /soit 90 journées de formation, qui ont réuni 864 participants\./,
  ],
  nl: [
    /In 2025 zijn 4\.104 aandeelhouders tot de coöperatie toegetreden; geen enkele aanvraag tot toetreding werd geweigerd\./,
    /213 uittredingen, 6 uittredingen van rechtswege \(overlijden, einde contract…\) en 3 uitsluitingen\./,
    /De coöperatie telde 45\.598 aandeelhouders op 31\/12\/2025 \(45\.473 in categorie A, 101 in categorie B en 24 in categorie C\)/,
    /Op de algemene vergadering van 17\/06\/2025 waren 1\.611 aandeelhouders aanwezig of vertegenwoordigd/,
    /samen 90 opleidingsdagen, met 864 deelnemers\./,
  ],
  en: [
    /In 2025, 4,104 members joined the cooperative; no application to join was refused\./,
    /213 members resigned, 6 left by right \(death, end of contract…\) and 3 were excluded\./,
    /The cooperative had 45,598 members at 31\/12\/2025 \(45,473 in category A, 101 in category B and 24 in category C\)/,
    /The general meeting of 17\/06\/2025 brought together 1,611 members present or represented/,
    /90 training days in all, with 864 participants\./,
  ],
};

describe('the draft special report for the second seed (CNC, 2025)', () => {
  it.each(['fr', 'nl', 'en'] as const)('writes every seed figure in checkable sentences (%s)', (lang) => {
    const draft = buildDraftReport(seedResult, INPUT, lang);
    const text = generatedText(draft);
    for (const sentence of SEED_SENTENCES[lang]) expect(text).toMatch(sentence);
  });

  it('formats numbers as the seeds do: a dot as thousands separator in FR and NL', () => {
    expect(['fr', 'nl', 'en'].map((lang) => seedFormat(lang as Lang).number(45_598))).toEqual(['45.598', '45.598', '45,598']);
    expect(seedFormat('fr').money(123_456)).toBe('1.234,56\u00a0€');
    expect(seedFormat('nl').date('2025-06-17')).toBe('17/06/2025');
  });

  it('follows the CNC seed: introduction, then the seven ICA principles, then the approval', () => {
    const draft = buildDraftReport(seedResult, INPUT, 'fr');
    expect(draft.parts.map((p) => p.id)).toEqual(['CNC', 'annex']);
    expect(draft.parts[0]!.sections.map((s) => s.id)).toEqual(['intro', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'signature']);
    expect(draft.parts[0]!.sections[1]!.heading).toBe('1. Adhésion volontaire et ouverte à tous');
  });

  it('gives T1 with the categories at year end, and T2 and T6 as tables', () => {
    const draft = buildDraftReport(seedResult, INPUT, 'fr');
    const tables = blocksOf(draft, 'CNC').flatMap((b) => (b.kind === 'table' ? [b.table] : []));
    expect(tables.map((t) => t.id)).toEqual(['T1', 'T2', 'T5', 'T6']);
    const t1 = tables[0]!;
    expect(t1.columns.map((c) => c.header)).toEqual(['Mouvement', 'A', 'B', 'C', 'Total']);
    expect(t1.rows.find((r) => r[0] === 'Au 31/12/2025')).toEqual(['Au 31/12/2025', '45.473', '101', '24', '45.598']);
    expect(t1.rows.find((r) => r[0] === 'Admissions')?.at(-1)).toBe('4.104');
    expect(t1.rows.find((r) => r[0] === 'Refus')?.at(-1)).toBe(String(SEED_2025.refused));
    expect(tables[1]!.rows.find((r) => r[0] === 'Votants')).toEqual(['Votants', '1.611']);
    expect(tables[3]!.rows.slice(1, 3)).toEqual([
      ['Jours', '90'],
      ['Participants', '864'],
    ]);
  });

  it('marks where only the board can write: autonomy, cooperation, community, approval', () => {
    const draft = buildDraftReport(seedResult, INPUT, 'fr');
    const cnc = draft.parts[0]!;
    for (const id of ['P4', 'P6', 'P7', 'signature']) {
      const section = cnc.sections.find((s) => s.id === id)!;
      expect(section.blocks.some((b) => b.kind === 'placeholder' && b.text.startsWith("[À compléter par le conseil d'administration : "))).toBe(true);
    }
  });
});

/** A small ES + CNC cooperative with a breach (a proxy holder above the tenth of the votes), statutes and last year's texts. */
function esWorkbook(): WorkbookSnapshot {
  const members: (string | number | null)[][] = [['N° sociétaire', 'Catégorie', "Date d'adhésion", 'Nombre de parts']];
  for (let i = 1; i <= 20; i++) members.push([`M${i}`, 'A', '01/01/2020', 1]);
  const meeting: (string | number | null)[][] = [["Date de l'AG", 'N° sociétaire', 'Présence', 'Mandataire', 'Voix']];
  for (let i = 1; i <= 10; i++) meeting.push(['17/06/2025', `M${i}`, 'présent', null, 1]);
  for (let i = 11; i <= 20; i++) meeting.push(['17/06/2025', `M${i}`, 'représenté', i <= 13 ? 'M1' : `M${i - 10}`, 1]);
  return {
    sheets: [
      { name: 'Registre', rows: members },
      { name: 'AG', rows: meeting },
      {
        name: 'Statuts',
        rows: [
          ['Condition', 'Article', 'Extrait'],
          ['ES-1', 'art. 3', 'La société a pour but principal…'],
          ['ES-7', 'art. 37', null],
        ],
      },
      {
        name: 'Texte du rapport',
        rows: [
          ['Section', 'Texte'],
          ['ES-1', 'Notre coopérative favorise l’emploi local.'],
          ['P4', 'La coopérative est indépendante de tout groupe.'],
          ['ZZ-9', 'Sans section connue.'],
        ],
      },
      {
        name: 'Paramètres',
        rows: [
          ['Paramètre', 'Valeur'],
          ['Exercice', 2025],
          ['Agréments', 'ES,CNC'],
          ['Nom de la coopérative', 'Les Tisserands'],
        ],
      },
    ],
  };
}

describe('the draft special report for an ES', () => {
  const result = check(extractWorkbook(esWorkbook()), { parameterOverrides: { votingMode: 'capped' } });
  const draft = buildDraftReport(result, INPUT, 'fr');

  it('reads the narrative sheet into the model and the result', () => {
    expect(result.narrative?.map((n) => n.section)).toEqual(['ES-1', 'P4', 'ZZ-9']);
  });

  it('has the framework, the nine conditions, then activities and means; the CNC part follows', () => {
    expect(draft.parts.map((p) => p.id)).toEqual(['ES', 'CNC', 'annex']);
    expect(draft.parts[0]!.sections.map((s) => s.id)).toEqual([
      'framework',
      'ES-1',
      'ES-2',
      'ES-3',
      'ES-4',
      'ES-5',
      'ES-6',
      'ES-7',
      'ES-8',
      'ES-9',
      'activities',
    ]);
    expect(draft.parts[0]!.subtitle).toMatch(/Article 8:5.*arrêté royal du 28 juin 2019/);
  });

  it('gives each condition how it is met, its statutes article (or a placeholder) and a generated sentence', () => {
    const es1 = draft.parts[0]!.sections.find((s) => s.id === 'ES-1')!.blocks.map(textOf);
    expect(es1).toContain('Statuts : art. 3 — « La société a pour but principal… »');
    expect(es1.some((t) => t.startsWith('Mise en œuvre : '))).toBe(true);
    const es2 = draft.parts[0]!.sections.find((s) => s.id === 'ES-2')!.blocks;
    expect(es2.some((b) => b.kind === 'placeholder' && b.text.includes("l'article des statuts"))).toBe(true);
    const es3 = draft.parts[0]!.sections.find((s) => s.id === 'ES-3')!
      .blocks.map(textOf)
      .join('\n');
    expect(es3).not.toMatch(/aucun dividende/); // no distributions sheet: nothing is claimed
  });

  it('states a breach plainly in the body, and leaves the findings to the internal annex', () => {
    const es7 = draft.parts[0]!.sections.find((s) => s.id === 'ES-7')!.blocks;
    expect(es7.map(textOf).join('\n')).toMatch(/1 votant a disposé de plus du dixième des voix/);
    expect(es7.map(textOf).join('\n')).toMatch(/n'a pas été respectée \(1 manquement relevé\)/);
    expect(es7.some((b) => b.kind === 'placeholder' && b.text.includes('la cause du manquement'))).toBe(true);
    const findings = draft.parts[2]!.sections.find((s) => s.id === 'findings')!.blocks[0]!;
    expect(findings.kind === 'table' && findings.table.rows.some((r) => r[2] === 'ES-7')).toBe(true);
    const body = bodyText(draft);
    expect(body).not.toMatch(/AG!|Registre!/); // no cell reference of a finding in the body
  });

  it('carries last year’s texts over beside the new figures, and lists the ones it could not place', () => {
    const es1 = draft.parts[0]!.sections.find((s) => s.id === 'ES-1')!.blocks;
    expect(es1.some((b) => b.kind === 'paragraph' && b.role === 'narrative' && textOf(b) === 'Notre coopérative favorise l’emploi local.')).toBe(true);
    const p4 = draft.parts[1]!.sections.find((s) => s.id === 'P4')!.blocks;
    expect(p4.some((b) => b.kind === 'paragraph' && b.role === 'narrative')).toBe(true);
    expect(p4.some((b) => b.kind === 'placeholder')).toBe(false);
    expect(draft.parts[2]!.sections.at(-1)!.blocks.map(textOf).join('')).toMatch(/ZZ-9/);
  });

  it('is written in every language without a missing text', () => {
    for (const lang of ['fr', 'nl', 'en'] as const) {
      const text = bodyText(buildDraftReport(result, INPUT, lang));
      expect(text).not.toMatch(/undefined|\{\w+\}|NaN/);
    }
  });

  it('names sections loosely', () => {
    expect(['ES-1', 'es 1', 'ES1'].map(sectionKey)).toEqual(['es1', 'es1', 'es1']);
    expect(['P1', 'Principe 1', 'Beginsel 1', 'principle 1'].map(sectionKey)).toEqual(['p1', 'p1', 'p1', 'p1']);
  });
});
