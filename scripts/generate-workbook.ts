/**
 * Writes a synthetic but realistic cooperative workbook of any size, deterministic from a seed:
 * a register, a share-movement journal consistent with it (one subscription per member, a refund per
 * exit), a general meeting's attendance, directors, a result allocation and parameters.
 *
 *   npx tsx scripts/generate-workbook.ts --members 50000 --voters 2000 --year 2025 --seed 1 --out bench-data/m50k.xlsx
 *
 * Uses exceljs's streaming writer so that a register at Excel's row limit (1,048,575 members) is
 * written in bounded memory.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';

export interface GenerateOptions {
  members: number;
  voters: number;
  year: number;
  seed: number;
  out: string;
}

/** mulberry32: a small, fast, seedable generator; the workbook must be the same for the same seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const NOMINAL = 50;
const CATEGORIES = ['A', 'A', 'A', 'A', 'A', 'A', 'A', 'A', 'B', 'C'];
const FIRST = ['Anne', 'Bart', 'Chloé', 'David', 'Els', 'François', 'Griet', 'Hugo', 'Inès', 'Jan', 'Karima', 'Luc'];
const LAST = ['Peeters', 'Janssens', 'Maes', 'Dubois', 'Lambert', 'Dupont', 'Claes', 'Willems', 'Mertens', 'Leroy'];

function utcDate(year: number, dayOfYear: number): Date {
  return new Date(Date.UTC(year, 0, 1 + dayOfYear));
}

export async function generateWorkbook(options: GenerateOptions): Promise<void> {
  const { members, voters, year, seed, out } = options;
  const rand = random(seed);
  mkdirSync(dirname(out), { recursive: true });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useSharedStrings: false, useStyles: true });
  const dateStyle = { numFmt: 'dd/mm/yyyy' };
  const moneyStyle = { numFmt: '#,##0.00' };

  const register = workbook.addWorksheet('Registre');
  const movements = workbook.addWorksheet('Mouvements');
  register.columns = [
    { header: 'N° sociétaire', width: 12 }, { header: 'Nom', width: 24 }, { header: 'Catégorie', width: 10 },
    { header: "Date d'adhésion", width: 14, style: dateStyle }, { header: 'Date de sortie', width: 14, style: dateStyle },
    { header: 'Motif de sortie', width: 14 }, { header: "Motif d'exclusion", width: 20 }, { header: 'Nombre de parts', width: 10 },
    { header: 'Valeur nominale', width: 10, style: moneyStyle }, { header: 'Montant libéré', width: 12, style: moneyStyle },
    { header: 'Montant remboursé', width: 12, style: moneyStyle }, { header: 'Date de remboursement', width: 14, style: dateStyle },
  ];
  movements.columns = [
    { header: 'Date', width: 14, style: dateStyle }, { header: 'N° sociétaire', width: 12 }, { header: 'Type', width: 14 },
    { header: 'Nombre de parts', width: 10 }, { header: 'Prix unitaire', width: 10, style: moneyStyle },
    { header: 'Montant', width: 12, style: moneyStyle }, { header: 'Catégorie', width: 10 },
  ];

  const present: string[] = [];
  for (let i = 1; i <= members; i++) {
    const id = `M${String(i).padStart(7, '0')}`;
    const category = CATEGORIES[Math.floor(rand() * CATEGORIES.length)]!;
    const shares = 1 + Math.floor(rand() * 20);
    // About 9 % of the register joined this year; the rest over the ten years before.
    const joinedThisYear = rand() < 0.09;
    const admission = joinedThisYear ? utcDate(year, Math.floor(rand() * 365)) : utcDate(year - 1 - Math.floor(rand() * 10), Math.floor(rand() * 365));
    const exits = rand() < 0.006;
    const exitDate = exits ? utcDate(year, 30 + Math.floor(rand() * 150)) : null;
    const exitReason = exits ? (rand() < 0.95 ? 'démission' : rand() < 0.5 ? 'décès' : 'exclusion') : null;
    const paid = shares * NOMINAL;
    const name = `${FIRST[Math.floor(rand() * FIRST.length)]} ${LAST[Math.floor(rand() * LAST.length)]}`;
    register.addRow([
      id, name, category, admission, exitDate, exitReason, exitReason === 'exclusion' ? 'Non-respect des statuts' : null,
      shares, NOMINAL, paid, exits ? paid : null, exitDate,
    ]).commit();
    movements.addRow([admission, id, 'souscription', shares, NOMINAL, paid, category]).commit();
    if (exitDate) movements.addRow([exitDate, id, 'remboursement', shares, NOMINAL, paid, category]).commit();
    else if (present.length < voters) present.push(id);
  }
  register.commit();
  movements.commit();

  const meeting = workbook.addWorksheet('AG');
  meeting.columns = [
    { header: "Date de l'AG", width: 14, style: dateStyle }, { header: 'N° sociétaire', width: 12 },
    { header: 'Présence', width: 14 }, { header: 'Mandataire', width: 12 }, { header: 'Voix', width: 6 },
  ];
  const meetingDate = utcDate(year, 167);
  // One voter in twelve is represented by a proxy holder chosen among those present.
  present.forEach((id, i) => {
    const represented = i > 12 && i % 12 === 0;
    meeting.addRow([meetingDate, id, represented ? 'représenté' : 'présent', represented ? present[i - 1 - (i % 7)] : null, 1]).commit();
  });
  meeting.commit();

  const directors = workbook.addWorksheet('Administrateurs');
  directors.columns = [
    { header: 'Nom', width: 24 }, { header: 'N° sociétaire', width: 12 }, { header: 'Nommé par', width: 12 },
    { header: 'Date de nomination', width: 14, style: dateStyle }, { header: 'Fin du mandat', width: 14, style: dateStyle },
    { header: 'Rémunération', width: 12, style: moneyStyle }, { header: 'Jetons de présence', width: 12, style: moneyStyle },
    { header: "Montant autorisé par l'AG", width: 14, style: moneyStyle },
  ];
  for (let i = 0; i < 7; i++) {
    directors.addRow([`Administrateur ${i + 1}`, present[i] ?? null, 'AG', utcDate(year - 2, 167), utcDate(year + 2, 167), 0, i < 3 ? 300 : 0, 600]).commit();
  }
  directors.commit();

  const allocation = workbook.addWorksheet('Affectation');
  allocation.columns = [{ header: 'Poste', width: 32 }, { header: 'Montant', width: 14, style: moneyStyle }];
  for (const [item, amount] of [
    ['Résultat à affecter', 250_000], ['Réserve légale', 12_500], ['Réserve pour projets', 150_000],
    ['Information et formation', 20_000], ['Report à nouveau', 67_500],
  ] as const) allocation.addRow([item, amount]).commit();
  allocation.commit();

  const parameters = workbook.addWorksheet('Paramètres');
  parameters.columns = [{ header: 'Paramètre', width: 28 }, { header: 'Valeur', width: 20 }];
  parameters.addRow(['Nom de la coopérative', `Coopérative synthétique (${members} membres)`]).commit();
  parameters.addRow(['Exercice', year]).commit();
  parameters.commit();

  await workbook.commit();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      members: { type: 'string', default: '50000' }, voters: { type: 'string', default: '2000' },
      year: { type: 'string', default: '2025' }, seed: { type: 'string', default: '1' }, out: { type: 'string' },
    },
  });
  const members = Number(values.members);
  await generateWorkbook({
    members, voters: Number(values.voters), year: Number(values.year), seed: Number(values.seed),
    out: values.out ?? `bench-data/members-${members}.xlsx`,
  });
}
