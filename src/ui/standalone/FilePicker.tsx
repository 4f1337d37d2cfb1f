/**
 * The standalone page's one `<input type="file">`: choose or drop an .xlsx. The file is read and
 * checked in this browser, by the pane's Web Worker. Before a file is open it is a card that says
 * so; once one is open it shrinks to one line, so that the results come right under it. The button
 * stays the same element (and is never disabled), so that it keeps the keyboard focus while a
 * file opens.
 */
import { useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { Button, Caption1, MessageBar, MessageBarBody, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DocumentArrowUpRegular } from '@fluentui/react-icons';
import { useI18n } from '../i18n/i18n';
import { useSessionContext } from '../session/session';
import { ActivityProgress, progressLabel } from '../shell/ActivityProgress';
import { ErrorBar } from '../shell/ErrorBar';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  compact: { padding: 0, boxShadow: 'none', backgroundColor: 'transparent' },
  dragging: { outline: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}` },
  title: { margin: 0 },
  actions: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, flexWrap: 'wrap' },
  input: { display: 'none' },
});

export function FilePicker({ onChosen }: { onChosen: () => void }) {
  const { t } = useI18n();
  const { activity, cancel, cancelled, error, host, openFile } = useSessionContext();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const styles = useStyles();
  const opening = activity.kind === 'opening' ? activity : undefined;
  const compact = Boolean(host) && !opening;

  const open = (file: File | undefined) => {
    if (!file) return;
    onChosen();
    void openFile(file);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    open(event.dataTransfer.files[0]);
  };

  return (
    <section
      className={mergeClasses(styles.card, compact && styles.compact, dragging && styles.dragging)}
      aria-labelledby={compact ? undefined : 'file-title'}
      aria-label={compact ? t('file.title') : undefined}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      {!compact && (
        <>
          <Text weight="semibold" as="h2" id="file-title" className={styles.title}>
            {t('file.title')}
          </Text>
          <Caption1>{t('file.privacy')}</Caption1>
        </>
      )}
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t('file.choose')}
        onChange={(event) => {
          open(event.target.files?.[0]);
          // Choosing the same file again (after editing it) must fire change again.
          event.target.value = '';
        }}
      />
      <div className={styles.actions}>
        <Button
          appearance={host ? 'secondary' : 'primary'}
          size={compact ? 'small' : 'medium'}
          icon={<DocumentArrowUpRegular />}
          onClick={() => input.current?.click()}
          data-action="choose-file"
        >
          {t(host ? 'file.chooseAnother' : 'file.choose')}
        </Button>
        <Caption1>{t('file.drop')}</Caption1>
      </div>
      {opening && <ActivityProgress label={progressLabel(opening.progress, t, opening.fileName)} progress={opening.progress} onCancel={cancel} />}
      {!host && !opening && cancelled && (
        <MessageBar intent="info">
          <MessageBarBody>{t('work.cancelledOpen')}</MessageBarBody>
        </MessageBar>
      )}
      {!host && error !== undefined && <ErrorBar error={error} />}
    </section>
  );
}
