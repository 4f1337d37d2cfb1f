import { defineCondition, type MissingInput, type Place } from '../condition';
import { fiscalYearOf, isoOfDay, type Day } from '../../dates';
import type { Director, DirectorField } from '../../model';
import { servedInYear } from '../shared/mandate-pay';
import { latestMandateEnd, ordinaryGaDeadlineOf } from '../shared/mandates';
import { messages } from './messages';

/** The first of the fields that has a column, so that a finding lands on the sheet's own cell for it. */
function placeOf(director: Director, ...fields: DirectorField[]): Place {
  return { origin: director.origin, field: fields.find((f) => director.origin.columns[f] !== undefined) ?? 'name' };
}

/** The first date of the sorted list after `day`, by bisection. */
function firstAfter(sorted: readonly Day[], day: Day): Day | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! > day) hi = mid;
    else lo = mid + 1;
  }
  return sorted[lo];
}

/**
 * CNC-4 — directors and auditors are appointed by the general meeting (AR 8 January 1962, art. 1 §1
 * 4°); since AR 4 May 2016 the statutes may name statutory directors when they provide for it
 * (`statutoryDirectorsAllowed`). A board appointment is a breach. A co-opted director is a
 * provisional board appointment that the next general meeting must confirm (legal.md §2.1 C-4):
 *
 * - "the next GA" is the first meeting of the attendance sheet dated after the co-optation; without
 *   one, a co-optation dated before the fiscal year has been followed by the year's ordinary GA (held
 *   within six months of the previous year's end, so inside the fiscal year);
 * - no confirmation date once that GA has been held (and the mandate still ran on its date) is a
 *   breach; a confirmation dated after that GA is a warning (confirmed, but late); a co-optation
 *   whose next GA is still to come is pending, for information;
 * - without the attendance sheet, a co-optation of the year dated before the year's ordinary GA
 *   deadline cannot be judged (was the GA before or after it?): the condition names the sheet.
 *
 * The statutory auditor (role auditor) and the members in charge of control (role controller) are
 * appointed by the GA, with no statutory exception and no co-optation (second edition, rule 10).
 * A director's or controller's mandate longer than the statutory term (`mandateYears`) is a warning,
 * counted as Belgian statutes count it (shared/mandates.ts): "until the ordinary GA of year N" is
 * N − start years. Mandates are those in office at some point of the fiscal year.
 */
