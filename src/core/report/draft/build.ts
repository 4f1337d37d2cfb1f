/**
 * Builds the draft special report (CONDITIONS.md "The draft special report") from a check's result:
 * for an ES, the legal framework and one block per condition ES-1…ES-9; for the CNC, the seven ICA
 * principles with the figures T1–T6 as sentences and tables; last year's texts from the `narrative`
 * sheet beside the new figures; placeholders where only the board can write; the findings in an
 * internal annex, never in the body. Plain data: src/adapters/docx lays it out.
 */
import type { CheckResult, ConditionResult } from '../../engine';
import type { Condition } from '../../conditions/condition';
import { CONDITIONS } from '../../conditions/registry';
import { ALLOCATION_ITEMS, fieldSpec } from '../../extract/fields';
import { normaliseLabel } from '../../extract/values';
import type { AllocationItem, Narrative } from '../../model';
import type { Lang } from '../../i18n/lang';
import { formatFor } from '../../i18n/lang';
import { outcomeLabel, severityLabel } from '../../i18n/labels';
import { describeResult, renderMessage } from '../../i18n/render';
import { NO_CATEGORY } from '../figures';
import type { ReportInput } from '../special-report';
import { seedFormat, type SeedFormat } from './format';
import { DRAFT_TEXTS as T, SENTENCES as S, fill, type MembershipValues } from './texts';
import type { DraftBlock, DraftColumn, DraftPart, DraftReport, DraftRun, DraftSection, DraftTable } from './types';

export type DraftInput = ReportInput;

/** At most this many findings are listed in the annex; the checked copy has them all. */
export const ANNEX_FINDINGS_SHOWN = 200;
/** At most this many exceptions of T5 are listed; the summary sheet has them all. */
const EXCEPTIONS_SHOWN = 25;

const ES_IDS = ['ES-1', 'ES-2', 'ES-3', 'ES-4', 'ES-5', 'ES-6', 'ES-7', 'ES-8', 'ES-9'] as const;
/** Where each CNC condition is reported among the ICA principles. */
const PRINCIPLE_CONDITIONS: Readonly<Record<string, readonly string[]>> = {
  P1: ['CNC-1'],
  P2: ['CNC-3', 'CNC-4', 'CNC-7'],
  P3: ['CNC-2', 'CNC-5', 'CNC-6'],
  P4: [],
  P5: ['CNC-8'],
  P6: [],
  P7: [],
};

interface Ctx {
  result: CheckResult;
  lang: Lang;
  f: SeedFormat;
  year: string;
  coop: string;
  byId: ReadonlyMap<string, Condition>;
  outcomes: ReadonlyMap<string, ConditionResult>;
  narrative: NarrativeBook;
}

export function buildDraftReport(result: CheckResult, input: DraftInput, lang: Lang, conditions: readonly Condition[] = CONDITIONS): DraftReport {
  const f = seedFormat(lang);
  const { parameters } = result.parameters;
  const year = String(result.fiscalYear.year);
  const ctx: Ctx = {
    result,
    lang,
    f,
    year,
    coop: parameters.cooperativeName ?? T.theCooperative[lang],
    byId: new Map(conditions.map((c) => [c.id, c])),
    outcomes: new Map(result.conditions.map((c) => [c.id, c])),
    narrative: new NarrativeBook(result.narrative ?? []),
  };
  const parts: DraftPart[] = [];
  if (parameters.accreditations.includes('ES')) parts.push(esPart(ctx, parts.length > 0));
  if (parameters.accreditations.includes('CNC')) parts.push(cncPart(ctx, parts.length > 0));
  const last = parts[parts.length - 1];
  if (last) parts[parts.length - 1] = { ...last, sections: [...last.sections, signatureSection(ctx)] };
  parts.push(annexPart(ctx));

  const header = [
    parameters.cooperativeName ?? placeholderText(lang, T.placeholders.cooperativeName[lang]),
    ...(parameters.companyNumber ? [fill(T.companyNumber[lang], { number: parameters.companyNumber })] : []),
    fill(T.fiscalYear[lang], { start: f.date(result.fiscalYear.start), end: f.date(result.fiscalYear.end) }),
  ];
  return {
    lang,
    title: fill(T.title[lang], { year }),
    header,
    draftNotice: fill(T.draftNotice[lang], {
      version: input.toolVersion,
      date: f.date(input.checkedAt.slice(0, 10)),
      file: input.fileName,
      sha: input.sha256,
    }),
    parts,
    footer: fill(T.footer[lang], { coop: ctx.coop, year }),
    pageLabel: T.page[lang],
  };
}

// ——— Building blocks ———

