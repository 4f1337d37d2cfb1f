/**
 * The model the conditions read: typed records extracted from the sheets, each remembering the sheet,
 * row and columns it came from so that any finding can point to its cell. Field lists and header
 * synonyms are in extract/fields.ts (DATA-CONTRACT.md).
 */
import type { Cents } from './money';
import type { Day } from './dates';

export type SheetKind =
  | 'members'
  | 'applications'
  | 'movements'
  | 'distributions'
  | 'meetings'
  | 'directors'
  | 'allocation'
  | 'training'
  | 'statutes'
  | 'parameters'
  | 'narrative'
  | 'justifications';

export const SHEET_KINDS: readonly SheetKind[] = [
  'members',
  'applications',
  'movements',
  'distributions',
  'meetings',
  'directors',
  'allocation',
  'training',
  'statutes',
  'parameters',
  'narrative',
  'justifications',
];

/** Where a record came from: its sheet, its one-based row, and the column index of each field found. */
export interface Origin<F extends string = string> {
  sheet: string;
  row: number;
  columns: Readonly<Partial<Record<F, number>>>;
}

export interface RecordBase {
  /** The extractor's records make it when it is read, from the row they keep (`sheetRow`): see `recordWithOrigin` before posting one. */
  origin: Origin;
}

/**
 * The record as a plain object with its origin among its own fields: what a `postMessage` keeps of it. The
 * extractor's records make their origin when asked, and a structured clone copies own fields only.
 */
export function recordWithOrigin<R extends RecordBase>(record: R): R {
  return { ...record, origin: record.origin };
}

export type PersonType = 'natural' | 'legal';
export type ExitReason = 'resignation' | 'byRight' | 'exclusion' | 'transfer';

export interface Member extends RecordBase {
  memberId: string;
  name?: string;
  personType?: PersonType;
  category?: string;
  admissionDate?: Day;
  exitDate?: Day;
  exitReason?: ExitReason;
  exitGround?: string;
  shares?: number;
  /** Nominal value per share. */
  nominalValue?: Cents;
  paidUpAmount?: Cents;
  refundAmount?: Cents;
  refundDate?: Day;
  refundPostponed?: boolean;
  founder?: boolean;
  staff?: boolean;
}
export type MemberField = Exclude<keyof Member, 'origin'>;

export type ApplicationDecision = 'accepted' | 'refused' | 'pending';
/** What was asked: to join (the default) or to leave; a refused resignation feeds T1 "exits refused". */
export type RequestType = 'admission' | 'resignation';
export interface Application extends RecordBase {
  applicant: string;
  requestType: RequestType;
  applicationDate?: Day;
  decision?: ApplicationDecision;
  ground?: string;
  reasonsRequested?: boolean;
  reasonsSentDate?: Day;
}
export type ApplicationField = Exclude<keyof Application, 'origin'>;

export type MovementType = 'subscription' | 'payment' | 'refund' | 'transferIn' | 'transferOut' | 'conversion';
export interface Movement extends RecordBase {
  date?: Day;
  memberId: string;
  type?: MovementType;
  shares?: number;
  unitPrice?: Cents;
  amount?: Cents;
  category?: string;
  counterpartyId?: string;
}
export type MovementField = Exclude<keyof Movement, 'origin'>;

export type DistributionKind = 'dividend' | 'interest' | 'ristourne' | 'other';
export interface Distribution extends RecordBase {
  memberId: string;
  fiscalYear?: number;
  kind?: DistributionKind;
  grossAmount?: Cents;
  withholdingTax?: Cents;
  netAmount?: Cents;
  transactions?: Cents;
  paymentDate?: Day;
}
export type DistributionField = Exclude<keyof Distribution, 'origin'>;

export type Attendance = 'present' | 'represented' | 'absent';
export interface MeetingAttendance extends RecordBase {
  meetingDate?: Day;
  /** The meeting's id or type: an ordinary and an extraordinary GA on the same day are two meetings. */
  meeting?: string;
  memberId: string;
  attendance?: Attendance;
  proxyHolderId?: string;
  /** Votes attached to the member's shares; 1 when the column is absent or the cell empty. */
  votes: number;
}
export type MeetingField = Exclude<keyof MeetingAttendance, 'origin'>;

export type AppointedBy = 'ga' | 'statutes' | 'cooptation' | 'board';
/** A director, a member in charge of control, or the statutory auditor (commissaire). */
export type DirectorRole = 'director' | 'controller' | 'auditor';
export interface Director extends RecordBase {
  name: string;
  role: DirectorRole;
  meetingsAttended?: number;
  memberId?: string;
  appointedBy?: AppointedBy;
  appointmentDate?: Day;
  confirmedByGaDate?: Day;
  mandateEnd?: Day;
  remuneration?: Cents;
  attendanceFees?: Cents;
  allowance?: Cents;
  gaAuthorisedAmount?: Cents;
  profitLinked?: boolean;
}
export type DirectorField = Exclude<keyof Director, 'origin'>;

