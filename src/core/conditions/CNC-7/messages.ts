import { defineMessages, type MessageDef } from '../../findings';
import { parameterLabel } from '../../i18n/parameter-texts';
import type { DirectorRole } from '../../model';
import { counted, holderOf, plural } from '../shared/governance-texts';
import { quote } from '../shared/data-texts';

const BASIS = {
  fr: 'AR du 8 janvier 1962, art. 1er, §1er, 7°',
  nl: 'KB van 8 januari 1962, art. 1, §1, 7°',
  en: 'Royal Decree of 8 January 1962, art. 1 §1 7°',
} as const;

type Holder = { director: string; role: DirectorRole };

export const messages = defineMessages({
  profitLinkedPay: {
    severity: 'breach',
    text: {
      fr: (p, f) =>
        `${holderOf(f, p.role, p.director)} est payé par une participation aux bénéfices${p.payCents > 0 ? ` : ${f.money(p.payCents)} versés pour le mandat pendant l'exercice, de trop` : ''} ; elle n'est jamais permise (${BASIS.fr}). Y mettre fin${p.payCents > 0 ? ' et récupérer les montants versés' : ''}.`,
      nl: (p, f) =>
        `${holderOf(f, p.role, p.director)} wordt betaald met een deelname in de winst${p.payCents > 0 ? `: ${f.money(p.payCents)} betaald voor het mandaat tijdens het boekjaar, te veel` : ''}; die is nooit toegestaan (${BASIS.nl}). Maak er een einde aan${p.payCents > 0 ? ' en vorder de betaalde bedragen terug' : ''}.`,
      en: (p, f) =>
        `${holderOf(f, p.role, p.director)} is paid a profit share${p.payCents > 0 ? `: ${f.money(p.payCents)} paid for the mandate during the year, too much` : ''}; it is never allowed (${BASIS.en}). End it${p.payCents > 0 ? ' and recover the amounts paid' : ''}.`,
    },
    example: { director: 'Anne Dupont', role: 'director', payCents: 150_000 },
  } satisfies MessageDef<Holder & { payCents: number }>,
  payNotAllowedByStatutes: {
    severity: 'breach',
    text: {
      fr: (p, f) =>
        `${holderOf(f, p.role, p.director)} reçoit ${f.money(p.payCents)} pour son mandat alors que les statuts ne prévoient pas de rémunération (paramètre ${quote('fr', parameterLabel('directorPayAllowedByStatutes', 'fr'))} : non) : le mandat est gratuit, ${f.money(p.payCents)} de trop (${BASIS.fr}). Récupérer les montants versés ; si les statuts prévoient une rémunération, cocher ce paramètre et faire fixer le montant par l'AG.`,
      nl: (p, f) =>
        `${holderOf(f, p.role, p.director)} ontvangt ${f.money(p.payCents)} voor het mandaat terwijl de statuten geen bezoldiging voorzien (parameter ${quote('nl', parameterLabel('directorPayAllowedByStatutes', 'nl'))}: nee): het mandaat is onbezoldigd, ${f.money(p.payCents)} te veel (${BASIS.nl}). Vorder de betaalde bedragen terug; als de statuten een bezoldiging voorzien, vink die parameter aan en laat de AV het bedrag vaststellen.`,
      en: (p, f) =>
        `${holderOf(f, p.role, p.director)} receives ${f.money(p.payCents)} for the mandate while the statutes provide for no pay (parameter ${quote('en', parameterLabel('directorPayAllowedByStatutes', 'en'))}: no): the mandate is unpaid, ${f.money(p.payCents)} too much (${BASIS.en}). Recover the amounts paid; if the statutes do provide for pay, tick that parameter and have the GM fix the amount.`,
    },
    example: { director: 'Anne Dupont', role: 'director', payCents: 55_000 },
  } satisfies MessageDef<Holder & { payCents: number }>,
  paidWithoutGaDecision: {
    severity: 'breach',
    text: {
      fr: (p, f) =>
        `${holderOf(f, p.role, p.director)} reçoit ${f.money(p.payCents)} pour son mandat sans montant fixé par l'assemblée générale : ${f.money(p.payCents)} de trop (${BASIS.fr}). Faire fixer la rémunération par l'AG, ou récupérer les montants versés.`,
      nl: (p, f) =>
        `${holderOf(f, p.role, p.director)} ontvangt ${f.money(p.payCents)} voor het mandaat zonder bedrag vastgesteld door de algemene vergadering: ${f.money(p.payCents)} te veel (${BASIS.nl}). Laat de AV de bezoldiging vaststellen, of vorder de betaalde bedragen terug.`,
      en: (p, f) =>
        `${holderOf(f, p.role, p.director)} receives ${f.money(p.payCents)} for the mandate with no amount fixed by the general meeting: ${f.money(p.payCents)} too much (${BASIS.en}). Have the GM fix the pay, or recover the amounts paid.`,
    },
    example: { director: 'Anne Dupont', role: 'controller', payCents: 200_000 },
  } satisfies MessageDef<Holder & { payCents: number }>,
  payAboveGaAmount: {
    severity: 'breach',
    text: {
      fr: (p, f) =>
        `${holderOf(f, p.role, p.director)} reçoit ${f.money(p.payCents)} pour son mandat, plus que les ${f.money(p.authorisedCents)} fixés par l'assemblée générale : ${f.money(p.excessCents)} de trop (${BASIS.fr}). Récupérer l'excédent, ou le faire approuver par l'AG.`,
      nl: (p, f) =>
        `${holderOf(f, p.role, p.director)} ontvangt ${f.money(p.payCents)} voor het mandaat, meer dan de ${f.money(p.authorisedCents)} vastgesteld door de algemene vergadering: ${f.money(p.excessCents)} te veel (${BASIS.nl}). Vorder het overschot terug, of laat de AV het goedkeuren.`,
      en: (p, f) =>
        `${holderOf(f, p.role, p.director)} receives ${f.money(p.payCents)} for the mandate, more than the ${f.money(p.authorisedCents)} fixed by the general meeting: ${f.money(p.excessCents)} too much (${BASIS.en}). Recover the excess, or have the GM approve it.`,
    },
    example: { director: 'Jan Peeters', role: 'director', payCents: 120_000, authorisedCents: 100_000, excessCents: 20_000 },
  } satisfies MessageDef<Holder & { payCents: number; authorisedCents: number; excessCents: number }>,
  directorsPay: {
    severity: 'info',
    text: {
      fr: (p, f) =>
        `${counted(f, p.directors, "mandat d'administrateur ou de contrôle", "mandats d'administrateur ou de contrôle")} ; ${p.paid === 0 ? 'aucun n’est payé' : `${f.number(p.paid)} ${plural('fr', p.paid, 'est payé', 'sont payés')} : au total ${f.money(p.totalCents)}, au plus ${f.money(p.highestCents)}`}${p.auditors > 0 ? ' ; les honoraires du commissaire, fixés par l’AG, ne sont pas comptés' : ''}`,
      nl: (p, f) =>
        `${counted(f, p.directors, 'bestuurders- of controlemandaat', 'bestuurders- of controlemandaten')}; ${p.paid === 0 ? 'geen enkel wordt betaald' : `${f.number(p.paid)} ${plural('nl', p.paid, 'wordt', 'worden')} betaald: in totaal ${f.money(p.totalCents)}, hoogstens ${f.money(p.highestCents)}`}${p.auditors > 0 ? '; het honorarium van de commissaris, vastgesteld door de AV, is niet meegeteld' : ''}`,
      en: (p, f) =>
        `${counted(f, p.directors, 'director or control mandate', 'director or control mandates')}; ${p.paid === 0 ? 'none is paid' : `${f.number(p.paid)} paid: ${f.money(p.totalCents)} in total, ${f.money(p.highestCents)} at most`}${p.auditors > 0 ? '; the statutory auditor’s fees, fixed by the GM, are not counted' : ''}`,
    },
  } satisfies MessageDef<{ directors: number; paid: number; totalCents: number; highestCents: number; auditors: number }>,
  noDirectorInYear: {
    severity: 'info',
    text: {
      fr: (p) => `Aucun administrateur ni sociétaire chargé du contrôle en fonction pendant l'exercice ${p.year}.`,
      nl: (p) => `Geen bestuurder of controlerend aandeelhouder in functie tijdens boekjaar ${p.year}.`,
      en: (p) => `No director or controlling member in office during fiscal year ${p.year}.`,
    },
  } satisfies MessageDef<{ year: number }>,
});