const placeholderText = (lang: Lang, what: string) => fill(T.placeholder[lang], { what });
const placeholder = (ctx: Ctx, what: string): DraftBlock => ({ kind: 'placeholder', text: placeholderText(ctx.lang, what) });
const fixed = (...runs: DraftRun[]): DraftBlock => ({ kind: 'paragraph', role: 'fixed', runs });
const note = (...runs: DraftRun[]): DraftBlock => ({ kind: 'paragraph', role: 'note', runs });
const bold = (text: string): DraftRun => ({ text, bold: true });
function generated(sentences: readonly (string | undefined)[], label?: string): DraftBlock[] {
  const text = sentences.filter((s): s is string => Boolean(s)).join(' ');
  if (!text) return [];
  return [{ kind: 'paragraph', role: 'generated', runs: label ? [bold(label), text] : [text] }];
}
const col = (header: string, align: DraftColumn['align'], weight: number): DraftColumn => ({ header, align, weight });

/** Last year's texts by section, each carried over once. */
class NarrativeBook {
  private readonly bySection = new Map<string, string[]>();
  private readonly labels = new Map<string, string>();
  private readonly used = new Set<string>();

  constructor(rows: readonly Narrative[]) {
    for (const row of rows) {
      const text = row.text?.trim();
      const key = sectionKey(row.section);
      if (!text || !key) continue;
      const texts = this.bySection.get(key) ?? [];
      texts.push(text);
      this.bySection.set(key, texts);
      if (!this.labels.has(key)) this.labels.set(key, row.section.trim());
    }
  }

  /** The blocks for these sections (a label, then each text as written); empty when none. */
  take(ctx: Ctx, ...sections: string[]): DraftBlock[] {
    const texts: string[] = [];
    for (const section of sections) {
      const key = sectionKey(section);
      const found = key ? this.bySection.get(key) : undefined;
      if (!found || this.used.has(key!)) continue;
      this.used.add(key!);
      texts.push(...found);
    }
    if (!texts.length) return [];
    return [
      note({ text: T.labels.narrative[ctx.lang], italic: true }),
      ...texts.flatMap((text) =>
        text
          .split(/\r?\n\s*\r?\n|\r?\n/)
          .filter((p) => p.trim())
          .map((p): DraftBlock => ({ kind: 'paragraph', role: 'narrative', runs: [p.trim()] })),
      ),
    ];
  }

  unused(): string[] {
    return [...this.bySection.keys()].filter((key) => !this.used.has(key)).map((key) => this.labels.get(key) ?? key);
  }
}

/** "ES-1", "es 1" and "ES1" name one section; so do "P1", "Principe 1", "Beginsel 1" and "Principle 1". */
export function sectionKey(text: string): string | undefined {
  const key = normaliseLabel(text).replace(/ /g, '');
  if (!key) return undefined;
  const principle = /^(?:p|principe|beginsel|principle)([1-7])$/.exec(key);
  return principle ? `p${principle[1]}` : key;
}

// ——— ES: the legal framework and the nine conditions ———

function esPart(ctx: Ctx, newPage: boolean): DraftPart {
  const { lang } = ctx;
  const sections: DraftSection[] = [
    {
      id: 'framework',
      heading: T.es.framework[lang],
      blocks: [fixed(fill(T.es.frameworkText[lang], { coop: ctx.coop, year: ctx.year })), ...ctx.narrative.take(ctx, 'ES', 'framework')],
    },
  ];
  for (const id of ES_IDS) sections.push(esConditionSection(ctx, id));
  sections.push({
    id: 'activities',
    heading: T.es.activities[lang],
    blocks: withPlaceholder(ctx, ctx.narrative.take(ctx, 'activities', 'activités', 'activiteiten'), T.placeholders.activities[lang]),
  });
  return { id: 'ES', title: T.es.title[lang], subtitle: T.es.subtitle[lang], sections, newPage };
}

function withPlaceholder(ctx: Ctx, narrative: DraftBlock[], what: string): DraftBlock[] {
  return narrative.length ? narrative : [placeholder(ctx, what)];
}

