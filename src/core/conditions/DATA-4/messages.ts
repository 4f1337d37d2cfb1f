import { defineMessages, type MessageDef } from '../../findings';
import type { SheetKind } from '../../model';
import { sheetName } from '../shared/data-texts';

export const messages = defineMessages({
  // The register must list every shareholder; a row for an unknown id is also left out of every check that joins on the register.
  unknownMemberId: {
    severity: 'breach',
    text: {
      fr: (p) => `Le n° de sociétaire ${p.memberId} est utilisé dans ${sheetName(p.sheetKind, 'fr')} (${p.rows} ligne(s), la première ici) mais ne figure pas au registre des sociétaires.`,
      nl: (p) => `Lidnummer ${p.memberId} wordt gebruikt in ${sheetName(p.sheetKind, 'nl')} (${p.rows} rij(en), de eerste hier) maar staat niet in het aandeelhoudersregister.`,
      en: (p) => `Member ID ${p.memberId} is used in the ${sheetName(p.sheetKind, 'en')} (${p.rows} row(s), the first here) but is not in the members register.`,
    },
  } satisfies MessageDef<{ sheetKind: SheetKind; memberId: string; rows: number }>,
  // Votes are still counted per holder as written, but a proxy may have to go to a member under the statutes: a person should look.
  unknownProxyHolder: {
    severity: 'warning',
    text: {
      fr: (p) => `Le mandataire ${p.proxyHolderId} (${p.rows} procuration(s), la première ici) ne figure pas au registre des sociétaires.`,
      nl: (p) => `Volmachtdrager ${p.proxyHolderId} (${p.rows} volmacht(en), de eerste hier) staat niet in het aandeelhoudersregister.`,
      en: (p) => `Proxy holder ${p.proxyHolderId} (${p.rows} proxy/proxies, the first here) is not in the members register.`,
    },
  } satisfies MessageDef<{ proxyHolderId: string; rows: number }>,
  referencesChecked: {
    severity: 'info',
    text: {
      fr: (p, f) => `${f.number(p.references)} référence(s) à un sociétaire vérifiée(s)`,
      nl: (p, f) => `${f.number(p.references)} verwijzing(en) naar een aandeelhouder gecontroleerd`,
      en: (p, f) => `${f.number(p.references)} reference(s) to a member checked`,
    },
  } satisfies MessageDef<{ references: number }>,
});
