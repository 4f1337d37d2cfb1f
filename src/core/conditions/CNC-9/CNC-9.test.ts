import condition from '.';
import { testCondition } from '../../testing/condition-tester';
import { renderMessage } from '../../i18n/render';
import { runCase } from '../../testing/condition-tester';
import { describe, expect, it } from 'vitest';

const REGISTER = [
  ['Lidnummer', 'Datum toetreding'],
  ['M001', '01/01/2025'],
];
const YEAR = { fiscalYear: 2025 };

testCondition(condition, [
  {
    name: 'a report date in the parameters sheet after the year attests the report',
    sheets: {
      Register: REGISTER,
      Parameters: [
        ['Parameter', 'Waarde'],
        ['Boekjaar', 2025],
        ['Datum verslag', '20/05/2026'],
      ],
    },
    outcome: 'attested',
    note: ['reportDated', { reportDate: '2026-05-20', year: 2025 }],
  },
  {
    name: 'a board approval date alone attests it',
    sheets: {
      Register: REGISTER,
      Parameters: [
        ['Parameter', 'Waarde'],
        ['Boekjaar', 2025],
        ['Datum goedkeuring RvB', '12/05/2026'],
      ],
    },
    outcome: 'attested',
  },
  {
    name: 'a report dated before the fiscal year’s end: review',
    sheets: { Register: REGISTER },
    parameters: { ...YEAR, reportDate: '31/12/2025' },
    outcome: 'review',
    note: ['reportBeforeYearEnd', { date: '2025-12-31', yearEnd: '2025-12-31' }],
  },
  {
    name: 'more than 12 months after the year: review',
    sheets: { Register: REGISTER },
    parameters: { ...YEAR, reportDate: '01/01/2027' },
    outcome: 'review',
    note: ['reportTooLate', { date: '2027-01-01', deadline: '2026-12-31' }],
  },
  {
    name: 'neither date: the generated report awaits review',
    sheets: { Register: REGISTER },
    parameters: YEAR,
    outcome: 'review',
  },
  {
    name: 'not applicable without the CNC accreditation',
    sheets: { Register: REGISTER },
    parameters: { accreditations: 'ES' },
    outcome: 'not-applicable',
  },
]);

describe('CNC-9 notes, as read', () => {
  const note = (parameters: Record<string, string | number>) => {
    const result = runCase(condition, { name: '', sheets: { Register: REGISTER }, parameters, outcome: 'review' });
    const own = result.conditions.find((c) => c.id === 'CNC-9')!;
    return (['fr', 'nl', 'en'] as const).map((lang) => renderMessage(own.note!, condition, lang));
  };
  it('says "report dated …" and names the board, never the checker', () => {
    expect(note({ ...YEAR, reportDate: '20/05/2026' })).toEqual([
      'Rapport spécial daté du 20/05/2026 (exercice 2025 clos le 31/12/2025).',
      'Bijzonder verslag gedateerd op 20/05/2026 (boekjaar 2025 afgesloten op 31/12/2025).',
      'Special report dated 20/05/2026 (fiscal year 2025 closed on 31/12/2025).',
    ]);
  });
  it('says why a report dated before the year’s end is not attested', () => {
    expect(note({ ...YEAR, reportDate: '15/12/2025' })).toEqual([
      "Le rapport spécial est daté du 15/12/2025, avant la clôture de l'exercice 2025 (31/12/2025) : il ne peut pas encore rendre compte de cet exercice. Vérifiez la date et corrigez « Date du rapport spécial » dans les paramètres (du 01/01/2026 au 31/12/2026).",
      'Het bijzonder verslag is gedateerd op 15/12/2025, vóór de afsluiting van boekjaar 2025 (31/12/2025): het kan nog geen verslag over dat boekjaar zijn. Controleer de datum en verbeter ‘Datum bijzonder verslag’ in de parameters (van 01/01/2026 tot 31/12/2026).',
      'The special report is dated 15/12/2025, before fiscal year 2025 closed (31/12/2025): it cannot yet report on that year. Check the date and correct ‘Special report date’ in the parameters (from 01/01/2026 to 31/12/2026).',
    ]);
  });
  it('without a date, says what to give', () => {
    const [fr, nl, en] = note(YEAR);
    expect(fr).toBe(
      "CoopCheck écrit les tableaux du rapport spécial, mais le rapport est celui du conseil d'administration et aucune date n'en est donnée. Indiquez « Date du rapport spécial » dans les paramètres : une date après la clôture de l'exercice 2025 (31/12/2025) et au plus tard le 31/12/2026.",
    );
    expect(nl).toContain('bestuursorgaan');
    expect(en).not.toMatch(/checker/);
  });
});