function esConditionSection(ctx: Ctx, id: string): DraftSection {
  const { lang } = ctx;
  const condition = ctx.byId.get(id);
  const outcome = ctx.outcomes.get(id);
  const blocks: DraftBlock[] = [];
  if (condition) blocks.push(note(bold(T.labels.legalBasis[lang]), condition.legalBasis[lang]));
  const howMet = T.es.howMet[id];
  if (howMet) blocks.push(fixed(bold(T.labels.howMet[lang]), howMet[lang]));
  const statutes = outcome?.statutes;
  if (statutes) {
    blocks.push(fixed(bold(T.labels.statutes[lang]), statutes.article + (statutes.excerpt ? ` — ${quote(lang, statutes.excerpt)}` : '')));
  } else if (condition?.kind !== 'produced') {
    blocks.push(placeholder(ctx, T.placeholders.statutesArticle[lang]));
  }
  blocks.push(...ctx.narrative.take(ctx, id));
  const label = fill(T.labels.figures[lang], { year: ctx.year });
  blocks.push(...generated([...esFigures(ctx, id), outcomeSentence(ctx, outcome)], label));
  if (condition?.kind === 'produced' && ctx.result.parameters.parameters.reportDate === undefined) {
    blocks.push(placeholder(ctx, T.placeholders.reportDate[lang]));
  }
  blocks.push(...followUp(ctx, outcome));
  return { id, heading: `${id} — ${condition?.title[lang] ?? id}`, blocks };
}

const quote = (lang: Lang, text: string) => (lang === 'fr' ? `« ${text} »` : `‘${text}’`);

function esFigures(ctx: Ctx, id: string): (string | undefined)[] {
  switch (id) {
    case 'ES-3':
      return dividendSentences(ctx, 'ES-3');
    case 'ES-5':
      return [refundSentence(ctx)];
    case 'ES-6':
      return boardPaySentences(ctx);
    case 'ES-7':
      return meetingSentences(ctx);
    case 'ES-8':
      return [objectReserveSentence(ctx)];
    case 'ES-9':
      return [reportDateSentence(ctx)];
    default:
      return [];
  }
}

/** What the data say about a condition's outcome, in a sentence. Statutes conditions say it in the "Statuts" line. */
function outcomeSentence(ctx: Ctx, outcome: ConditionResult | undefined): string | undefined {
  // The report's own date says it for ES-9/CNC-9 (reportDateSentence, or a placeholder).
  if (!outcome || outcome.kind === 'produced') return undefined;
  const { lang, year } = ctx;
  const O = S.outcome;
  const count = (severity: 'breach' | 'warning') => ctx.result.findings.filter((x) => x.conditionId === outcome.id && x.severity === severity).length;
  switch (outcome.outcome) {
    case 'passed':
      return fill(O.passed[lang], { year });
    case 'attested':
      return undefined;
    case 'missing-evidence':
      return O.noArticle[lang];
    case 'failed': {
      const n = count('breach');
      return fill(O.failed[lang], { year, count: O.breaches[lang](n, ctx.f.number(n)) });
    }
    case 'not-evaluated':
      return fill(O.notEvaluated[lang], { year });
    case 'not-applicable':
      return fill(O.notApplicable[lang], { year });
    case 'crashed':
      return O.crashed[lang];
    default: {
      // review, and any outcome added later (e.g. justified): points for the board to weigh.
      const n = count('warning') + count('breach');
      return fill(O.review[lang], { year, count: O.points[lang](n, ctx.f.number(n)) });
    }
  }
}

/** What the board must add after the generated sentence: the cause of a breach, a position, the missing evidence. */
function followUp(ctx: Ctx, outcome: ConditionResult | undefined): DraftBlock[] {
  if (!outcome) return [];
  const P = T.placeholders;
  switch (outcome.outcome) {
    case 'passed':
    case 'attested':
    case 'not-applicable':
    case 'missing-evidence':
      return [];
    case 'failed':
      return [placeholder(ctx, P.failure[ctx.lang])];
    case 'not-evaluated':
    case 'crashed':
      return [placeholder(ctx, P.missing[ctx.lang])];
    default:
      return outcome.kind === 'produced' ? [] : [placeholder(ctx, P.review[ctx.lang])];
  }
}

// ——— Sentences from the figures ———

function membershipValues(ctx: Ctx): MembershipValues {
  const { f, lang } = ctx;
  const m = ctx.result.figures.members;
  const categories = Object.keys(m.endByCategory).sort();
  const named = categories.length > 1 || (categories.length === 1 && categories[0] !== NO_CATEGORY);
  const list = named
    ? formatFor(lang).list(
        categories.map((category) =>
          T.inCategory[lang]({
            n: f.number(m.endByCategory[category]!),
            category: category === NO_CATEGORY ? T.tables.noCategory[lang] : category,
          }),
        ),
      )
    : '';
  return {
    year: ctx.year,
    admitted: m.admitted,
    admittedText: f.number(m.admitted),
    refused: m.refused,
    refusedText: f.number(m.refused),
    resigned: m.resigned,
    resignedText: f.number(m.resigned),
    leftByRight: m.leftByRight,
    leftByRightText: f.number(m.leftByRight),
    excluded: m.excluded,
    excludedText: f.number(m.excluded),
    transferred: m.transferred,
    transferredText: f.number(m.transferred),
    exitsRefused: m.exitsRefused,
    exitsRefusedText: f.number(m.exitsRefused),
    end: m.end,
    endText: f.number(m.end),
    endDate: f.date(ctx.result.fiscalYear.end),
    start: m.start,
    startText: f.number(m.start),
    startDate: f.date(ctx.result.fiscalYear.start),
    categories: list,
  };
}

