import { defineMessages, type MessageDef } from '../../findings';
import { parameterLabel } from '../../i18n/parameter-texts';
import type { DirectorRole } from '../../model';
import { counted, holderOf } from '../shared/governance-texts';
import { columnName, quote } from '../shared/data-texts';

export const CNC4_BASIS = {
  fr: 'AR du 8 janvier 1962, art. 1er, §1er, 4°',
  nl: 'KB van 8 januari 1962, art. 1, §1, 4°',
  en: 'Royal Decree of 8 January 1962, art. 1 §1 4°',
} as const;

type ControlRole = Extract<DirectorRole, 'controller' | 'auditor'>;
type NotByGa = 'statutes' | 'cooptation' | 'board';

const BY: Readonly<Record<'fr' | 'nl' | 'en', Readonly<Record<NotByGa, string>>>> = {
  fr: { statutes: 'par les statuts', cooptation: 'par cooptation', board: "par l'organe d'administration" },
  nl: { statutes: 'door de statuten', cooptation: 'via coöptatie', board: 'door het bestuursorgaan' },
  en: { statutes: 'by the statutes', cooptation: 'by co-optation', board: 'by the board' },
};

export const messages = defineMessages({
  appointedByBoard: {
    severity: 'breach',
    text: {
      fr: (p) =>
        `L'administrateur ${p.name} a été nommé par l'organe d'administration ; les administrateurs sont nommés par l'assemblée générale (${CNC4_BASIS.fr}). Soumettre la nomination de ${p.name} à l'AG.`,
      nl: (p) =>
        `Bestuurder ${p.name} werd benoemd door het bestuursorgaan; bestuurders worden benoemd door de algemene vergadering (${CNC4_BASIS.nl}). Leg de benoeming van ${p.name} voor aan de AV.`,
      en: (p) =>
        `Director ${p.name} was appointed by the board; directors are appointed by the general meeting (${CNC4_BASIS.en}). Have the GM appoint ${p.name}.`,
    },
    example: { name: 'Marc Peeters' },
  } satisfies MessageDef<{ name: string }>,
  statutoryDirectorNotAllowed: {
    severity: 'breach',
    text: {
      fr: (p) =>
        `L'administrateur ${p.name} est désigné par les statuts, alors que les statuts ne prévoient pas d'administrateurs statutaires (paramètre ${quote('fr', parameterLabel('statutoryDirectorsAllowed', 'fr'))} : non) (${CNC4_BASIS.fr}). Faire nommer ${p.name} par l'AG ; si les statuts le prévoient, cocher ce paramètre.`,
      nl: (p) =>
        `Bestuurder ${p.name} is aangewezen in de statuten, maar de statuten voorzien niet in statutaire bestuurders (parameter ${quote('nl', parameterLabel('statutoryDirectorsAllowed', 'nl'))}: nee) (${CNC4_BASIS.nl}). Laat ${p.name} door de AV benoemen; als de statuten het voorzien, vink die parameter aan.`,
      en: (p) =>
        `Director ${p.name} is named in the statutes, but the statutes do not provide for statutory directors (parameter ${quote('en', parameterLabel('statutoryDirectorsAllowed', 'en'))}: no) (${CNC4_BASIS.en}). Have the GM appoint ${p.name}; if the statutes do provide for it, tick that parameter.`,
    },
    example: { name: 'Anne Dupont' },
  } satisfies MessageDef<{ name: string }>,
  controlNotAppointedByGa: {
    severity: 'breach',
    text: {
      fr: (p, f) =>
        `${holderOf(f, p.role, p.name)} a été nommé ${BY.fr[p.appointedBy]} ; ${p.role === 'auditor' ? 'le commissaire est nommé' : 'les sociétaires chargés du contrôle sont nommés'} par l'assemblée générale, sans exception statutaire ni cooptation (${CNC4_BASIS.fr}). Faire nommer ${p.name} par l'AG.`,
      nl: (p, f) =>
        `${holderOf(f, p.role, p.name)} werd ${BY.nl[p.appointedBy]} aangewezen; ${p.role === 'auditor' ? 'de commissaris wordt' : 'controlerende aandeelhouders worden'} benoemd door de algemene vergadering, zonder statutaire uitzondering of coöptatie (${CNC4_BASIS.nl}). Laat ${p.name} door de AV benoemen.`,
      en: (p, f) =>
        `${holderOf(f, p.role, p.name)} was appointed ${BY.en[p.appointedBy]}; ${p.role === 'auditor' ? 'the statutory auditor is' : 'controlling members are'} appointed by the general meeting, with no statutory exception or co-optation (${CNC4_BASIS.en}). Have the GM appoint ${p.name}.`,
    },
    example: { name: 'Réviseurs SRL', role: 'auditor', appointedBy: 'board' },
  } satisfies MessageDef<{ name: string; role: ControlRole; appointedBy: NotByGa }>,
  appointedByUnknown: {
    severity: 'warning',
    text: {
      fr: (p, f) =>
        `${holderOf(f, p.role, p.name)} : l'organe qui l'a nommé n'est pas indiqué ; CoopCheck ne peut vérifier qu'il a été nommé par l'assemblée générale. Indiquer l'AG, les statuts ou la cooptation dans la colonne ${columnName('directors', 'appointedBy', 'fr')}.`,
      nl: (p, f) =>
        `${holderOf(f, p.role, p.name)}: het orgaan dat de benoeming deed, is niet opgegeven; CoopCheck kan niet nagaan of de algemene vergadering benoemde. Vul AV, statuten of coöptatie in de kolom ${columnName('directors', 'appointedBy', 'nl')} in.`,
      en: (p, f) =>
        `${holderOf(f, p.role, p.name)}: the body that made the appointment is not given, so CoopCheck cannot check that the general meeting made it. Enter GM, statutes or co-optation in the ${columnName('directors', 'appointedBy', 'en')} column.`,
    },
    example: { name: 'Anne Dupont', role: 'director' },
  } satisfies MessageDef<{ name: string; role: DirectorRole }>,
  cooptationNotConfirmed: {
    severity: 'breach',
    text: {
      fr: (p, f) =>
        `L'administrateur ${p.name}, coopté le ${f.date(p.appointmentDate)}, n'a pas été confirmé par l'assemblée générale suivante${p.nextMeetingDate ? ` (AG du ${f.date(p.nextMeetingDate)})` : ''} (${CNC4_BASIS.fr}). Faire confirmer la cooptation par l'AG, et indiquer la date de confirmation.`,
      nl: (p, f) =>
        `Bestuurder ${p.name}, gecoöpteerd op ${f.date(p.appointmentDate)}, werd niet bevestigd door de volgende algemene vergadering${p.nextMeetingDate ? ` (AV van ${f.date(p.nextMeetingDate)})` : ''} (${CNC4_BASIS.nl}). Laat de AV de coöptatie bevestigen en vul de datum van bevestiging in.`,
      en: (p, f) =>
        `Director ${p.name}, co-opted on ${f.date(p.appointmentDate)}, was not confirmed by the next general meeting${p.nextMeetingDate ? ` (meeting of ${f.date(p.nextMeetingDate)})` : ''} (${CNC4_BASIS.en}). Have the GM confirm the co-optation, and enter the date of confirmation.`,
    },
    example: { name: 'Léa Martin', appointmentDate: '2025-02-01', nextMeetingDate: '2025-06-17' },
  } satisfies MessageDef<{ name: string; appointmentDate: string; nextMeetingDate?: string }>,
  cooptationConfirmedLate: {
    severity: 'warning',
    text: {
      fr: (p, f) =>
        `L'administrateur ${p.name}, coopté le ${f.date(p.appointmentDate)}, n'a été confirmé par l'assemblée générale que le ${f.date(p.confirmedDate)}, après l'AG du ${f.date(p.nextMeetingDate)}. Vérifier pourquoi cette AG ne l'a pas confirmé, et joindre la décision de confirmation.`,
      nl: (p, f) =>
        `Bestuurder ${p.name}, gecoöpteerd op ${f.date(p.appointmentDate)}, werd pas op ${f.date(p.confirmedDate)} door de algemene vergadering bevestigd, na de AV van ${f.date(p.nextMeetingDate)}. Ga na waarom die AV de coöptatie niet bevestigde, en voeg de beslissing tot bevestiging toe.`,
      en: (p, f) =>
        `Director ${p.name}, co-opted on ${f.date(p.appointmentDate)}, was confirmed by the general meeting only on ${f.date(p.confirmedDate)}, after the meeting of ${f.date(p.nextMeetingDate)}. Check why that meeting did not confirm the co-optation, and attach the confirming decision.`,
    },
    example: { name: 'Léa Martin', appointmentDate: '2025-02-01', confirmedDate: '2025-11-20', nextMeetingDate: '2025-06-17' },
  } satisfies MessageDef<{ name: string; appointmentDate: string; confirmedDate: string; nextMeetingDate: string }>,
  cooptationUndated: {
    severity: 'warning',
    text: {
      fr: (p) =>
        `L'administrateur ${p.name} a été coopté, sans date de nomination ni de confirmation par l'assemblée générale : CoopCheck ne peut vérifier que l'AG suivante a confirmé la cooptation. Indiquer la date de la cooptation et celle de sa confirmation par l'AG.`,
      nl: (p) =>
        `Bestuurder ${p.name} werd gecoöpteerd, zonder datum van benoeming of van bevestiging door de algemene vergadering: CoopCheck kan niet nagaan of de volgende AV de coöptatie bevestigde. Vul de datum van de coöptatie en die van de bevestiging door de AV in.`,
      en: (p) =>
        `Director ${p.name} was co-opted, with no appointment date and no confirmation by the general meeting: CoopCheck cannot check that the next meeting confirmed the co-optation. Enter the date of the co-optation and that of its confirmation by the GM.`,
    },
    example: { name: 'Léa Martin' },
  } satisfies MessageDef<{ name: string }>,
  cooptationPending: {
    severity: 'info',
    text: {
      fr: (p, f) => `L'administrateur ${p.name}, coopté le ${f.date(p.appointmentDate)}, est à confirmer par la prochaine assemblée générale.`,
      nl: (p, f) => `Bestuurder ${p.name}, gecoöpteerd op ${f.date(p.appointmentDate)}, moet door de volgende algemene vergadering worden bevestigd.`,
      en: (p, f) => `Director ${p.name}, co-opted on ${f.date(p.appointmentDate)}, is to be confirmed by the next general meeting.`,
    },
  } satisfies MessageDef<{ name: string; appointmentDate: string }>,
  mandateTooLong: {
    severity: 'warning',
    text: {
      fr: (p, f) =>
        `Mandat de ${p.name} du ${f.date(p.appointmentDate)} au ${f.date(p.mandateEnd)} : plus long que les ${f.number(p.mandateYears)} ans prévus par les statuts, dont la fin tombe au plus tard le ${f.date(p.latestEnd)} (un mandat jusqu'à l'AG ordinaire de ${p.gaYear} compte pour ${f.number(p.mandateYears)} ans) : ${counted(f, p.daysOver, 'jour', 'jours')} de trop. Corriger la fin du mandat, ou la faire ramener par l'AG dans la durée statutaire.`,
      nl: (p, f) =>
        `Het mandaat van ${p.name} loopt van ${f.date(p.appointmentDate)} tot ${f.date(p.mandateEnd)}: langer dan de ${f.number(p.mandateYears)} jaar van de statuten, die uiterlijk op ${f.date(p.latestEnd)} aflopen (een mandaat tot de gewone AV van ${p.gaYear} telt als ${f.number(p.mandateYears)} jaar): ${counted(f, p.daysOver, 'dag', 'dagen')} te veel. Verbeter het einde van het mandaat, of laat de AV het binnen de statutaire duur brengen.`,
      en: (p, f) =>
        `The mandate of ${p.name} runs from ${f.date(p.appointmentDate)} to ${f.date(p.mandateEnd)}: longer than the ${f.number(p.mandateYears)} years of the statutes, which run to ${f.date(p.latestEnd)} at the latest (a mandate until the ordinary general meeting of ${p.gaYear} counts as ${f.number(p.mandateYears)} years): ${counted(f, p.daysOver, 'day', 'days')} too many. Correct the end of the mandate, or have the GM bring it within the statutory term.`,
    },
    example: {
      name: 'Anne Dupont',
      appointmentDate: '2025-06-17',
      mandateEnd: '2029-07-01',
      mandateYears: 4,
      latestEnd: '2029-06-30',
      gaYear: 2029,
      daysOver: 1,
    },
  } satisfies MessageDef<{
    name: string;
    appointmentDate: string;
    mandateEnd: string;
    mandateYears: number;
    latestEnd: string;
    gaYear: number;
    daysOver: number;
  }>,
  directorsChecked: {
    severity: 'info',
    text: {
      fr: (p, f) => `${counted(f, p.directors, 'mandat en cours', 'mandats en cours')} pendant l'exercice`,
      nl: (p, f) => `${counted(f, p.directors, 'lopend mandaat', 'lopende mandaten')} tijdens het boekjaar`,
      en: (p, f) => `${counted(f, p.directors, 'mandate', 'mandates')} in office during the fiscal year`,
    },
  } satisfies MessageDef<{ directors: number }>,
  noDirectorInYear: {
    severity: 'info',
    text: {
      fr: (p) => `Aucun administrateur en fonction pendant l'exercice ${p.year} dans la feuille des administrateurs.`,
      nl: (p) => `Geen bestuurder in functie tijdens boekjaar ${p.year} in het blad met de bestuurders.`,
      en: (p) => `No director in office during fiscal year ${p.year} in the directors sheet.`,
    },
  } satisfies MessageDef<{ year: number }>,
});
