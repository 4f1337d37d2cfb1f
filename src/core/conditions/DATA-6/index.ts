import { defineCondition } from '../condition';
import { isoOfDay } from '../../dates';
import { DATA_CONTRACT_BASIS } from '../shared/data-texts';
import { messages } from './messages';

/**
 * DATA-6 — dates make sense: an exit is not before the admission, a share movement falls within
 * the member's membership (a refund may come after the exit: the law gives the cooperative time to
 * pay it), and every meeting of the attendance sheet is in the fiscal year checked, one finding per
 * meeting. Movements of ids missing from the register are DATA-4's.
 */
export default defineCondition({
  id: 'DATA-6',
  group: 'DATA',
  kind: 'data',
  title: {
    fr: 'Les dates sont cohérentes',
    nl: 'De datums zijn samenhangend',
    en: 'The dates are consistent',
  },
  legalBasis: DATA_CONTRACT_BASIS,
  description: {
    fr: "Les dates doivent être cohérentes : une sortie n'est pas antérieure à l'adhésion ; un mouvement de parts tombe pendant l'affiliation du sociétaire (un remboursement peut suivre la sortie, la loi laissant un délai pour payer) ; chaque assemblée de la feuille des présences tombe dans l'exercice vérifié.",
    nl: 'De datums moeten samenhangend zijn: een uittreding ligt niet vóór de toetreding; een aandelenbeweging valt binnen het lidmaatschap van de aandeelhouder (een terugbetaling mag na de uittreding komen, de wet laat tijd om te betalen); elke vergadering van het aanwezigheidsblad valt in het gecontroleerde boekjaar.',
    en: "Dates must be consistent: an exit is not before the admission; a share movement falls within the member's membership (a refund may come after the exit, as the law leaves time to pay it); every meeting of the attendance sheet falls in the fiscal year checked.",
  },
  parameters: ['fiscalYear'],
  reads: ['movements', 'meetings'],
  requires: [{ sheet: 'members', columns: ['memberId'] }],
  messages,
  evaluate({ model, index, fiscalYear }, report) {
    for (let i = 0; i < model.members.length; i++) {
      const member = model.members[i]!;
      const { admissionDate, exitDate, memberId } = member;
      if (admissionDate === undefined || exitDate === undefined || exitDate >= admissionDate) continue;
      report('exitBeforeAdmission', { origin: member.origin, field: 'exitDate' }, memberId || `row ${member.origin.row}`, {
        memberId,
        admissionDate: isoOfDay(admissionDate),
        exitDate: isoOfDay(exitDate),
      });
    }

    const { membersById } = index;
    for (let i = 0; i < model.movements.length; i++) {
      const movement = model.movements[i]!;
      const member = membersById.get(movement.memberId);
      const date = movement.date;
      if (!member || date === undefined) continue;
      const before = member.admissionDate !== undefined && date < member.admissionDate;
      const after = !before && member.exitDate !== undefined && date > member.exitDate && movement.type !== 'refund';
      if (!before && !after) continue;
      const place = { origin: movement.origin, field: 'date' };
      const movementDate = isoOfDay(date);
      const subject = `${movement.memberId} ${movementDate}`;
      if (before)
        report('movementBeforeAdmission', place, subject, { memberId: movement.memberId, movementDate, admissionDate: isoOfDay(member.admissionDate!) });
      else report('movementAfterExit', place, subject, { memberId: movement.memberId, movementDate, exitDate: isoOfDay(member.exitDate!) });
    }

    // One finding per meeting: an ordinary and an extraordinary GA on the same day are two meetings.
    for (const { date, meeting, rows } of index.generalMeetings) {
      if (date >= fiscalYear.start && date <= fiscalYear.end) continue;
      const meetingDate = isoOfDay(date);
      const subject = meeting === undefined ? meetingDate : `${meetingDate} ${meeting}`;
      report('meetingOutsideFiscalYear', { origin: rows[0]!.origin, field: 'meetingDate' }, subject, { meetingDate, rows: rows.length, year: fiscalYear.year });
    }
  },
});