function meetingSentences(ctx: Ctx): string[] {
  const { f, lang } = ctx;
  const meetings = ctx.result.figures.meetings;
  if (!meetings.length) return [fill(S.noMeeting[lang], { year: ctx.year })];
  return meetings.map((m) =>
    S.meeting[lang]({
      date: f.date(m.date),
      voters: m.voters,
      votersText: f.number(m.voters),
      present: m.present,
      presentText: f.number(m.present),
      represented: m.represented,
      representedText: f.number(m.represented),
      votes: m.votesRepresented,
      votesText: f.number(m.votesRepresented),
      aboveCap: m.aboveCap,
      aboveCapText: f.number(m.aboveCap),
      capText: f.number(m.cap),
    }),
  );
}

/** The board itself: directors (not the members in charge of control nor the statutory auditor). */
const directorsOf = (ctx: Ctx) => ctx.result.figures.board.filter((d) => d.role === 'director');

function boardSentences(ctx: Ctx): string[] {
  const { f, lang } = ctx;
  const directors = directorsOf(ctx);
  if (!directors.length) return [S.noBoard[lang]];
  const summary = ctx.result.figures.boardSummary;
  const M = S.mandates[lang];
  const mandates = (
    [
      ['new', summary.newMandates],
      ['renewed', summary.renewed],
      ['coopted', summary.coopted],
    ] as const
  )
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => M[kind](n, f.number(n)));
  const vacancies = summary.vacancies ?? 0;
  return [
    S.board[lang]({
      year: ctx.year,
      directors: directors.length,
      directorsText: f.number(directors.length),
      allByGa: directors.every((d) => d.appointedBy === 'ga'),
      mandates: mandates.length ? formatFor(lang).list(mandates) : '',
      vacancies,
      vacanciesText: f.number(vacancies),
    }),
    ...boardPaySentences(ctx),
  ];
}

/** Pay of the mandates (directors and members in charge of control; the statutory auditor's fees are not mandate pay). */
function boardPaySentences(ctx: Ctx): string[] {
  const { f, lang } = ctx;
  const board = ctx.result.figures.board.filter((d) => d.role !== 'auditor');
  if (!board.length) return [S.noBoard[lang]];
  const sum = (key: 'remuneration' | 'attendanceFees' | 'allowance') => board.reduce((total, d) => total + d[key], 0);
  const amounts = [
    [sum('remuneration'), S.payRemuneration],
    [sum('attendanceFees'), S.payFees],
    [sum('allowance'), S.payAllowance],
  ] as const;
  const paid = amounts.filter(([amount]) => amount > 0).map(([amount, text]) => fill(text[lang], { amount: f.money(amount) }));
  return [paid.length ? fill(S.boardPaid[lang], { amounts: formatFor(lang).list(paid) }) : S.boardUnpaid[lang]];
}

/** Dividends: only claimed absent when the condition could look at them. */
function dividendSentences(ctx: Ctx, conditionId: string): string[] {
  const { f, lang, year } = ctx;
  const { dividends, highestDividendRatePpm: rate } = ctx.result.figures.allocation;
  const sentences: string[] = [];
  if (dividends !== undefined && dividends > 0) sentences.push(fill(S.dividend[lang], { year, amount: f.money(dividends) }));
  if (rate !== undefined) {
    sentences.push(fill(S.dividendRate[lang], { rate: f.percent(rate), max: f.percent(ctx.result.parameters.parameters.maxDividendRate) }));
  }
  if (!sentences.length && ctx.outcomes.get(conditionId)?.outcome !== 'not-evaluated') sentences.push(fill(S.noDividend[lang], { year }));
  return sentences;
}

function ristourneSentence(ctx: Ctx): string | undefined {
  const { ristournes } = ctx.result.figures.allocation;
  if (ristournes !== undefined && ristournes > 0) return fill(S.ristourne[ctx.lang], { amount: ctx.f.money(ristournes) });
  return ctx.outcomes.get('CNC-6')?.outcome === 'not-evaluated' ? undefined : S.noRistourne[ctx.lang];
}

