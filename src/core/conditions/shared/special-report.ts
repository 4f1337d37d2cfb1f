/**
 * The annual special report (ES-9, CNC-9). CoopCheck writes its tables (the summary sheet and the
 * draft); what only the board can supply is the report itself, so the condition is attested by the
 * report's date in the parameters ("report dated …"), and only when that date can be the report on
 * this fiscal year: after the year's end and within 12 months of it. Otherwise, and without a date,
 * a person must review it, and the note says why.
 *
 * The report date is the `reportDate` parameter, else the board's approval date. Every date given
 * must fall in the window.
 */
import { defineCondition, type Accreditation, type Condition } from '../condition';
import { defineMessages, type MessageDef } from '../../findings';
import type { Lang, Localized } from '../../i18n/lang';
import { parameterLabel } from '../../i18n/parameter-texts';
import type { Day, FiscalYear } from '../../dates';
import { dayFromYmd, isoOfDay, ymdOfDay } from '../../dates';

/** The last day on which a report on the year can be dated: 12 months after its end (the month's last day when that day does not exist). */
export function reportDeadline(fiscalYear: FiscalYear): Day {
  const { year, month, day } = ymdOfDay(fiscalYear.end);
  for (let d = day; d > 0; d--) {
    const deadline = dayFromYmd(year + 1, month, d);
    if (deadline !== undefined) return deadline;
  }
  return fiscalYear.end + 365;
}

type DateKind = 'report' | 'approval';
type Window = { year: number; yearEnd: string; deadline: string };

/** "Le rapport spécial est daté du" / "approuvé … le": the subject of a note about one date. */
const DATED: Readonly<Record<Lang, Record<DateKind, string>>> = {
  fr: { report: 'Le rapport spécial est daté du', approval: "Le rapport spécial a été approuvé par le conseil d'administration le" },
  nl: { report: 'Het bijzonder verslag is gedateerd op', approval: 'Het bijzonder verslag werd goedgekeurd door het bestuursorgaan op' },
  en: { report: 'The special report is dated', approval: 'The special report was approved by the board on' },
};

const whereToFix = (lang: Lang) => parameterLabel('reportDate', lang);

