/**
 * Flags in Excel: colour each finding's cell and note its message, or clear them all. Flagging never
 * changes a value and clearing restores the cells exactly (the Office adapter keeps the ledger).
 */
import { useState } from 'react';
import { Button, Field, MessageBar, MessageBarBody, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { FlagOffRegular, FlagRegular } from '@fluentui/react-icons';
import type { FlagSummary, Progress } from '../../core/ports';
import { useI18n } from '../i18n/i18n';
import { useSessionContext } from '../session/session';
import { ErrorBar } from '../shell/ErrorBar';
import { useTask } from '../shell/useTask';

type FlagsDone = { action: 'applied'; summary: FlagSummary } | { action: 'cleared' };

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function FlagsStep() {
  const { lang, t } = useI18n();
  const { host, run } = useSessionContext();
  const [task, start] = useTask<FlagsDone>();
  const [progress, setProgress] = useState<Progress>();
  const styles = useStyles();
  if (!host) return null;
  const running = task.status === 'running';

  const apply = () => start(async () => {
    setProgress(undefined);
    const summary = await host.sink.applyFlags(run?.result.findings ?? [], lang, setProgress);
    return { action: 'applied', summary };
  });
  const clear = () => start(async () => {
    await host.sink.clearFlags();
    return { action: 'cleared' };
  });

  return (
    <section className={styles.step} aria-busy={running}>
      <Text>{t('flags.intro')}</Text>
      {!run && <Text>{t('common.checkFirst')}</Text>}
      <div className={styles.actions}>
        <Button appearance="primary" icon={<FlagRegular />} disabled={!run || running} onClick={() => void apply()}>{t('flags.apply')}</Button>
        <Button icon={<FlagOffRegular />} disabled={running} onClick={() => void clear()}>{t('flags.clear')}</Button>
      </div>
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
    </section>
  );
}
