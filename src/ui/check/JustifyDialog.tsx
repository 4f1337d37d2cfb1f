/**
 * "Justify" on a breach or warning: a dialog asking the reason (required), who and when (a
 * dd/mm/yyyy text, today by default), keyed by the finding's fingerprint. Saving writes a row of the
 * workbook's justifications sheet in Excel, or keeps it in the page's session, then checks again:
 * the finding stays listed, marked as justified. Escape or Cancel gives the focus back to the
 * button; after saving it goes to the finding, which the button no longer belongs to.
 */
import { type FormEvent, useId, useState } from 'react';
import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
  useAnnounce,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { DocumentCheckmarkRegular } from '@fluentui/react-icons';
import { type Condition, type Day, type Finding, dayFromYmd, renderMessage } from '../../core';
import { useI18n } from '../i18n/i18n';
import { typeset } from '../i18n/typography';
import { useSessionContext } from '../session/session';
import { ErrorBar } from '../shell/ErrorBar';

const REVIEWER_KEY = 'coopcheck.reviewer';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  finding: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke1,
    paddingInlineStart: tokens.spacingHorizontalS,
  },
  date: { maxWidth: '10em' },
});

/** Today in the user's time zone, as the dd/mm/yyyy the field shows. */
function todayText(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(now.getDate())}/${pad(now.getMonth() + 1)}/${now.getFullYear()}`;
}

/** A dd/mm/yyyy date; undefined when blank; null when it is not one. */
function dayOf(text: string): Day | undefined | null {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  return m ? (dayFromYmd(Number(m[3]), Number(m[2]), Number(m[1])) ?? null) : null;
}

function rememberedReviewer(): string {
  try {
    return localStorage.getItem(REVIEWER_KEY) ?? '';
  } catch {
    return '';
  }
}

function rememberReviewer(name: string): void {
  try {
    if (name) localStorage.setItem(REVIEWER_KEY, name);
  } catch {
    // Not remembered; the name is typed again next time.
  }
}

export function JustifyButton({ finding, condition, onJustified }: { finding: Finding; condition: Condition; onJustified(): void }) {
  const { lang, t } = useI18n();
  const { host, justify } = useSessionContext();
  const { announce } = useAnnounce();
  const restoreFocus = useRestoreFocusTarget();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [by, setBy] = useState('');
  const [date, setDate] = useState('');
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const introId = useId();
  const ref = `${finding.sheet}!${finding.cell}`;

  const reasonMissing = !reason.trim();
  const day = dayOf(date);
  const dateInvalid = day === null;

  const openDialog = () => {
    setReason('');
    setBy(rememberedReviewer());
    setDate(todayText());
    setTried(false);
    setError(undefined);
    setOpen(true);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (saving || reasonMissing || dateInvalid) return;
    setSaving(true);
    setError(undefined);
    try {
      const name = by.trim();
      rememberReviewer(name);
      await justify(
        {
          fingerprint: finding.fingerprint,
          conditionId: finding.conditionId,
          subject: finding.subject,
          reason: reason.trim(),
          ...(name && { by: name }),
          ...(typeof day === 'number' && { date: day }),
        },
        lang,
      );
      setOpen(false);
      announce(t('justify.saved', { id: finding.conditionId }), { polite: true });
      onJustified();
    } catch (saveError) {
      setError(saveError);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Button
        size="small"
        icon={<DocumentCheckmarkRegular />}
        onClick={openDialog}
        aria-label={t('justify.openLabel', { id: finding.conditionId, ref })}
        {...restoreFocus}
      >
        {t('justify.open')}
      </Button>
      <Dialog
        open={open}
        onOpenChange={(_, data) => {
          if (!saving) setOpen(data.open);
        }}
      >
        <DialogSurface aria-describedby={introId}>
          <form onSubmit={(event) => void submit(event)} noValidate>
            <DialogBody>
              <DialogTitle>{t('justify.title')}</DialogTitle>
              <DialogContent className={styles.content}>
                <div className={styles.finding}>
                  <Text weight="semibold">{`${finding.conditionId} · ${ref}`}</Text>
                  <Text>{typeset(renderMessage(finding, condition, lang), lang)}</Text>
                </div>
                <Caption1 id={introId}>
                  {t('justify.intro')} {t(host?.kind === 'excel' ? 'justify.whereExcel' : 'justify.whereStandalone')}
                </Caption1>
                <Field
                  label={t('justify.reason')}
                  required
                  validationState={tried && reasonMissing ? 'error' : 'none'}
                  validationMessage={tried && reasonMissing ? t('justify.reasonRequired') : undefined}
                >
                  <Textarea value={reason} onChange={(_, data) => setReason(data.value)} resize="vertical" />
                </Field>
                <Field label={t('justify.by')}>
                  <Input value={by} onChange={(_, data) => setBy(data.value)} autoComplete="name" />
                </Field>
                <Field
                  label={t('justify.date')}
                  hint={t('settings.dateFormat')}
                  validationState={tried && dateInvalid ? 'error' : 'none'}
                  validationMessage={tried && dateInvalid ? t('justify.dateInvalid') : undefined}
                >
                  <Input className={styles.date} value={date} onChange={(_, data) => setDate(data.value)} inputMode="numeric" />
                </Field>
                {error !== undefined && <ErrorBar error={error} />}
              </DialogContent>
              <DialogActions>
                <Button type="submit" appearance="primary" disabledFocusable={saving} icon={saving ? <Spinner size="tiny" /> : undefined}>
                  {t('justify.save')}
                </Button>
                <Button disabledFocusable={saving} onClick={() => setOpen(false)}>
                  {t('work.cancel')}
                </Button>
              </DialogActions>
            </DialogBody>
          </form>
        </DialogSurface>
      </Dialog>
    </>
  );
}