function objectReserveSentence(ctx: Ctx): string | undefined {
  const { f, lang, year } = ctx;
  const { dividends, objectReserve } = ctx.result.figures.allocation;
  if (dividends === undefined || dividends <= 0) {
    return ctx.outcomes.get('ES-8')?.outcome === 'not-evaluated' ? undefined : fill(S.noDividend[lang], { year });
  }
  return objectReserve !== undefined && objectReserve > 0
    ? fill(S.objectReserve[lang], { year, dividends: f.money(dividends), reserve: f.money(objectReserve) })
    : fill(S.noObjectReserve[lang], { year, dividends: f.money(dividends) });
}

/**
 * T5 totals in a sentence: exits of the year, refunds paid in it, whether any went above its cap.
 * Without the data ES-5 needs (not-evaluated), nothing is claimed.
 */
function refundSentence(ctx: Ctx): string | undefined {
  const { f, lang } = ctx;
  if (ctx.outcomes.get('ES-5')?.outcome === 'not-evaluated') return undefined;
  const t = ctx.result.figures.exitTotals;
  const refunded = ctx.result.figures.refunds.reduce((sum, r) => sum + r.refunded, 0);
  return S.refunds[lang]({
    year: ctx.year,
    exits: t.exits,
    exitsText: f.number(t.exits),
    refunds: t.refunds,
    refundsText: f.number(t.refunds),
    refundedText: f.money(refunded),
    aboveCap: t.aboveCap,
    aboveCapText: f.number(t.aboveCap),
    postponed: t.postponed,
    postponedText: f.number(t.postponed),
  });
}

function trainingSentences(ctx: Ctx): string[] {
  const { f, lang } = ctx;
  const t = ctx.result.figures.training;
  const sentences = [
    S.training[lang]({
      year: ctx.year,
      sessions: t.sessions,
      sessionsText: f.number(t.sessions),
      days: t.days,
      daysText: f.number(t.days),
      participants: t.participants,
      participantsText: f.number(t.participants),
    }),
  ];
  // The amount spent and the amount allocated are named apart, never one for the other (CNC-8).
  if (t.spent > 0) sentences.push(fill(S.trainingSpent[lang], { amount: f.money(t.spent) }));
  if (t.allocated !== undefined && t.allocated > 0) sentences.push(fill(S.trainingAllocated[lang], { amount: f.money(t.allocated) }));
  return sentences;
}

function reportDateSentence(ctx: Ctx): string | undefined {
  const date = ctx.result.parameters.parameters.reportDate;
  return date === undefined ? undefined : fill(S.reportDate[ctx.lang], { date: ctx.f.date(date) });
}

// ——— CNC: the seven ICA principles ———

function cncPart(ctx: Ctx, newPage: boolean): DraftPart {
  const { lang } = ctx;
  const sections: DraftSection[] = [
    {
      id: 'intro',
      heading: T.cnc.intro[lang],
      blocks: [
        fixed(fill(T.cnc.introText[lang], { coop: ctx.coop, year: ctx.year })),
        ...withPlaceholder(ctx, ctx.narrative.take(ctx, 'intro', 'introduction', 'inleiding'), T.placeholders.intro[lang]),
      ],
    },
  ];
  for (const principle of Object.keys(PRINCIPLE_CONDITIONS)) sections.push(principleSection(ctx, principle));
  return { id: 'CNC', title: T.cnc.title[lang], subtitle: T.cnc.subtitle[lang], sections, newPage };
}

