/**
 * Runs the check, shows progress while reading, then every condition with its outcome, grouped
 * DATA / ES / CNC; a condition opens to its explanation, legal basis and findings.
 */
import { useMemo } from 'react';
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, Text,
  makeStyles, tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, PlayRegular } from '@fluentui/react-icons';
import type { ConditionGroup } from '../../core/conditions/condition';
import type { ConditionResult } from '../../core/engine';
import type { Finding, Outcome } from '../../core/findings';
import { OUTCOMES } from '../../core/findings';
import { describeResult } from '../../core/i18n/render';
import { ACCREDITATION_NAMES } from '../../core/i18n/report-texts';
import { useSessionContext } from '../session/session';
import { useI18n } from '../i18n/i18n';
import { ActivityProgress } from '../shell/ActivityProgress';
import { ErrorBar } from '../shell/ErrorBar';
import { CONDITION_BY_ID } from './conditions';
import { FindingList } from './FindingList';
import { OutcomeBadge } from './OutcomeBadge';

const GROUPS: readonly ConditionGroup[] = ['DATA', 'ES', 'CNC'];

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  summary: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, textAlign: 'start', paddingBlock: tokens.spacingVerticalXS },
  headerLine: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM },
});

export function CheckStep() {
  const { t } = useI18n();
  const { activity, checkWorkbook, error, host, run } = useSessionContext();
  const styles = useStyles();
  const busy = activity.kind !== 'idle';
  return (
    <section className={styles.step} aria-busy={busy}>
      <div>
        <Button appearance="primary" icon={run ? <ArrowClockwiseRegular /> : <PlayRegular />} disabled={busy || !host} onClick={() => void checkWorkbook()}>
          {t(run ? 'check.rerun' : 'check.run')}
        </Button>
      </div>
      {busy && <ActivityProgress activity={activity} />}
      {error !== undefined && host && <ErrorBar error={error} />}
      {!run && !busy && <Text>{t('check.notRun')}</Text>}
      {run && <Results conditions={run.result.conditions} findings={run.result.findings} fiscalYear={run.result.fiscalYear.year} fiscalYearInferred={Boolean(run.result.fiscalYear.inferred)} />}
    </section>
  );
}

function Results({ conditions, findings, fiscalYear, fiscalYearInferred }: {
  conditions: readonly ConditionResult[]; findings: readonly Finding[]; fiscalYear: number; fiscalYearInferred: boolean;
}) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const findingsByCondition = useMemo(() => {
    const map = new Map<string, Finding[]>();
    for (const finding of findings) {
      const list = map.get(finding.conditionId) ?? [];
      list.push(finding);
      map.set(finding.conditionId, list);
    }
    return map;
  }, [findings]);
  const counts = OUTCOMES
    .map((outcome) => [outcome, conditions.filter((c) => c.outcome === outcome).length] as [Outcome, number])
    .filter(([, count]) => count > 0);

  return (
    <>
      <Text>{t(fiscalYearInferred ? 'check.fiscalYearInferred' : 'check.fiscalYear', { year: String(fiscalYear) })}</Text>
      <div className={styles.summary} aria-label={t('check.summary')} role="status">
        {counts.map(([outcome, count]) => <OutcomeBadge key={outcome} outcome={outcome} count={count} />)}
      </div>
      {GROUPS.map((group) => {
        const members = conditions.filter((c) => c.group === group);
        if (!members.length) return null;
        const headingId = `group-${group}`;
        return (
          <section key={group} className={styles.group} aria-labelledby={headingId}>
            <Text as="h2" weight="semibold" id={headingId} className={styles.heading}>
              {group === 'DATA' ? t('check.groupData') : ACCREDITATION_NAMES[group][lang]}
            </Text>
            <Accordion multiple collapsible>
              {members.map((result) => <ConditionRow key={result.id} result={result} findings={findingsByCondition.get(result.id) ?? []} />)}
            </Accordion>
          </section>
        );
      })}
    </>
  );
}

function ConditionRow({ result, findings }: { result: ConditionResult; findings: readonly Finding[] }) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const condition = CONDITION_BY_ID.get(result.id);
  const explanation = describeResult(result, condition, lang);
  return (
    <AccordionItem value={result.id} data-condition-id={result.id} data-outcome={result.outcome}>
      <AccordionHeader size="small">
        <span className={styles.header}>
          <span className={styles.headerLine}>
            <Text weight="semibold">{result.id}</Text>
            <OutcomeBadge outcome={result.outcome} kind={result.kind} />
            {findings.length > 0 && <Caption1>{t('check.findingCount', { count: findings.length })}</Caption1>}
          </span>
          <Text>{condition?.title[lang] ?? result.id}</Text>
        </span>
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>
        {explanation && <Text>{explanation}</Text>}
        {condition && <Caption1>{t('check.legalBasis', { basis: condition.legalBasis[lang] })}</Caption1>}
        {condition && findings.length > 0 && <FindingList condition={condition} findings={findings} />}
        {findings.length === 0 && <Caption1>{t('check.noFindings')}</Caption1>}
      </AccordionPanel>
    </AccordionItem>
  );
}
