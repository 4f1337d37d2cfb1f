/**
 * The pane's state and what the steps can do with it: open a file (standalone), read the workbook
 * (Excel), check with the user's column corrections and settings, and keep the last run so that
 * the data, check and report steps show the same result.
 *
 * The work runs in a Web Worker (../worker): reading a file, extracting, checking, building the
 * report and writing the checked copy. In Excel, the Office.js calls that read the cells stay on
 * this thread (office.js lives here) and the rows go to the worker as they arrive. Whatever runs
 * can be cancelled: the worker is stopped, the last result stays on screen, and the next request
 * reads the file or the workbook again.
 */
import { createContext, startTransition, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import {
  type CheckResult,
  type Comparison,
  type MappingOverride,
  type JustificationInput,
  type Lang,
  type RunLogEntry,
  type SpecialReport,
  type CellValue,
  runLogEntry,
} from '../../core';
import type { NewJustification } from '../../adapters/officejs/justifications';
import packageJson from '../../../package.json';
import type { HostConnection } from '../office-host';
import { CancelledError, CheckWorker } from '../worker/client';
import type { CheckView, ModelSummary, ReportMeta, SheetHead, WorkProgress } from '../worker/protocol';
import type { WorkbookHost } from './workbook-host';
import { fileProblem } from '../standalone/file-kind';

export type Activity =
  | { kind: 'idle' }
  /** Standalone: the chosen file read and checked in the worker. */
  | { kind: 'opening'; fileName: string; progress?: WorkProgress }
  /** Excel: the open workbook's cells read through Office.js. */
  | { kind: 'reading'; progress?: WorkProgress }
  | { kind: 'checking'; progress?: WorkProgress };

/** One read of the workbook and the check of it with the current corrections and settings. */
export interface CheckRun {
  /** Every sheet's name and first rows. */
  sheets: readonly SheetHead[];
  sha256: string;
  model: ModelSummary;
  result: CheckResult;
  /** ISO date-time of the check, for the report header. */
  checkedAt: string;
  /** 'read' when the workbook was (re)read and checked, 'recheck' after a correction or a setting. */
  cause: 'read' | 'recheck';
  /** Counts the runs, so that a step can tell a new one from the last. */
  serial: number;
  /** Excel: the run log kept in the workbook, this check included, once it is written; the summary sheet's short history. */
  history?: readonly RunLogEntry[];
}

export interface Session {
  connection: HostConnection;
  /** Undefined until Excel's workbook is connected, or until a file is chosen on the standalone page. */
  host?: WorkbookHost;
  activity: Activity;
  /** Why the file could not be opened or the workbook read or checked. */
  error?: unknown;
  /** Set when the user cancelled the last work, until the next starts. */
  cancelled: boolean;
  mapping: MappingOverride;
  /** Parameter values typed in the settings step; they win over the parameters sheet. */
  overrides: Readonly<Record<string, CellValue>>;
  /** Standalone: the justifications made in this page (the page never writes the user's file). */
  justifications: readonly JustificationInput[];
  run?: CheckRun;
  openFile(file: File): Promise<void>;
  /** Reads the workbook again (Excel) or re-checks the open file (standalone). */
  checkWorkbook(): Promise<void>;
  /** Stops the reading or checking under way; the last result stays. */
  cancel(): void;
  setMapping(mapping: MappingOverride): Promise<void>;
  setOverride(name: string, raw: CellValue | undefined): void;
  resetOverrides(): void;
  /**
   * Justifies a finding, then checks again so that it shows as justified: in Excel a row of the
   * workbook's justifications sheet; on the standalone page, kept in the session. Rejects when Excel
   * refuses the write (nothing then changed).
   */
  justify(justification: NewJustification, lang: Lang): Promise<void>;
  /** The special report of the last check, built in the worker. */
  report(lang: Lang, meta: ReportMeta): Promise<SpecialReport>;
  /** Standalone: the checked copy's bytes, written in the worker. */
  checkedCopy(lang: Lang, meta: ReportMeta, onProgress?: (progress: WorkProgress) => void): Promise<ArrayBuffer>;
  /** The report alone as an .xlsx, written in the worker. */
  reportWorkbook(lang: Lang, meta: ReportMeta): Promise<ArrayBuffer>;
  /** The draft special report (.docx) of the last check. */
  draftReport(lang: Lang, meta: ReportMeta): Promise<ArrayBuffer>;
  /** Stops a download under way (the checked copy). */
  cancelWork(): void;
  /** The last check compared with last year's file (a workbook, a checked copy or the CLI's JSON report). */
  compare(file: File, lang: Lang, meta: ReportMeta): Promise<Comparison>;
  /** The last comparison as an .xlsx, written in the worker. */
  comparisonWorkbook(lang: Lang): Promise<ArrayBuffer>;
}

/** Rows per message when sending Excel's cells to the worker: a few milliseconds of copying each. */
const ROWS_PER_MESSAGE = 2_000;

export function useSession(connection: HostConnection): Session {
  const [host, setHost] = useState<WorkbookHost>();
  const [activity, setActivity] = useState<Activity>({ kind: 'idle' });
  const [error, setError] = useState<unknown>();
  const [cancelled, setCancelled] = useState(false);
  const [mapping, setMappingState] = useState<MappingOverride>({});
  const [overrides, setOverrides] = useState<Readonly<Record<string, CellValue>>>({});
  const [justifications, setJustifications] = useState<readonly JustificationInput[]>([]);
  const [run, setRun] = useState<CheckRun>();
  const worker = useMemo(() => new CheckWorker(), []);
  const serial = useRef(0);
  /** Bumped by cancel(): work started before it drops its result. */
  const generation = useRef(0);
  // The latest values, for async actions that outlive the render that started them.
  const latest = useRef({ host, mapping, overrides, justifications, run });
  latest.current = { host, mapping, overrides, justifications, run };

  useEffect(() => {
    // The page's worker and its reader load while the user chooses a file (a failure shows when a file is opened);
    // the mark tells DevTools and scripts/bench/pane.ts when that is done.
    if (connection.kind !== 'excel')
      worker.request({ kind: 'prepare' }).then(
        () => performance.mark('coopcheck:prepared'),
        () => undefined,
      );
    return () => worker.cancel();
  }, [worker, connection.kind]);

  const accept = useCallback((view: CheckView, cause: CheckRun['cause']) => {
    serial.current += 1;
    const mine = serial.current;
    const checkedAt = new Date().toISOString();
    // A transition: React draws the results in slices, so that the pane answers input meanwhile (no task over 200 ms).
    startTransition(() => setRun({ sheets: view.sheets, sha256: view.sha256, model: view.model, result: view.result, checkedAt, cause, serial: mine }));
    // Excel: every check goes into the workbook's run log; the check is on screen meanwhile.
    const logRun = latest.current.host?.logRun;
    if (!logRun) return;
    logRun(runLogEntry(view.result, { checkedAt, toolVersion: packageJson.version, sha256: view.sha256 })).then(
      (history) => {
        if (history) setRun((current) => (current?.serial === mine ? { ...current, history } : current));
      },
      (logError: unknown) => setError(logError),
    );
  }, []);

  /** Runs one piece of work; a cancel or a failure leaves the last run on screen. */
  const attempt = useCallback(async (work: (isCurrent: () => boolean) => Promise<void>) => {
    const mine = generation.current;
    const isCurrent = () => generation.current === mine;
    setError(undefined);
    setCancelled(false);
    try {
      await work(isCurrent);
    } catch (workError) {
      if (!isCurrent() || workError instanceof CancelledError) return;
      setError(workError);
    } finally {
      if (isCurrent()) setActivity({ kind: 'idle' });
    }
  }, []);

  /** Standalone: the file's bytes into the worker, read and checked there. */
  const openInWorker = useCallback(
    async (workbook: WorkbookHost, settings: { mapping: MappingOverride; useSavedMapping: boolean }, isCurrent: () => boolean) => {
      const file = workbook.file!;
      const bytes = await file.arrayBuffer();
      const view = await worker.request(
        {
          kind: 'open',
          bytes,
          settings: {
            mapping: settings.mapping,
            useSavedMapping: settings.useSavedMapping,
            overrides: latest.current.overrides,
            justifications: latest.current.justifications,
          },
        },
        (progress) => {
          if (isCurrent()) setActivity({ kind: 'opening', fileName: file.name, progress });
        },
        [bytes],
      );
      worker.holdsWorkbook = true;
      return view;
    },
    [worker],
  );

  /** Excel: the cells read here through Office.js, sent to the worker block by block, then checked there. */
  const readExcel = useCallback(
    async (workbook: WorkbookHost, mappingNow: MappingOverride, isCurrent: () => boolean) => {
      let first = true;
      const sends: Promise<unknown>[] = [];
      setActivity({ kind: 'reading' });
      const snapshot = await workbook.source!.read((progress) => {
        if (isCurrent()) setActivity({ kind: 'reading', progress: { phase: 'reading', sheet: progress.sheet, done: progress.done, total: progress.total } });
      });
      if (!isCurrent()) return undefined;
      for (const sheet of snapshot.sheets) {
        if (!sheet.rows.length) sends.push(worker.request({ kind: 'rows', sheet: sheet.name, start: 0, rows: [], first }));
        for (let start = 0; start < sheet.rows.length; start += ROWS_PER_MESSAGE) {
          sends.push(worker.request({ kind: 'rows', sheet: sheet.name, start, rows: sheet.rows.slice(start, start + ROWS_PER_MESSAGE), first }));
          first = false;
        }
        first = false;
      }
      await Promise.all(sends);
      const view = await worker.request({ kind: 'check', settings: { mapping: mappingNow, overrides: latest.current.overrides } }, (progress) => {
        if (isCurrent()) setActivity({ kind: 'checking', progress });
      });
      worker.holdsWorkbook = true;
      return view;
    },
    [worker],
  );

  /** Checks again what the worker holds; reads it again first if a cancel emptied the worker. */
  const recheck = useCallback(
    async (isCurrent: () => boolean) => {
      const { host: workbook, mapping: mappingNow, overrides: overridesNow } = latest.current;
      if (!workbook) return;
      setActivity({ kind: 'checking' });
      let view: CheckView | undefined;
      if (!worker.holdsWorkbook) {
        view =
          workbook.kind === 'standalone'
            ? await openInWorker(workbook, { mapping: mappingNow, useSavedMapping: false }, isCurrent)
            : await readExcel(workbook, mappingNow, isCurrent);
      } else {
        view = await worker.request(
          { kind: 'check', settings: { mapping: mappingNow, overrides: overridesNow, justifications: latest.current.justifications } },
          (progress) => {
            if (isCurrent()) setActivity({ kind: 'checking', progress });
          },
        );
      }
      if (view && isCurrent()) accept(view, 'recheck');
    },
    [accept, openInWorker, readExcel, worker],
  );

  useEffect(() => {
    if (connection.kind !== 'excel') return;
    let stop = false;
    void (async () => {
      try {
        const { connectExcelWorkbook } = await import(/* webpackChunkName: "excel" */ './excel-host');
        const workbook = await connectExcelWorkbook();
        const saved = (await workbook.loadMapping?.()) ?? {};
        if (stop) return;
        setHost(workbook);
        setMappingState(saved);
      } catch (connectError) {
        if (!stop) setError(connectError);
      }
    })();
    return () => {
      stop = true;
    };
  }, [connection.kind]);

  const openFile = useCallback(
    async (file: File) => {
      worker.makeWay();
      generation.current += 1;
      setRun(undefined);
      setHost(undefined);
      setMappingState({});
      // Justifications name the findings of the file they were made on.
      setJustifications([]);
      latest.current.justifications = [];
      const workbook: WorkbookHost = { kind: 'standalone', name: file.name, file };
      setActivity({ kind: 'opening', fileName: file.name });
      await attempt(async (isCurrent) => {
        const problem = await fileProblem(file);
        if (problem) throw problem;
        const view = await openInWorker(workbook, { mapping: {}, useSavedMapping: true }, isCurrent);
        if (!isCurrent()) return;
        setHost(workbook);
        setMappingState(view.savedMapping ?? {});
        latest.current.mapping = view.savedMapping ?? {};
        accept(view, 'read');
      });
    },
    [accept, attempt, openInWorker, worker],
  );

  /** Reads the workbook again (Excel) and checks it; `cause` says whether the results take the focus. */
  const readAndCheck = useCallback(
    (cause: CheckRun['cause']) =>
      attempt(async (isCurrent) => {
        const { host: workbook, mapping: mappingNow } = latest.current;
        if (!workbook) return;
        // A file in memory cannot change; only Excel's open workbook needs reading again.
        if (workbook.kind === 'standalone') {
          await recheck(isCurrent);
          return;
        }
        const view = await readExcel(workbook, mappingNow, isCurrent);
        if (view && isCurrent()) accept(view, cause);
      }),
    [accept, attempt, readExcel, recheck],
  );

  const checkWorkbook = useCallback(() => readAndCheck('read'), [readAndCheck]);

  const cancel = useCallback(() => {
    generation.current += 1;
    worker.cancel();
    setActivity({ kind: 'idle' });
    setCancelled(true);
  }, [worker]);

  const setMapping = useCallback(
    async (next: MappingOverride) => {
      setMappingState(next);
      latest.current.mapping = next;
      const { host: workbook, run: last } = latest.current;
      if (last) await attempt(recheck);
      try {
        await workbook?.saveMapping?.(next);
      } catch (saveError) {
        // The correction still applies to this session; the data step says it could not be saved.
        setError(saveError);
      }
    },
    [attempt, recheck],
  );

  const applyOverrides = useCallback(
    (next: Readonly<Record<string, CellValue>>) => {
      setOverrides(next);
      latest.current.overrides = next;
      if (latest.current.run) void attempt(recheck);
    },
    [attempt, recheck],
  );

  const setOverride = useCallback(
    (name: string, raw: CellValue | undefined) => {
      const { [name]: _previous, ...rest } = latest.current.overrides;
      applyOverrides(raw === undefined ? rest : { ...rest, [name]: raw });
    },
    [applyOverrides],
  );

  const resetOverrides = useCallback(() => applyOverrides({}), [applyOverrides]);

  const justify = useCallback(
    async (justification: NewJustification, lang: Lang) => {
      const { host: workbook, mapping: mappingNow } = latest.current;
      if (!workbook) return;
      if (workbook.addJustification) {
        await workbook.addJustification(justification, lang, mappingNow);
        // Read again, as a re-check: the focus stays with the finding just justified.
        await readAndCheck('recheck');
        return;
      }
      // A second justification of the same finding replaces the first: the page keeps one per finding.
      const { fingerprint, reason, by, date } = justification;
      const next = [
        ...latest.current.justifications.filter((j) => j.fingerprint !== fingerprint),
        { fingerprint, reason, ...(by && { by }), ...(date !== undefined && { date }) },
      ];
      setJustifications(next);
      latest.current.justifications = next;
      await attempt(recheck);
    },
    [attempt, readAndCheck, recheck],
  );

  /** Makes sure the worker holds the workbook of the run on screen (after a cancel it holds nothing). */
  const ensureHeld = useCallback(async () => {
    if (worker.holdsWorkbook) return;
    const mine = generation.current;
    await recheck(() => generation.current === mine);
    setActivity({ kind: 'idle' });
  }, [recheck, worker]);

  const report = useCallback(
    async (lang: Lang, meta: ReportMeta) => {
      await ensureHeld();
      return worker.request({ kind: 'report', lang, meta });
    },
    [ensureHeld, worker],
  );

  const checkedCopy = useCallback(
    async (lang: Lang, meta: ReportMeta, onProgress?: (progress: WorkProgress) => void) => {
      await ensureHeld();
      return worker.request({ kind: 'checkedCopy', lang, meta, mapping: latest.current.mapping }, onProgress);
    },
    [ensureHeld, worker],
  );

  const reportWorkbook = useCallback(
    async (lang: Lang, meta: ReportMeta) => {
      await ensureHeld();
      return worker.request({ kind: 'reportWorkbook', lang, meta });
    },
    [ensureHeld, worker],
  );

  const draftReport = useCallback(
    async (lang: Lang, meta: ReportMeta) => {
      await ensureHeld();
      return worker.request({ kind: 'draftReport', lang, meta });
    },
    [ensureHeld, worker],
  );

  const compare = useCallback(
    async (file: File, lang: Lang, meta: ReportMeta) => {
      await ensureHeld();
      const bytes = await file.arrayBuffer();
      return worker.request({ kind: 'compare', bytes, fileName: file.name, lang, meta }, undefined, [bytes]);
    },
    [ensureHeld, worker],
  );

  const comparisonWorkbook = useCallback((lang: Lang) => worker.request({ kind: 'comparisonWorkbook', lang }), [worker]);

  const cancelWork = useCallback(() => {
    generation.current += 1;
    worker.cancel();
    setActivity({ kind: 'idle' });
  }, [worker]);

  return {
    connection,
    host,
    activity,
    error,
    cancelled,
    mapping,
    overrides,
    justifications,
    run,
    openFile,
    checkWorkbook,
    cancel,
    setMapping,
    setOverride,
    resetOverrides,
    justify,
    report,
    checkedCopy,
    reportWorkbook,
    draftReport,
    cancelWork,
    compare,
    comparisonWorkbook,
  };
}

const SessionContext = createContext<Session | undefined>(undefined);
export const SessionProvider = SessionContext.Provider;

export function useSessionContext(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSessionContext outside SessionProvider');
  return session;
}
