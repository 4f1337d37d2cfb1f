/**
 * What the worker is doing, by sheet and rows when it knows them, with a Cancel that stops it. The
 * bar is a progress bar with its label; the label is not a live region (it changes every few
 * thousand rows): screen readers hear the result or the error when it comes.
 */
import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { Translate } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n';
import type { WorkProgress } from '../worker/protocol';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: 0 },
});

export function progressLabel(progress: WorkProgress | undefined, t: Translate, fileName?: string): string {
  switch (progress?.phase) {
    case 'reading':
      if (!progress.sheet) return t('check.reading');
      return progress.total > 0
        ? t('check.readingSheet', { sheet: progress.sheet, done: progress.done, total: progress.total })
        : t('check.readingRows', { sheet: progress.sheet, done: progress.done });
    case 'checking':
      return t('check.checking');
    case 'writing':
      return t('report.writing');
    default:
      return fileName ? t('file.opening', { name: fileName }) : t('check.reading');
  }
}

export function ActivityProgress({ label, progress, onCancel }: { label: string; progress?: WorkProgress; onCancel?: () => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const value = progress?.phase === 'reading' && progress.total > 0 ? Math.min(progress.done / progress.total, 1) : undefined;
  return (
    <div className={styles.row}>
      <Field className={styles.field} validationMessage={label} validationState="none">
        <ProgressBar value={value} aria-label={label} />
      </Field>
      {onCancel && (
        <Button size="small" icon={<DismissRegular />} onClick={onCancel} data-action="cancel">
          {t('work.cancel')}
        </Button>
      )}
    </div>
  );
}
