/**
 * The special report: written as a sheet of the open workbook (Excel), or inside the checked copy
 * offered for download (standalone); and, in both, the report alone as .xlsx and the findings as
 * CSV. The report is built in the worker from the check on screen.
 */
import { Button, Caption1, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentTableRegular } from '@fluentui/react-icons';
import { useI18n } from '../i18n/i18n';
import { useSessionContext } from '../session/session';
import { ErrorBar } from '../shell/ErrorBar';
import { useTask } from '../shell/useTask';
import { CompareSection } from './CompareSection';
import { DownloadButton, reportMeta } from './downloads';

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', rowGap: tokens.spacingVerticalS },
  button: { alignSelf: 'flex-start' },
});

export function ReportStep() {
  const { lang, t } = useI18n();
  const session = useSessionContext();
  const { host, run } = session;
  const [task, start] = useTask<string>();
  const styles = useStyles();
  if (!host) return null;
  if (!run)
    return (
      <div className={styles.step}>
        <Text>{t('common.checkFirst')}</Text>
      </div>
    );
  const running = task.status === 'running';

  const writeSummary = () => start(async () => host.sink!.writeSummary(await session.report(lang, reportMeta(run, host))));

  return (
    <div className={styles.step} aria-busy={running}>
      <Text>{t('report.intro')}</Text>
      <div className={styles.actions}>
        {host.kind === 'standalone' ? (
          <>
            <DownloadButton kind="checked-copy" primary />
            <Caption1>{t('report.checkedHint', { name: host.name })}</Caption1>
          </>
        ) : (
          <Button
            className={styles.button}
            appearance="primary"
            icon={<DocumentTableRegular />}
            disabledFocusable={running}
            onClick={() => void writeSummary()}
          >
            {t('report.write')}
          </Button>
        )}
        {task.status === 'done' && (
          <MessageBar intent="success">
            <MessageBarBody>{t('report.written', { sheet: task.value })}</MessageBarBody>
          </MessageBar>
        )}
        {task.status === 'failed' && <ErrorBar error={task.error} />}
        <DownloadButton kind="draft-report" />
        <DownloadButton kind="report" />
        <DownloadButton kind="findings-csv" />
        {host.kind === 'standalone' && session.justifications.length > 0 && <DownloadButton kind="justifications" />}
      </div>
      <CompareSection />
    </div>
  );
}
