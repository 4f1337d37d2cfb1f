import { defineMessages, type MessageDef } from '../../findings';
import type { Format } from '../../i18n/lang';
import { plural } from '../shared/distributions';

const inCategory = {
  fr: (category: string) => (category ? ` de la catégorie ${category}` : ''),
  nl: (category: string) => (category ? ` van categorie ${category}` : ''),
  en: (category: string) => (category ? ` of category ${category}` : ''),
};

type ProRataShares = {
  memberId: string;
  year: number;
  category: string;
  ristourneCents: number;
  transactionsCents: number;
  perNominalPpm: number;
  members: number;
};
type Deviates = {
  memberId: string;
  category: string;
  ristourneCents: number;
  transactionsCents: number;
  ratePpm: number;
  schemeRatePpm: number;
  expectedCents: number;
  differenceCents: number;
};

const transactionsText = {
  fr: (cents: number, f: Format) => (cents ? `${f.money(cents)} d'opérations` : 'aucune opération'),
  nl: (cents: number, f: Format) => (cents ? `${f.money(cents)} verrichtingen` : 'geen verrichtingen'),
  en: (cents: number, f: Format) => (cents ? `${f.money(cents)} of transactions` : 'no transactions'),
};

export const messages = defineMessages({
  ristourneWithoutTransactions: {
    severity: 'breach',
    text: {
      fr: (p, f) =>
        `Ristourne de ${f.money(p.ristourneCents)} au sociétaire ${p.memberId} sans opérations avec la coopérative pendant l'exercice ${p.year} : une ristourne ne peut être attribuée qu'au prorata des opérations des sociétaires avec la coopérative (AR du 8 janvier 1962, art. 1 §1 6°). Saisissez ses opérations si elles manquent ; sinon, récupérez la ristourne ou faites-la décider par l'assemblée générale comme dividende, dans la limite de 6 %.`,
      nl: (p, f) =>
        `Ristorno van ${f.money(p.ristourneCents)} aan aandeelhouder ${p.memberId} zonder verrichtingen met de coöperatie in boekjaar ${p.year}: een ristorno mag enkel naar rata van de verrichtingen van de aandeelhouders met de coöperatie worden toegekend (KB van 8 januari 1962, art. 1 §1 6°). Vul de verrichtingen in als ze ontbreken; zo niet, vorder het ristorno terug of laat de algemene vergadering het als dividend toekennen, binnen de grens van 6 %.`,
      en: (p, f) =>
        `Patronage refund of ${f.money(p.ristourneCents)} to member ${p.memberId} with no transactions with the cooperative in fiscal year ${p.year}: a patronage refund may only be allocated pro rata to the members' transactions with the cooperative (Royal Decree of 8 January 1962, art. 1 §1 6°). Enter the transactions if they are missing; otherwise recover the refund or have the general meeting grant it as a dividend, within the 6 % limit.`,
    },
    example: { memberId: 'M0208', year: 2025, ristourneCents: 2_500 },
  } satisfies MessageDef<{ memberId: string; year: number; ristourneCents: number }>,
  ristourneProRataShares: {
    severity: 'breach',
    text: {
      fr: (p, f) =>
        `La ristourne de ${f.money(p.ristourneCents)} du sociétaire ${p.memberId} pour l'exercice ${p.year} suit ses parts et non ses opérations avec la coopérative (${transactionsText.fr(p.transactionsCents, f)}) : les ristournes des ${f.number(p.members)} sociétaires${inCategory.fr(p.category)} font toutes ${f.percent(p.perNominalPpm)} de la valeur nominale de leurs parts (AR du 8 janvier 1962, art. 1 §1 6°). Répartissez les ristournes au prorata des opérations ; réparties selon les parts, elles sont un dividende soumis au plafond de 6 %.`,
      nl: (p, f) =>
        `Het ristorno van ${f.money(p.ristourneCents)} van aandeelhouder ${p.memberId} voor boekjaar ${p.year} volgt de aandelen en niet de verrichtingen met de coöperatie (${transactionsText.nl(p.transactionsCents, f)}): de ristorno's van de ${f.number(p.members)} aandeelhouders${inCategory.nl(p.category)} bedragen allemaal ${f.percent(p.perNominalPpm)} van de nominale waarde van hun aandelen (KB van 8 januari 1962, art. 1 §1 6°). Verdeel de ristorno's naar rata van de verrichtingen; volgens de aandelen verdeeld zijn ze een dividend onder het plafond van 6 %.`,
      en: (p, f) =>
        `The patronage refund of ${f.money(p.ristourneCents)} to member ${p.memberId} for fiscal year ${p.year} follows their shares, not their transactions with the cooperative (${transactionsText.en(p.transactionsCents, f)}): the refunds of the ${f.number(p.members)} members${inCategory.en(p.category)} are all ${f.percent(p.perNominalPpm)} of the nominal value of their shares (Royal Decree of 8 January 1962, art. 1 §1 6°). Share the refunds pro rata to the transactions; shared by the shares, they are a dividend subject to the 6 % cap.`,
    },
    example: { memberId: 'M0017', year: 2025, category: 'A', ristourneCents: 3_000, transactionsCents: 120_000, perNominalPpm: 30_000, members: 412 },
  } satisfies MessageDef<ProRataShares>,
  ristourneRateDeviates: {
    severity: 'warning',
    text: {
      fr: (p, f) =>
        `La ristourne du sociétaire ${p.memberId} (${f.money(p.ristourneCents)}, soit ${f.percent(p.ratePpm)} de ${f.money(p.transactionsCents)} d'opérations) s'écarte du taux des sociétaires${inCategory.fr(p.category)} (${f.percent(p.schemeRatePpm)}) : ${f.money(p.expectedCents)} attendus, ${f.money(Math.abs(p.differenceCents))} ${p.differenceCents > 0 ? 'de trop' : 'de moins'} (AR du 8 janvier 1962, art. 1 §1 6°). Vérifiez le montant ou les opérations.`,
      nl: (p, f) =>
        `Het ristorno van aandeelhouder ${p.memberId} (${f.money(p.ristourneCents)}, of ${f.percent(p.ratePpm)} van ${f.money(p.transactionsCents)} verrichtingen) wijkt af van het percentage van de aandeelhouders${inCategory.nl(p.category)} (${f.percent(p.schemeRatePpm)}): ${f.money(p.expectedCents)} verwacht, ${f.money(Math.abs(p.differenceCents))} ${p.differenceCents > 0 ? 'te veel' : 'te weinig'} (KB van 8 januari 1962, art. 1 §1 6°). Controleer het bedrag of de verrichtingen.`,
      en: (p, f) =>
        `The patronage refund of member ${p.memberId} (${f.money(p.ristourneCents)}, ${f.percent(p.ratePpm)} of ${f.money(p.transactionsCents)} of transactions) departs from the members' rate${inCategory.en(p.category)} (${f.percent(p.schemeRatePpm)}): ${f.money(p.expectedCents)} expected, ${f.money(Math.abs(p.differenceCents))} too ${p.differenceCents > 0 ? 'much' : 'little'} (Royal Decree of 8 January 1962, art. 1 §1 6°). Check the amount or the transactions.`,
    },
    example: {
      memberId: 'M0093',
      category: 'A',
      ristourneCents: 5_000,
      transactionsCents: 100_000,
      ratePpm: 50_000,
      schemeRatePpm: 30_000,
      expectedCents: 3_000,
      differenceCents: 2_000,
    },
  } satisfies MessageDef<Deviates>,
  ristournesChecked: {
    severity: 'info',
    text: {
      fr: (p, f) =>
        `${f.number(p.members)} ${plural(f, p.members, 'sociétaire', 'sociétaires')} : ristournes ${f.money(p.ristourneCents)} sur ${f.money(p.transactionsCents)} d'opérations (${f.percent(p.ratePpm)})`,
      nl: (p, f) =>
        `${f.number(p.members)} ${plural(f, p.members, 'aandeelhouder', 'aandeelhouders')}: ristorno's ${f.money(p.ristourneCents)} op ${f.money(p.transactionsCents)} verrichtingen (${f.percent(p.ratePpm)})`,
      en: (p, f) =>
        `${f.number(p.members)} ${plural(f, p.members, 'member', 'members')}: patronage refunds ${f.money(p.ristourneCents)} on ${f.money(p.transactionsCents)} of transactions (${f.percent(p.ratePpm)})`,
    },
  } satisfies MessageDef<{ members: number; ristourneCents: number; transactionsCents: number; ratePpm: number }>,
  noRistourne: {
    severity: 'info',
    text: {
      fr: (p) => `Aucune ristourne pour l'exercice ${p.year}${p.source === 'allocation' ? " selon l'affectation du résultat" : ''}.`,
      nl: (p) => `Geen ristorno voor boekjaar ${p.year}${p.source === 'allocation' ? ' volgens de resultaatbestemming' : ''}.`,
      en: (p) => `No patronage refund for fiscal year ${p.year}${p.source === 'allocation' ? ' according to the result allocation' : ''}.`,
    },
  } satisfies MessageDef<{ year: number; source: 'allocation' | 'distributions' }>,
});
