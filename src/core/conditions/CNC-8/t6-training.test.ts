/**
 * "T4's 'information and training' (allocated) vs CNC-8/T6 (spent)": T6 shows the amount spent per
 * audience and names the amount allocated apart; staff training is shown but not counted.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../engine';
import { extractWorkbook } from '../../extract/extract';
import { buildSpecialReport } from '../../report/special-report';
import { renderMessage } from '../../i18n/render';
import condition from '.';

const INPUT = { fileName: 'coop.xlsx', sha256: 'f'.repeat(64), checkedAt: '2026-05-15', toolVersion: '0' };
const TRAINING = ['Date', 'Intitulé', 'Public', 'Jours', 'Participants', 'Coût'];

function run() {
  const sheets = [
    {
      name: 'Affectation',
      rows: [
        ['Poste', 'Montant'],
        ['Ressources annuelles', 100000],
        ['Information et formation', 2000],
      ],
    },
    {
      name: 'Formation',
      rows: [
        TRAINING,
        ['15/03/2025', 'Accueil', 'membres', 0.5, 40, 350],
        ['10/10/2025', 'Énergie', 'grand public', 1, 120, 1200],
        ['11/10/2025', 'Sécurité', 'personnel', 1, 8, 400],
      ],
    },
  ];
  return check(extractWorkbook({ sheets }), { parameterOverrides: { fiscalYear: 2025 }, conditions: [condition] });
}

describe('T6 and CNC-8: allocated and spent, named apart', () => {
  it('figures keep both amounts, the spent one for members, prospects and the public only', () => {
    expect(run().figures.training).toMatchObject({
      sessions: 2,
      days: 1.5,
      participants: 160,
      spent: 155_000,
      allocated: 200_000,
      annualResources: 10_000_000,
      byAudience: {
        members: { sessions: 1, spent: 35_000 },
        public: { sessions: 1, spent: 120_000 },
        staff: { sessions: 1, days: 1, participants: 8, spent: 40_000 },
      },
    });
  });

  it('T6 lists each audience, the counted total, staff apart, and the amount allocated in its note', () => {
    const table = buildSpecialReport(run(), INPUT, 'fr', [condition]).tables.find((t) => t.id === 'T6')!;
    expect(table.columns.map((c) => c.header)).toEqual(['Public', 'Sessions', 'Jours', 'Participants', 'Montant dépensé', 'Part des ressources annuelles']);
    expect(table.rows).toEqual([
      ['Sociétaires', 1, 0.5, 40, 35_000, 3500],
      ['Grand public', 1, 1, 120, 120_000, 12_000],
      ['Total sociétaires, candidats et public', 2, 1.5, 160, 155_000, 15_500],
      ['Personnel (non compté)', 1, 1, 8, 40_000, 4000],
    ]);
    expect(table.note).toBe(
      'Montant affecté à l’information et à la formation dans l’affectation du résultat (T4) : 2\u202f000,00\u00a0€ (2\u00a0% des ressources annuelles). Le montant dépensé ci-dessus vient de la feuille de formation.',
    );
  });

  it('CNC-8’s evidence names both amounts the same way (EN)', () => {
    const result = run();
    const own = result.conditions.find((c) => c.id === 'CNC-8')!;
    expect(own.outcome).toBe('passed');
    const text = renderMessage(own.note!, condition, 'en');
    expect(text).toBe(
      'Amount allocated to information and training (result allocation): €2,000.00, 2% of annual resources; amount spent on members, prospective members and the public (training sheet): €1,550.00, 1.55% of annual resources (2 sessions, 1.5 days, 160 participants); staff training, not counted: 1 session, €400.00.',
    );
  });
});
