/**
 * Builds the special report (CONDITIONS.md "The special report the checker writes") from a check's
 * result, as translated plain data that a sink lays out on a sheet: header, compliance table, the
 * figure tables, and every finding with a link to its cell.
 */
import type { CheckResult } from '../engine';
import type { Condition } from '../conditions/condition';
import { CONDITIONS } from '../conditions/registry';
import { ALLOCATION_ITEMS, fieldSpec } from '../extract/fields';
import type { AllocationItem, SheetKind } from '../model';
import type { Lang } from '../i18n/lang';
import { formatFor } from '../i18n/lang';
import { outcomeLabel, severityLabel } from '../i18n/labels';
import { formatParameter, parameterLabel } from '../i18n/parameter-texts';
import { describeResult, renderMessage } from '../i18n/render';
import { ACCREDITATION_NAMES, REPORT_TEXTS as T, VOTING_MODE_NAMES } from '../i18n/report-texts';
import type { MembershipMovements } from './figures';
import { AUDIENCE_KEYS, COUNTED_AUDIENCES, type TrainingTotals } from '../conditions/shared/training';
import { rateOf } from '../money';
import { NO_CATEGORY } from './figures';
import type { ReportColumn, ReportTable, ReportValue, SpecialReport } from './special-report-types';
import type { RunLogEntry } from '../run-log';
import { OUTCOMES } from '../findings';
import type { ParameterName } from '../parameters';

export interface ReportInput {
  fileName: string;
  /** SHA-256 of the input file's bytes, hexadecimal. */
  sha256: string;
  /** When the check ran, as an ISO date or date-time. */
  checkedAt: string;
  toolVersion: string;
  /** The run log (core/run-log.ts), oldest first, this check included: shown as a short history when given. */
  history?: readonly RunLogEntry[];
}

const TOOL_NAME = 'CoopCheck';

export function buildSpecialReport(result: CheckResult, input: ReportInput, lang: Lang, conditions: readonly Condition[] = CONDITIONS): SpecialReport {
  const byId = new Map(conditions.map((c) => [c.id, c]));
  return {
    lang,
    sheetName: T.sheetName[lang],
    title: T.title[lang].replace('{year}', String(result.fiscalYear.year)),
    header: header(result, input, lang),
    tables: [
      complianceTable(result, byId, lang),
      membershipTable(result, lang),
      meetingsTable(result, lang),
      boardTable(result, lang),
      allocationTable(result, lang),
      ...exitsTables(result, lang),
      trainingTable(result, lang),
      ...(input.history?.length ? [historyTable(input.history, lang)] : []),
      findingsTable(result, byId, lang),
    ],
  };
}

function header(result: CheckResult, input: ReportInput, lang: Lang): [string, string][] {
  const f = formatFor(lang);
  const { parameters, loosened } = result.parameters;
  const { year, start, end } = result.fiscalYear;
  const lines: [string, string][] = [
    [T.header.cooperative[lang], parameters.cooperativeName ?? T.header.notGiven[lang]],
    [T.header.companyNumber[lang], parameters.companyNumber ?? T.header.notGiven[lang]],
    [T.header.fiscalYear[lang], `${year} (${f.date(start)} – ${f.date(end)})${result.fiscalYear.inferred ? ` — ${T.header.inferred[lang]}` : ''}`],
    [T.header.accreditations[lang], parameters.accreditations.map((a) => ACCREDITATION_NAMES[a][lang]).join(', ')],
    [T.header.checkedAt[lang], f.date(input.checkedAt.slice(0, 10))],
    [T.header.tool[lang], `${TOOL_NAME} ${input.toolVersion}`],
    [T.header.file[lang], input.fileName],
    [T.header.sha256[lang], input.sha256],
  ];
  if (loosened.length) {
    lines.push([
      T.header.loosened[lang],
      loosened.map((name) => `${parameterLabel(name, lang)}${COLON[lang]}${formatParameter(name, parameters[name], lang)}`).join('; '),
    ]);
  }
  return lines;
}

// French typography puts a (non-breaking) space before a colon.
const COLON: Readonly<Record<Lang, string>> = { fr: '\u00a0: ', nl: ': ', en: ': ' };

const yesNo = (value: boolean, lang: Lang) => (value ? T.yes : T.no)[lang];

const column = (header: string, kind: ReportColumn['kind'], width?: number): ReportColumn => ({ header, kind, width });

