import { defineMessages, type MessageDef } from '../../findings';
import type { SheetKind } from '../../model';
import { sheetName } from '../shared/data-texts';

export const messages = defineMessages({
  // The register must list every shareholder; a row for an unknown id is also left out of every check that joins on the register.
  unknownMemberId: {
    severity: 'breach',
    text: {
      fr: (p, f) =>
        `Le n° de sociétaire ${p.memberId} est utilisé dans ${sheetName(p.sheetKind, 'fr')} (${f.count(p.rows, 'ligne', 'lignes')}, la première ici) mais ne figure pas au registre des sociétaires : ajoutez-le au registre ou corrigez le n°.`,
      nl: (p, f) =>
        `Lidnummer ${p.memberId} wordt gebruikt in ${sheetName(p.sheetKind, 'nl')} (${f.count(p.rows, 'rij', 'rijen')}, de eerste hier) maar staat niet in het aandeelhoudersregister: voeg het toe aan het register of verbeter het nummer.`,
      en: (p, f) =>
        `Member ID ${p.memberId} is used in the ${sheetName(p.sheetKind, 'en')} (${f.count(p.rows, 'row', 'rows')}, the first here) but is not in the members register: add it to the register or correct the ID.`,
    },
    example: { sheetKind: 'distributions', memberId: 'S009999', rows: 2 },
  } satisfies MessageDef<{ sheetKind: SheetKind; memberId: string; rows: number }>,
  // Votes are still counted per holder as written, but a proxy may have to go to a member under the statutes: a person should look.
  unknownProxyHolder: {
    severity: 'warning',
    text: {
      fr: (p, f) =>
        `Le mandataire ${p.proxyHolderId} (${f.count(p.rows, 'procuration', 'procurations')}, la première ici) ne figure pas au registre des sociétaires.`,
      nl: (p, f) =>
        `Volmachtdrager ${p.proxyHolderId} (${f.count(p.rows, 'volmacht', 'volmachten')}, de eerste hier) staat niet in het aandeelhoudersregister.`,
      en: (p, f) => `Proxy holder ${p.proxyHolderId} (${f.count(p.rows, 'proxy', 'proxies')}, the first here) is not in the members register.`,
    },
    example: { proxyHolderId: 'S000077', rows: 3 },
  } satisfies MessageDef<{ proxyHolderId: string; rows: number }>,
  // Added by the engine once every condition has run (engine.ts): only then is it known which findings exist.
  staleJustification: {
    severity: 'warning',
    text: {
      fr: (p) =>
        `Cette justification vise ${p.names}, qui n'est pas un constat de cette vérification (corrigé depuis, ou mal recopié) : elle ne justifie rien. Supprimez-la ou corrigez l'empreinte.`,
      nl: (p) =>
        `Deze verantwoording verwijst naar ${p.names}, dat geen bevinding van deze controle is (intussen verbeterd, of verkeerd overgenomen): ze verantwoordt niets. Verwijder ze of verbeter de vingerafdruk.`,
      en: (p) =>
        `This justification names ${p.names}, which is not a finding of this check (fixed since, or copied wrongly): it justifies nothing. Remove it or correct the fingerprint.`,
    },
    example: { names: 'ES-6|Anne Peeters|remunerationNotAllowed' },
  } satisfies MessageDef<{ names: string }>,
  duplicateJustification: {
    severity: 'warning',
    text: {
      fr: (p) => `Une autre justification vise déjà ${p.names} : seule la première compte. Supprimez celle-ci ou fusionnez les motifs.`,
      nl: (p) => `Een andere verantwoording verwijst al naar ${p.names}: alleen de eerste telt. Verwijder deze of voeg de redenen samen.`,
      en: (p) => `Another justification already names ${p.names}: only the first counts. Remove this one or merge the reasons.`,
    },
    example: { names: 'ES-6|Anne Peeters|remunerationNotAllowed' },
  } satisfies MessageDef<{ names: string }>,
  referencesChecked: {
    severity: 'info',
    text: {
      fr: (p, f) => `${f.count(p.references, 'référence à un sociétaire vérifiée', 'références à un sociétaire vérifiées')}`,
      nl: (p, f) => `${f.count(p.references, 'verwijzing', 'verwijzingen')} naar een aandeelhouder gecontroleerd`,
      en: (p, f) => `${f.count(p.references, 'reference', 'references')} to a member checked`,
    },
  } satisfies MessageDef<{ references: number }>,
});
