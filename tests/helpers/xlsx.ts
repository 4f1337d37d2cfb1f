/**
 * Builds real .xlsx files with exceljs for the adapter and CLI tests: sheets given as rows of
 * exceljs cell values (Dates, formulas, rich text… as a workbook saved by Excel would hold them).
 */
import ExcelJS from 'exceljs';

export type Rows = readonly (readonly ExcelJS.CellValue[])[];

export async function xlsxOf(sheets: Readonly<Record<string, Rows>>, configure?: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== undefined) sheet.getCell(r + 1, c + 1).value = value;
      }),
    );
  }
  configure?.(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function openXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

export const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

/**
 * A small cooperative in French: a register (one admission and one exclusion with its ground in
 * 2025) and a general meeting of 17/06/2025. With `proxyBreach` M001 holds two proxies: 3 votes of
 * 20 is more than one tenth (ES-7 breach on AG!E2); without it every voter holds at most one proxy.
 */
export function cooperativeSheets({ proxyBreach = true } = {}): Record<string, Rows> {
  const id = (i: number) => `M${String(i).padStart(3, '0')}`;
  const members: ExcelJS.CellValue[][] = [
    ['N° sociétaire', 'Nom', 'Catégorie', "Date d'adhésion", 'Date de sortie', 'Motif de sortie', "Motif d'exclusion", 'Nombre de parts'],
  ];
  for (let i = 1; i <= 20; i++) members.push([id(i), `Membre ${i}`, i <= 15 ? 'A' : 'B', utc(2020, 1, i), null, null, null, 2]);
  members.push([id(21), 'Membre 21', 'A', utc(2025, 3, 1), null, null, null, 1]);
  members.push([id(22), 'Membre 22', 'B', utc(2019, 5, 5), utc(2025, 4, 30), 'exclusion', 'Non-respect des statuts', 1]);
  const meeting: ExcelJS.CellValue[][] = [["Date de l'AG", 'N° sociétaire', 'Présence', 'Mandataire', 'Voix']];
  for (let i = 1; i <= 10; i++) meeting.push([utc(2025, 6, 17), id(i), 'présent', null, 1]);
  for (let i = 11; i <= 20; i++) meeting.push([utc(2025, 6, 17), id(i), 'représenté', proxyBreach && i <= 12 ? id(1) : id(i - 10), 1]);
  return {
    Registre: members,
    AG: meeting,
    Paramètres: [
      ['Paramètre', 'Valeur'],
      ['Nom de la coopérative', 'Les Tisserands'],
      ["Numéro d'entreprise", 'BE 0123.456.789'],
      ['Exercice', 2025],
    ],
  };
}
