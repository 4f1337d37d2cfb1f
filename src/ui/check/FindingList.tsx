/**
 * A condition's findings: the cell, the severity and the message, and for a breach or warning either
 * the reviewer's justification or the action to justify it. Inside Excel the cell is a button that
 * selects it; on the standalone page it is plain text (the checked copy carries the flags).
 */
import { useEffect, useRef, useState } from 'react';
import { Badge, Caption1, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentCheckmarkRegular } from '@fluentui/react-icons';
import { type Condition, type Finding, outcomeLabel, severityLabel, renderMessage } from '../../core';
import { useI18n } from '../i18n/i18n';
import { typeset } from '../i18n/typography';
import { useSessionContext } from '../session/session';
import { JustifyButton } from './JustifyDialog';

/** Enough to act on; all of them are in the summary sheet and the CSV, and beyond this a list only slows the pane. */
const SHOWN_PER_CONDITION = 100;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  where: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  // A reviewer's decision, set apart from the finding's own message.
  justification: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorBrandStroke1,
    paddingInlineStart: tokens.spacingHorizontalS,
  },
});

const SEVERITY_COLORS = { breach: 'danger', warning: 'warning', info: 'informative' } as const;

/** A finding's cell: a button that selects it in Excel, plain text on the standalone page. */
export function CellLink({ finding }: { finding: Finding }) {
  const { t } = useI18n();
  const { host } = useSessionContext();
  const ref = `${finding.sheet}!${finding.cell}`;
  if (!host?.sink) return <Caption1>{ref}</Caption1>;
  const sink = host.sink;
  return (
    <Link as="button" onClick={() => void sink.selectCell({ sheet: finding.sheet, cell: finding.cell })} aria-label={t('check.selectCell', { ref })}>
      {ref}
    </Link>
  );
}

export function FindingList({ condition, findings }: { condition: Condition; findings: readonly Finding[] }) {
  const { t } = useI18n();
  const styles = useStyles();
  const shown = findings.slice(0, SHOWN_PER_CONDITION);
  return (
    <>
      <ul className={styles.list} aria-label={t('check.findingsOf', { id: condition.id })}>
        {shown.map((finding) => (
          <FindingItem key={`${finding.fingerprint}|${finding.sheet}!${finding.cell}`} condition={condition} finding={finding} />
        ))}
      </ul>
      {findings.length > shown.length && <Caption1>{t('check.moreFindings', { count: findings.length - shown.length })}</Caption1>}
    </>
  );
}

function FindingItem({ condition, finding }: { condition: Condition; finding: Finding }) {
  const { lang, t, format } = useI18n();
  const styles = useStyles();
  const item = useRef<HTMLLIElement>(null);
  const [focusWhenJustified, setFocusWhenJustified] = useState(false);
  const ref = `${finding.sheet}!${finding.cell}`;
  const { justification } = finding;

  // Justified here: the button that opened the dialog is gone, so the finding itself takes the focus.
  useEffect(() => {
    if (!focusWhenJustified || !justification) return;
    setFocusWhenJustified(false);
    requestAnimationFrame(() => item.current?.focus());
  }, [focusWhenJustified, justification]);

  const signed =
    justification &&
    (justification.by && justification.date
      ? t('justify.signedByOn', { by: justification.by, date: format.date(justification.date) })
      : justification.by
        ? t('justify.signedBy', { by: justification.by })
        : justification.date
          ? t('justify.signedOn', { date: format.date(justification.date) })
          : undefined);
  return (
    <li
      ref={item}
      tabIndex={-1}
      className={styles.item}
      data-finding-cell={ref}
      data-message-id={finding.messageId}
      data-justified={justification ? true : undefined}
    >
      <span className={styles.where}>
        <Badge size="small" appearance="tint" color={SEVERITY_COLORS[finding.severity]}>
          {severityLabel(finding.severity, lang)}
        </Badge>
        {justification && (
          <Badge size="small" appearance="tint" color="brand" icon={<DocumentCheckmarkRegular />}>
            {outcomeLabel('justified', lang)}
          </Badge>
        )}
        <CellLink finding={finding} />
      </span>
      <Text>{typeset(renderMessage(finding, condition, lang), lang)}</Text>
      {justification && (
        <span className={styles.justification}>
          <Text>{t('justify.justified', { reason: justification.reason })}</Text>
          {signed && <Caption1>{signed}</Caption1>}
        </span>
      )}
      {!justification && finding.severity !== 'info' && (
        <span>
          <JustifyButton finding={finding} condition={condition} onJustified={() => setFocusWhenJustified(true)} />
        </span>
      )}
    </li>
  );
}
