/**
 * Flags in Excel, right under the results: colour each finding's cell and note its message, or
 * clear them all. Flagging never changes a value and clearing restores the cells exactly (the
 * Office adapter keeps the ledger). The Office calls run on the pane's thread, in batches that
 * leave it free between them; progress shows cell by cell.
 */
import { useState } from 'react';
import { Button, Field, MessageBar, MessageBarBody, ProgressBar, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { FlagOffRegular, FlagRegular } from '@fluentui/react-icons';
import type { FlagSummary, Progress } from '../../core';
import { useI18n } from '../i18n/i18n';
import { useSessionContext } from '../session/session';
import { ErrorBar } from '../shell/ErrorBar';
import { useTask } from '../shell/useTask';

type FlagsDone = { action: 'applied'; summary: FlagSummary } | { action: 'cleared' };

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function FlagsPanel() {
  const { lang, t } = useI18n();
  const { host, run } = useSessionContext();
  const [task, start] = useTask<FlagsDone>();
  const [progress, setProgress] = useState<Progress>();
  const styles = useStyles();
  if (!host?.sink) return null;
  const sink = host.sink;
  const running = task.status === 'running';

  const apply = () =>
    start(async () => {
      setProgress(undefined);
      const summary = await sink.applyFlags(run?.result.findings ?? [], lang, setProgress);
      return { action: 'applied', summary };
    });
  const clear = () =>
    start(async () => {
      await sink.clearFlags();
      return { action: 'cleared' };
    });

  return (
    <div className={styles.block} aria-busy={running}>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<FlagRegular />} disabledFocusable={!run || running} onClick={() => void apply()}>
          {t('flags.apply')}
        </Button>
        <Button icon={<FlagOffRegular />} disabledFocusable={running} onClick={() => void clear()}>
          {t('flags.clear')}
        </Button>
      </div>
      <Caption1>{t('flags.intro')}</Caption1>
      {running && (
        <Field validationState="none" validationMessage={progress ? t('flags.progress', { done: progress.done, total: progress.total }) : t('common.working')}>
          <ProgressBar value={progress && progress.total > 0 ? progress.done / progress.total : undefined} />
        </Field>
      )}
      {task.status === 'done' && (
        <MessageBar intent="success">
          <MessageBarBody>
            {task.value.action === 'applied'
              ? t('flags.applied', { flagged: task.value.summary.flagged, noted: task.value.summary.noted })
              : t('flags.cleared')}
          </MessageBarBody>
        </MessageBar>
      )}
      {task.status === 'failed' && <ErrorBar error={task.error} />}
    </div>
  );
}
