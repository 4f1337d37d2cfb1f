import { defineCondition, type Place } from '../condition';
import { dayFromYmd, isoOfDay, ymdOfDay, type Day } from '../../dates';
import type { Director, DirectorField } from '../../model';
import { servedInYear } from '../ES-6/pay';
import { messages } from './messages';

/** The same calendar day `years` later; 29 February falls back to 28 February. */
function yearsAfter(day: Day, years: number): Day {
  const { year, month, day: dayOfMonth } = ymdOfDay(day);
  return dayFromYmd(year + years, month, dayOfMonth) ?? dayFromYmd(year + years, month, dayOfMonth - 1)!;
}

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
 *   whose next GA is still to come is pending, for information.
 *
 * A mandate longer than the statutory term (`mandateYears`, from the appointment date to the same
 * calendar day that many years later) is a warning: the term is the statutes' choice, the check is
 * that the register follows it. Directors are those in office at some point of the fiscal year.
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
  requires: [{ sheet: 'directors', columns: ['name', 'appointedBy'] }],
  messages,
  evaluate({ model, index, parameters, fiscalYear }, report) {
    const meetingDates = [...index.meetingsByDate.keys()].sort((a, b) => a - b);
    let directors = 0;
    for (const director of model.directors) {
      const { name, appointmentDate, mandateEnd, confirmedByGaDate } = director;
      if (!servedInYear(director, fiscalYear)) continue;
      directors += 1;

      switch (director.appointedBy) {
        case 'board':
          report('appointedByBoard', placeOf(director, 'appointedBy'), name, { name });
          break;
        case 'statutes':
          if (!parameters.statutoryDirectorsAllowed) report('statutoryDirectorNotAllowed', placeOf(director, 'appointedBy'), name, { name });
          break;
        case 'cooptation': {
          if (appointmentDate === undefined) {
            if (confirmedByGaDate === undefined) report('cooptationUndated', placeOf(director, 'appointmentDate', 'appointedBy'), name, { name });
            break;
          }
          const nextMeeting = firstAfter(meetingDates, appointmentDate);
          const appointed = isoOfDay(appointmentDate);
          if (confirmedByGaDate !== undefined) {
            if (nextMeeting !== undefined && confirmedByGaDate > nextMeeting) {
              report('cooptationConfirmedLate', placeOf(director, 'confirmedByGaDate'), name, {
                name, appointmentDate: appointed, confirmedDate: isoOfDay(confirmedByGaDate), nextMeetingDate: isoOfDay(nextMeeting),
              });
            }
            break;
          }
          // Gone before the next GA: there was nothing left to confirm.
          if (nextMeeting !== undefined && mandateEnd !== undefined && mandateEnd < nextMeeting) break;
          if (nextMeeting === undefined && appointmentDate >= fiscalYear.start) {
            report('cooptationPending', placeOf(director, 'confirmedByGaDate', 'appointedBy'), name, { name, appointmentDate: appointed });
            break;
          }
          report('cooptationNotConfirmed', placeOf(director, 'confirmedByGaDate', 'appointedBy'), name, {
            name, appointmentDate: appointed, ...(nextMeeting !== undefined && { nextMeetingDate: isoOfDay(nextMeeting) }),
          });
          break;
        }
      }

      if (appointmentDate !== undefined && mandateEnd !== undefined && mandateEnd > yearsAfter(appointmentDate, parameters.mandateYears)) {
        report('mandateTooLong', placeOf(director, 'mandateEnd'), name, {
          name, appointmentDate: isoOfDay(appointmentDate), mandateEnd: isoOfDay(mandateEnd), mandateYears: parameters.mandateYears,
        });
      }
    }
    if (directors === 0) return { notApplicable: { messageId: 'noDirectorInYear', params: { year: fiscalYear.year } } };
    return { evidence: { messageId: 'directorsChecked', params: { directors } } };
  },
});
