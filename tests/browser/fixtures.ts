/**
 * Workbooks for the browser tests, with the French headers of DATA-CONTRACT.md: the example
 * (examples/les-tisserands.xlsx when `npm run example` has made it, else a small stand-in), a
 * "broken" one whose problems the tests name cell by cell, and a file that is no workbook at all.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ROOT } from './harness';

type Rows = readonly (readonly ExcelJS.CellValue[])[];

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
const memberId = (i: number) => `M${String(i).padStart(3, '0')}`;

async function xlsx(sheets: Readonly<Record<string, Rows>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== undefined) sheet.getCell(r + 1, c + 1).value = value;
      }),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const REGISTER_HEADERS = [
  'N° sociétaire',
  'Nom',
  'Catégorie',
  "Date d'adhésion",
  'Date de sortie',
  'Motif de sortie',
  "Motif d'exclusion",
  'Nombre de parts',
  'Valeur nominale',
  'Montant libéré',
];
const MEETING_HEADERS = ["Date de l'AG", 'N° sociétaire', 'Présence', 'Mandataire', 'Voix'];

/** Twelve members since 2020, one admitted and one gone in 2025. */
function register(): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [REGISTER_HEADERS];
  for (let i = 1; i <= 12; i++) rows.push([memberId(i), `Membre ${i}`, 'A', utc(2020, 1, i), null, null, null, 2, 250, 500]);
  rows.push([memberId(13), 'Membre 13', 'B', utc(2025, 3, 1), null, null, null, 1, 250, 250]);
  rows.push([memberId(14), 'Membre 14', 'A', utc(2019, 5, 5), utc(2025, 4, 30), 'démission', null, 1, 250, 250]);
  return rows;
}

/** A general meeting of 17/06/2025 where M001 holds the proxies of the next members. */
function meeting(proxiesOfM001: number): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [MEETING_HEADERS];
  for (let i = 1; i <= 13; i++) {
    const represented = i >= 2 && i <= 1 + proxiesOfM001;
    rows.push([utc(2025, 6, 17), memberId(i), represented ? 'représenté' : 'présent', represented ? memberId(1) : null, 1]);
  }
  return rows;
}

async function standInExample(): Promise<Buffer> {
  return xlsx({
    'Registre des sociétaires': register(),
    'AG 2025': meeting(0),
    Administrateurs: [
      ['Nom', 'N° sociétaire', 'Nommé par', 'Date de nomination', 'Fin du mandat', 'Rémunération', 'Jetons de présence'],
      ['Membre 1', memberId(1), 'AG', utc(2022, 6, 15), utc(2026, 6, 15), 0, 0],
      ['Membre 2', memberId(2), 'AG', utc(2023, 6, 14), utc(2027, 6, 14), 0, 0],
    ],
    Affectation: [
      ['Poste', 'Montant'],
      ['Résultat à affecter', 12_000],
      ['Réserve légale', 600],
      ['Réserve pour projets', 4_000],
      ['Dividendes', 0],
      ['Information et formation', 1_500],
      ['Report à nouveau', 5_900],
    ],
    Statuts: [
      ['Condition', 'Article'],
      ['ES-1', 'Art. 3'],
      ['ES-2', 'Art. 4'],
      ['ES-4', 'Art. 52'],
    ],
    Paramètres: [
      ['Paramètre', 'Valeur'],
      ['Nom de la coopérative', 'Les Tisserands'],
      ['Exercice', 2025],
    ],
  });
}

export const EXAMPLE_PATH = join(ROOT, 'examples/les-tisserands.xlsx');

export async function exampleWorkbook(): Promise<{ name: string; bytes: Buffer }> {
  if (existsSync(EXAMPLE_PATH)) return { name: 'les-tisserands.xlsx', bytes: await readFile(EXAMPLE_PATH) };
  return { name: 'les-tisserands.xlsx', bytes: await standInExample() };
}

/**
 * Problems the tests point at:
 * - Registre!D4: "31/02/2025" is no date (DATA-2);
 * - AG!E2: M001 votes with 3 of the 13 votes present or represented, more than one tenth (ES-7);
 * - no directors sheet, so the directors' conditions are not evaluated;
 * - a member id that starts like a formula, which the CSV must neutralise.
 */
export const BROKEN = {
  name: 'registre-casse.xlsx',
  badDateCell: 'Registre!D4',
  voteCapCell: 'AG!E2',
  formulaLikeId: '=1+2',
};

export async function brokenWorkbook(): Promise<{ name: string; bytes: Buffer }> {
  const members = register();
  members[3]![3] = '31/02/2025';
  members.push([BROKEN.formulaLikeId, 'Membre douteux', 'A', utc(2024, 2, 2), null, null, null, 1, 250, 250]);
  return { name: BROKEN.name, bytes: await xlsx({ Registre: members, AG: meeting(2) }) };
}

/** The register's member-number column headed "Num", a header no synonym matches: the data step must let the user point to it. */
export const RENAMED = { name: 'registre-num.xlsx', memberIdHeader: 'Num', memberIdColumn: 'A' };

export async function renamedWorkbook(): Promise<{ name: string; bytes: Buffer }> {
  const members = register();
  members[0]![0] = RENAMED.memberIdHeader;
  return { name: RENAMED.name, bytes: await xlsx({ Registre: members, AG: meeting(0) }) };
}

export function notAWorkbook(): { name: string; bytes: Buffer } {
  return { name: 'notes.xlsx', bytes: Buffer.from('These are notes, not a workbook.\n') };
}
