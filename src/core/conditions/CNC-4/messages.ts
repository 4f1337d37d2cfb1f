import { defineMessages, type MessageDef } from '../../findings';

export const messages = defineMessages({
  appointedByBoard: {
    severity: 'breach',
    text: {
      fr: (p) => `Nomination de ${p.name} par le conseil d'administration : les administrateurs sont nommés par l'assemblée générale.`,
      nl: (p) => `${p.name} werd benoemd door de raad van bestuur; bestuurders worden benoemd door de algemene vergadering.`,
      en: (p) => `${p.name} was appointed by the board; directors are appointed by the general meeting.`,
    },
  } satisfies MessageDef<{ name: string }>,
  statutoryDirectorNotAllowed: {
    severity: 'breach',
    text: {
      fr: (p) => `Désignation de ${p.name} par les statuts, alors que les statuts ne prévoient pas d'administrateurs statutaires (paramètre « Administrateurs statutaires permis »).`,
      nl: (p) => `${p.name} is aangewezen in de statuten, maar de statuten voorzien niet in statutaire bestuurders (parameter "Statutaire bestuurders toegestaan").`,
      en: (p) => `${p.name} is named in the statutes, but the statutes do not provide for statutory directors (parameter "Statutory directors allowed").`,
    },
  } satisfies MessageDef<{ name: string }>,
  cooptationNotConfirmed: {
    severity: 'breach',
    text: {
      fr: (p, f) => `Cooptation de ${p.name} le ${f.date(p.appointmentDate)} non confirmée par l'assemblée générale suivante${p.nextMeetingDate ? ` (AG du ${f.date(p.nextMeetingDate)})` : ''}.`,
      nl: (p, f) => `${p.name}, gecoöpteerd op ${f.date(p.appointmentDate)}, werd niet bevestigd door de volgende algemene vergadering${p.nextMeetingDate ? ` (AV van ${f.date(p.nextMeetingDate)})` : ''}.`,
      en: (p, f) => `${p.name}, co-opted on ${f.date(p.appointmentDate)}, was not confirmed by the next general meeting${p.nextMeetingDate ? ` (meeting of ${f.date(p.nextMeetingDate)})` : ''}.`,
    },
  } satisfies MessageDef<{ name: string; appointmentDate: string; nextMeetingDate?: string }>,
  cooptationConfirmedLate: {
    severity: 'warning',
    text: {
      fr: (p, f) => `Cooptation de ${p.name} le ${f.date(p.appointmentDate)} confirmée par l'assemblée générale seulement le ${f.date(p.confirmedDate)}, après l'AG du ${f.date(p.nextMeetingDate)}.`,
      nl: (p, f) => `${p.name}, gecoöpteerd op ${f.date(p.appointmentDate)}, werd pas op ${f.date(p.confirmedDate)} door de algemene vergadering bevestigd, na de AV van ${f.date(p.nextMeetingDate)}.`,
      en: (p, f) => `${p.name}, co-opted on ${f.date(p.appointmentDate)}, was confirmed by the general meeting only on ${f.date(p.confirmedDate)}, after the meeting of ${f.date(p.nextMeetingDate)}.`,
    },
  } satisfies MessageDef<{ name: string; appointmentDate: string; confirmedDate: string; nextMeetingDate: string }>,
  cooptationUndated: {
    severity: 'warning',
    text: {
      fr: (p) => `Cooptation de ${p.name} sans date de nomination ni de confirmation par l'assemblée générale : impossible de vérifier que l'AG suivante l'a confirmée.`,
      nl: (p) => `${p.name} is gecoöpteerd zonder datum van benoeming of van bevestiging door de algemene vergadering: niet na te gaan of de volgende AV hem bevestigde.`,
      en: (p) => `${p.name} is co-opted with no appointment date and no confirmation by the general meeting: whether the next meeting confirmed them cannot be checked.`,
    },
  } satisfies MessageDef<{ name: string }>,
  cooptationPending: {
    severity: 'info',
    text: {
      fr: (p, f) => `Cooptation de ${p.name} le ${f.date(p.appointmentDate)} : à confirmer par la prochaine assemblée générale.`,
      nl: (p, f) => `${p.name}, gecoöpteerd op ${f.date(p.appointmentDate)}, moet door de volgende algemene vergadering worden bevestigd.`,
      en: (p, f) => `${p.name}, co-opted on ${f.date(p.appointmentDate)}, is to be confirmed by the next general meeting.`,
    },
  } satisfies MessageDef<{ name: string; appointmentDate: string }>,
  mandateTooLong: {
    severity: 'warning',
    text: {
      fr: (p, f) => `Mandat de ${p.name} du ${f.date(p.appointmentDate)} au ${f.date(p.mandateEnd)} : plus long que les ${f.number(p.mandateYears)} ans prévus.`,
      nl: (p, f) => `Het mandaat van ${p.name} loopt van ${f.date(p.appointmentDate)} tot ${f.date(p.mandateEnd)}, langer dan de voorziene ${f.number(p.mandateYears)} jaar.`,
      en: (p, f) => `The mandate of ${p.name} runs from ${f.date(p.appointmentDate)} to ${f.date(p.mandateEnd)}, longer than the ${f.number(p.mandateYears)} years provided.`,
    },
  } satisfies MessageDef<{ name: string; appointmentDate: string; mandateEnd: string; mandateYears: number }>,
  directorsChecked: {
    severity: 'info',
    text: {
      fr: (p, f) => `${f.number(p.directors)} administrateur(s) en fonction pendant l'exercice`,
      nl: (p, f) => `${f.number(p.directors)} bestuurder(s) in functie tijdens het boekjaar`,
      en: (p, f) => `${f.number(p.directors)} director(s) in office during the fiscal year`,
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
