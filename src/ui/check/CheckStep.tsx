/**
 * The results, in the order a finance person acts on them: the outcomes at a glance with the checked
 * copy to download right under them (or, in Excel, the flags to put on the cells), the breaches to
 * correct (each with its message, which says what to do), then every condition, grouped DATA / ES / CNC, each opening
 * to its explanation, legal basis and findings. In Excel it also (re)reads the workbook, with
 * progress and a Cancel.
 */
import { useMemo } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, PlayRegular } from '@fluentui/react-icons';
import { type ConditionGroup, type ConditionResult, type Finding, describeResult, renderMessage, ACCREDITATION_NAMES } from '../../core';
import { FlagsPanel } from '../flags/FlagsPanel';
import { DownloadButton } from '../report/downloads';
import type { CheckRun } from '../session/session';
import { useSessionContext } from '../session/session';
import { useI18n } from '../i18n/i18n';
import { typeset } from '../i18n/typography';
import { ActivityProgress, progressLabel } from '../shell/ActivityProgress';
import { ErrorBar } from '../shell/ErrorBar';
import { CONDITION_BY_ID } from './conditions';
import { CellLink, FindingList } from './FindingList';
import { OutcomeBadge, outcomeCounts } from './OutcomeBadge';

const GROUPS: readonly ConditionGroup[] = ['DATA', 'ES', 'CNC'];

/** Breaches listed at the top; the others are under their conditions, the summary sheet and the CSV. */
const BREACHES_SHOWN = 5;

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  summary: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  breaches: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  breach: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    borderInlineStartWidth: tokens.strokeWidthThicker,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorPaletteRedBorder2,
    paddingInlineStart: tokens.spacingHorizontalS,
  },
  where: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, textAlign: 'start', paddingBlock: tokens.spacingVerticalXXS },
  headerLine: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM },
});

export function CheckStep() {
  const { t } = useI18n();
  const { activity, cancel, cancelled, checkWorkbook, error, host, run } = useSessionContext();
  const styles = useStyles();
  const busy = activity.kind === 'reading' || activity.kind === 'checking' ? activity : undefined;
  return (
    <div className={styles.step} aria-busy={Boolean(busy)}>
      {host?.kind === 'excel' && (
        <div>
          <Button
            appearance={run ? 'secondary' : 'primary'}
            icon={run ? <ArrowClockwiseRegular /> : <PlayRegular />}
            disabledFocusable={Boolean(busy)}
            onClick={() => void checkWorkbook()}
          >
            {t(run ? 'check.rerun' : 'check.run')}
          </Button>
        </div>
      )}
      {busy && <ActivityProgress label={progressLabel(busy.progress, t)} progress={busy.progress} onCancel={cancel} />}
      {cancelled && run && (
        <MessageBar intent="info">
          <MessageBarBody>{t('work.cancelledCheck')}</MessageBarBody>
        </MessageBar>
      )}
      {error !== undefined && host && <ErrorBar error={error} />}
      {!run && !busy && <Text>{t('check.notRun')}</Text>}
      {run && <Results run={run} />}
    </div>
  );
}

