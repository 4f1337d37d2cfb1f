import { defineMessages, type MessageDef } from '../../findings';

const inCategory = { fr: 'de la catégorie', nl: 'van categorie', en: 'of category' } as const;

export const messages = defineMessages({
  ristourneWithoutTransactions: {
    severity: 'breach',
    text: {
      fr: (p, f) => `Ristourne de ${f.money(p.ristourneCents)} au sociétaire ${p.memberId} sans opérations avec la coopérative : une ristourne ne peut être attribuée qu'au prorata des opérations, pas des parts.`,
      nl: (p, f) => `Ristorno van ${f.money(p.ristourneCents)} aan vennoot ${p.memberId} zonder verrichtingen met de coöperatie: een ristorno mag enkel naar rata van de verrichtingen worden toegekend, niet van de aandelen.`,
      en: (p, f) => `Patronage refund of ${f.money(p.ristourneCents)} to member ${p.memberId} with no transactions with the cooperative: a patronage refund may only follow the member's transactions, not their shares.`,
    },
  } satisfies MessageDef<{ memberId: string; ristourneCents: number }>,
  ristourneRateDeviates: {
    severity: 'warning',
    text: {
      fr: (p, f) => `La ristourne du sociétaire ${p.memberId} (${f.money(p.ristourneCents)}, soit ${f.percent(p.ratePpm)} de ${f.money(p.transactionsCents)} d'opérations) s'écarte du taux des sociétaires${p.category ? ` ${inCategory.fr} ${p.category}` : ''} (${f.percent(p.schemeRatePpm)}) : ${f.money(p.expectedCents)} attendus.`,
      nl: (p, f) => `Het ristorno van vennoot ${p.memberId} (${f.money(p.ristourneCents)}, of ${f.percent(p.ratePpm)} van ${f.money(p.transactionsCents)} verrichtingen) wijkt af van het percentage van de vennoten${p.category ? ` ${inCategory.nl} ${p.category}` : ''} (${f.percent(p.schemeRatePpm)}): ${f.money(p.expectedCents)} verwacht.`,
      en: (p, f) => `The patronage refund of member ${p.memberId} (${f.money(p.ristourneCents)}, ${f.percent(p.ratePpm)} of ${f.money(p.transactionsCents)} of transactions) departs from the members' rate${p.category ? ` ${inCategory.en} ${p.category}` : ''} (${f.percent(p.schemeRatePpm)}): ${f.money(p.expectedCents)} expected.`,
    },
  } satisfies MessageDef<{ memberId: string; category: string; ristourneCents: number; transactionsCents: number; ratePpm: number; schemeRatePpm: number; expectedCents: number }>,
  transactionsColumnMissing: {
    severity: 'warning',
    text: {
      fr: () => "Des ristournes sont attribuées, mais la feuille des distributions n'a pas de colonne des opérations des sociétaires : impossible de vérifier qu'elles suivent les opérations.",
      nl: () => 'Er worden ristorno’s toegekend, maar het blad met de uitkeringen heeft geen kolom met de verrichtingen van de vennoten: niet na te gaan of ze de verrichtingen volgen.',
      en: () => 'Patronage refunds are paid, but the distributions sheet has no column of member transactions: whether they follow the transactions cannot be checked.',
    },
  } satisfies MessageDef<Record<string, never>>,
  ristournesChecked: {
    severity: 'info',
    text: {
      fr: (p, f) => `${f.number(p.members)} sociétaire(s) : ristournes ${f.money(p.ristourneCents)} sur ${f.money(p.transactionsCents)} d'opérations (${f.percent(p.ratePpm)})`,
      nl: (p, f) => `${f.number(p.members)} vennoot/vennoten: ristorno's ${f.money(p.ristourneCents)} op ${f.money(p.transactionsCents)} verrichtingen (${f.percent(p.ratePpm)})`,
      en: (p, f) => `${f.number(p.members)} member(s): patronage refunds ${f.money(p.ristourneCents)} on ${f.money(p.transactionsCents)} of transactions (${f.percent(p.ratePpm)})`,
    },
  } satisfies MessageDef<{ members: number; ristourneCents: number; transactionsCents: number; ratePpm: number }>,
  noRistourne: {
    severity: 'info',
    text: {
      fr: (p) => `Aucune ristourne pour l'exercice ${p.year}.`,
      nl: (p) => `Geen ristorno voor boekjaar ${p.year}.`,
      en: (p) => `No patronage refund for fiscal year ${p.year}.`,
    },
  } satisfies MessageDef<{ year: number }>,
  exemptAsSocialEnterprise: {
    severity: 'info',
    text: {
      fr: () => "La société est aussi agréée comme entreprise sociale : son but principal est l'impact sociétal (CSA art. 8:5 §1), non l'avantage économique ou social des associés, et elle est dispensée d'en rendre compte.",
      nl: () => 'De vennootschap is ook erkend als sociale onderneming: haar hoofddoel is de maatschappelijke impact (WVV art. 8:5 §1), niet het economisch of sociaal voordeel van de vennoten, en ze is vrijgesteld daarover verslag uit te brengen.',
      en: () => 'The company is also accredited as a social enterprise: its main purpose is the societal impact (CSA art. 8:5 §1), not the members’ economic or social advantage, and it is exempt from reporting on it.',
    },
  } satisfies MessageDef<Record<string, never>>,
});
