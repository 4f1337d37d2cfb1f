/**
 * Writes a synthetic but realistic cooperative workbook of any size, deterministic from a seed:
 * a register, a share-movement journal consistent with it, a general meeting's attendance,
 * directors, a result allocation and parameters. Returns the figures a correct check must find.
 *
 *   npx tsx scripts/generate-workbook.ts --members 50000 --voters 2000 --year 2025 --seed 1 [--flaws 100] [--shared-strings]
 *     [--company-number "BE 0123.456.789"] --out bench-data/m50k.xlsx
 *
 * The data is clean (no finding at breach or warning level) unless `--flaws N` asks for N deliberate
 * errors spread through the two large sheets, half in each: a number of shares that is not a number
 * in the register (DATA-2) and a payment by an id missing from the register in the journal (DATA-4).
 * Neither changes the figures.
 *
 * The journal covers the last JOURNAL_YEARS years, as a large cooperative's usually does: a register
 * at Excel's row limit (1,048,575 members) could not hold one subscription row per member beside
 * its refunds. Uses exceljs's streaming writer so that such a register is written in bounded memory.
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
  flaws?: number;
  /** Text in a shared-strings table, as Excel saves it, rather than in the cells. */
  sharedStrings?: boolean;
  /** A company number in the parameters sheet (`coopcheck compare` matches two years by it). */
  companyNumber?: string;
}

/** What a correct check of the generated workbook reports (JSON `figures.members`, meetings, findings). */
export interface ExpectedFigures {
  members: { start: number; admitted: number; resigned: number; leftByRight: number; excluded: number; end: number };
  voters: number;
  represented: number;
  movementRows: number;
  /** Deliberate errors: [conditionId, sheet, cell]. */
  flaws: [string, string, string][];
}

/** Excel's last row: a sheet holds 1,048,576 rows, the header included. */
export const MAX_DATA_ROWS = 1_048_575;
const JOURNAL_YEARS = 5;

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