function complianceTable(result: CheckResult, byId: ReadonlyMap<string, Condition>, lang: Lang): ReportTable {
  const C = T.compliance;
  return {
    id: 'compliance',
    title: C.title[lang],
    columns: [
      column(C.id[lang], 'text', 8),
      column(C.condition[lang], 'text', 50),
      column(C.legalBasis[lang], 'text', 30),
      column(C.outcome[lang], 'text', 18),
      column(C.evidence[lang], 'text', 50),
      column(C.findings[lang], 'integer', 10),
    ],
    rows: result.conditions.map((r) => {
      const condition = byId.get(r.id);
      return [
        r.id,
        condition?.title[lang] ?? r.id,
        condition?.legalBasis[lang] ?? '',
        outcomeLabel(r.outcome, lang, r.kind),
        describeResult(r, condition, lang),
        r.findings,
      ];
    }),
  };
}

const MOVEMENT_COLUMNS = ['start', 'admitted', 'refused', 'resigned', 'leftByRight', 'excluded', 'transferred', 'exitsRefused', 'end'] as const;

function membershipTable(result: CheckResult, lang: Lang): ReportTable {
  const M = T.membership;
  const members = result.figures.members;
  const categories = Object.keys(members.byCategory).sort();
  // Applications carry no category, so refusals are only known in total.
  const row = (label: string, movements: MembershipMovements, total: boolean): ReportValue[] => [
    label,
    ...MOVEMENT_COLUMNS.map((key) => (key === 'refused' && !total ? null : movements[key])),
  ];
  const rows = categories.map((category) => row(category === NO_CATEGORY ? M.noCategory[lang] : category, members.byCategory[category]!, false));
  rows.push(row(M.total[lang], members, true));
  const empty = MOVEMENT_COLUMNS.every((key) => members[key] === 0);
  return {
    id: 'T1',
    title: M.title[lang],
    columns: [column(M.category[lang], 'text', 16), ...MOVEMENT_COLUMNS.map((key) => column(M[key][lang], 'integer', 14))],
    rows,
    note: empty ? M.empty[lang] : categories.length && members.refused ? M.refusedNote[lang] : undefined,
  };
}

function meetingsTable(result: CheckResult, lang: Lang): ReportTable {
  const G = T.meetings;
  const mode = VOTING_MODE_NAMES[result.parameters.parameters.votingMode][lang];
  const meetings = result.figures.meetings;
  return {
    id: 'T2',
    title: G.title[lang],
    columns: [
      column(G.date[lang], 'date', 12),
      column(G.meeting[lang], 'text', 12),
      column(G.votingMode[lang], 'text', 22),
      column(G.present[lang], 'integer', 11),
      column(G.represented[lang], 'integer', 12),
      column(G.voters[lang], 'integer', 11),
      column(G.votesRepresented[lang], 'integer', 15),
      column(G.cap[lang], 'integer', 12),
      column(G.aboveCap[lang], 'integer', 14),
    ],
    rows: meetings.map((m) => [m.date, m.meeting ?? null, mode, m.present, m.represented, m.voters, m.votesRepresented, m.cap, m.aboveCap]),
    note: meetings.length ? undefined : G.empty[lang],
  };
}

/** An enum value as the data contract writes it in the language (its first word), e.g. 'AG' for ga in French. */
function enumWord(kind: SheetKind, field: string, value: string | undefined, lang: Lang): string | null {
  if (value === undefined) return null;
  return fieldSpec(kind, field)?.values?.[value]?.[lang][0] ?? value;
}

