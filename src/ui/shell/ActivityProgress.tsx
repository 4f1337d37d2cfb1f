import { Field, ProgressBar } from '@fluentui/react-components';
import { useI18n } from '../i18n/i18n';
import type { Activity } from '../session/session';

/** Reading (with the sheet and row when the source reports them) or checking. */
export function ActivityProgress({ activity }: { activity: Activity }) {
  const { t } = useI18n();
  const progress = activity.kind === 'reading' ? activity.progress : undefined;
  const label = activity.kind === 'checking'
    ? t('check.checking')
    : progress?.sheet
      ? t('check.readingSheet', { sheet: progress.sheet, done: progress.done, total: progress.total })
      : t('check.reading');
  return (
    <Field validationMessage={label} validationState="none">
      <ProgressBar value={progress && progress.total > 0 ? progress.done / progress.total : undefined} aria-label={label} />
    </Field>
  );
}
