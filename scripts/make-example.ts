/**
 * Writes examples/les-tisserands.xlsx: a small fictional cooperative holding both accreditations
 * (ES and CNC), with every sheet of DATA-CONTRACT.md kept the way a Belgian finance team keeps it
 * (French headers, title rows, Belgian dates and amounts), and a few deliberate problems so that the
 * README's first command shows the whole job:
 *
 *   - M007's dividend is 7 % of what was paid up (ES-3, CNC-5);
 *   - M031 left and was refunded 10 € more than paid in (ES-5);
 *   - director Nadia Mertens receives attendance fees without a GA decision (ES-6, CNC-7);
 *   - M002 votes with three proxies at the GA: 4 votes of 30 (ES-7);
 *   - M033 was excluded with no ground recorded (CNC-1);
 *   - M018's admission date reads "début 2021" (DATA-2);
 *   - M012 appears twice in the register (DATA-3).
 *
 *   npm run example
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../examples/les-tisserands.xlsx');
const date = (d: number, m: number, y: number) => new Date(Date.UTC(y, m - 1, d));
const id = (i: number) => `M${String(i).padStart(3, '0')}`;
const NOMINAL = 100;
const FIRST = ['Anne', 'Bart', 'Chloé', 'David', 'Els', 'François', 'Griet', 'Hugo', 'Inès', 'Jan', 'Karima', 'Luc', 'Marie', 'Nico', 'Olga', 'Pieter'];
const LAST = ['Peeters', 'Janssens', 'Maes', 'Dubois', 'Lambert', 'Dupont', 'Claes', 'Willems', 'Mertens', 'Leroy', 'Goossens', 'Renard'];

type Row = ExcelJS.CellValue[];

function addSheet(workbook: ExcelJS.Workbook, name: string, title: string, columns: { header: string; width: number; format?: string }[], rows: Row[]) {
  const sheet = workbook.addWorksheet(name);
  sheet.getCell('A1').value = title;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  const header = sheet.getRow(3);
  columns.forEach((c, i) => {
    header.getCell(i + 1).value = c.header;
    sheet.getColumn(i + 1).width = c.width;
    if (c.format) sheet.getColumn(i + 1).numFmt = c.format;
  });
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2EFDA' } };
  rows.forEach((row, r) => (sheet.getRow(4 + r).values = row));
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  return sheet;
}

const DATE = 'dd/mm/yyyy';
const MONEY = '#,##0.00 "€"';

async function main() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CoopCheck example';

  // Register: 34 members, 10 shares of 100 € each unless said otherwise.
  const shares = (i: number) => (i === 7 ? 20 : i % 5 === 0 ? 5 : 10);
  const members: Row[] = [];
  for (let i = 1; i <= 34; i++) {
    const name = `${FIRST[i % FIRST.length]} ${LAST[i % LAST.length]}`;
    const admitted = i <= 30 ? date(1 + (i % 27), 1 + (i % 12), 2016 + (i % 8)) : date(10, 3, 2019);
    const category = i <= 30 ? 'A' : 'B';
    const paid = shares(i) * NOMINAL;
    let exit: Row = [null, null, null, null, null];
    if (i === 31) exit = [date(30, 6, 2025), 'démission', null, paid + 10, date(15, 7, 2025)];
    if (i === 32) exit = [date(30, 6, 2025), 'décès', null, paid, date(20, 7, 2025)];
    if (i === 33) exit = [date(14, 10, 2025), 'exclusion', null, paid, date(30, 11, 2025)];
    if (i === 34) exit = [date(30, 6, 2025), 'démission', null, null, null];
    const admission: ExcelJS.CellValue = i === 18 ? 'début 2021' : admitted;
    const [exitDate, reason, ground, refund, refundDate] = exit;
    members.push([
      id(i),
      name,
      'physique',
      category,
      admission,
      exitDate,
      reason,
      ground,
      shares(i),
      NOMINAL,
      paid,
      refund,
      refundDate,
      i === 34 ? 'oui' : null,
    ]);
  }
  // Two admissions of 2025 and a row typed twice.
  members.push([id(35), 'Coopérative Le Grenier', 'morale', 'B', date(3, 2, 2025), null, null, null, 10, NOMINAL, 1000, null, null, null]);
  members.push([id(36), 'Sofie Claes', 'physique', 'A', date(12, 9, 2025), null, null, null, 5, NOMINAL, 500, null, null, null]);
  members.push([id(12), 'Luc Claes', 'physique', 'A', date(1, 1, 2019), null, null, null, 10, NOMINAL, 1000, null, null, null]);
  addSheet(
    workbook,
    'Registre',
    'Registre des sociétaires — Les Tisserands SC',
    [
      { header: 'N° sociétaire', width: 12 },
      { header: 'Nom', width: 26 },
      { header: 'Type de personne', width: 12 },
      { header: 'Catégorie', width: 10 },
      { header: "Date d'adhésion", width: 14, format: DATE },
      { header: 'Date de sortie', width: 14, format: DATE },
      { header: 'Motif de sortie', width: 14 },
      { header: "Motif d'exclusion", width: 24 },
      { header: 'Nombre de parts', width: 10 },
      { header: 'Valeur nominale', width: 12, format: MONEY },
      { header: 'Montant libéré', width: 12, format: MONEY },
      { header: 'Montant remboursé', width: 12, format: MONEY },
      { header: 'Date de remboursement', width: 14, format: DATE },
      { header: 'Remboursement postposé', width: 12 },
    ],
    members,
  );

  addSheet(
    workbook,
    'Candidatures',
    'Demandes d’adhésion 2025',
    [
      { header: 'Candidat', width: 26 },
      { header: 'Date de la demande', width: 14, format: DATE },
      { header: 'Décision', width: 12 },
      { header: 'Motif du refus', width: 36 },
      { header: 'Motifs demandés', width: 10 },
      { header: "Date d'envoi des motifs", width: 14, format: DATE },
    ],
    [
      ['Coopérative Le Grenier', date(10, 1, 2025), 'acceptée', null, null, null],
      ['Sofie Claes', date(1, 9, 2025), 'acceptée', null, null, null],
      ['Immo Spéculation SA', date(5, 5, 2025), 'refusée', "Activité incompatible avec l'objet social (art. 9 des statuts)", 'oui', date(20, 5, 2025)],
    ],
  );

  // Movements: one subscription per member at admission, the refunds of the year's exits.
  const movements: Row[] = [];
  // The duplicated M012 row is a typing error: it has no movements of its own.
  for (const row of members.slice(0, -1)) {
    const [memberId, , , category, admission, exitDate, , , count, , paid, refund] = row as [
      string,
      string,
      string,
      string,
      Date | string,
      Date | null,
      string,
      string,
      number,
      number,
      number,
      number | null,
    ];
    if (admission instanceof Date) movements.push([admission, memberId, 'souscription', count, NOMINAL, paid, category]);
    if (exitDate && refund) movements.push([exitDate, memberId, 'remboursement', count, NOMINAL, refund, category]);
  }
  addSheet(
    workbook,
    'Mouvements',
    'Mouvements de parts',
    [
      { header: 'Date', width: 14, format: DATE },
      { header: 'N° sociétaire', width: 12 },
      { header: 'Type', width: 14 },
      { header: 'Nombre de parts', width: 10 },
      { header: 'Prix unitaire', width: 12, format: MONEY },
      { header: 'Montant', width: 12, format: MONEY },
      { header: 'Catégorie', width: 10 },
    ],
    movements,
  );

  // Dividend of 2025 at 4 % of the nominal value, 7 % for M007.
  const distributions: Row[] = [];
  for (let i = 1; i <= 30; i++) {
    if (i === 18 || i === 12) continue;
    const gross = Math.round(shares(i) * NOMINAL * (i === 7 ? 7 : 4)) / 100;
    const tax = Math.round(gross * 30) / 100;
    distributions.push([id(i), 2025, 'dividende', gross, tax, Math.round((gross - tax) * 100) / 100, date(30, 6, 2025)]);
  }
  addSheet(
    workbook,
    'Dividendes',
    'Dividendes de l’exercice 2025 (payés en 2025)',
    [
      { header: 'N° sociétaire', width: 12 },
      { header: 'Exercice', width: 10 },
      { header: 'Nature', width: 12 },
      { header: 'Montant brut', width: 12, format: MONEY },
      { header: 'Précompte mobilier', width: 12, format: MONEY },
      { header: 'Montant net', width: 12, format: MONEY },
      { header: 'Date de paiement', width: 14, format: DATE },
    ],
    distributions,
  );

  // GA of 17 June 2025: 20 present, 10 represented; M002 holds three proxies (4 votes of 30).
  const meeting: Row[] = [];
  for (let i = 1; i <= 20; i++) meeting.push([date(17, 6, 2025), id(i), 'présent', null, 1]);
  for (let i = 21; i <= 30; i++) meeting.push([date(17, 6, 2025), id(i), 'représenté', i <= 23 ? id(2) : id(i - 18), 1]);
  addSheet(
    workbook,
    'AG 2025',
    'Assemblée générale ordinaire du 17 juin 2025 — liste de présence',
    [
      { header: "Date de l'AG", width: 14, format: DATE },
      { header: 'N° sociétaire', width: 12 },
      { header: 'Présence', width: 12 },
      { header: 'Mandataire', width: 12 },
      { header: 'Voix', width: 8 },
    ],
    meeting,
  );

  addSheet(
    workbook,
    'Administrateurs',
    "Conseil d'administration",
    [
      { header: 'Nom', width: 22 },
      { header: 'N° sociétaire', width: 12 },
      { header: 'Nommé par', width: 12 },
      { header: 'Date de nomination', width: 14, format: DATE },
      { header: "Confirmé par l'AG le", width: 14, format: DATE },
      { header: 'Fin du mandat', width: 14, format: DATE },
      { header: 'Rémunération', width: 12, format: MONEY },
      { header: 'Jetons de présence', width: 12, format: MONEY },
      { header: 'Indemnité', width: 12, format: MONEY },
      { header: "Montant autorisé par l'AG", width: 14, format: MONEY },
      { header: 'Lié aux bénéfices', width: 10 },
    ],
    [
      ['Anne Janssens', id(1), 'AG', date(15, 6, 2022), null, date(15, 6, 2026), 0, 300, 0, 600, 'non'],
      ['Bart Maes', id(2), 'AG', date(15, 6, 2022), null, date(15, 6, 2026), 0, 0, 0, null, 'non'],
      ['Nadia Mertens', id(8), 'AG', date(20, 6, 2023), null, date(20, 6, 2027), 0, 450, 0, null, 'non'],
      ['Hugo Dubois', id(9), 'cooptation', date(1, 2, 2025), date(17, 6, 2025), date(1, 2, 2029), 0, 0, 0, null, 'non'],
    ],
  );

  addSheet(
    workbook,
    'Affectation',
    'Affectation du résultat 2025',
    [
      { header: 'Poste', width: 34 },
      { header: 'Montant', width: 14, format: MONEY },
    ],
    [
      ['Résultat à affecter', 48_000],
      ['Réserve légale', 2_400],
      ['Réserve pour projets', 20_000],
      ['Information et formation', 3_000],
      ['Dividendes', 1_040],
      ['Report à nouveau', 21_560],
      ['Ressources annuelles', 410_000],
    ],
  );

  addSheet(
    workbook,
    'Formation',
    'Information et formation 2025',
    [
      { header: 'Date', width: 14, format: DATE },
      { header: 'Intitulé', width: 36 },
      { header: 'Public', width: 14 },
      { header: 'Jours', width: 8 },
      { header: 'Participants', width: 12 },
      { header: 'Coût', width: 12, format: MONEY },
    ],
    [
      [date(8, 3, 2025), 'Accueil des nouveaux coopérateurs', 'membres', 1, 14, 450],
      [date(24, 5, 2025), "Lire les comptes annuels d'une coopérative", 'membres', 0.5, 22, 300],
      [date(18, 10, 2025), 'Portes ouvertes de l’atelier', 'grand public', 1, 60, 1_200],
    ],
  );

  addSheet(
    workbook,
    'Statuts',
    'Références statutaires',
    [
      { header: 'Condition', width: 10 },
      { header: 'Article', width: 10 },
      { header: 'Extrait', width: 80 },
    ],
    [
      ['ES-1', 'art. 3', "La société a pour but principal de générer un impact sociétal positif pour l'homme, l'environnement ou la société."],
      ['ES-2', 'art. 4', "L'objet social : la remise au travail de tisserands artisanaux et la formation aux métiers du textile durable."],
      ['ES-4', 'art. 41', 'En cas de liquidation, le patrimoine restant est affecté à une finalité aussi proche que possible de son objet.'],
    ],
  );

  addSheet(
    workbook,
    'Paramètres',
    'Paramètres du contrôle',
    [
      { header: 'Paramètre', width: 30 },
      { header: 'Valeur', width: 30 },
    ],
    [
      ['Nom de la coopérative', 'Les Tisserands SC'],
      ["Numéro d'entreprise", 'BE 0712.345.678'],
      ['Exercice', 2025],
      ['Agréments', 'ES, CNC'],
      ['Durée du mandat', 4],
      ['Rémunération prévue par les statuts', 'oui'],
    ],
  );

  mkdirSync(dirname(OUT), { recursive: true });
  await workbook.xlsx.writeFile(OUT);
  console.log(`wrote ${OUT}`);
}

await main();