function boardTable(result: CheckResult, lang: Lang): ReportTable {
  const B = T.board;
  const directors = result.figures.board;
  const summary = result.figures.boardSummary;
  const f = formatFor(lang);
  const fill = (template: string, values: Readonly<Record<string, string>>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
  const summaryText = [
    fill(B.summary[lang], {
      new: f.number(summary.newMandates),
      renewed: f.number(summary.renewed),
      coopted: f.number(summary.coopted),
      date: f.date(result.fiscalYear.end),
      inOffice: f.number(summary.inOffice),
    }),
    ...(summary.seats !== undefined ? [fill(B.seats[lang], { seats: f.number(summary.seats), vacancies: f.number(summary.vacancies ?? 0) })] : []),
  ].join(' ');
  return {
    id: 'T3',
    title: B.title[lang],
    columns: [
      column(B.name[lang], 'text', 20),
      column(B.role[lang], 'text', 14),
      column(B.memberId[lang], 'text', 12),
      column(B.appointedBy[lang], 'text', 10),
      column(B.mandateKind[lang], 'text', 11),
      column(B.appointmentDate[lang], 'date', 11),
      column(B.confirmedByGaDate[lang], 'date', 11),
      column(B.mandateEnd[lang], 'date', 11),
      column(B.remuneration[lang], 'money', 12),
      column(B.attendanceFees[lang], 'money', 12),
      column(B.allowance[lang], 'money', 12),
      column(B.gaAuthorisedAmount[lang], 'money', 13),
      column(B.profitLinked[lang], 'text', 9),
    ],
    rows: directors.map((d) => [
      d.name,
      B.roles[d.role][lang],
      d.memberId ?? null,
      enumWord('directors', 'appointedBy', d.appointedBy, lang),
      d.mandateKind ? B.mandateKinds[d.mandateKind][lang] : null,
      d.appointmentDate ?? null,
      d.confirmedByGaDate ?? null,
      d.mandateEnd ?? null,
      d.remuneration,
      d.attendanceFees,
      d.allowance,
      d.gaAuthorisedAmount ?? null,
      yesNo(d.profitLinked, lang),
    ]),
    note: directors.length ? summaryText : B.empty[lang],
  };
}

function allocationTable(result: CheckResult, lang: Lang): ReportTable {
  const A = T.allocation;
  const f = formatFor(lang);
  const allocation = result.figures.allocation;
  const items = (Object.keys(ALLOCATION_ITEMS) as AllocationItem[]).filter((item) => allocation[item] !== undefined);
  const { highestDividendRatePpm: rate, highestDividendMemberId: memberId, dividendsAllocated, dividendsPaid } = allocation;
  // The workbook's own wording of each item; the information-and-training line says it is the amount allocated (T6 shows the amount spent).
  const label = (item: AllocationItem) => {
    const own = allocation.labels?.[item] ?? ALLOCATION_ITEMS[item][lang][0]!;
    if (item === 'trainingInformation') return `${own} (${A.allocated[lang]})`;
    if (item === 'dividends' && allocation.labels?.dividends === undefined) return `${own} (${A.fromPayments[lang]})`;
    return own;
  };
  const notes = [
    rate === undefined ? undefined : A.highestDividend[lang].replace('{rate}', f.percent(rate)).replace('{memberId}', memberId ?? '?'),
    dividendsPaid !== undefined && dividendsAllocated !== undefined && dividendsPaid > dividendsAllocated
      ? A.dividendsPaid[lang].replace('{paid}', f.money(dividendsPaid)).replace('{allocated}', f.money(dividendsAllocated))
      : undefined,
  ].filter(Boolean);
  return {
    id: 'T4',
    title: A.title[lang],
    columns: [column(A.item[lang], 'text', 32), column(A.amount[lang], 'money', 16)],
    rows: items.map((item) => [label(item), allocation[item]!]),
    note: items.length ? (notes.length ? notes.join(' ') : undefined) : A.empty[lang],
  };
}

/** How many exceptions of each kind T5 lists on the report page; all are on the annex sheet. */
export const EXCEPTIONS_SHOWN = 10;

/**
 * T5 on the report page: the totals (exits, refunds, Σ refunded, Σ caps), then only the exceptions
 * (a refund above its cap, an exit without refund, a postponed refund); every exit goes to an annex sheet.
 */
function exitsTables(result: CheckResult, lang: Lang): ReportTable[] {
  const E = T.exits;
  const { exits, refunds, exitTotals: totals } = result.figures;
  const annexSheet = E.annexSheet[lang];
  const exceptionOf = (e: (typeof exits)[number]) =>
    e.refunded !== undefined && e.cap !== undefined && e.refunded > e.cap
      ? E.exceptions.aboveCap[lang]
      : e.postponed
        ? E.exceptions.postponed[lang]
        : e.refundMissing
          ? E.exceptions.withoutRefund[lang]
          : null;
  const byKind: ReportValue[][][] = [
    refunds.filter((r) => r.aboveCap).map((r) => [r.memberId, E.exceptions.aboveCap[lang], r.exitDate ?? null, r.refunded, r.cap ?? null]),
    exits
      .filter((e) => e.refundMissing && !e.postponed)
      .map((e) => [e.memberId, E.exceptions.withoutRefund[lang], e.exitDate, e.refunded ?? null, e.cap ?? null]),
    exits.filter((e) => e.postponed).map((e) => [e.memberId, E.exceptions.postponed[lang], e.exitDate, e.refunded ?? null, e.cap ?? null]),
  ];
  const count = byKind.reduce((sum, rows) => sum + rows.length, 0);
  const shown = byKind.flatMap((rows) => rows.slice(0, EXCEPTIONS_SHOWN));
  const f = formatFor(lang);
  const totalsTable: ReportTable = {
    id: 'T5',
    title: E.title[lang],
    columns: [column(E.item[lang], 'text', 44), column(E.count[lang], 'integer', 10), column(E.amount[lang], 'money', 16)],
    rows: [
      [E.totals.exits[lang], totals.exits, null],
      [E.totals.refunds[lang], totals.refunds, totals.refunded],
      [E.totals.caps[lang], null, totals.caps],
      ...(totals.capUnknown ? [[E.totals.capUnknown[lang], totals.capUnknown, null]] : []),
      [E.totals.aboveCap[lang], totals.aboveCap, null],
      [E.totals.withoutRefund[lang], totals.withoutRefund, null],
      [E.totals.postponed[lang], totals.postponed, null],
    ],
    note: exits.length ? E.annexNote[lang].replace('{sheet}', annexSheet) : E.empty[lang],
    ...(exits.length
      ? {
          annex: {
            id: 'T5-annex',
            sheetName: annexSheet,
            title: E.annexTitle[lang],
            columns: [
              column(E.memberId[lang], 'text', 12),
              column(E.exitDate[lang], 'date', 12),
              column(E.exitReason[lang], 'text', 14),
              // A postponed refund is said in the exception column.
              column(E.refunded[lang], 'money', 12),
              column(E.cap[lang], 'money', 12),
              column(E.exception[lang], 'text', 28),
            ],
            rows: exits.map((e) => [
              e.memberId,
              e.exitDate,
              enumWord('members', 'exitReason', e.exitReason, lang),
              e.refunded ?? null,
              e.cap ?? null,
              exceptionOf(e),
            ]),
          },
        }
      : {}),
  };
  const exceptions: ReportTable = {
    id: 'T5-exceptions',
    title: E.exceptionsTitle[lang],
    columns: [
      column(E.memberId[lang], 'text', 14),
      column(E.exception[lang], 'text', 26),
      column(E.exitDate[lang], 'date', 12),
      column(E.refunded[lang], 'money', 14),
      column(E.cap[lang], 'money', 16),
    ],
    rows: shown,
    note:
      count === 0
        ? E.noException[lang]
        : shown.length < count
          ? E.moreExceptions[lang].replace('{shown}', f.number(shown.length)).replace('{count}', f.number(count)).replace('{sheet}', annexSheet)
          : undefined,
  };
  return [totalsTable, exceptions];
}

function trainingTable(result: CheckResult, lang: Lang): ReportTable {
  const R = T.training;
  const f = formatFor(lang);
  const training = result.figures.training;
  const { allocated, annualResources } = training;
  const share = (amount: number) => (annualResources !== undefined && annualResources > 0 ? (rateOf(amount, annualResources) ?? null) : null);
  const row = (name: string, t: TrainingTotals): ReportValue[] => [name, t.sessions, t.days, t.participants, t.spent, share(t.spent)];
  const rows: ReportValue[][] = [];
  for (const key of AUDIENCE_KEYS) {
    const totals = training.byAudience[key];
    if (totals && COUNTED_AUDIENCES.has(key)) rows.push(row(R.audiences[key][lang], totals));
  }
  rows.push(row(R.total[lang], training));
  for (const key of AUDIENCE_KEYS) {
    const totals = training.byAudience[key];
    if (totals && !COUNTED_AUDIENCES.has(key)) rows.push(row(R.audiences[key][lang], totals));
  }
  const allocatedShare = allocated === undefined ? null : share(allocated);
  const allocatedNote =
    allocated === undefined
      ? R.notAllocated[lang]
      : R.allocated[lang]
          .replace('{allocated}', f.money(allocated))
          .replace('{share}', allocatedShare === null ? '' : R.allocatedShare[lang].replace('{share}', f.percent(allocatedShare)));
  const empty = Object.keys(training.byAudience).length === 0;
  return {
    id: 'T6',
    title: R.title[lang],
    columns: [
      column(R.audience[lang], 'text', 30),
      column(R.sessions[lang], 'integer', 10),
      column(R.days[lang], 'number', 10),
      column(R.participants[lang], 'integer', 12),
      column(R.spent[lang], 'money', 16),
      column(R.share[lang], 'percent', 14),
    ],
    rows,
    note: empty ? `${R.empty[lang]} ${allocatedNote}` : allocatedNote,
  };
}

/**
 * The findings the summary sheet lists, breaches first: beyond them a printed list helps no one
 * (some 250 pages) and a sheet of that many links is slow to open. Every finding stays flagged on its
 * cell and in the JSON report and the pane's CSV; the table says how many it leaves out.
 */
export const FINDINGS_LISTED = 10_000;

function findingsTable(result: CheckResult, byId: ReadonlyMap<string, Condition>, lang: Lang): ReportTable {
  const F = T.findings;
  const listed = result.findings.slice(0, FINDINGS_LISTED);
  const left = result.findings.length - listed.length;
  return {
    id: 'findings',
    title: F.title[lang],
    columns: [
      column(F.number[lang], 'integer', 6),
      column(F.severity[lang], 'text', 14),
      column(F.condition[lang], 'text', 10),
      column(F.subject[lang], 'text', 20),
      column(F.message[lang], 'text', 70),
      column(F.cell[lang], 'text', 18),
    ],
    rows: listed.map((finding, i) => {
      const condition = byId.get(finding.conditionId);
      return [
        i + 1,
        severityLabel(finding.severity, lang),
        finding.conditionId,
        finding.subject,
        condition ? renderMessage(finding, condition, lang) : finding.messageId,
        { link: { sheet: finding.sheet, cell: finding.cell }, text: `${finding.sheet}!${finding.cell}` },
      ];
    }),
    note: !result.findings.length
      ? F.empty[lang]
      : left > 0
        ? F.more[lang](formatFor(lang).number(listed.length), formatFor(lang).number(result.findings.length))
        : undefined,
  };
}

/** How many runs the summary sheet shows; the state keeps more (core/run-log.ts RUN_LOG_KEPT). */
export const HISTORY_SHOWN = 5;

function historyTable(history: readonly RunLogEntry[], lang: Lang): ReportTable {
  const H = T.history;
  const f = formatFor(lang);
  const shown = history.slice(-HISTORY_SHOWN).reverse();
  const when = (iso: string) => (iso.length >= 16 ? `${f.date(iso.slice(0, 10))} ${iso.slice(11, 16)} UTC` : f.date(iso.slice(0, 10)));
  const parameters = (entry: RunLogEntry) => {
    const names = Object.keys(entry.parameters) as ParameterName[];
    return names.length
      ? names.map((name) => `${parameterLabel(name, lang)}${COLON[lang]}${formatParameter(name, entry.parameters[name], lang)}`).join('; ')
      : H.none[lang];
  };
  const outcomes = (entry: RunLogEntry) =>
    OUTCOMES.filter((o) => entry.outcomes[o])
      .map((o) => `${outcomeLabel(o, lang)} ${f.number(entry.outcomes[o]!)}`)
      .join(', ');
  return {
    id: 'history',
    title: H.title[lang],
    note: H.note[lang].replace('{count}', f.number(shown.length)),
    columns: [
      column(H.checkedAt[lang], 'text', 18),
      column(H.tool[lang], 'text', 9),
      column(H.fiscalYear[lang], 'text', 9),
      column(H.sha256[lang], 'text', 18),
      column(H.parameters[lang], 'text', 36),
      column(H.outcomes[lang], 'text', 40),
      column(H.breaches[lang], 'integer', 12),
      column(H.warnings[lang], 'integer', 14),
      column(H.justified[lang], 'integer', 11),
    ],
    rows: shown.map((entry) => [
      when(entry.checkedAt),
      entry.toolVersion,
      String(entry.fiscalYear),
      `${entry.sha256.slice(0, 16)}…`,
      parameters(entry),
      outcomes(entry),
      entry.breaches,
      entry.warnings,
      entry.justified,
    ]),
  };
}
