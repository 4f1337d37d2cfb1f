import { defineMessages, type MessageDef } from '../../findings';
import type { SheetKind } from '../../model';
import { columnName, quote, sheetName } from '../shared/data-texts';

export const messages = defineMessages({
  // Without the register nothing can be checked: every other condition needs member ids.
  membersSheetMissing: {
    severity: 'breach',
    text: {
      fr: (p) =>
        `Aucune feuille ne ressemble au registre des sociétaires : il faut au moins une colonne de n° de sociétaire (${p.lookedFor}) et une autre colonne du registre.`,
      nl: (p) =>
        `Geen enkel blad lijkt op het aandeelhoudersregister: er is minstens een kolom lidnummer (${p.lookedFor}) en een andere kolom van het register nodig.`,
      en: (p) => `No sheet looks like the members register: it needs at least a member ID column (${p.lookedFor}) and one other register column.`,
    },
    example: { lookedFor: 'N° sociétaire, Lidnummer, Member ID' },
  } satisfies MessageDef<{ lookedFor: string }>,
  // A found sheet without a required column leaves the conditions that need it not evaluated.
  requiredColumnMissing: {
    severity: 'breach',
    text: {
      fr: (p) =>
        `La feuille ${quote('fr', p.sheet)} (${sheetName(p.sheetKind, 'fr')}) n'a pas de colonne ${columnName(p.sheetKind, p.field, 'fr')} ; en-têtes cherchés : ${p.lookedFor}. Les conditions qui en ont besoin ne sont pas évaluées.`,
      nl: (p) =>
        `Blad ${quote('nl', p.sheet)} (${sheetName(p.sheetKind, 'nl')}) heeft geen kolom ${columnName(p.sheetKind, p.field, 'nl')}; gezochte kolomkoppen: ${p.lookedFor}. De voorwaarden die ze nodig hebben, worden niet geëvalueerd.`,
      en: (p) =>
        `Sheet ${quote('en', p.sheet)} (${sheetName(p.sheetKind, 'en')}) has no ${columnName(p.sheetKind, p.field, 'en')} column; headers looked for: ${p.lookedFor}. The conditions that need it are not evaluated.`,
    },
    example: { sheetKind: 'movements', sheet: 'Mouvements', field: 'amount', lookedFor: 'Montant, Bedrag, Amount' },
  } satisfies MessageDef<{ sheetKind: SheetKind; sheet: string; field: string; lookedFor: string }>,
  // Two sheets of one kind: the checker chose, but the user must confirm it chose the right one.
  sheetAmbiguous: {
    severity: 'warning',
    text: {
      fr: (p) =>
        `La feuille ${quote('fr', p.sheet)} ressemble aussi à : ${sheetName(p.sheetKind, 'fr')} ; c'est la feuille ${quote('fr', p.chosen)} qui a été lue. Corrigez la correspondance si ce n'est pas la bonne.`,
      nl: (p) =>
        `Blad ${quote('nl', p.sheet)} lijkt ook op: ${sheetName(p.sheetKind, 'nl')}; blad ${quote('nl', p.chosen)} werd gelezen. Pas de koppeling aan als dat niet het juiste is.`,
      en: (p) =>
        `Sheet ${quote('en', p.sheet)} also looks like the ${sheetName(p.sheetKind, 'en')}; sheet ${quote('en', p.chosen)} was read. Correct the mapping if that is the wrong one.`,
    },
    example: { sheetKind: 'members', sheet: 'Registre 2024', chosen: 'Registre' },
  } satisfies MessageDef<{ sheetKind: SheetKind; sheet: string; chosen: string }>,
  // Two columns for one field: the first is read, and the user must confirm it is the right one.
  duplicateColumn: {
    severity: 'warning',
    text: {
      fr: (p) => `Cette colonne correspond aussi à ${columnName(p.sheetKind, p.field, 'fr')}, déjà lue dans la colonne ${p.usedColumn} : elle est ignorée.`,
      nl: (p) =>
        `Deze kolom komt ook overeen met ${columnName(p.sheetKind, p.field, 'nl')}, die al in kolom ${p.usedColumn} gelezen wordt: ze wordt genegeerd.`,
      en: (p) => `This column also matches ${columnName(p.sheetKind, p.field, 'en')}, already read from column ${p.usedColumn}: it is ignored.`,
    },
    example: { sheetKind: 'members', field: 'admissionDate', usedColumn: 'C' },
  } satisfies MessageDef<{ sheetKind: SheetKind; field: string; usedColumn: string }>,
  sheetFound: {
    severity: 'info',
    text: {
      fr: (p) =>
        `Feuille ${quote('fr', p.sheet)} lue comme ${sheetName(p.sheetKind, 'fr')} : en-têtes en ligne ${p.headerRow}, ${p.columns} colonne(s) reconnue(s), données jusqu'à la ligne ${p.lastRow}.`,
      nl: (p) =>
        `Blad ${quote('nl', p.sheet)} gelezen als ${sheetName(p.sheetKind, 'nl')}: kolomkoppen op rij ${p.headerRow}, ${p.columns} kolom(men) herkend, gegevens tot rij ${p.lastRow}.`,
      en: (p) =>
        `Sheet ${quote('en', p.sheet)} read as the ${sheetName(p.sheetKind, 'en')}: headers on row ${p.headerRow}, ${p.columns} column(s) recognised, data down to row ${p.lastRow}.`,
    },
  } satisfies MessageDef<{ sheetKind: SheetKind; sheet: string; headerRow: number; columns: number; lastRow: number }>,
  sheetUnrecognised: {
    severity: 'info',
    text: {
      fr: (p) => `La feuille ${quote('fr', p.sheet)} ne correspond à aucune feuille attendue : elle est ignorée.`,
      nl: (p) => `Blad ${quote('nl', p.sheet)} komt met geen enkel verwacht blad overeen: het wordt genegeerd.`,
      en: (p) => `Sheet ${quote('en', p.sheet)} matches none of the expected sheets: it is ignored.`,
    },
  } satisfies MessageDef<{ sheet: string }>,
  sheetsFound: {
    severity: 'info',
    text: {
      fr: (p) => `${p.found} ${p.found < 2 ? 'feuille reconnue' : 'feuilles reconnues'} sur ${p.total} prévues`,
      nl: (p) => `${p.found} van de ${p.total} voorziene bladen herkend`,
      en: (p) => `${p.found} of the ${p.total} expected sheets recognised`,
    },
  } satisfies MessageDef<{ found: number; total: number }>,
});
