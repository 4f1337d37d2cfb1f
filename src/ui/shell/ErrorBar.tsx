import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useI18n, type Translate } from '../i18n/i18n';
import type { UiStringKey } from '../i18n/strings';

const UNREADABLE_REASONS: Readonly<Record<string, UiStringKey>> = {
  encrypted: 'error.encrypted',
  'not-xlsx': 'error.notXlsx',
  corrupt: 'error.corrupt',
};

/**
 * One sentence a finance person can act on. The exceljs adapter's UnreadableWorkbookError is
 * recognised by its name and reason rather than imported, so that this first-load code does not pull
 * the adapter's chunk.
 */
export function errorText(error: unknown, t: Translate): string {
  const reason = error instanceof Error && error.name === 'UnreadableWorkbookError' ? (error as Error & { reason?: string }).reason : undefined;
  const key = reason ? UNREADABLE_REASONS[reason] : undefined;
  if (key) return t(key);
  return t('error.unexpected', { message: error instanceof Error ? error.message : String(error) });
}

export function ErrorBar({ error }: { error: unknown }) {
  const { t } = useI18n();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>{errorText(error, t)}</MessageBarBody>
    </MessageBar>
  );
}
