import { defineMessages, type MessageDef } from '../../findings';
import type { Lang } from '../../i18n/lang';
import { parameterLabel } from '../../i18n/parameter-texts';
import { PARAMETER_SPECS, type ParameterName } from '../../parameters';
import type { SheetKind, ValueType } from '../../model';
import { acceptedValues, columnName, quote, sheetName, valueTypeName } from '../shared/data-texts';

/** A parameter's label for a reader; a name the core does not know is shown as the sheet wrote it. */
const shownName = (name: string, lang: Lang) => (name in PARAMETER_SPECS ? parameterLabel(name as ParameterName, lang) : name);

/** For an enum column the words it accepts, else nothing. */
const accepted = (kind: SheetKind, field: string, expected: ValueType, lang: Lang, lead: string) =>
  expected === 'enum' ? ` ${lead} ${acceptedValues(kind, field, lang)}.` : '';

export const messages = defineMessages({
  // A value that cannot be read is skipped by every check that needs it, so the result cannot be trusted.
  cellUnparsable: {
    severity: 'breach',
    text: {
      fr: (p) =>
        `${quote('fr', p.raw)} n'est pas lisible comme ${valueTypeName(p.expected, 'fr')} dans la colonne ${columnName(p.sheetKind, p.field, 'fr')} (${sheetName(p.sheetKind, 'fr')}) ; la ligne est vérifiée sans cette valeur.${accepted(p.sheetKind, p.field, p.expected, 'fr', 'Valeurs acceptées :')}`,
      nl: (p) =>
        `${quote('nl', p.raw)} is niet leesbaar als ${valueTypeName(p.expected, 'nl')} in kolom ${columnName(p.sheetKind, p.field, 'nl')} (${sheetName(p.sheetKind, 'nl')}); de rij wordt zonder deze waarde gecontroleerd.${accepted(p.sheetKind, p.field, p.expected, 'nl', 'Aanvaarde waarden:')}`,
      en: (p) =>
        `${quote('en', p.raw)} cannot be read as ${valueTypeName(p.expected, 'en')} in the ${columnName(p.sheetKind, p.field, 'en')} column (${sheetName(p.sheetKind, 'en')}); the row is checked without this value.${accepted(p.sheetKind, p.field, p.expected, 'en', 'Accepted values:')}`,
    },
    example: { sheetKind: 'members', field: 'admissionDate', expected: 'date', raw: '31/02/2025' },
  } satisfies MessageDef<{ sheetKind: SheetKind; field: string; expected: ValueType; raw: string }>,
  requiredValueMissing: {
    severity: 'breach',
    text: {
      fr: (p) => `La colonne ${columnName(p.sheetKind, p.field, 'fr')} est vide sur cette ligne (${sheetName(p.sheetKind, 'fr')}) ; elle est requise.`,
      nl: (p) => `Kolom ${columnName(p.sheetKind, p.field, 'nl')} is leeg op deze rij (${sheetName(p.sheetKind, 'nl')}); ze is vereist.`,
      en: (p) => `The ${columnName(p.sheetKind, p.field, 'en')} column is empty on this row (${sheetName(p.sheetKind, 'en')}); it is required.`,
    },
    example: { sheetKind: 'movements', field: 'amount' },
  } satisfies MessageDef<{ sheetKind: SheetKind; field: string }>,
  // The default is used instead, which may not be what the cooperative's statutes say.
  parameterUnparsable: {
    severity: 'breach',
    text: {
      fr: (p) =>
        `La valeur ${quote('fr', p.raw)} du paramètre ${quote('fr', shownName(p.name, 'fr'))} n'est pas lisible : la valeur par défaut est utilisée. Corrigez-la dans la feuille des paramètres.`,
      nl: (p) =>
        `De waarde ${quote('nl', p.raw)} van parameter ${quote('nl', shownName(p.name, 'nl'))} is niet leesbaar: de standaardwaarde wordt gebruikt. Verbeter ze in het parameterblad.`,
      en: (p) =>
        `The value ${quote('en', p.raw)} of parameter ${quote('en', shownName(p.name, 'en'))} cannot be read: the default is used. Correct it in the parameters sheet.`,
    },
    example: { name: 'maxDividendRate', raw: 'six' },
  } satisfies MessageDef<{ name: string; raw: string }>,
  // Likely a typo in a parameter's name; ignoring it changes nothing the law requires, but a person should look.
  parameterUnknown: {
    severity: 'warning',
    text: {
      fr: (p) => `Le paramètre ${quote('fr', p.name)} est inconnu : il est ignoré.`,
      nl: (p) => `Parameter ${quote('nl', p.name)} is onbekend: hij wordt genegeerd.`,
      en: (p) => `Parameter ${quote('en', p.name)} is unknown: it is ignored.`,
    },
    example: { name: 'Taux maximum' },
  } satisfies MessageDef<{ name: string }>,
  cellsRead: {
    severity: 'info',
    text: {
      fr: (p, f) => f.count(p.problems, 'cellule illisible ou manquante', 'cellules illisibles ou manquantes'),
      nl: (p) => `${p.problems} onleesbare of ontbrekende cel(len)`,
      en: (p, f) => f.count(p.problems, 'unreadable or missing cell', 'unreadable or missing cells'),
    },
  } satisfies MessageDef<{ problems: number }>,
});
