/**
 * The pane's downloads: the checked copy (standalone), the report alone and the findings CSV. Each
 * is a button that keeps the focus while its file is made (never disabled: Fluent's
 * disabledFocusable), then says, in a message screen readers hear, that the file was downloaded or
 * opened in Excel. The checked copy is written in the worker, with progress and a Cancel.
 */
import { useState } from 'react';
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import packageJson from '../../../package.json';
import { useI18n } from '../i18n/i18n';
import type { UiStringKey } from '../i18n/strings';
import type { CheckRun } from '../session/session';
import { useSessionContext } from '../session/session';
import type { WorkbookHost } from '../session/workbook-host';
import { XLSX_MIME } from '../session/workbook-host';
import { ActivityProgress, progressLabel } from '../shell/ActivityProgress';
import { ErrorBar } from '../shell/ErrorBar';
import { CancelledError } from '../worker/client';
import type { ReportMeta, WorkProgress } from '../worker/protocol';
import { downloadBlob, fileStem } from './download';
import { findingsCsv } from './findings-csv';
import { justificationsJson } from './justifications-json';

export type DownloadKind = 'checked-copy' | 'report' | 'draft-report' | 'findings-csv' | 'justifications' | 'comparison';

/** Word's own MIME type: the draft special report is a document for the board, not a workbook. */
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const LABELS: Readonly<Record<DownloadKind, UiStringKey>> = {
  'checked-copy': 'report.downloadChecked',
  report: 'report.downloadReport',
  'draft-report': 'report.downloadDraft',
  'findings-csv': 'report.downloadCsv',
  justifications: 'justify.download',
  comparison: 'compare.download',
};

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', rowGap: tokens.spacingVerticalS },
  // A long label wraps inside the button rather than widening the pane.
  button: { alignSelf: 'flex-start', maxWidth: '100%', whiteSpace: 'normal', textAlign: 'start', height: 'auto' },
});

export function reportMeta(run: CheckRun, host: WorkbookHost): ReportMeta {
  return { fileName: host.name, checkedAt: run.checkedAt, toolVersion: packageJson.version, ...(run.history && { history: run.history }) };
}

type State =
  | { status: 'idle' }
  | { status: 'running'; progress?: WorkProgress }
  | { status: 'done'; how: 'opened' | 'downloaded'; name: string }
  | { status: 'failed'; error: unknown };

export function DownloadButton({ kind, primary = false }: { kind: DownloadKind; primary?: boolean }) {
  const { lang, t } = useI18n();
  const session = useSessionContext();
  const { host, run } = session;
  const [state, setState] = useState<State>({ status: 'idle' });
  const styles = useStyles();
  if (!host || !run) return null;
  const stem = fileStem(host.name);
  const running = state.status === 'running';

  const make = async (): Promise<[Blob, string]> => {
    const meta = reportMeta(run, host);
    switch (kind) {
      case 'checked-copy': {
        const bytes = await session.checkedCopy(lang, meta, (progress) => setState({ status: 'running', progress }));
        return [new Blob([bytes], { type: XLSX_MIME }), `${stem}.checked.xlsx`];
      }
      case 'report':
        return [new Blob([await session.reportWorkbook(lang, meta)], { type: XLSX_MIME }), `${stem}.report.xlsx`];
      case 'draft-report':
        return [new Blob([await session.draftReport(lang, meta)], { type: DOCX_MIME }), `${stem}.report.docx`];
      case 'findings-csv':
        return [new Blob([findingsCsv(run.result.findings, lang, t)], { type: 'text/csv;charset=utf-8' }), `${stem}.findings.csv`];
      case 'comparison':
        return [new Blob([await session.comparisonWorkbook(lang)], { type: XLSX_MIME }), `${stem}.compare.xlsx`];
      case 'justifications':
        return [new Blob([justificationsJson(session.justifications)], { type: 'application/json' }), `${stem}.justifications.json`];
    }
  };
  const start = async () => {
    if (running) return;
    setState({ status: 'running' });
    try {
      const [blob, name] = await make();
      setState({ status: 'done', how: await downloadBlob(blob, name), name });
    } catch (error) {
      setState(error instanceof CancelledError ? { status: 'idle' } : { status: 'failed', error });
    }
  };

  return (
    <div className={styles.block}>
      <Button
        className={styles.button}
        appearance={primary ? 'primary' : 'secondary'}
        icon={<ArrowDownloadRegular />}
        disabledFocusable={running}
        onClick={() => void start()}
        data-download={kind}
      >
        {t(LABELS[kind])}
      </Button>
      {running && kind === 'checked-copy' && (
        <ActivityProgress
          label={progressLabel(state.progress ?? { phase: 'writing', done: 0, total: 0 }, t)}
          progress={state.progress}
          onCancel={session.cancelWork}
        />
      )}
      {state.status === 'done' && (
        <MessageBar intent="success" data-download-done={kind}>
          <MessageBarBody>{t(state.how === 'opened' ? 'download.opened' : 'download.done', { name: state.name })}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'failed' && <ErrorBar error={state.error} />}
    </div>
  );
}