export type AllocationItem =
  | 'result'
  | 'legalReserve'
  | 'objectReserve'
  | 'indivisibleReserve'
  | 'otherReserves'
  | 'dividends'
  | 'ristournes'
  | 'carriedForward'
  | 'trainingInformation'
  | 'annualResources';
export interface AllocationLine extends RecordBase {
  /** The recognised item; undefined for a line whose label is not one of the known items. */
  item?: AllocationItem;
  label: string;
  amount?: Cents;
  year?: number;
}
export type AllocationField = 'item' | 'amount' | 'year';

export type TrainingAudience = 'members' | 'prospects' | 'public' | 'staff';
export interface TrainingSession extends RecordBase {
  date?: Day;
  title?: string;
  audience?: TrainingAudience;
  days?: number;
  participants?: number;
  cost?: Cents;
}
export type TrainingField = Exclude<keyof TrainingSession, 'origin'>;

export interface StatuteReference extends RecordBase {
  conditionId: string;
  article?: string;
  excerpt?: string;
}
export type StatuteField = Exclude<keyof StatuteReference, 'origin'>;

export interface ParameterEntry extends RecordBase {
  /** The canonical parameter name when the label was recognised, else the label as written. */
  name: string;
  /** The raw cell value; parameters.ts parses it per parameter. */
  value: string | number | boolean | null;
}
export type ParameterField = 'name' | 'value';

/** A text of last year's special report for a condition (ES-1…, CNC-1…) or an ICA principle (P1…P7), carried into the draft. */
export interface Narrative extends RecordBase {
  section: string;
  text?: string;
}
export type NarrativeField = Exclude<keyof Narrative, 'origin'>;

/** How one sheet kind was found: which sheet, which header row, which column for each field. */
export interface SheetMapping {
  kind: SheetKind;
  sheet: string;
  /** One-based row of the headers. */
  headerRow: number;
  /** Field → zero-based column index. */
  columns: Readonly<Record<string, number>>;
  /** Field → the header text that matched it. */
  headers: Readonly<Record<string, string>>;
  /** Required fields of this kind that no header matched. */
  missingRequired: readonly string[];
  /** Last row holding data (one-based). */
  lastRow: number;
}

/**
 * A reviewer's decision on a finding (CONDITIONS.md outcome `justified`): the finding is named by its
 * fingerprint, or by condition and subject (every breach and warning of that subject).
 */
export interface JustificationRow extends RecordBase {
  fingerprint?: string;
  conditionId?: string;
  subject?: string;
  reason: string;
  by?: string;
  date?: Day;
}

/** A problem met while extracting; the DATA conditions turn these into findings. */
export type ExtractIssue =
  | { kind: 'cellUnparsable'; sheetKind: SheetKind; sheet: string; cell: string; field: string; expected: ValueType; raw: string }
  | { kind: 'requiredValueMissing'; sheetKind: SheetKind; sheet: string; cell: string; field: string }
  | { kind: 'sheetAmbiguous'; sheetKind: SheetKind; sheet: string; chosen: string }
  | { kind: 'duplicateColumn'; sheetKind: SheetKind; sheet: string; cell: string; field: string };

export type ValueType = 'text' | 'date' | 'amount' | 'integer' | 'number' | 'boolean' | 'enum';

/**
 * The sheets' rows. The register and the journal can hold a million rows each: the conditions walk
 * them with indexed loops, not `for…of`, which in V8's unoptimised code allocates an iterator result
 * per row (a check of a million members allocated 1 GB, 1.2 s of it, docs/BENCHMARKS.md), and keep
 * per-member results compact (membersOfYear).
 */
export interface Model {
  /** Sheet kind → how it was found; absent kinds were not found in the workbook. */
  mappings: Partial<Record<SheetKind, SheetMapping>>;
  /** Names of the sheets that matched no kind. */
  unrecognisedSheets: string[];
  members: Member[];
  applications: Application[];
  movements: Movement[];
  distributions: Distribution[];
  meetings: MeetingAttendance[];
  directors: Director[];
  allocation: AllocationLine[];
  training: TrainingSession[];
  statutes: StatuteReference[];
  parameters: ParameterEntry[];
  narrative: Narrative[];
  justifications: JustificationRow[];
  issues: ExtractIssue[];
}

export function emptyModel(): Model {
  return {
    mappings: {},
    unrecognisedSheets: [],
    members: [],
    applications: [],
    movements: [],
    distributions: [],
    meetings: [],
    directors: [],
    allocation: [],
    training: [],
    statutes: [],
    parameters: [],
    narrative: [],
    justifications: [],
    issues: [],
  };
}
