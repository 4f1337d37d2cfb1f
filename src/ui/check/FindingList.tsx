/**
 * A condition's findings: the cell, the severity and the message. Inside Excel the cell is a button
 * that selects it; on the standalone page it is plain text (the checked copy carries the flags).
 */
import { Badge, Caption1, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { type Condition, type Finding, severityLabel, renderMessage } from '../../core';
import { useI18n } from '../i18n/i18n';
import { typeset } from '../i18n/typography';
import { useSessionContext } from '../session/session';

/** Enough to act on; all of them are in the summary sheet and the CSV, and beyond this a list only slows the pane. */
const SHOWN_PER_CONDITION = 100;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  where: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
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
  const { lang, t } = useI18n();
  const styles = useStyles();
  const shown = findings.slice(0, SHOWN_PER_CONDITION);
  return (
    <>
      <ul className={styles.list} aria-label={t('check.findingsOf', { id: condition.id })}>
        {shown.map((finding) => {
          const ref = `${finding.sheet}!${finding.cell}`;
          return (
            <li key={`${finding.fingerprint}|${ref}`} className={styles.item} data-finding-cell={ref} data-message-id={finding.messageId}>
              <span className={styles.where}>
                <Badge size="small" appearance="tint" color={SEVERITY_COLORS[finding.severity]}>{severityLabel(finding.severity, lang)}</Badge>
                <CellLink finding={finding} />
              </span>
              <Text>{typeset(renderMessage(finding, condition, lang), lang)}</Text>
            </li>
          );
        })}
      </ul>
      {findings.length > shown.length && <Caption1>{t('check.moreFindings', { count: findings.length - shown.length })}</Caption1>}
    </>
  );
}
