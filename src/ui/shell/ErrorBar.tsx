import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useI18n, type Translate } from '../i18n/i18n';
import type { UiStringKey } from '../i18n/strings';

const UNREADABLE_REASONS: Readonly<Record<string, UiStringKey>> = {
  encrypted: 'error.encrypted',
  'not-xlsx': 'error.notXlsx',
  corrupt: 'error.corrupt',
  xls: 'error.xls',
  ods: 'error.ods',
  csv: 'error.csv',
};

/**
 * One sentence a finance person can act on. An unreadable workbook is recognised by its error's
 * name and reason (the readers' UnreadableWorkbookError, which reaches the pane from the worker as
 * a name and a reason, or the file-kind check's) rather than by its class.
 */
export function errorText(error: unknown, t: Translate): string {
  const reason = error instanceof Error && error.name === 'UnreadableWorkbookError' ? (error as Error & { reason?: string }).reason : undefined;
  const key = reason ? UNREADABLE_REASONS[reason] : undefined;
  if (key) return t(key);
  return t('error.unexpected', { message: error instanceof Error ? error.message : String(error) });
}

/** An error, announced to screen readers as it appears (MessageBar under the pane's AriaLiveAnnouncer). */
export function ErrorBar({ error }: { error: unknown }) {
  const { t } = useI18n();
  return (
    <MessageBar intent="error" layout="multiline" politeness="assertive">
      <MessageBarBody>{errorText(error, t)}</MessageBarBody>
    </MessageBar>
  );
}
