/**
 * The special report: written as a sheet of the open workbook (Excel), or inside the checked copy
 * offered for download (standalone); and, in both, the report alone as .xlsx and the findings as CSV.
 */
import { Button, Caption1, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentTableRegular } from '@fluentui/react-icons';
import packageJson from '../../../package.json';
import type { Lang } from '../../core/i18n/lang';
import { buildSpecialReport } from '../../core/report/special-report';
import type { SpecialReport } from '../../core/report/special-report-types';
import { useI18n } from '../i18n/i18n';
import type { CheckRun } from '../session/session';
import { useSessionContext } from '../session/session';
import type { WorkbookHost } from '../session/workbook-host';
import { ErrorBar } from '../shell/ErrorBar';
import { useTask } from '../shell/useTask';
import { downloadBlob, fileStem } from './download';
import { findingsCsv } from './findings-csv';

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalS },
});

function specialReport(run: CheckRun, host: WorkbookHost, lang: Lang): SpecialReport {
  return buildSpecialReport(run.result, { fileName: host.name, sha256: run.sha256, checkedAt: run.checkedAt, toolVersion: packageJson.version }, lang);
}

type ReportDone = { action: 'written'; sheet: string } | { action: 'downloaded' };

export function ReportStep() {
  const { lang, t } = useI18n();
  const { host, run } = useSessionContext();
  const [task, start] = useTask<ReportDone>();
  const styles = useStyles();
  if (!host) return null;
  if (!run) return <section className={styles.step}><Text>{t('common.checkFirst')}</Text></section>;
  const running = task.status === 'running';
  const stem = fileStem(host.name);

  const writeSummary = () => start(async () => ({ action: 'written', sheet: await host.sink.writeSummary(specialReport(run, host, lang)) }));
  const downloadCheckedCopy = () => start(async () => {
    downloadBlob(await host.checkedCopy!(run.result.findings, specialReport(run, host, lang), lang), `${stem}.checked.xlsx`);
    return { action: 'downloaded' };
  });
  const downloadReport = () => start(async () => {
    const { reportWorkbook } = await import(/* webpackChunkName: "exceljs" */ '../standalone/exceljs-host');
    downloadBlob(await reportWorkbook(specialReport(run, host, lang)), `${stem}.report.xlsx`);
    return { action: 'downloaded' };
  });
  const downloadCsv = () => start(async () => {
    downloadBlob(new Blob([findingsCsv(run.result.findings, lang, t)], { type: 'text/csv;charset=utf-8' }), `${stem}.findings.csv`);
    return { action: 'downloaded' };
  });

  return (
    <section className={styles.step} aria-busy={running}>
      <Text>{t('report.intro')}</Text>
      <div className={styles.actions}>
        {host.checkedCopy ? (
          <>
            <Button appearance="primary" icon={<ArrowDownloadRegular />} disabled={running} onClick={() => void downloadCheckedCopy()} data-download="checked-copy">
              {t('report.downloadChecked')}
            </Button>
            <Caption1>{t('report.checkedHint', { name: host.name })}</Caption1>
          </>
        ) : (
          <Button appearance="primary" icon={<DocumentTableRegular />} disabled={running} onClick={() => void writeSummary()}>
            {t('report.write')}
          </Button>
        )}
        <Button icon={<ArrowDownloadRegular />} disabled={running} onClick={() => void downloadReport()} data-download="report">
          {t('report.downloadReport')}
        </Button>
        <Button icon={<ArrowDownloadRegular />} disabled={running} onClick={() => void downloadCsv()} data-download="findings-csv">
          {t('report.downloadCsv')}
        </Button>
      </div>
      {running && <Spinner size="tiny" labelPosition="after" label={t('common.working')} />}
      {task.status === 'done' && task.value.action === 'written' && (
        <MessageBar intent="success"><MessageBarBody>{t('report.written', { sheet: task.value.sheet })}</MessageBarBody></MessageBar>
      )}
      {task.status === 'failed' && <ErrorBar error={task.error} />}
    </section>
  );
}