function principleSection(ctx: Ctx, principle: string): DraftSection {
  const { lang } = ctx;
  const ids = PRINCIPLE_CONDITIONS[principle]!;
  const blocks: DraftBlock[] = [...ctx.narrative.take(ctx, principle, ...ids)];
  const hadNarrative = blocks.length > 0;
  const P = T.placeholders;
  switch (principle) {
    case 'P1': {
      const v = membershipValues(ctx);
      blocks.push(...generated([S.admissions[lang](v), S.exits[lang](v), S.members[lang](v)]), table(membershipTable(ctx)));
      break;
    }
    case 'P2': {
      const mode = ctx.result.parameters.parameters.votingMode === 'capped' ? T.cnc.capped : T.cnc.oneMemberOneVote;
      blocks.push(fixed(mode[lang]), ...generated(meetingSentences(ctx)));
      if (ctx.result.figures.meetings.length) blocks.push(table(meetingsTable(ctx)));
      else if (!hadNarrative) blocks.push(placeholder(ctx, P.meetings[lang]));
      blocks.push(...generated(boardSentences(ctx)));
      if (ctx.result.figures.board.length) blocks.push(table(boardTable(ctx)));
      else if (!hadNarrative) blocks.push(placeholder(ctx, P.board[lang]));
      break;
    }
    case 'P3': {
      blocks.push(...generated([...dividendSentences(ctx, 'CNC-5'), ristourneSentence(ctx)]));
      const allocation = allocationTable(ctx);
      if (allocation) blocks.push(table(allocation));
      if (ctx.result.parameters.parameters.accreditations.includes('ES')) blocks.push(note(T.cnc.advantageExempt[lang]));
      else if (!hadNarrative) blocks.push(placeholder(ctx, P.advantage[lang]));
      const refunds = refundSentence(ctx);
      blocks.push(...generated([refunds]));
      if (refunds && (ctx.result.figures.exitTotals.exits || ctx.result.figures.exitTotals.refunds)) blocks.push(table(exitTotalsTable(ctx)));
      break;
    }
    case 'P5':
      blocks.push(...generated(trainingSentences(ctx)), table(trainingTable(ctx)));
      break;
    default:
      if (!hadNarrative) blocks.push(placeholder(ctx, (P as Record<string, Readonly<Record<Lang, string>>>)[principle]![lang]));
  }
  const checks = ids.flatMap((id) => {
    const outcome = ctx.outcomes.get(id);
    const condition = ctx.byId.get(id);
    const sentence = outcomeSentence(ctx, outcome);
    return outcome && condition && sentence ? [`${condition.title[lang]} (${condition.legalBasis[lang]}) — ${sentence}`] : [];
  });
  if (checks.length) blocks.push({ kind: 'bullets', items: checks });
  // One placeholder per distinct request, however many conditions ask it.
  const asked = new Set<string>();
  for (const block of ids.flatMap((id) => followUp(ctx, ctx.outcomes.get(id)))) {
    if (block.kind === 'placeholder' && asked.has(block.text)) continue;
    if (block.kind === 'placeholder') asked.add(block.text);
    blocks.push(block);
  }
  return { id: principle, heading: T.cnc.principles[principle]![lang], blocks };
}

const table = (t: DraftTable): DraftBlock => ({ kind: 'table', table: t });

/** Up to this many categories or meetings, a table is laid out with them as columns: it fits A4 portrait. */
const MAX_TRANSPOSED = 5;

/**
 * The same table with rows and columns swapped: the first column's cells become the headers, the
 * other headers the first column. A wide table of few rows reads better on a portrait page this way.
 */
function transposed(t: DraftTable, corner: string): DraftTable {
  return {
    ...t,
    columns: [col(corner, 'left', 30), ...t.rows.map((row) => col(row[0] ?? '', 'right', 14))],
    rows: t.columns.slice(1).map((column, i) => [column.header, ...t.rows.map((row) => row[i + 1] ?? '')]),
    totalRows: undefined,
    totalColumns: t.totalRows?.map((r) => r + 1),
  };
}

function membershipTable(ctx: Ctx): DraftTable {
  const { f, lang } = ctx;
  const X = T.tables;
  const m = ctx.result.figures.members;
  const withTransfers = m.transferred > 0;
  const categories = Object.keys(m.byCategory).sort();
  const row = (label: string, v: typeof m | NonNullable<(typeof m.byCategory)[string]>, total: boolean) => [
    label,
    f.number(v.start),
    f.number(v.admitted),
    total ? f.number(m.refused) : '—',
    f.number(v.resigned),
    f.number(v.leftByRight),
    f.number(v.excluded),
    ...(withTransfers ? [f.number(v.transferred)] : []),
    f.number(v.end),
  ];
  const rows = categories.map((c) => row(c === NO_CATEGORY ? X.noCategory[lang] : c, m.byCategory[c]!, false));
  rows.push(row(X.total[lang], m, true));
  const table: DraftTable = {
    id: 'T1',
    title: fill(X.t1[lang], { year: ctx.year }),
    columns: [
      col(X.category[lang], 'left', 14),
      col(fill(X.start[lang], { date: f.date(ctx.result.fiscalYear.start) }), 'right', 12),
      col(X.admitted[lang], 'right', 11),
      col(X.refused[lang], 'right', 10),
      col(X.resigned[lang], 'right', 11),
      col(X.leftByRight[lang], 'right', 11),
      col(X.excluded[lang], 'right', 11),
      ...(withTransfers ? [col(X.transferred[lang], 'right', 10)] : []),
      col(fill(X.end[lang], { date: f.date(ctx.result.fiscalYear.end) }), 'right', 12),
    ],
    rows,
    totalRows: [rows.length - 1],
    note: categories.length ? X.refusedNote[lang] : undefined,
  };
  return rows.length <= MAX_TRANSPOSED ? transposed(table, X.movement[lang]) : table;
}

