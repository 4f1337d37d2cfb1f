import { defineMessages, type MessageDef } from '../../findings';
import type { Lang } from '../../i18n/lang';
import { parameterLabel } from '../../i18n/parameter-texts';

/** The workbook's own wording of a line, quoted, after a space; nothing when there is none. */
const quoted: Readonly<Record<Lang, (label: string) => string>> = {
  fr: (label) => (label ? ` (« ${label} »)` : ''),
  nl: (label) => (label ? ` (‘${label}’)` : ''),
  en: (label) => (label ? ` (‘${label}’)` : ''),
};

/** When the amount is the one paid (distributions sheet) rather than the allocation's. */
const paidNote: Readonly<Record<Lang, (p: { fromPayments: boolean }) => string>> = {
  fr: (p) => (p.fromPayments ? ' (montant payé selon la feuille des distributions)' : ''),
  nl: (p) => (p.fromPayments ? ' (bedrag uitbetaald volgens het blad met de uitkeringen)' : ''),
  en: (p) => (p.fromPayments ? ' (amount paid according to the distributions sheet)' : ''),
};

type Dividend = { year: number; dividendsCents: number; dividendLabel: string; fromPayments: boolean };

export const messages = defineMessages({
  dividendWithoutObjectReserve: {
    severity: 'breach',
    text: {
      fr: (p, f) =>
        `Un dividende de ${f.money(p.dividendsCents)}${quoted.fr(p.dividendLabel)} est fixé pour l'exercice ${p.year}${paidNote.fr(p)} sans aucun montant réservé aux projets ou affectations servant l'objet (réserve pour l'objet : ${f.money(p.objectReserveCents)}), contrairement à l'AR du 28 juin 2019, art. 6. Faites d'abord décider par l'assemblée générale un montant réservé à l'objet, puis le dividende.`,
      nl: (p, f) =>
        `Er wordt voor boekjaar ${p.year} een dividend van ${f.money(p.dividendsCents)}${quoted.nl(p.dividendLabel)} bepaald${paidNote.nl(p)} zonder enig bedrag voorbehouden aan projecten of bestemmingen die het voorwerp dienen (reserve voor het voorwerp: ${f.money(p.objectReserveCents)}), in strijd met het KB van 28 juni 2019, art. 6. Laat de algemene vergadering eerst een bedrag voor het voorwerp voorbehouden en pas daarna het dividend bepalen.`,
      en: (p, f) =>
        `A dividend of ${f.money(p.dividendsCents)}${quoted.en(p.dividendLabel)} is fixed for fiscal year ${p.year}${paidNote.en(p)} with no amount reserved for projects or allocations serving the object (reserve for the object: ${f.money(p.objectReserveCents)}), contrary to the Royal Decree of 28 June 2019, art. 6. Have the general meeting first reserve an amount for the object, then fix the dividend.`,
    },
    example: { year: 2024, dividendsCents: 300_000, dividendLabel: 'Rémunération du capital', fromPayments: false, objectReserveCents: 0 },
  } satisfies MessageDef<Dividend & { objectReserveCents: number }>,
  indivisibleReserveOnly: {
    severity: 'warning',
    text: {
      fr: (p, f) =>
        `Un dividende de ${f.money(p.dividendsCents)}${quoted.fr(p.dividendLabel)} est fixé pour l'exercice ${p.year}${paidNote.fr(p)} et seule une réserve impartageable de ${f.money(p.indivisibleReserveCents)}${quoted.fr(p.reserveLabel)} est constituée : elle ne tient lieu de réserve pour l'objet (AR du 28 juin 2019, art. 6) que si les statuts l'affectent à l'objet. Si c'est le cas, indiquez « ${parameterLabel('indivisibleReserveServesObject', 'fr')} » dans les paramètres ; sinon, faites réserver par l'assemblée générale un montant pour l'objet.`,
      nl: (p, f) =>
        `Er wordt voor boekjaar ${p.year} een dividend van ${f.money(p.dividendsCents)}${quoted.nl(p.dividendLabel)} bepaald${paidNote.nl(p)} en er is alleen een onverdeelbare reserve van ${f.money(p.indivisibleReserveCents)}${quoted.nl(p.reserveLabel)}: die geldt enkel als reserve voor het voorwerp (KB van 28 juni 2019, art. 6) als de statuten ze aan het voorwerp toewijzen. Is dat zo, vul dan ‘${parameterLabel('indivisibleReserveServesObject', 'nl')}’ in bij de parameters; zo niet, laat de algemene vergadering een bedrag voor het voorwerp voorbehouden.`,
      en: (p, f) =>
        `A dividend of ${f.money(p.dividendsCents)}${quoted.en(p.dividendLabel)} is fixed for fiscal year ${p.year}${paidNote.en(p)} and only an indivisible reserve of ${f.money(p.indivisibleReserveCents)}${quoted.en(p.reserveLabel)} is set up: it stands for the reserve for the object (Royal Decree of 28 June 2019, art. 6) only when the statutes assign it to the object. If they do, set ‘${parameterLabel('indivisibleReserveServesObject', 'en')}’ in the parameters; if not, have the general meeting reserve an amount for the object.`,
    },
    example: {
      year: 2024,
      dividendsCents: 300_000,
      dividendLabel: 'Dividendes',
      fromPayments: false,
      indivisibleReserveCents: 100_000,
      reserveLabel: 'Réserve impartageable',
    },
  } satisfies MessageDef<Dividend & { indivisibleReserveCents: number; reserveLabel: string }>,
  noAllocationOfYear: {
    severity: 'warning',
    text: {
      fr: (p) =>
        `L'affectation du résultat ne contient aucune ligne pour l'exercice ${p.year} : CoopCheck ne peut pas voir si un dividende a été fixé ni si un montant a été réservé à l'objet. Ajoutez l'affectation du résultat de l'exercice ${p.year}.`,
      nl: (p) =>
        `De resultaatbestemming bevat geen enkele regel voor boekjaar ${p.year}: CoopCheck kan niet zien of er een dividend werd bepaald of een bedrag voor het voorwerp werd voorbehouden. Voeg de resultaatbestemming van boekjaar ${p.year} toe.`,
      en: (p) =>
        `The result allocation has no line for fiscal year ${p.year}: CoopCheck cannot see whether a dividend was fixed or an amount reserved for the object. Add the result allocation of fiscal year ${p.year}.`,
    },
    example: { year: 2024 },
  } satisfies MessageDef<{ year: number }>,
  objectReserveBeforeDividend: {
    severity: 'info',
    text: {
      fr: (p, f) =>
        `Réserve pour l'objet${quoted.fr(p.reserveLabel)} : ${f.money(p.objectReserveCents)}${p.viaIndivisible ? " (réserve impartageable affectée à l'objet par les statuts)" : ''} ; dividende${quoted.fr(p.dividendLabel)} : ${f.money(p.dividendsCents)}.`,
      nl: (p, f) =>
        `Reserve voor het voorwerp${quoted.nl(p.reserveLabel)}: ${f.money(p.objectReserveCents)}${p.viaIndivisible ? ' (onverdeelbare reserve die volgens de statuten het voorwerp dient)' : ''}; dividend${quoted.nl(p.dividendLabel)}: ${f.money(p.dividendsCents)}.`,
      en: (p, f) =>
        `Reserve for the object${quoted.en(p.reserveLabel)}: ${f.money(p.objectReserveCents)}${p.viaIndivisible ? ' (indivisible reserve assigned to the object by the statutes)' : ''}; dividend${quoted.en(p.dividendLabel)}: ${f.money(p.dividendsCents)}.`,
    },
  } satisfies MessageDef<{ objectReserveCents: number; reserveLabel: string; viaIndivisible: boolean; dividendsCents: number; dividendLabel: string }>,
  nothingDistributed: {
    severity: 'info',
    text: {
      fr: (p) =>
        `${p.noRistourne ? 'Aucun avantage patrimonial distribué : a' : 'A'}ucun dividende fixé ni payé pour l'exercice ${p.year}, donc aucun montant à réserver au préalable.`,
      nl: (p) =>
        `${p.noRistourne ? 'Geen vermogensvoordeel uitgekeerd: g' : 'G'}een dividend bepaald of betaald voor boekjaar ${p.year}, dus geen bedrag dat vooraf moest worden voorbehouden.`,
      en: (p) =>
        `${p.noRistourne ? 'No patrimonial advantage distributed: n' : 'N'}o dividend fixed or paid for fiscal year ${p.year}, so no amount had to be reserved first.`,
    },
  } satisfies MessageDef<{ year: number; noRistourne: boolean }>,
});
