import { defineMessages, type MessageDef } from '../../findings';
import { LOCALE_OF, type Format, type Lang } from '../../i18n/lang';
import { categoryName } from '../shared/data-texts';

const pluralRules = new Map<Lang, Intl.PluralRules>();

function isOne(f: Format, n: number): boolean {
  let rules = pluralRules.get(f.lang);
  if (!rules) pluralRules.set(f.lang, (rules = new Intl.PluralRules(LOCALE_OF[f.lang])));
  return rules.select(n) === 'one';
}

/** "1 sortie" / "3 sorties": the number and the noun in the form the language wants for it. */
function count(f: Format, n: number, one: string, other: string): string {
  return `${f.number(n)} ${isOne(f, n) ? one : other}`;
}

type Counted = { count: number; memberId: string; year: number };

export const messages = defineMessages({
  // The membership table of the special report (T1) would not add up.
  membersDoNotReconcile: {
    severity: 'breach',
    text: {
      fr: (p, f) =>
        `Catégorie ${categoryName(p.category, 'fr')}, exercice ${p.year}, sociétaires comptés comme au tableau T1 : ${f.number(p.start)} au début + ${count(f, p.admitted, 'admission', 'admissions')} − ${count(f, p.exited, 'sortie', 'sorties')} = ${f.number(p.start + p.admitted - p.exited)}, mais ${f.number(p.end)} à la fin : ${f.number(Math.abs(p.start + p.admitted - p.exited - p.end))} d'écart. ${isOne(f, p.unreconciled) ? `Le sociétaire ${p.memberId}, ici, a une sortie datée avant son admission` : `${f.number(p.unreconciled)} sociétaires ont une sortie datée avant leur admission, le premier ici (${p.memberId})`}. Corrigez la date d'adhésion ou de sortie.`,
      nl: (p, f) =>
        `Categorie ${categoryName(p.category, 'nl')}, boekjaar ${p.year}, aandeelhouders geteld zoals in tabel T1: ${f.number(p.start)} bij het begin + ${count(f, p.admitted, 'toetreding', 'toetredingen')} − ${count(f, p.exited, 'uittreding', 'uittredingen')} = ${f.number(p.start + p.admitted - p.exited)}, maar ${f.number(p.end)} op het einde: ${f.number(Math.abs(p.start + p.admitted - p.exited - p.end))} verschil. ${isOne(f, p.unreconciled) ? `Aandeelhouder ${p.memberId}, hier, heeft een uittreding gedateerd vóór de toetreding` : `${f.number(p.unreconciled)} aandeelhouders hebben een uittreding gedateerd vóór de toetreding, de eerste hier (${p.memberId})`}. Verbeter de toetredings- of uittredingsdatum.`,
      en: (p, f) =>
        `Category ${categoryName(p.category, 'en')}, fiscal year ${p.year}, members counted as in table T1: ${f.number(p.start)} at the start + ${f.number(p.admitted)} admitted − ${f.number(p.exited)} exited = ${f.number(p.start + p.admitted - p.exited)}, but ${f.number(p.end)} at the end: a difference of ${f.number(Math.abs(p.start + p.admitted - p.exited - p.end))}. ${isOne(f, p.unreconciled) ? `Member ${p.memberId}, here, has an exit dated before their admission` : `${f.number(p.unreconciled)} members have an exit dated before their admission, the first here (${p.memberId})`}. Correct the admission or exit date.`,
    },
    example: { category: 'A', year: 2025, start: 1_200, admitted: 45, exited: 12, end: 1_232, unreconciled: 1, memberId: 'S000731' },
  } satisfies MessageDef<{
    category: string;
    year: number;
    start: number;
    admitted: number;
    exited: number;
    end: number;
    unreconciled: number;
    memberId: string;
  }>,
  // T1 counts these rows by a rule; the reader must know it.
  admissionDateAssumed: {
    severity: 'warning',
    text: {
      fr: (p, f) =>
        isOne(f, p.count)
          ? `Le sociétaire ${p.memberId} a une date d'adhésion vide ou illisible : CoopCheck le compte comme admis avant l'exercice ${p.year}, ici comme au tableau T1. Inscrivez sa date d'adhésion.`
          : `${f.number(p.count)} sociétaires ont une date d'adhésion vide ou illisible, le premier ici (${p.memberId}) : CoopCheck les compte comme admis avant l'exercice ${p.year}, ici comme au tableau T1. Inscrivez leur date d'adhésion.`,
      nl: (p, f) =>
        isOne(f, p.count)
          ? `Aandeelhouder ${p.memberId} heeft een lege of onleesbare toetredingsdatum: CoopCheck telt deze aandeelhouder als toegetreden vóór boekjaar ${p.year}, hier zoals in tabel T1. Vul de toetredingsdatum in.`
          : `${f.number(p.count)} aandeelhouders hebben een lege of onleesbare toetredingsdatum, de eerste hier (${p.memberId}): CoopCheck telt ze als toegetreden vóór boekjaar ${p.year}, hier zoals in tabel T1. Vul hun toetredingsdatum in.`,
      en: (p, f) =>
        isOne(f, p.count)
          ? `Member ${p.memberId} has a blank or unreadable admission date: CoopCheck counts them as admitted before fiscal year ${p.year}, here as in table T1. Enter the admission date.`
          : `${f.number(p.count)} members have a blank or unreadable admission date, the first here (${p.memberId}): CoopCheck counts them as admitted before fiscal year ${p.year}, here as in table T1. Enter their admission dates.`,
    },
    example: { count: 3, memberId: 'S000104', year: 2025 },
  } satisfies MessageDef<Counted>,
  exitDateUnreadable: {
    severity: 'warning',
    text: {
      fr: (p, f) =>
        isOne(f, p.count)
          ? `La date de sortie du sociétaire ${p.memberId} est illisible : CoopCheck le compte comme encore sociétaire à la fin de l'exercice ${p.year}, ici comme au tableau T1. Corrigez la date de sortie.`
          : `Les dates de sortie de ${f.number(p.count)} sociétaires sont illisibles, la première ici (${p.memberId}) : CoopCheck les compte comme encore sociétaires à la fin de l'exercice ${p.year}, ici comme au tableau T1. Corrigez ces dates de sortie.`,
      nl: (p, f) =>
        isOne(f, p.count)
          ? `De uittredingsdatum van aandeelhouder ${p.memberId} is onleesbaar: CoopCheck telt deze aandeelhouder als nog aandeelhouder op het einde van boekjaar ${p.year}, hier zoals in tabel T1. Verbeter de uittredingsdatum.`
          : `De uittredingsdatums van ${f.number(p.count)} aandeelhouders zijn onleesbaar, de eerste hier (${p.memberId}): CoopCheck telt ze als nog aandeelhouder op het einde van boekjaar ${p.year}, hier zoals in tabel T1. Verbeter die uittredingsdatums.`,
      en: (p, f) =>
        isOne(f, p.count)
          ? `The exit date of member ${p.memberId} cannot be read: CoopCheck counts them as still a member at the end of fiscal year ${p.year}, here as in table T1. Correct the exit date.`
          : `The exit dates of ${f.number(p.count)} members cannot be read, the first here (${p.memberId}): CoopCheck counts them as still members at the end of fiscal year ${p.year}, here as in table T1. Correct those exit dates.`,
    },
    example: { count: 1, memberId: 'S000731', year: 2025 },
  } satisfies MessageDef<Counted>,
  // The register must record every subscription, transfer and refund: it and the movements cannot both be right.
  sharesDoNotMatchMovements: {
    severity: 'breach',
    text: {
      fr: (p, f) =>
        `Le registre donne ${count(f, p.registerShares, 'part', 'parts')} au sociétaire ${p.memberId}, mais ses mouvements de parts (souscriptions et cessions reçues moins remboursements et cessions) en donnent ${f.number(p.movementShares)} : ${f.number(Math.abs(p.registerShares - p.movementShares))} d'écart. Corrigez le registre ou inscrivez le mouvement manquant.`,
      nl: (p, f) =>
        `Het register geeft aandeelhouder ${p.memberId} ${count(f, p.registerShares, 'aandeel', 'aandelen')}, maar de aandelenbewegingen (inschrijvingen en ontvangen overdrachten min terugbetalingen en overdrachten) komen op ${f.number(p.movementShares)}: ${f.number(Math.abs(p.registerShares - p.movementShares))} verschil. Verbeter het register of schrijf de ontbrekende beweging in.`,
      en: (p, f) =>
        `The register gives member ${p.memberId} ${count(f, p.registerShares, 'share', 'shares')}, but their share movements (subscriptions and transfers in, less refunds and transfers out) add up to ${f.number(p.movementShares)}: a difference of ${f.number(Math.abs(p.registerShares - p.movementShares))}. Correct the register or enter the missing movement.`,
    },
    example: { memberId: 'S000731', registerShares: 6, movementShares: 5 },
  } satisfies MessageDef<{ memberId: string; registerShares: number; movementShares: number }>,
  membersReconciled: {
    severity: 'info',
    text: {
      fr: (p, f) =>
        `Sociétaires comptés comme au tableau T1 (un par numéro de sociétaire${p.repeatedIds ? ` ; ${count(f, p.repeatedIds, 'ligne répétant un numéro non comptée', 'lignes répétant un numéro non comptées')}` : ''}) : ${f.number(p.start)} au début de l'exercice ${p.year} + ${count(f, p.admitted, 'admission', 'admissions')} − ${count(f, p.exited, 'sortie', 'sorties')} = ${f.number(p.end)} à la fin ; parts comparées aux mouvements pour ${count(f, p.sharesCompared, 'sociétaire', 'sociétaires')}`,
      nl: (p, f) =>
        `Aandeelhouders geteld zoals in tabel T1 (één per lidnummer${p.repeatedIds ? `; ${count(f, p.repeatedIds, 'rij met een herhaald nummer niet geteld', 'rijen met een herhaald nummer niet geteld')}` : ''}): ${f.number(p.start)} bij het begin van boekjaar ${p.year} + ${count(f, p.admitted, 'toetreding', 'toetredingen')} − ${count(f, p.exited, 'uittreding', 'uittredingen')} = ${f.number(p.end)} op het einde; aandelen vergeleken met de bewegingen voor ${count(f, p.sharesCompared, 'aandeelhouder', 'aandeelhouders')}`,
      en: (p, f) =>
        `Members counted as in table T1 (one per member ID${p.repeatedIds ? `; ${count(f, p.repeatedIds, 'row repeating an ID not counted', 'rows repeating an ID not counted')}` : ''}): ${f.number(p.start)} at the start of fiscal year ${p.year} + ${f.number(p.admitted)} admitted − ${f.number(p.exited)} exited = ${f.number(p.end)} at the end; shares compared with movements for ${count(f, p.sharesCompared, 'member', 'members')}`,
    },
  } satisfies MessageDef<{ start: number; admitted: number; exited: number; end: number; year: number; sharesCompared: number; repeatedIds: number }>,
});
