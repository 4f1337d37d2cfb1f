/**
 * The pane's state and what the steps can do with it: open a file (standalone), read the workbook,
 * extract with the user's column corrections, check with the settings, and keep the last run so the
 * data, check, flags and report steps show the same result.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { CheckResult } from '../../core/engine';
import { check } from '../../core/engine';
import type { MappingOverride } from '../../core/extract/extract';
import { extractWorkbook } from '../../core/extract/extract';
import type { Model } from '../../core/model';
import type { Progress } from '../../core/ports';
import type { CellValue, WorkbookSnapshot } from '../../core/snapshot';
import type { HostConnection } from '../office-host';
import type { WorkbookHost } from './workbook-host';

export type Activity =
  | { kind: 'idle' }
  | { kind: 'opening'; fileName: string }
  | { kind: 'reading'; progress?: Progress }
  | { kind: 'checking' };

/** One read of the workbook and the check of it with the current corrections and settings. */
export interface CheckRun {
  snapshot: WorkbookSnapshot;
  sha256: string;
  model: Model;
  result: CheckResult;
  /** ISO date-time of the check, for the report header. */
  checkedAt: string;
}

export interface Session {
  connection: HostConnection;
  /** Undefined until Excel's workbook is connected, or until a file is chosen on the standalone page. */
  host?: WorkbookHost;
  activity: Activity;
  /** Why the file could not be opened or the workbook read. */
  error?: unknown;
  mapping: MappingOverride;
  /** Parameter values typed in the settings step; they win over the parameters sheet. */
  overrides: Readonly<Record<string, CellValue>>;
  run?: CheckRun;
  openFile(file: File): Promise<void>;
  /** Reads the workbook again (Excel) or re-checks the open file (standalone). */
  checkWorkbook(): Promise<void>;
  setMapping(mapping: MappingOverride): Promise<void>;
  setOverride(name: string, raw: CellValue | undefined): void;
  resetOverrides(): void;
}

/** Lets React paint the progress before a long synchronous step. */
const nextPaint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function useSession(connection: HostConnection): Session {
  const [host, setHost] = useState<WorkbookHost>();
  const [activity, setActivity] = useState<Activity>({ kind: 'idle' });
  const [error, setError] = useState<unknown>();
  const [mapping, setMappingState] = useState<MappingOverride>({});
  const [overrides, setOverrides] = useState<Readonly<Record<string, CellValue>>>({});
  const [run, setRun] = useState<CheckRun>();
  // The latest values, for async actions that outlive the render that started them.
  const latest = useRef({ host, mapping, overrides, run });
  latest.current = { host, mapping, overrides, run };

  const evaluate = useCallback(async (snapshot: WorkbookSnapshot, sha256: string, mappingNow: MappingOverride, overridesNow: Readonly<Record<string, CellValue>>) => {
    setActivity({ kind: 'checking' });
    await nextPaint();
    try {
      const model = extractWorkbook(snapshot, mappingNow);
      const result = check(model, { parameterOverrides: overridesNow });
      setRun({ snapshot, sha256, model, result, checkedAt: new Date().toISOString() });
    } catch (checkError) {
      setError(checkError);
    } finally {
      setActivity({ kind: 'idle' });
    }
  }, []);

  const readAndCheck = useCallback(async (workbook: WorkbookHost, mappingNow: MappingOverride) => {
    setError(undefined);
    setActivity({ kind: 'reading' });
    try {
      const snapshot = await workbook.source.read((progress) => setActivity({ kind: 'reading', progress }));
      const sha256 = await workbook.sha256(snapshot);
      await evaluate(snapshot, sha256, mappingNow, latest.current.overrides);
    } catch (readError) {
      setError(readError);
      setActivity({ kind: 'idle' });
    }
  }, [evaluate]);

  useEffect(() => {
    if (connection.kind !== 'excel') return;
    let cancelled = false;
    void (async () => {
      try {
        const { connectExcelWorkbook } = await import(/* webpackChunkName: "excel" */ './excel-host');
        const workbook = await connectExcelWorkbook();
        const saved = await workbook.loadMapping();
        if (cancelled) return;
        setHost(workbook);
        setMappingState(saved);
      } catch (connectError) {
        if (!cancelled) setError(connectError);
      }
    })();
    return () => { cancelled = true; };
  }, [connection.kind]);

  const openFile = useCallback(async (file: File) => {
    setError(undefined);
    setRun(undefined);
    setHost(undefined);
    setActivity({ kind: 'opening', fileName: file.name });
    let workbook: WorkbookHost;
    try {
      const { openWorkbookFile } = await import(/* webpackChunkName: "exceljs" */ '../standalone/exceljs-host');
      workbook = await openWorkbookFile(file);
    } catch (openError) {
      setError(openError);
      setActivity({ kind: 'idle' });
      return;
    }
    const saved = await workbook.loadMapping();
    setHost(workbook);
    setMappingState(saved);
    await readAndCheck(workbook, saved);
  }, [readAndCheck]);

  const checkWorkbook = useCallback(async () => {
    const { host: workbook, mapping: mappingNow, overrides: overridesNow, run: last } = latest.current;
    if (!workbook) return;
    // A file in memory cannot change; only Excel's open workbook needs reading again.
    if (workbook.kind === 'standalone' && last) await evaluate(last.snapshot, last.sha256, mappingNow, overridesNow);
    else await readAndCheck(workbook, mappingNow);
  }, [evaluate, readAndCheck]);

  const setMapping = useCallback(async (next: MappingOverride) => {
    setMappingState(next);
    latest.current.mapping = next;
    const { host: workbook, run: last, overrides: overridesNow } = latest.current;
    if (last) await evaluate(last.snapshot, last.sha256, next, overridesNow);
    try {
      await workbook?.saveMapping(next);
    } catch (saveError) {
      // The correction still applies to this session; the data step says it could not be saved.
      setError(saveError);
    }
  }, [evaluate]);

  const applyOverrides = useCallback((next: Readonly<Record<string, CellValue>>) => {
    setOverrides(next);
    latest.current.overrides = next;
    const { run: last, mapping: mappingNow } = latest.current;
    if (last) void evaluate(last.snapshot, last.sha256, mappingNow, next);
  }, [evaluate]);

  const setOverride = useCallback((name: string, raw: CellValue | undefined) => {
    const { [name]: _previous, ...rest } = latest.current.overrides;
    applyOverrides(raw === undefined ? rest : { ...rest, [name]: raw });
  }, [applyOverrides]);

  const resetOverrides = useCallback(() => applyOverrides({}), [applyOverrides]);

  return {
    connection, host, activity, error, mapping, overrides, run,
    openFile, checkWorkbook, setMapping, setOverride, resetOverrides,
  };
}

const SessionContext = createContext<Session | undefined>(undefined);
export const SessionProvider = SessionContext.Provider;

export function useSessionContext(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSessionContext outside SessionProvider');
  return session;
}
