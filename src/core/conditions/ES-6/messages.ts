import { defineMessages, type MessageDef } from '../../findings';
import { parameterLabel } from '../../i18n/parameter-texts';
import { counted, plural } from '../shared/governance-texts';
import { columnName, quote } from '../shared/data-texts';

const BASIS = { fr: 'AR du 28 juin 2019, art. 6', nl: 'KB van 28 juni 2019, art. 6', en: 'Royal Decree of 28 June 2019, art. 6' } as const;

export const messages = defineMessages({
  remunerationForMandate: {
    severity: 'breach',
    text: {
      fr: (p, f) =>
        `L'administrateur ${p.director} reçoit une rémunération de ${f.money(p.remunerationCents)} pour son mandat : ${f.money(p.remunerationCents)} de trop. Le mandat d'administrateur est gratuit : seuls une indemnité limitée ou des jetons de présence décidés par l'assemblée générale sont permis, et une rémunération fixe n'est ni l'une ni les autres${p.gaVoted ? ", même votée par l'AG" : ''} (${BASIS.fr}). Récupérer la rémunération, ou la remplacer par une indemnité limitée ou des jetons de présence décidés par l'AG.`,
      nl: (p, f) =>
        `Bestuurder ${p.director} ontvangt een bezoldiging van ${f.money(p.remunerationCents)} voor het mandaat: ${f.money(p.remunerationCents)} te veel. Het mandaat van bestuurder is onbezoldigd: alleen een beperkte onkostenvergoeding of presentiegeld waartoe de algemene vergadering beslist, is toegestaan, en een vaste bezoldiging is geen van beide${p.gaVoted ? ', ook niet als de AV ze goedkeurde' : ''} (${BASIS.nl}). Vorder de bezoldiging terug, of vervang ze door een beperkte onkostenvergoeding of presentiegeld waartoe de AV beslist.`,
      en: (p, f) =>
        `Director ${p.director} receives a remuneration of ${f.money(p.remunerationCents)} for the mandate: ${f.money(p.remunerationCents)} too much. A director's mandate is unpaid: only a limited allowance or attendance fees decided by the general meeting are allowed, and a fixed remuneration is neither${p.gaVoted ? ', even when the GM voted it' : ''} (${BASIS.en}). Recover the remuneration, or replace it with a limited allowance or attendance fees decided by the GM.`,
    },
    example: { director: 'Anne Dupont', remunerationCents: 2_400_000, gaVoted: true },
  } satisfies MessageDef<{ director: string; remunerationCents: number; gaVoted: boolean }>,
  profitLinkedPay: {
    severity: 'breach',
    text: {
      fr: (p, f) =>
        `L'administrateur ${p.director} est payé par une participation aux bénéfices${p.payCents > 0 ? ` : ${f.money(p.payCents)} versés pour le mandat pendant l'exercice, de trop` : ''}. Une participation aux bénéfices n'est ni une indemnité limitée ni un jeton de présence (${BASIS.fr}). Y mettre fin${p.payCents > 0 ? ' et récupérer les montants versés' : ''}.`,
      nl: (p, f) =>
        `Bestuurder ${p.director} wordt betaald met een deelname in de winst${p.payCents > 0 ? `: ${f.money(p.payCents)} betaald voor het mandaat tijdens het boekjaar, te veel` : ''}. Een deelname in de winst is geen beperkte onkostenvergoeding en geen presentiegeld (${BASIS.nl}). Maak er een einde aan${p.payCents > 0 ? ' en vorder de betaalde bedragen terug' : ''}.`,
      en: (p, f) =>
        `Director ${p.director} is paid a profit share${p.payCents > 0 ? `: ${f.money(p.payCents)} paid for the mandate during the year, too much` : ''}. A profit share is neither a limited allowance nor an attendance fee (${BASIS.en}). End it${p.payCents > 0 ? ' and recover the amounts paid' : ''}.`,
    },
    example: { director: 'Anne Dupont', payCents: 150_000 },
  } satisfies MessageDef<{ director: string; payCents: number }>,
  paidWithoutGaDecision: {
    severity: 'breach',
    text: {
      fr: (p, f) =>
        `L'administrateur ${p.director} reçoit ${f.money(p.payCents)} d'indemnité et de jetons de présence pour son mandat sans montant décidé par l'assemblée générale : ${f.money(p.payCents)} de trop (${BASIS.fr}). Faire décider l'indemnité ou les jetons par l'AG, ou récupérer les montants versés.`,
      nl: (p, f) =>
        `Bestuurder ${p.director} ontvangt ${f.money(p.payCents)} aan onkostenvergoeding en presentiegeld voor het mandaat zonder bedrag waartoe de algemene vergadering besliste: ${f.money(p.payCents)} te veel (${BASIS.nl}). Laat de AV over de vergoeding of het presentiegeld beslissen, of vorder de betaalde bedragen terug.`,
      en: (p, f) =>
        `Director ${p.director} receives ${f.money(p.payCents)} of allowance and attendance fees for the mandate with no amount decided by the general meeting: ${f.money(p.payCents)} too much (${BASIS.en}). Have the GM decide the allowance or fees, or recover the amounts paid.`,
    },
    example: { director: 'Bart Peeters', payCents: 60_000 },
  } satisfies MessageDef<{ director: string; payCents: number }>,
  payAboveGaAmount: {
    severity: 'breach',
    text: {
      fr: (p, f) =>
        `L'administrateur ${p.director} reçoit ${f.money(p.payCents)} d'indemnité et de jetons de présence pour son mandat, plus que les ${f.money(p.authorisedCents)} décidés par l'assemblée générale : ${f.money(p.excessCents)} de trop (${BASIS.fr}). Récupérer l'excédent, ou le faire approuver par l'AG dans une indemnité qui reste limitée.`,
      nl: (p, f) =>
        `Bestuurder ${p.director} ontvangt ${f.money(p.payCents)} aan onkostenvergoeding en presentiegeld voor het mandaat, meer dan de ${f.money(p.authorisedCents)} waartoe de algemene vergadering besliste: ${f.money(p.excessCents)} te veel (${BASIS.nl}). Vorder het overschot terug, of laat de AV het goedkeuren binnen een vergoeding die beperkt blijft.`,
      en: (p, f) =>
        `Director ${p.director} receives ${f.money(p.payCents)} of allowance and attendance fees for the mandate, more than the ${f.money(p.authorisedCents)} decided by the general meeting: ${f.money(p.excessCents)} too much (${BASIS.en}). Recover the excess, or have the GM approve it within an allowance that stays limited.`,
    },
    example: { director: 'Anne Dupont', payCents: 80_001, authorisedCents: 80_000, excessCents: 1 },
  } satisfies MessageDef<{ director: string; payCents: number; authorisedCents: number; excessCents: number }>,
  payAboveYearlyCap: {
    severity: 'warning',
    text: {
      fr: (p, f) =>
        `L'administrateur ${p.director} reçoit ${f.money(p.payCents)} d'indemnité et de jetons de présence pour son mandat, ${f.money(p.excessCents)} au-delà du plafond annuel de ${f.money(p.capCents)} retenu pour une indemnité « limitée » (paramètre ${quote('fr', parameterLabel('directorFeeCapPerYear', 'fr'))}). Apprécier si le montant reste limité ; sinon, le faire réduire par l'AG et récupérer l'excédent.`,
      nl: (p, f) =>
        `Bestuurder ${p.director} ontvangt ${f.money(p.payCents)} aan onkostenvergoeding en presentiegeld voor het mandaat, ${f.money(p.excessCents)} boven het jaarplafond van ${f.money(p.capCents)} dat voor een ‘beperkte’ vergoeding wordt gehanteerd (parameter ${quote('nl', parameterLabel('directorFeeCapPerYear', 'nl'))}). Beoordeel of het bedrag beperkt blijft; zo niet, laat de AV het verlagen en vorder het overschot terug.`,
      en: (p, f) =>
        `Director ${p.director} receives ${f.money(p.payCents)} of allowance and attendance fees for the mandate, ${f.money(p.excessCents)} above the yearly cap of ${f.money(p.capCents)} used for a ‘limited’ allowance (parameter ${quote('en', parameterLabel('directorFeeCapPerYear', 'en'))}). Judge whether the amount is still limited; if not, have the GM reduce it and recover the excess.`,
    },
    example: { director: 'Anne Dupont', payCents: 136_124, capCents: 136_123, excessCents: 1 },
  } satisfies MessageDef<{ director: string; payCents: number; capCents: number; excessCents: number }>,
  feesAbovePerMeetingCap: {
    severity: 'warning',
    text: {
      fr: (p, f) =>
        `Les jetons de présence de l'administrateur ${p.director} (${f.money(p.feesCents)} pour l'exercice) dépassent de ${f.money(p.excessCents)} le plafond de ${f.money(p.capCents)} par réunion pour ${counted(f, p.meetings, 'réunion', 'réunions')}, soit ${f.money(p.maxCents)} (paramètre ${quote('fr', parameterLabel('directorFeeCapPerMeeting', 'fr'))}). Apprécier si les jetons restent limités ; sinon, les faire réduire par l'AG et récupérer l'excédent.`,
      nl: (p, f) =>
        `Het presentiegeld van bestuurder ${p.director} (${f.money(p.feesCents)} voor het boekjaar) ligt ${f.money(p.excessCents)} boven het plafond van ${f.money(p.capCents)} per vergadering voor ${counted(f, p.meetings, 'vergadering', 'vergaderingen')}, namelijk ${f.money(p.maxCents)} (parameter ${quote('nl', parameterLabel('directorFeeCapPerMeeting', 'nl'))}). Beoordeel of het presentiegeld beperkt blijft; zo niet, laat de AV het verlagen en vorder het overschot terug.`,
      en: (p, f) =>
        `Director ${p.director}'s attendance fees (${f.money(p.feesCents)} for the year) are ${f.money(p.excessCents)} above the cap of ${f.money(p.capCents)} per meeting for ${counted(f, p.meetings, 'meeting', 'meetings')}, that is ${f.money(p.maxCents)} (parameter ${quote('en', parameterLabel('directorFeeCapPerMeeting', 'en'))}). Judge whether the fees are still limited; if not, have the GM reduce them and recover the excess.`,
    },
    example: { director: 'Anne Dupont', feesCents: 40_000, meetings: 10, capCents: 3_403, maxCents: 34_030, excessCents: 5_970 },
  } satisfies MessageDef<{ director: string; feesCents: number; meetings: number; capCents: number; maxCents: number; excessCents: number }>,
  feesMeetingsUnknown: {
    severity: 'warning',
    text: {
      fr: (p, f) =>
        `Les jetons de présence de l'administrateur ${p.director} (${f.money(p.feesCents)} pour l'exercice) dépassent le plafond de ${f.money(p.capCents)} pour une réunion, et le nombre de réunions auxquelles il a assisté n'est pas donné. Indiquer ce nombre dans la colonne ${columnName('directors', 'meetingsAttended', 'fr')} pour que CoopCheck compare les jetons au plafond par réunion.`,
      nl: (p, f) =>
        `Het presentiegeld van bestuurder ${p.director} (${f.money(p.feesCents)} voor het boekjaar) ligt boven het plafond van ${f.money(p.capCents)} voor één vergadering, en het aantal bijgewoonde vergaderingen is niet opgegeven. Vul dat aantal in de kolom ${columnName('directors', 'meetingsAttended', 'nl')} in, zodat CoopCheck het presentiegeld met het plafond per vergadering kan vergelijken.`,
      en: (p, f) =>
        `Director ${p.director}'s attendance fees (${f.money(p.feesCents)} for the year) are above the cap of ${f.money(p.capCents)} for one meeting, and the number of meetings attended is not given. Enter it in the ${columnName('directors', 'meetingsAttended', 'en')} column so that CoopCheck can compare the fees with the cap per meeting.`,
    },
    example: { director: 'Anne Dupont', feesCents: 40_000, capCents: 3_403 },
  } satisfies MessageDef<{ director: string; feesCents: number; capCents: number }>,
  directorsPay: {
    severity: 'info',
    text: {
      fr: (p, f) =>
        `${counted(f, p.directors, 'administrateur en fonction', 'administrateurs en fonction')} ; ${p.paid === 0 ? "aucun n'est payé pour son mandat" : `${f.number(p.paid)} ${plural('fr', p.paid, 'est payé', 'sont payés')} pour le mandat : au total ${f.money(p.totalCents)}, au plus ${f.money(p.highestCents)}`}`,
      nl: (p, f) =>
        `${counted(f, p.directors, 'bestuurder in functie', 'bestuurders in functie')}; ${p.paid === 0 ? 'geen enkele wordt betaald voor het mandaat' : `${f.number(p.paid)} ${plural('nl', p.paid, 'wordt', 'worden')} betaald voor het mandaat: in totaal ${f.money(p.totalCents)}, hoogstens ${f.money(p.highestCents)}`}`,
      en: (p, f) =>
        `${counted(f, p.directors, 'director in office', 'directors in office')}; ${p.paid === 0 ? 'none is paid for the mandate' : `${f.number(p.paid)} paid for the mandate: ${f.money(p.totalCents)} in total, ${f.money(p.highestCents)} at most`}`,
    },
  } satisfies MessageDef<{ directors: number; paid: number; totalCents: number; highestCents: number }>,
  noDirectorInYear: {
    severity: 'info',
    text: {
      fr: (p) => `Aucun administrateur en fonction pendant l'exercice ${p.year}.`,
      nl: (p) => `Geen bestuurder in functie tijdens boekjaar ${p.year}.`,
      en: (p) => `No director in office during fiscal year ${p.year}.`,
    },
  } satisfies MessageDef<{ year: number }>,
});
