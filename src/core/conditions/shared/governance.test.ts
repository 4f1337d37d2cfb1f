import { describe, expect, it } from 'vitest';
import { extractWorkbook } from '../../extract/extract';
import { check } from '../../engine';
import { dayFromIso, isoOfDay } from '../../dates';
import { buildSpecialReport } from '../../report/special-report';
import type { CellValue } from '../../snapshot';
import { latestMandateEnd, ordinaryGaDeadlineIn } from './mandates';
import { isAboveTenth, voteCap } from './votes';

const iso = (day: number) => isoOfDay(day);
const run = (sheets: Record<string, CellValue[][]>, parameters: Record<string, CellValue> = {}) =>
  check(extractWorkbook({ sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })) }), { parameterOverrides: parameters, conditions: [] });

describe('the one-tenth cap in whole votes', () => {
  it('is one tenth rounded down, never below one vote', () => {
    expect([voteCap(0), voteCap(9), voteCap(10), voteCap(19), voteCap(20), voteCap(1_611)]).toEqual([1, 1, 1, 1, 2, 161]);
  });
  it('never puts a single vote above it, and puts one vote past it above', () => {
    expect(isAboveTenth(1, 3)).toBe(false);
    expect(isAboveTenth(161, 1_611)).toBe(false);
    expect(isAboveTenth(162, 1_611)).toBe(true);
  });
});

describe('the ordinary GA deadline and the statutory term', () => {
  it('is six months after the fiscal year’s end', () => {
    expect(iso(ordinaryGaDeadlineIn(2029, '01-01'))).toBe('2029-06-30');
    expect(iso(ordinaryGaDeadlineIn(2029, '07-01'))).toBe('2029-12-31');
    expect(iso(ordinaryGaDeadlineIn(2029, '10-01'))).toBe('2029-03-31');
  });
  it('counts "until the ordinary GA of 2029" from 17/06/2025 as four years', () => {
    const { latestEnd, gaYear } = latestMandateEnd(dayFromIso('2025-06-17')!, 4, '01-01');
    expect([iso(latestEnd), gaYear]).toEqual(['2029-06-30', 2029]);
  });
  it('keeps the anniversary when it falls after the GA deadline', () => {
    expect(iso(latestMandateEnd(dayFromIso('2025-09-15')!, 4, '01-01').latestEnd)).toBe('2029-09-15');
    expect(iso(latestMandateEnd(dayFromIso('2024-02-29')!, 6, '01-01').latestEnd)).toBe('2030-06-30');
  });
});

describe('T2: one row per meeting, a meeting being a date and a meeting id or type', () => {
  const HEAD = ["Date de l'AG", "Type d'AG", 'N° sociétaire', 'Présence', 'Mandataire', 'Voix'];
  const rows = (type: string, n: number) => Array.from({ length: n }, (_, i) => ['17/06/2025', type, `M${i + 1}`, 'présent', null, 1]);
  const result = run({ AG: [HEAD, ...rows('AGO', 25), ...rows('AGE', 12)] }, { fiscalYear: 2025 });

  it('keeps an ordinary and an extraordinary GA of the same day apart, with the cap in whole votes', () => {
    expect(result.figures.meetings).toEqual([
      { date: '2025-06-17', meeting: 'AGE', present: 12, represented: 0, voters: 12, votesRepresented: 12, cap: 1, aboveCap: 0 },
      { date: '2025-06-17', meeting: 'AGO', present: 25, represented: 0, voters: 25, votesRepresented: 25, cap: 2, aboveCap: 0 },
    ]);
  });
  it('shows the meeting in its own column', () => {
    const t2 = buildSpecialReport(result, { fileName: 'x.xlsx', sha256: '0', checkedAt: '2026-01-15', toolVersion: '1' }, 'nl').tables.find(
      (t) => t.id === 'T2',
    )!;
    expect(t2.columns.map((c) => c.header).slice(0, 2)).toEqual(['Datum', 'Vergadering']);
    expect(t2.rows.map((r) => r[1])).toEqual(['AGE', 'AGO']);
  });
});

describe('T3: new, renewed and co-opted mandates of the year, and vacancies', () => {
  const HEAD = ['Nom', 'Fonction', 'Nommé par', 'Date de nomination', "Confirmé par l'AG le", 'Fin du mandat'];
  const board = [
    HEAD,
    ['Anne Dupont', 'administrateur', 'AG', '16/06/2021', null, '17/06/2025'],
    ['Anne Dupont', 'administrateur', 'AG', '17/06/2025', null, '30/06/2029'],
    ['Bart Peeters', 'administrateur', 'AG', '17/06/2025', null, '30/06/2029'],
    ['Léa Martin', 'administrateur', 'cooptation', '01/09/2025', null, null],
    ['Chris Janssens', 'administrateur', 'AG', '16/06/2021', null, '17/06/2025'],
    ['Paul Durand', 'administrateur', 'AG', '20/06/2022', null, null],
    ['Réviseurs SRL', 'commissaire', 'AG', '17/06/2025', null, null],
  ];

  it('counts the directors’ mandates of the year and those in office at its end', () => {
    const result = run({ Administrateurs: board }, { fiscalYear: 2025, boardSeats: 5 });
    expect(result.figures.boardSummary).toEqual({ newMandates: 1, renewed: 1, coopted: 1, inOffice: 4, seats: 5, vacancies: 1 });
    expect(result.figures.board.map((d) => [d.name, d.role, d.mandateKind])).toEqual([
      ['Anne Dupont', 'director', undefined],
      ['Anne Dupont', 'director', 'renewed'],
      ['Bart Peeters', 'director', 'new'],
      ['Léa Martin', 'director', 'coopted'],
      ['Chris Janssens', 'director', undefined],
      ['Paul Durand', 'director', undefined],
      ['Réviseurs SRL', 'auditor', 'new'],
    ]);
  });

  it('says so under T3, with the vacancies only when the statutes’ seats are given', () => {
    const input = { fileName: 'x.xlsx', sha256: '0', checkedAt: '2026-01-15', toolVersion: '1' };
    const withSeats = buildSpecialReport(run({ Administrateurs: board }, { fiscalYear: 2025, boardSeats: 5 }), input, 'fr').tables.find((t) => t.id === 'T3')!;
    expect(withSeats.note).toBe(
      "Mandats d'administrateur commencés pendant l'exercice : nouveaux 1, renouvelés 1, cooptés 1. Administrateurs en fonction au 31/12/2025 : 4. Sièges prévus par les statuts : 5 ; sièges vacants : 1.",
    );
    expect(withSeats.rows[2]!.slice(0, 5)).toEqual(['Bart Peeters', 'Administrateur', null, 'AG', 'Nouveau']);
    const without = buildSpecialReport(run({ Administrateurs: board }, { fiscalYear: 2025 }), input, 'en').tables.find((t) => t.id === 'T3')!;
    expect(without.note).toBe('Director mandates begun during the fiscal year: new 1, renewed 1, co-opted 1. Directors in office on 31/12/2025: 4.');
    expect(run({ Administrateurs: board }, { fiscalYear: 2025 }).figures.boardSummary.vacancies).toBeUndefined();
  });
});