export async function generateWorkbook(options: GenerateOptions): Promise<ExpectedFigures> {
  const { members, voters, year, seed, out, flaws = 0, sharedStrings = false, companyNumber } = options;
  if (members > MAX_DATA_ROWS) throw new Error(`at most ${MAX_DATA_ROWS.toLocaleString('en')} members fit in a sheet`);
  const rand = random(seed);
  mkdirSync(dirname(out), { recursive: true });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useSharedStrings: sharedStrings, useStyles: true });
  const dateStyle = { numFmt: 'dd/mm/yyyy' };
  const moneyStyle = { numFmt: '#,##0.00' };

  const register = workbook.addWorksheet('Registre');
  const movements = workbook.addWorksheet('Mouvements');
  register.columns = [
    { header: 'N° sociétaire', width: 12 },
    { header: 'Nom', width: 24 },
    { header: 'Catégorie', width: 10 },
    { header: "Date d'adhésion", width: 14, style: dateStyle },
    { header: 'Date de sortie', width: 14, style: dateStyle },
    { header: 'Motif de sortie', width: 14 },
    { header: "Motif d'exclusion", width: 20 },
    { header: 'Nombre de parts', width: 10 },
    { header: 'Valeur nominale', width: 10, style: moneyStyle },
    { header: 'Montant libéré', width: 12, style: moneyStyle },
    { header: 'Montant remboursé', width: 12, style: moneyStyle },
    { header: 'Date de remboursement', width: 14, style: dateStyle },
  ];
  movements.columns = [
    { header: 'Date', width: 14, style: dateStyle },
    { header: 'N° sociétaire', width: 12 },
    { header: 'Type', width: 14 },
    { header: 'Nombre de parts', width: 10 },
    { header: 'Prix unitaire', width: 10, style: moneyStyle },
    { header: 'Montant', width: 12, style: moneyStyle },
    { header: 'Catégorie', width: 10 },
  ];

  const expected: ExpectedFigures = {
    members: { start: 0, admitted: 0, resigned: 0, leftByRight: 0, excluded: 0, end: 0 },
    voters: 0,
    represented: 0,
    movementRows: 0,
    flaws: [],
  };
  // Flaws every `flawEvery` members, alternating between the register and the journal.
  const flawEvery = flaws > 0 ? Math.max(1, Math.floor(members / flaws)) : Infinity;
  const journalStart = utcDate(year - JOURNAL_YEARS + 1, 0);
  let movementRow = 1;
  const addMovement = (values: ExcelJS.CellValue[]) => {
    movements.addRow(values).commit();
    movementRow += 1;
  };
  const present: string[] = [];
  for (let i = 1; i <= members; i++) {
    const id = `M${String(i).padStart(7, '0')}`;
    const category = CATEGORIES[Math.floor(rand() * CATEGORIES.length)]!;
    const shares = 1 + Math.floor(rand() * 20);
    // About 9 % of the register joined this year; the rest over the ten years before.
    const joinedThisYear = rand() < 0.09;
    const admissionDay = Math.floor(rand() * 365);
    const admission = joinedThisYear ? utcDate(year, admissionDay) : utcDate(year - 1 - Math.floor(rand() * 10), admissionDay);
    const exits = rand() < 0.006;
    // An exit this year comes after the admission, however late in the year that was.
    const exitDate = !exits
      ? null
      : joinedThisYear
        ? utcDate(year, admissionDay + Math.floor(rand() * (365 - admissionDay)))
        : utcDate(year, 30 + Math.floor(rand() * 150));
    const exitReason = exits ? (rand() < 0.95 ? 'démission' : rand() < 0.5 ? 'décès' : 'exclusion') : null;
    const paid = shares * NOMINAL;
    const name = `${FIRST[Math.floor(rand() * FIRST.length)]} ${LAST[Math.floor(rand() * LAST.length)]}`;
    const flawed = i % flawEvery === 0 && expected.flaws.length < flaws;
    const flawInRegister = flawed && expected.flaws.length % 2 === 0;
    register
      .addRow([
        id,
        name,
        category,
        admission,
        exitDate,
        exitReason,
        exitReason === 'exclusion' ? 'Non-respect des statuts' : null,
        flawInRegister ? 'quelques-unes' : shares,
        NOMINAL,
        paid,
        exits ? paid : null,
        exitDate,
      ])
      .commit();
    if (flawInRegister) expected.flaws.push(['DATA-2', 'Registre', `H${i + 1}`]);

    if (admission >= journalStart) addMovement([admission, id, 'souscription', shares, NOMINAL, paid, category]);
    if (exitDate) addMovement([exitDate, id, 'remboursement', shares, NOMINAL, paid, category]);
    else if (present.length < voters) present.push(id);
    if (flawed && !flawInRegister) {
      expected.flaws.push(['DATA-4', 'Mouvements', `B${movementRow + 1}`]);
      addMovement([admission >= journalStart ? admission : journalStart, `X${String(i).padStart(7, '0')}`, 'libération', 1, NOMINAL, NOMINAL, category]);
    }

    const counts = expected.members;
    if (joinedThisYear) counts.admitted += 1;
    else counts.start += 1;
    if (exitReason === 'démission') counts.resigned += 1;
    else if (exitReason === 'décès') counts.leftByRight += 1;
    else if (exitReason === 'exclusion') counts.excluded += 1;
    if (!exits) counts.end += 1;
  }
  if (movementRow > MAX_DATA_ROWS + 1) throw new Error(`the journal needs ${movementRow.toLocaleString('en')} rows, more than a sheet holds`);
  expected.movementRows = movementRow - 1;
  register.commit();
  movements.commit();

  const meeting = workbook.addWorksheet('AG');
  meeting.columns = [
    { header: "Date de l'AG", width: 14, style: dateStyle },
    { header: 'N° sociétaire', width: 12 },
    { header: 'Présence', width: 14 },
    { header: 'Mandataire', width: 12 },
    { header: 'Voix', width: 6 },
  ];
  const meetingDate = utcDate(year, 167);
  // One voter in twelve is represented by a proxy holder chosen among those present.
  present.forEach((id, i) => {
    const represented = i > 12 && i % 12 === 0;
    meeting.addRow([meetingDate, id, represented ? 'représenté' : 'présent', represented ? present[i - 1 - (i % 7)] : null, 1]).commit();
    if (represented) expected.represented += 1;
  });
  expected.voters = present.length;
  meeting.commit();

  const directors = workbook.addWorksheet('Administrateurs');
  directors.columns = [
    { header: 'Nom', width: 24 },
    { header: 'N° sociétaire', width: 12 },
    { header: 'Nommé par', width: 12 },
    { header: 'Date de nomination', width: 14, style: dateStyle },
    { header: 'Fin du mandat', width: 14, style: dateStyle },
    { header: 'Rémunération', width: 12, style: moneyStyle },
    { header: 'Jetons de présence', width: 12, style: moneyStyle },
    { header: "Montant autorisé par l'AG", width: 14, style: moneyStyle },
  ];
  for (let i = 0; i < 7; i++) {
    directors.addRow([`Administrateur ${i + 1}`, present[i] ?? null, 'AG', utcDate(year - 2, 167), utcDate(year + 2, 167), 0, i < 3 ? 300 : 0, 600]).commit();
  }
  directors.commit();

  const allocation = workbook.addWorksheet('Affectation');
  allocation.columns = [
    { header: 'Poste', width: 32 },
    { header: 'Montant', width: 14, style: moneyStyle },
  ];
  for (const [item, amount] of [
    ['Résultat à affecter', 250_000],
    ['Réserve légale', 12_500],
    ['Réserve pour projets', 150_000],
    ['Information et formation', 20_000],
    ['Report à nouveau', 67_500],
  ] as const)
    allocation.addRow([item, amount]).commit();
  allocation.commit();

  const parameters = workbook.addWorksheet('Paramètres');
  parameters.columns = [
    { header: 'Paramètre', width: 28 },
    { header: 'Valeur', width: 20 },
  ];
  parameters.addRow(['Nom de la coopérative', `Coopérative synthétique (${members} membres)`]).commit();
  parameters.addRow(['Exercice', year]).commit();
  if (companyNumber !== undefined) parameters.addRow(["Numéro d'entreprise", companyNumber]).commit();
  // The directors' attendance fees are allowed by the statutes and authorised by the meeting (CNC-7, ES-6).
  parameters.addRow(['Rémunération prévue par les statuts', 'oui']).commit();
  parameters.commit();

  await workbook.commit();
  return expected;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      members: { type: 'string', default: '50000' },
      voters: { type: 'string', default: '2000' },
      year: { type: 'string', default: '2025' },
      seed: { type: 'string', default: '1' },
      flaws: { type: 'string', default: '0' },
      'shared-strings': { type: 'boolean', default: false },
      out: { type: 'string' },
      'company-number': { type: 'string' },
    },
  });
  const members = Number(values.members);
  const expected = await generateWorkbook({
    members,
    voters: Number(values.voters),
    year: Number(values.year),
    seed: Number(values.seed),
    flaws: Number(values.flaws),
    sharedStrings: values['shared-strings'],
    out: values.out ?? `bench-data/members-${members}.xlsx`,
    ...(values['company-number'] !== undefined && { companyNumber: values['company-number'] }),
  });
  console.log(JSON.stringify({ ...expected, flaws: expected.flaws.length }));
}