export default defineCondition({
  id: 'CNC-4',
  group: 'CNC',
  kind: 'data',
  title: {
    fr: "Les administrateurs et commissaires sont nommés par l'assemblée générale",
    nl: 'De bestuurders en commissarissen worden door de algemene vergadering benoemd',
    en: 'Directors and auditors are appointed by the general meeting',
  },
  legalBasis: {
    fr: 'AR du 8 janvier 1962, art. 1er, §1er, 4°',
    nl: 'KB van 8 januari 1962, art. 1, §1, 4°',
    en: 'Royal Decree of 8 January 1962, art. 1 §1 4°',
  },
  description: {
    fr: "Pour chaque mandat en cours pendant l'exercice, CoopCheck vérifie que l'assemblée générale a nommé son titulaire : une nomination par l'organe d'administration est une infraction, une désignation par les statuts n'est permise que si les statuts prévoient des administrateurs statutaires, et un administrateur coopté doit être confirmé par l'AG suivante. Le commissaire et les sociétaires chargés du contrôle sont nommés par l'AG, sans exception. Un mandat plus long que la durée statutaire est signalé, compté comme les statuts belges le comptent : un mandat du 17/06/2025 « jusqu'à l'AG ordinaire de 2029 » dure 4 ans, s'il finit en 2029 au plus tard six mois après la clôture de l'exercice.",
    nl: 'Voor elk lopend mandaat tijdens het boekjaar gaat CoopCheck na dat de algemene vergadering de titularis benoemde: een benoeming door het bestuursorgaan is een inbreuk, een aanwijzing in de statuten is alleen toegestaan als de statuten statutaire bestuurders voorzien, en een gecoöpteerde bestuurder moet door de volgende AV worden bevestigd. De commissaris en de controlerende aandeelhouders worden zonder uitzondering door de AV benoemd. Een mandaat dat langer loopt dan de statutaire duur wordt gemeld, geteld zoals Belgische statuten het tellen: een mandaat vanaf 17/06/2025 ‘tot de gewone AV van 2029’ duurt 4 jaar, als het in 2029 eindigt, uiterlijk zes maanden na de afsluiting van het boekjaar.',
    en: 'For every mandate in office during the fiscal year, CoopCheck checks that the general meeting appointed its holder: an appointment by the board is a breach, naming in the statutes is allowed only when the statutes provide for statutory directors, and a co-opted director must be confirmed by the next GM. The statutory auditor and the controlling members are appointed by the GM, with no exception. A mandate longer than the statutory term is flagged, counted as Belgian statutes count it: a mandate from 17/06/2025 “until the ordinary GM of 2029” is 4 years when it ends in 2029 no later than six months after the fiscal year’s end.',
  },
  parameters: ['statutoryDirectorsAllowed', 'mandateYears', 'fiscalYearStart'],
  reads: ['meetings'],
  requires: [{ sheet: 'directors', columns: ['name', 'appointedBy'] }],
  messages,
  evaluate({ model, index, parameters, fiscalYear }, report) {
    const meetingDates = [...index.meetingsByDate.keys()].sort((a, b) => a - b);
    const columns = model.mappings.directors!.columns;
    const hasMeetings = model.mappings.meetings !== undefined;
    const [startMonth, startDay] = parameters.fiscalYearStart.split('-').map(Number) as [number, number];
    // The last day of the year's ordinary GA (it approves the previous fiscal year).
    const ordinaryGaDeadline = ordinaryGaDeadlineOf(fiscalYearOf(fiscalYear.year - 1, startMonth, startDay));
    const missing = new Map<MissingInput['sheet'], Set<string> | undefined>();
    let directors = 0;
    for (const director of model.directors) {
      const { name, role, appointedBy, appointmentDate, mandateEnd, confirmedByGaDate } = director;
      if (!servedInYear(director, fiscalYear)) continue;
      directors += 1;

      if (appointedBy === undefined) {
        report('appointedByUnknown', placeOf(director, 'appointedBy'), name, { name, role });
      } else if (role !== 'director') {
        if (appointedBy !== 'ga') report('controlNotAppointedByGa', placeOf(director, 'appointedBy'), name, { name, role, appointedBy });
      } else if (appointedBy === 'board') {
        report('appointedByBoard', placeOf(director, 'appointedBy'), name, { name });
      } else if (appointedBy === 'statutes') {
        if (!parameters.statutoryDirectorsAllowed) report('statutoryDirectorNotAllowed', placeOf(director, 'appointedBy'), name, { name });
      } else if (appointedBy === 'cooptation') {
        if (columns.confirmedByGaDate === undefined) {
          // Without the column, no co-optation can be shown confirmed.
          missing.set('directors', (missing.get('directors') ?? new Set()).add('confirmedByGaDate'));
        } else if (appointmentDate === undefined) {
          if (confirmedByGaDate === undefined) report('cooptationUndated', placeOf(director, 'appointmentDate', 'appointedBy'), name, { name });
        } else {
          const nextMeeting = firstAfter(meetingDates, appointmentDate);
          const appointed = isoOfDay(appointmentDate);
          if (confirmedByGaDate !== undefined) {
            if (nextMeeting !== undefined && confirmedByGaDate > nextMeeting) {
              report('cooptationConfirmedLate', placeOf(director, 'confirmedByGaDate'), name, {
                name,
                appointmentDate: appointed,
                confirmedDate: isoOfDay(confirmedByGaDate),
                nextMeetingDate: isoOfDay(nextMeeting),
              });
            }
          } else if (nextMeeting !== undefined && mandateEnd !== undefined && mandateEnd < nextMeeting) {
            // Gone before the next GA: there was nothing left to confirm.
          } else if (nextMeeting === undefined && appointmentDate >= fiscalYear.start) {
            // No GA after it in the attendance sheet. Without that sheet, a co-optation made before the
            // year's ordinary GA deadline may have been followed by that GA: it cannot be judged.
            if (!hasMeetings && appointmentDate < ordinaryGaDeadline) missing.set('meetings', undefined);
            else report('cooptationPending', placeOf(director, 'confirmedByGaDate', 'appointedBy'), name, { name, appointmentDate: appointed });
          } else {
            report('cooptationNotConfirmed', placeOf(director, 'confirmedByGaDate', 'appointedBy'), name, {
              name,
              appointmentDate: appointed,
              ...(nextMeeting !== undefined && { nextMeetingDate: isoOfDay(nextMeeting) }),
            });
          }
        }
      }

      // The statutory term is the directors' (and controllers'); the auditor's term is the company code's.
      if (role === 'auditor' || appointmentDate === undefined || mandateEnd === undefined) continue;
      const { latestEnd, gaYear } = latestMandateEnd(appointmentDate, parameters.mandateYears, parameters.fiscalYearStart);
      if (mandateEnd > latestEnd) {
        report('mandateTooLong', placeOf(director, 'mandateEnd'), name, {
          name,
          appointmentDate: isoOfDay(appointmentDate),
          mandateEnd: isoOfDay(mandateEnd),
          mandateYears: parameters.mandateYears,
          latestEnd: isoOfDay(latestEnd),
          gaYear,
          daysOver: mandateEnd - latestEnd,
        });
      }
    }
    if (directors === 0) return { notApplicable: { messageId: 'noDirectorInYear', params: { year: fiscalYear.year } } };
    const missingInputs: MissingInput[] = [...missing].map(([sheet, cols]) => (cols ? { sheet, columns: [...cols] } : { sheet }));
    return { evidence: { messageId: 'directorsChecked', params: { directors } }, ...(missingInputs.length && { missing: missingInputs }) };
  },
});
