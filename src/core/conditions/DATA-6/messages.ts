import { defineMessages, type MessageDef } from '../../findings';

// All warnings: each is likely a typo, but can have a real explanation (a readmission, a payment
// received before the board admitted the member, a past meeting kept in the sheet) a person must judge.
export const messages = defineMessages({
  exitBeforeAdmission: {
    severity: 'warning',
    text: {
      fr: (p, f) => `Le sociétaire ${p.memberId} sort le ${f.date(p.exitDate)}, avant son adhésion du ${f.date(p.admissionDate)}.`,
      nl: (p, f) => `Aandeelhouder ${p.memberId} treedt uit op ${f.date(p.exitDate)}, vóór zijn toetreding op ${f.date(p.admissionDate)}.`,
      en: (p, f) => `Member ${p.memberId} leaves on ${f.date(p.exitDate)}, before joining on ${f.date(p.admissionDate)}.`,
    },
    example: { memberId: 'S001204', admissionDate: '2025-03-01', exitDate: '2024-12-31' },
  } satisfies MessageDef<{ memberId: string; admissionDate: string; exitDate: string }>,
  movementBeforeAdmission: {
    severity: 'warning',
    text: {
      fr: (p, f) => `Mouvement de parts du ${f.date(p.movementDate)} pour le sociétaire ${p.memberId}, avant son adhésion du ${f.date(p.admissionDate)}.`,
      nl: (p, f) => `Aandelenbeweging van ${f.date(p.movementDate)} voor aandeelhouder ${p.memberId}, vóór zijn toetreding op ${f.date(p.admissionDate)}.`,
      en: (p, f) => `Share movement of ${f.date(p.movementDate)} for member ${p.memberId}, before they joined on ${f.date(p.admissionDate)}.`,
    },
    example: { memberId: 'S001204', movementDate: '2025-02-15', admissionDate: '2025-03-01' },
  } satisfies MessageDef<{ memberId: string; movementDate: string; admissionDate: string }>,
  movementAfterExit: {
    severity: 'warning',
    text: {
      fr: (p, f) =>
        `Mouvement de parts du ${f.date(p.movementDate)} pour le sociétaire ${p.memberId}, après sa sortie du ${f.date(p.exitDate)} (seul un remboursement peut suivre la sortie).`,
      nl: (p, f) =>
        `Aandelenbeweging van ${f.date(p.movementDate)} voor aandeelhouder ${p.memberId}, na zijn uittreding op ${f.date(p.exitDate)} (alleen een terugbetaling kan op de uittreding volgen).`,
      en: (p, f) =>
        `Share movement of ${f.date(p.movementDate)} for member ${p.memberId}, after they left on ${f.date(p.exitDate)} (only a refund may follow an exit).`,
    },
    example: { memberId: 'S000318', movementDate: '2025-09-01', exitDate: '2025-06-30' },
  } satisfies MessageDef<{ memberId: string; movementDate: string; exitDate: string }>,
  meetingOutsideFiscalYear: {
    severity: 'warning',
    text: {
      fr: (p, f) =>
        `L'assemblée du ${f.date(p.meetingDate)} (${f.count(p.rows, 'ligne de présence', 'lignes de présence')}) n'est pas dans l'exercice ${p.year} : elle n'est pas vérifiée.`,
      nl: (p, f) =>
        `De vergadering van ${f.date(p.meetingDate)} (${f.count(p.rows, 'aanwezigheidsrij', 'aanwezigheidsrijen')}) valt niet in boekjaar ${p.year}: ze wordt niet gecontroleerd.`,
      en: (p, f) =>
        `The meeting of ${f.date(p.meetingDate)} (${f.count(p.rows, 'attendance row', 'attendance rows')}) is not in fiscal year ${p.year}: it is not checked.`,
    },
    example: { meetingDate: '2026-06-16', rows: 1204, year: 2025 },
  } satisfies MessageDef<{ meetingDate: string; rows: number; year: number }>,
});