export const specialReportMessages = defineMessages({
  reportDated: {
    severity: 'info',
    text: {
      fr: (p, f) =>
        [
          p.reportDate && `Rapport spécial daté du ${f.date(p.reportDate)}`,
          p.boardApprovalDate && `${p.reportDate ? 'approuvé' : 'Rapport spécial approuvé'} par le conseil d'administration le ${f.date(p.boardApprovalDate)}`,
        ]
          .filter(Boolean)
          .join(', ') + ` (exercice ${p.year} clos le ${f.date(p.yearEnd)}).`,
      nl: (p, f) =>
        [
          p.reportDate && `Bijzonder verslag gedateerd op ${f.date(p.reportDate)}`,
          p.boardApprovalDate && `${p.reportDate ? 'goedgekeurd' : 'Bijzonder verslag goedgekeurd'} door het bestuursorgaan op ${f.date(p.boardApprovalDate)}`,
        ]
          .filter(Boolean)
          .join(', ') + ` (boekjaar ${p.year} afgesloten op ${f.date(p.yearEnd)}).`,
      en: (p, f) =>
        [
          p.reportDate && `Special report dated ${f.date(p.reportDate)}`,
          p.boardApprovalDate && `${p.reportDate ? 'approved' : 'Special report approved'} by the board on ${f.date(p.boardApprovalDate)}`,
        ]
          .filter(Boolean)
          .join(', ') + ` (fiscal year ${p.year} closed on ${f.date(p.yearEnd)}).`,
    },
  } satisfies MessageDef<{ reportDate?: string; boardApprovalDate?: string; year: number; yearEnd: string }>,
  reportNotDated: {
    severity: 'info',
    text: {
      fr: (p, f) =>
        `CoopCheck écrit les tableaux du rapport spécial, mais le rapport est celui du conseil d'administration et aucune date n'en est donnée. Indiquez « ${whereToFix('fr')} » dans les paramètres : une date après la clôture de l'exercice ${p.year} (${f.date(p.yearEnd)}) et au plus tard le ${f.date(p.deadline)}.`,
      nl: (p, f) =>
        `CoopCheck schrijft de tabellen van het bijzonder verslag, maar het verslag is dat van het bestuursorgaan en er is geen datum van opgegeven. Vul ‘${whereToFix('nl')}’ in bij de parameters: een datum na de afsluiting van boekjaar ${p.year} (${f.date(p.yearEnd)}) en uiterlijk op ${f.date(p.deadline)}.`,
      en: (p, f) =>
        `CoopCheck writes the special report's tables, but the report is the board's and no date is given for it. Enter ‘${whereToFix('en')}’ in the parameters: a date after the end of fiscal year ${p.year} (${f.date(p.yearEnd)}) and no later than ${f.date(p.deadline)}.`,
    },
  } satisfies MessageDef<Window>,
  reportBeforeYearEnd: {
    severity: 'info',
    text: {
      fr: (p, f) =>
        `${DATED.fr[p.dateKind]} ${f.date(p.date)}, ${p.date === p.yearEnd ? 'le jour de la clôture' : 'avant la clôture'} de l'exercice ${p.year} (${f.date(p.yearEnd)}) : il ne peut pas encore rendre compte de cet exercice. Vérifiez la date et corrigez « ${whereToFix('fr')} » dans les paramètres (du ${f.date(p.firstDay)} au ${f.date(p.deadline)}).`,
      nl: (p, f) =>
        `${DATED.nl[p.dateKind]} ${f.date(p.date)}, ${p.date === p.yearEnd ? 'op de dag van de afsluiting' : 'vóór de afsluiting'} van boekjaar ${p.year} (${f.date(p.yearEnd)}): het kan nog geen verslag over dat boekjaar zijn. Controleer de datum en verbeter ‘${whereToFix('nl')}’ in de parameters (van ${f.date(p.firstDay)} tot ${f.date(p.deadline)}).`,
      en: (p, f) =>
        `${DATED.en[p.dateKind]} ${f.date(p.date)}, ${p.date === p.yearEnd ? 'the day' : 'before'} fiscal year ${p.year} ${p.date === p.yearEnd ? 'closes' : 'closed'} (${f.date(p.yearEnd)}): it cannot yet report on that year. Check the date and correct ‘${whereToFix('en')}’ in the parameters (from ${f.date(p.firstDay)} to ${f.date(p.deadline)}).`,
    },
    example: { dateKind: 'report', date: '2025-12-15', year: 2025, yearEnd: '2025-12-31', firstDay: '2026-01-01', deadline: '2026-12-31' },
  } satisfies MessageDef<Window & { dateKind: DateKind; date: string; firstDay: string }>,
  reportTooLate: {
    severity: 'info',
    text: {
      fr: (p, f) =>
        `${DATED.fr[p.dateKind]} ${f.date(p.date)}, plus de 12 mois après la clôture de l'exercice ${p.year} (${f.date(p.yearEnd)} ; au plus tard le ${f.date(p.deadline)}) : ce n'est pas le rapport annuel sur cet exercice. Vérifiez l'exercice choisi et la date, et corrigez « ${whereToFix('fr')} » dans les paramètres.`,
      nl: (p, f) =>
        `${DATED.nl[p.dateKind]} ${f.date(p.date)}, meer dan 12 maanden na de afsluiting van boekjaar ${p.year} (${f.date(p.yearEnd)}; uiterlijk ${f.date(p.deadline)}): dat is niet het jaarlijkse verslag over dat boekjaar. Controleer het gekozen boekjaar en de datum, en verbeter ‘${whereToFix('nl')}’ in de parameters.`,
      en: (p, f) =>
        `${DATED.en[p.dateKind]} ${f.date(p.date)}, more than 12 months after fiscal year ${p.year} closed (${f.date(p.yearEnd)}; no later than ${f.date(p.deadline)}): it is not the annual report on that year. Check the fiscal year chosen and the date, and correct ‘${whereToFix('en')}’ in the parameters.`,
    },
    example: { dateKind: 'approval', date: '2027-02-10', year: 2025, yearEnd: '2025-12-31', deadline: '2026-12-31' },
  } satisfies MessageDef<Window & { dateKind: DateKind; date: string }>,
});

export function specialReportCondition(definition: {
  id: string;
  group: Accreditation;
  title: Localized;
  legalBasis: Localized;
  description: Localized;
}): Condition<typeof specialReportMessages> {
  return defineCondition({
    ...definition,
    kind: 'produced',
    parameters: ['reportDate', 'boardApprovalDate', 'fiscalYear', 'fiscalYearStart'],
    requires: [],
    messages: specialReportMessages,
    evaluate({ parameters: { reportDate, boardApprovalDate }, fiscalYear }) {
      const deadline = reportDeadline(fiscalYear);
      const window = { year: fiscalYear.year, yearEnd: isoOfDay(fiscalYear.end), deadline: isoOfDay(deadline) };
      if (reportDate === undefined && boardApprovalDate === undefined) {
        return { attestation: { attested: false, messageId: 'reportNotDated', params: window } };
      }
      const given: [DateKind, Day | undefined][] = [
        ['report', reportDate],
        ['approval', boardApprovalDate],
      ];
      for (const [dateKind, day] of given) {
        if (day === undefined) continue;
        if (day <= fiscalYear.end) {
          const params = { ...window, dateKind, date: isoOfDay(day), firstDay: isoOfDay(fiscalYear.end + 1) };
          return { attestation: { attested: false, messageId: 'reportBeforeYearEnd', params } };
        }
        if (day > deadline) return { attestation: { attested: false, messageId: 'reportTooLate', params: { ...window, dateKind, date: isoOfDay(day) } } };
      }
      const params = {
        year: window.year,
        yearEnd: window.yearEnd,
        ...(reportDate !== undefined && { reportDate: isoOfDay(reportDate) }),
        ...(boardApprovalDate !== undefined && { boardApprovalDate: isoOfDay(boardApprovalDate) }),
      };
      return { attestation: { attested: true, messageId: 'reportDated', params } };
    },
  });
}
