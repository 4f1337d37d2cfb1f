import { defineMessages, type MessageDef } from '../../findings';
import { categoryName } from '../shared/data-texts';

export const messages = defineMessages({
  // The membership table of the special report (T1) would not add up.
  membersDoNotReconcile: {
    severity: 'breach',
    text: {
      fr: (p, f) => `Catégorie ${categoryName(p.category, 'fr')}, exercice ${p.year} : ${f.number(p.start)} au début + ${f.number(p.admitted)} admission(s) − ${f.number(p.exited)} sortie(s) = ${f.number(p.start + p.admitted - p.exited)}, mais ${f.number(p.end)} sociétaire(s) à la fin. Les dates de ${f.number(p.unreconciled)} sociétaire(s) ne concordent pas, le premier ici (${p.memberId}).`,
      nl: (p, f) => `Categorie ${categoryName(p.category, 'nl')}, boekjaar ${p.year}: ${f.number(p.start)} bij het begin + ${f.number(p.admitted)} toetreding(en) − ${f.number(p.exited)} uittreding(en) = ${f.number(p.start + p.admitted - p.exited)}, maar ${f.number(p.end)} aandeelhouder(s) op het einde. De datums van ${f.number(p.unreconciled)} aandeelhouder(s) kloppen niet, de eerste hier (${p.memberId}).`,
      en: (p, f) => `Category ${categoryName(p.category, 'en')}, fiscal year ${p.year}: ${f.number(p.start)} at the start + ${f.number(p.admitted)} admitted − ${f.number(p.exited)} exited = ${f.number(p.start + p.admitted - p.exited)}, but ${f.number(p.end)} member(s) at the end. The dates of ${f.number(p.unreconciled)} member(s) do not fit, the first here (${p.memberId}).`,
    },
  } satisfies MessageDef<{ category: string; year: number; start: number; admitted: number; exited: number; end: number; unreconciled: number; memberId: string }>,
  // The register must record every subscription, transfer and refund: it and the movements cannot both be right.
  sharesDoNotMatchMovements: {
    severity: 'breach',
    text: {
      fr: (p, f) => `Le registre donne ${f.number(p.registerShares)} part(s) au sociétaire ${p.memberId}, mais ses mouvements de parts (souscriptions et cessions reçues moins remboursements et cessions) en donnent ${f.number(p.movementShares)}.`,
      nl: (p, f) => `Het register geeft aandeelhouder ${p.memberId} ${f.number(p.registerShares)} aandeel/aandelen, maar zijn aandelenbewegingen (inschrijvingen en ontvangen overdrachten min terugbetalingen en overdrachten) komen op ${f.number(p.movementShares)}.`,
      en: (p, f) => `The register gives member ${p.memberId} ${f.number(p.registerShares)} share(s), but their share movements (subscriptions and transfers in, less refunds and transfers out) add up to ${f.number(p.movementShares)}.`,
    },
  } satisfies MessageDef<{ memberId: string; registerShares: number; movementShares: number }>,
  membersReconciled: {
    severity: 'info',
    text: {
      fr: (p, f) => `${f.number(p.start)} + ${f.number(p.admitted)} − ${f.number(p.exited)} = ${f.number(p.end)} sociétaires ; parts comparées aux mouvements pour ${f.number(p.sharesCompared)} sociétaire(s)`,
      nl: (p, f) => `${f.number(p.start)} + ${f.number(p.admitted)} − ${f.number(p.exited)} = ${f.number(p.end)} aandeelhouders; aandelen vergeleken met de bewegingen voor ${f.number(p.sharesCompared)} aandeelhouder(s)`,
      en: (p, f) => `${f.number(p.start)} + ${f.number(p.admitted)} − ${f.number(p.exited)} = ${f.number(p.end)} members; shares compared with movements for ${f.number(p.sharesCompared)} member(s)`,
    },
  } satisfies MessageDef<{ start: number; admitted: number; exited: number; end: number; sharesCompared: number }>,
});