function meetingsTable(ctx: Ctx): DraftTable {
  const { f, lang } = ctx;
  const X = T.tables;
  const table: DraftTable = {
    id: 'T2',
    title: fill(X.t2[lang], { year: ctx.year }),
    columns: [
      col(X.date[lang], 'left', 12),
      col(X.present[lang], 'right', 10),
      col(X.represented[lang], 'right', 12),
      col(X.voters[lang], 'right', 10),
      col(X.votes[lang], 'right', 10),
      col(X.cap[lang], 'right', 12),
      col(X.aboveCap[lang], 'right', 12),
    ],
    rows: ctx.result.figures.meetings.map((m) => [
      m.meeting ? `${f.date(m.date)} (${m.meeting})` : f.date(m.date),
      f.number(m.present),
      f.number(m.represented),
      f.number(m.voters),
      f.number(m.votesRepresented),
      f.number(m.cap),
      f.number(m.aboveCap),
    ]),
  };
  return table.rows.length <= MAX_TRANSPOSED ? transposed(table, X.meeting[lang]) : table;
}

function boardTable(ctx: Ctx): DraftTable {
  const { f, lang } = ctx;
  const X = T.tables;
  const appointedBy = (value: string | undefined) => (value === undefined ? '' : (fieldSpec('directors', 'appointedBy')?.values?.[value]?.[lang][0] ?? value));
  return {
    id: 'T3',
    title: fill(X.t3[lang], { year: ctx.year }),
    columns: [
      col(X.director[lang], 'left', 24),
      col(X.appointedBy[lang], 'left', 12),
      col(X.appointmentDate[lang], 'left', 12),
      col(X.mandateEnd[lang], 'left', 12),
      col(X.pay[lang], 'right', 16),
    ],
    rows: ctx.result.figures.board.map((d) => [
      d.name,
      appointedBy(d.appointedBy),
      d.appointmentDate ? f.date(d.appointmentDate) : '',
      d.mandateEnd ? f.date(d.mandateEnd) : '',
      f.money(d.remuneration + d.attendanceFees + d.allowance),
    ]),
  };
}

function allocationTable(ctx: Ctx): DraftTable | undefined {
  const { f, lang } = ctx;
  const allocation = ctx.result.figures.allocation;
  const items = (Object.keys(ALLOCATION_ITEMS) as AllocationItem[]).filter((item) => allocation[item] !== undefined);
  if (!items.length) return undefined;
  return {
    id: 'T4',
    title: fill(T.tables.t4[lang], { year: ctx.year }),
    columns: [col(T.tables.item[lang], 'left', 30), col(T.tables.amount[lang], 'right', 14)],
    rows: items.map((item) => [allocation.labels?.[item] ?? ALLOCATION_ITEMS[item][lang][0]!, f.money(allocation[item]!)]),
  };
}

/** A one-row table laid out as figure | value, so that its labels can be read on a portrait page. */
function figureTable(ctx: Ctx, id: string, title: string, pairs: readonly (readonly [string, string])[]): DraftTable {
  return {
    id,
    title,
    columns: [col(T.tables.figure[ctx.lang], 'left', 30), col(ctx.year, 'right', 14)],
    rows: pairs.map(([label, value]) => [label, value]),
  };
}

function exitTotalsTable(ctx: Ctx): DraftTable {
  const { f, lang } = ctx;
  const X = T.tables;
  const t = ctx.result.figures.exitTotals;
  return figureTable(ctx, 'T5', fill(X.t5[lang], { year: ctx.year }), [
    [X.exits[lang], f.number(t.exits)],
    [X.refunds[lang], f.number(t.refunds)],
    [X.refunded[lang], f.money(t.refunded)],
    [X.caps[lang], f.money(t.caps)],
    [X.aboveRefundCapHeader[lang], f.number(t.aboveCap)],
    [X.withoutRefund[lang], f.number(t.withoutRefund)],
    [X.postponedCount[lang], f.number(t.postponed)],
  ]);
}

