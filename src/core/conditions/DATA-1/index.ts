import { defineCondition } from '../condition';
import { SHEET_KINDS } from '../../model';
import { a1, columnLetters } from '../../snapshot';
import { SHEET_SPECS, fieldSpec, headerSynonyms } from '../../extract/fields';
import { DATA_CONTRACT_BASIS } from '../shared/data-texts';
import { messages } from './messages';

/**
 * DATA-1 — the sheets and columns of the data contract were found. Only the members register is
 * needed for a first run: a missing optional sheet is not a finding (the engine marks the conditions
 * that need it not-evaluated), but a found sheet missing a required column is, as is any choice
 * between two candidate sheets or columns the user should confirm.
 */
export default defineCondition({
  id: 'DATA-1',
  group: 'DATA',
  kind: 'data',
  title: {
    fr: 'Les feuilles et colonnes requises sont trouvées',
    nl: 'De vereiste bladen en kolommen zijn gevonden',
    en: 'The required sheets and columns are found',
  },
  legalBasis: DATA_CONTRACT_BASIS,
  description: {
    fr: "Cherche chaque feuille par ses en-têtes (en français, néerlandais ou anglais, titres et colonnes vides admis) et dit quelle feuille et quel en-tête ont été retenus pour chaque champ. Seul le registre des sociétaires est indispensable ; une feuille facultative absente n'est pas un constat, mais les conditions qui en ont besoin sont « non évaluées ». Une colonne requise absente d'une feuille trouvée est un manquement ; deux feuilles ou deux colonnes candidates sont un avertissement à confirmer.",
    nl: 'Zoekt elk blad op zijn kolomkoppen (in het Frans, Nederlands of Engels, met titelrijen en lege kolommen) en zegt welk blad en welke kolomkop voor elk veld gekozen werd. Alleen het aandeelhoudersregister is onmisbaar; een ontbrekend facultatief blad is geen bevinding, maar de voorwaarden die het nodig hebben zijn ‘niet geëvalueerd’. Een vereiste kolom die ontbreekt in een gevonden blad is een inbreuk; twee kandidaat-bladen of -kolommen zijn een waarschuwing om te bevestigen.',
    en: 'Finds each sheet by its headers (in French, Dutch or English, with title rows and blank columns) and says which sheet and which header were chosen for each field. Only the members register is indispensable; a missing optional sheet is not a finding, but the conditions that need it are "not evaluated". A required column missing from a sheet that was found is a breach; two candidate sheets or columns are a warning to confirm.',
  },
  requires: [],
  messages,
  evaluate({ model }, report) {
    const mapped = SHEET_KINDS.flatMap((kind) => model.mappings[kind] ?? []);
    if (!model.mappings.members) {
      const memberId = fieldSpec('members', 'memberId')!;
      const anySheet = model.unrecognisedSheets[0] ?? mapped[0]?.sheet ?? '';
      report('membersSheetMissing', { sheet: anySheet, cell: 'A1' }, 'members', { lookedFor: headerSynonyms(memberId).join(', ') });
    }
    for (const mapping of mapped) {
      const headerCell = { sheet: mapping.sheet, cell: a1(0, mapping.headerRow) };
      report('sheetFound', headerCell, mapping.kind, {
        sheetKind: mapping.kind,
        sheet: mapping.sheet,
        headerRow: mapping.headerRow,
        columns: Object.keys(mapping.columns).length,
        lastRow: mapping.lastRow,
      });
      for (const field of mapping.missingRequired) {
        const spec = SHEET_SPECS[mapping.kind].fields.find((f) => f.field === field)!;
        report('requiredColumnMissing', headerCell, `${mapping.kind}.${field}`, {
          sheetKind: mapping.kind,
          sheet: mapping.sheet,
          field,
          lookedFor: headerSynonyms(spec).join(', '),
        });
      }
    }
    for (const issue of model.issues) {
      if (issue.kind === 'sheetAmbiguous') {
        report('sheetAmbiguous', { sheet: issue.sheet, cell: 'A1' }, `${issue.sheetKind} ${issue.sheet}`, {
          sheetKind: issue.sheetKind,
          sheet: issue.sheet,
          chosen: issue.chosen,
        });
      } else if (issue.kind === 'duplicateColumn') {
        const used = model.mappings[issue.sheetKind]?.columns[issue.field];
        report('duplicateColumn', { sheet: issue.sheet, cell: issue.cell }, `${issue.sheetKind}.${issue.field} ${issue.cell}`, {
          sheetKind: issue.sheetKind,
          field: issue.field,
          usedColumn: used === undefined ? '' : columnLetters(used),
        });
      }
    }
    for (const sheet of model.unrecognisedSheets) report('sheetUnrecognised', { sheet, cell: 'A1' }, sheet, { sheet });
    return { evidence: { messageId: 'sheetsFound', params: { found: mapped.length, total: SHEET_KINDS.length } } };
  },
});