function Results({ run }: { run: CheckRun }) {
  const { lang, t } = useI18n();
  const { host, justifications } = useSessionContext();
  const styles = useStyles();
  const { conditions, findings, fiscalYear } = run.result;
  const findingsByCondition = useMemo(() => {
    const map = new Map<string, Finding[]>();
    for (const finding of findings) {
      const list = map.get(finding.conditionId) ?? [];
      list.push(finding);
      map.set(finding.conditionId, list);
    }
    return map;
  }, [findings]);
  const breaches = useMemo(() => findings.filter((f) => f.severity === 'breach' && !f.justification), [findings]);

  return (
    <>
      <section className={styles.section} aria-labelledby="results-heading">
        <Text as="h3" size={400} weight="semibold" id="results-heading" className={styles.heading} tabIndex={-1} data-focus-after-read>
          {t('check.results')}
        </Text>
        <Text>{t(fiscalYear.inferred ? 'check.fiscalYearInferred' : 'check.fiscalYear', { year: String(fiscalYear.year) })}</Text>
        <div className={styles.summary} role="group" aria-label={t('check.summary')}>
          {outcomeCounts(conditions).map(({ outcome, kind, count }) => (
            <OutcomeBadge key={`${outcome}-${kind ?? ''}`} outcome={outcome} kind={kind} count={count} />
          ))}
        </div>
        {/* What to take away comes right under the results: the checked copy, or the flags in Excel. */}
        {host?.kind === 'standalone' ? <DownloadButton kind="checked-copy" primary /> : <FlagsPanel />}
        {/* The page never writes the user's file: justifications made here leave it as a file of their own. */}
        {host?.kind === 'standalone' && justifications.length > 0 && (
          <>
            <Caption1>{t('justify.count', { count: justifications.length })}</Caption1>
            <DownloadButton kind="justifications" />
          </>
        )}
      </section>

      <section className={styles.section} aria-labelledby="breaches-heading">
        <Text as="h3" size={400} weight="semibold" id="breaches-heading" className={styles.heading}>
          {t('check.toFix')}
        </Text>
        {breaches.length === 0 && <Text>{t('check.noBreach')}</Text>}
        {breaches.length > 0 && (
          <ul className={styles.breaches} data-breaches>
            {breaches.slice(0, BREACHES_SHOWN).map((finding) => {
              const condition = CONDITION_BY_ID.get(finding.conditionId);
              return (
                <li
                  key={`${finding.fingerprint}|${finding.sheet}!${finding.cell}`}
                  className={styles.breach}
                  data-breach-cell={`${finding.sheet}!${finding.cell}`}
                >
                  <span className={styles.where}>
                    <Text weight="semibold">{finding.conditionId}</Text>
                    <CellLink finding={finding} />
                  </span>
                  <Text>{condition ? typeset(renderMessage(finding, condition, lang), lang) : finding.messageId}</Text>
                </li>
              );
            })}
          </ul>
        )}
        {breaches.length > BREACHES_SHOWN && <Caption1>{t('check.moreBreaches', { count: breaches.length - BREACHES_SHOWN })}</Caption1>}
      </section>

      <section className={styles.section} aria-labelledby="conditions-heading">
        <Text as="h3" size={400} weight="semibold" id="conditions-heading" className={styles.heading}>
          {t('check.conditions')}
        </Text>
        {GROUPS.map((group) => {
          const members = conditions.filter((c) => c.group === group);
          if (!members.length) return null;
          const headingId = `group-${group}`;
          return (
            <section key={group} className={styles.section} aria-labelledby={headingId}>
              <Text as="h4" weight="semibold" id={headingId} className={styles.heading}>
                {group === 'DATA' ? t('check.groupData') : ACCREDITATION_NAMES[group][lang]}
              </Text>
              <Accordion multiple collapsible>
                {members.map((result) => (
                  <ConditionRow key={result.id} result={result} findings={findingsByCondition.get(result.id) ?? []} />
                ))}
              </Accordion>
            </section>
          );
        })}
      </section>
    </>
  );
}

function ConditionRow({ result, findings }: { result: ConditionResult; findings: readonly Finding[] }) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const condition = CONDITION_BY_ID.get(result.id);
  const explanation = typeset(describeResult(result, condition, lang), lang);
  // Breaches and warnings are what the outcome counts; information notes are shown apart.
  const notes = findings.filter((f) => f.severity === 'info').length;
  return (
    <AccordionItem value={result.id} data-condition-id={result.id} data-outcome={result.outcome}>
      <AccordionHeader size="small">
        <span className={styles.header}>
          <span className={styles.headerLine}>
            <Text weight="semibold">{result.id}</Text>
            <OutcomeBadge outcome={result.outcome} kind={result.kind} />
            {result.findings > 0 && <Caption1>{t('check.findingCount', { count: result.findings })}</Caption1>}
            {notes > 0 && (
              <Badge size="small" appearance="outline" color="informative">
                {t('check.infoCount', { count: notes })}
              </Badge>
            )}
          </span>
          <Text size={200}>{condition ? typeset(condition.title[lang], lang) : result.id}</Text>
        </span>
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>
        {explanation && <Text>{explanation}</Text>}
        {condition && <Caption1>{typeset(t('check.legalBasis', { basis: condition.legalBasis[lang] }), lang)}</Caption1>}
        {condition && findings.length > 0 && <FindingList condition={condition} findings={findings} />}
        {findings.length === 0 && <Caption1>{t('check.noFindings')}</Caption1>}
      </AccordionPanel>
    </AccordionItem>
  );
}