/** T5's exceptions (refund above its cap, exit without refund, postponed refund), for the internal annex. */
function exceptionsTable(ctx: Ctx): DraftTable | undefined {
  const { f, lang } = ctx;
  const X = T.tables;
  const { refunds, exits } = ctx.result.figures;
  const rows: string[][] = [];
  for (const r of refunds) {
    if (r.aboveCap)
      rows.push([r.memberId, r.exitDate ? f.date(r.exitDate) : '', f.money(r.refunded), r.cap === undefined ? '' : f.money(r.cap), X.aboveRefundCap[lang]]);
  }
  for (const e of exits) {
    const why = e.postponed ? X.postponed[lang] : e.refundMissing ? X.noRefund[lang] : undefined;
    if (why) rows.push([e.memberId, f.date(e.exitDate), e.refunded === undefined ? '' : f.money(e.refunded), e.cap === undefined ? '' : f.money(e.cap), why]);
  }
  if (!rows.length) return undefined;
  return {
    id: 'T5-exceptions',
    title: '',
    columns: [
      col(X.member[lang], 'left', 14),
      col(X.exitDate[lang], 'left', 12),
      col(X.refunded[lang], 'right', 12),
      col(X.refundCap[lang], 'right', 14),
      col(X.exception[lang], 'left', 22),
    ],
    rows: rows.slice(0, EXCEPTIONS_SHOWN),
    note:
      rows.length > EXCEPTIONS_SHOWN ? fill(T.annex.exceptionsCapped[lang], { shown: f.number(EXCEPTIONS_SHOWN), total: f.number(rows.length) }) : undefined,
  };
}

function trainingTable(ctx: Ctx): DraftTable {
  const { f, lang } = ctx;
  const X = T.tables;
  const t = ctx.result.figures.training;
  return figureTable(ctx, 'T6', fill(X.t6[lang], { year: ctx.year }), [
    [X.sessions[lang], f.number(t.sessions)],
    [X.days[lang], f.number(t.days)],
    [X.participants[lang], f.number(t.participants)],
    [X.spent[lang], f.money(t.spent)],
    [X.allocated[lang], t.allocated === undefined ? '—' : f.money(t.allocated)],
  ]);
}

// ——— Closing and annex ———

function signatureSection(ctx: Ctx): DraftSection {
  const { lang } = ctx;
  const date = reportDateSentence(ctx);
  return {
    id: 'signature',
    heading: T.signature.heading[lang],
    blocks: [
      fixed(T.signature.text[lang]),
      ...(date ? generated([date]) : [placeholder(ctx, T.placeholders.reportDate[lang])]),
      placeholder(ctx, T.placeholders.placeDate[lang]),
      placeholder(ctx, T.placeholders.signatures[lang]),
    ],
  };
}

function annexPart(ctx: Ctx): DraftPart {
  const { lang, f } = ctx;
  const A = T.annex;
  const C = A.columns;
  const compliance: DraftTable = {
    id: 'compliance',
    title: A.compliance[lang],
    columns: [col(C.id[lang], 'left', 8), col(C.condition[lang], 'left', 34), col(C.outcome[lang], 'left', 14), col(C.evidence[lang], 'left', 44)],
    rows: ctx.result.conditions.map((r) => {
      const condition = ctx.byId.get(r.id);
      return [r.id, condition?.title[lang] ?? r.id, outcomeLabel(r.outcome, lang, r.kind), describeResult(r, condition, lang)];
    }),
  };
  const findings = ctx.result.findings.filter((x) => x.severity !== 'info');
  const findingsTable: DraftTable = {
    id: 'findings',
    title: A.findings[lang],
    columns: [
      col(C.number[lang], 'right', 5),
      col(C.severity[lang], 'left', 12),
      col(C.id[lang], 'left', 8),
      col(C.subject[lang], 'left', 16),
      col(C.message[lang], 'left', 46),
      col(C.cell[lang], 'left', 13),
    ],
    rows: findings.slice(0, ANNEX_FINDINGS_SHOWN).map((finding, i) => {
      const condition = ctx.byId.get(finding.conditionId);
      return [
        f.number(i + 1),
        severityLabel(finding.severity, lang),
        finding.conditionId,
        finding.subject,
        condition ? renderMessage(finding, condition, lang) : finding.messageId,
        `${finding.sheet}!${finding.cell}`,
      ];
    }),
    note: !findings.length
      ? A.noFindings[lang]
      : findings.length > ANNEX_FINDINGS_SHOWN
        ? fill(A.findingsCapped[lang], { shown: f.number(ANNEX_FINDINGS_SHOWN), total: f.number(findings.length) })
        : undefined,
  };
  const exceptions = exceptionsTable(ctx);
  const unused = ctx.narrative.unused();
  const sections: DraftSection[] = [
    { id: 'compliance', heading: A.compliance[lang], blocks: [table({ ...compliance, title: '' })] },
    { id: 'findings', heading: A.findings[lang], blocks: [table({ ...findingsTable, title: '' })] },
  ];
  if (exceptions) sections.push({ id: 'T5-exceptions', heading: T.tables.t5exceptions[lang], blocks: [table(exceptions)] });
  if (unused.length) sections.push({ id: 'narrative', heading: '', blocks: [note(fill(A.narrativeUnused[lang], { sections: unused.join(', ') }))] });
  return { id: 'annex', title: A.title[lang], subtitle: A.subtitle[lang], sections, newPage: true };
}
