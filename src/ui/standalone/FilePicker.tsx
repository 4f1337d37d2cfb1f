/**
 * The standalone page's one `<input type="file">`: choose or drop an .xlsx. The file is read in this
 * browser by exceljs, which is fetched from this page's own origin only now (a lazy chunk).
 */
import { useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { Button, Caption1, Card, CardHeader, Spinner, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DocumentArrowUpRegular } from '@fluentui/react-icons';
import { useI18n } from '../i18n/i18n';
import { useSessionContext } from '../session/session';
import { ErrorBar } from '../shell/ErrorBar';

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalS },
  dragging: { outline: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}` },
  actions: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  input: { display: 'none' },
});

export function FilePicker({ onChosen }: { onChosen: () => void }) {
  const { t } = useI18n();
  const { activity, error, host, openFile } = useSessionContext();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const styles = useStyles();
  const opening = activity.kind === 'opening';

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
    <Card
      className={mergeClasses(styles.card, dragging && styles.dragging)}
      onDragOver={(event) => { event.preventDefault(); setDragging(true); }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <CardHeader header={<Text weight="semibold" as="h2">{t('file.title')}</Text>} description={<Caption1>{t('file.privacy')}</Caption1>} />
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t('file.choose')}
        onChange={(event) => {
          open(event.target.files?.[0]);
          // Choosing the same file again (after editing it) must fire change again.
          event.target.value = '';
        }}
      />
      <div className={styles.actions}>
        <Button appearance={host ? 'secondary' : 'primary'} icon={<DocumentArrowUpRegular />} onClick={() => input.current?.click()} disabled={opening}>
          {t(host ? 'file.chooseAnother' : 'file.choose')}
        </Button>
        <Caption1>{t('file.drop')}</Caption1>
      </div>
      {activity.kind === 'opening' && <Spinner size="tiny" labelPosition="after" label={t('file.opening', { name: activity.fileName })} />}
      {!host && error !== undefined && <ErrorBar error={error} />}
    </Card>
  );
}
