/**
 * Year over year in the report step: the user chooses last year's file (its workbook, its checked
 * copy or the command line's JSON report), the worker checks it as `coopcheck compare` does and
 * compares it with the check on screen. Shown: the T1–T6 figures side by side with their change,
 * the conditions whose outcome changed, the findings new / resolved / recurring, the justifications
 * carried over or to decide again; the comparison workbook is offered for download. Two
 * cooperatives, or years out of order, are refused with one line saying why.
 */
import { type ChangeEvent, useRef, useState } from 'react';
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DocumentArrowLeftRegular } from '@fluentui/react-icons';
import {
  type Comparison,
  type ParameterName,
  type RecurringFinding,
  COMPARE_TEXTS as C,
  CONDITIONS,
  figureLabel,
  formatFigure,
  formatParameter,
  outcomeLabel,
  parameterLabel,
} from '../../core';
import { useI18n } from '../i18n/i18n';
import { typeset } from '../i18n/typography';
import { useSessionContext } from '../session/session';
import { ErrorBar } from '../shell/ErrorBar';
import { COMPARISON_REFUSED, NOT_A_REPORT } from '../worker/protocol';
import { DownloadButton, reportMeta } from './downloads';

/** Justifications listed by name; the workbook has them all. */
const LISTED = 10;

const KINDS = new Map(CONDITIONS.map((c) => [c.id, c.kind]));

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  button: { alignSelf: 'flex-start', maxWidth: '100%', whiteSpace: 'normal', textAlign: 'start', height: 'auto' },
  // At 320 px the figures' names take what the numbers leave, rather than a quarter each.
  table: { tableLayout: 'auto' },
  figure: { whiteSpace: 'normal', width: '100%', overflowWrap: 'normal', hyphens: 'auto' },
  number: { textAlign: 'end', whiteSpace: 'nowrap', width: 'auto', paddingInlineStart: tokens.spacingHorizontalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
});

type State =
  | { status: 'idle' }
  | { status: 'running'; name: string }
  | { status: 'done'; comparison: Comparison; serial: number }
  /** Refused, or not a report: the one line saying why. */
  | { status: 'refused'; text: string }
  | { status: 'failed'; error: unknown };

export function CompareSection() {
  const { lang, t } = useI18n();
  const session = useSessionContext();
  const { host, run } = session;
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ status: 'idle' });
  const styles = useStyles();
  if (!host || !run) return null;

  const chosen = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setState({ status: 'running', name: file.name });
    try {
      const comparison = await session.compare(file, lang, reportMeta(run, host));
      setState({ status: 'done', comparison, serial: run.serial });
    } catch (error) {
      const name = error instanceof Error ? error.name : undefined;
      if (name === COMPARISON_REFUSED)
        setState({ status: 'refused', text: t('compare.refused', { name: file.name, reason: typeset((error as Error).message, lang) }) });
      else if (name === NOT_A_REPORT) setState({ status: 'refused', text: t('compare.notReport', { name: file.name }) });
      else setState({ status: 'failed', error });
    }
  };

  return (
    <section className={styles.section} aria-labelledby="compare-heading" aria-busy={state.status === 'running'}>
      <Text as="h3" size={400} weight="semibold" id="compare-heading" className={styles.heading}>
        {t('compare.title')}
      </Text>
      <Caption1>{t('compare.intro')}</Caption1>
      <input ref={input} type="file" hidden accept=".xlsx,.xlsm,.json" onChange={(event) => void chosen(event)} data-compare-input />
      <Button
        className={styles.button}
        icon={<DocumentArrowLeftRegular />}
        disabledFocusable={state.status === 'running'}
        onClick={() => input.current?.click()}
      >
        {t('compare.choose')}
      </Button>
      {state.status === 'running' && <Spinner size="tiny" labelPosition="after" label={t('compare.working', { name: state.name })} />}
      {state.status === 'refused' && (
        <MessageBar intent="error" layout="multiline" politeness="assertive" data-compare-refused>
          <MessageBarBody>{state.text}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'failed' && <ErrorBar error={state.error} />}
      {/* A comparison is of the check it was made with: a new check asks for it again. */}
      {state.status === 'done' && state.serial === run.serial && <ComparisonView comparison={state.comparison} />}
    </section>
  );
}

function ComparisonView({ comparison }: { comparison: Comparison }) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const { last, this: current, figures, outcomeChanges, parameterChanges, findings, justifications } = comparison;
  const label = (id: string, outcome: (typeof outcomeChanges)[number]['last']) =>
    outcome === null ? C.none[lang] : outcomeLabel(outcome, lang, KINDS.get(id));
  // The finding by its condition and this year's cell: subjects hold ids and ISO dates, not for the screen.
  const named = (r: RecurringFinding) => `${r.this.conditionId} (${r.this.sheet}!${r.this.cell})`;
  return (
    <div className={styles.section} data-comparison>
      <Text weight="semibold" role="status">
        {C.title[lang].replace('{last}', String(last.fiscalYear)).replace('{this}', String(current.fiscalYear))}
      </Text>
      {!comparison.sameCompanyChecked && <Caption1>{typeset(C.companyUnchecked[lang], lang)}</Caption1>}

      <Text as="h4" weight="semibold" className={styles.heading}>
        {C.figures[lang]}
      </Text>
      <Table className={styles.table} size="extra-small" aria-label={C.figures[lang]} data-compare-figures>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{C.figure[lang]}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{String(last.fiscalYear)}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{String(current.fiscalYear)}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{C.change[lang]}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {figures.map((f) => (
            <TableRow key={f.key} data-figure={f.key}>
              <TableCell className={styles.figure}>{`${f.table} · ${figureLabel(f.key, lang)}`}</TableCell>
              <TableCell className={styles.number}>{formatFigure(f, f.last, lang)}</TableCell>
              <TableCell className={styles.number}>{formatFigure(f, f.this, lang)}</TableCell>
              <TableCell className={styles.number}>{formatFigure(f, f.delta, lang, true)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>

      <Text as="h4" weight="semibold" className={styles.heading}>
        {C.outcomes[lang]}
      </Text>
      {outcomeChanges.length === 0 ? (
        <Text>{C.noOutcomeChange[lang]}</Text>
      ) : (
        <ul className={styles.list} data-compare-outcomes>
          {outcomeChanges.map((change) => (
            <li key={change.id}>{t('compare.changed', { what: change.id, last: label(change.id, change.last), this: label(change.id, change.this) })}</li>
          ))}
        </ul>
      )}
      {parameterChanges.length > 0 && (
        <>
          <Text as="h4" weight="semibold" className={styles.heading}>
            {C.parameters[lang]}
          </Text>
          <ul className={styles.list}>
            {parameterChanges.map((p) => {
              const name = p.name as ParameterName;
              return (
                <li key={p.name}>
                  {t('compare.changed', {
                    what: parameterLabel(name, lang),
                    last: formatParameter(name, p.last, lang),
                    this: formatParameter(name, p.this, lang),
                  })}
                </li>
              );
            })}
          </ul>
        </>
      )}

      <Text as="h4" weight="semibold" className={styles.heading}>
        {C.findings[lang]}
      </Text>
      <Text data-compare-findings>
        {C.findingsSummary[lang]
          .replace('{new}', String(findings.new.length))
          .replace('{resolved}', String(findings.resolved.length))
          .replace('{recurring}', String(findings.recurring.length))}
      </Text>

      <Text as="h4" weight="semibold" className={styles.heading}>
        {C.justifications[lang]}
      </Text>
      <Text data-compare-justifications>
        {C.justificationsSummary[lang]
          .replace('{carried}', String(justifications.carriedOver.length))
          .replace('{lapsed}', String(justifications.lapsed.length))
          .replace('{added}', String(justifications.added.length))}
      </Text>
      {(justifications.carriedOver.length > 0 || justifications.lapsed.length > 0) && (
        <ul className={styles.list}>
          {justifications.carriedOver.slice(0, LISTED).map((r) => (
            <li key={`c|${r.fingerprint}`}>
              {t('compare.justification', { status: C.justificationStatuses.carriedOver[lang], finding: named(r), reason: r.this.justification?.reason ?? '' })}
            </li>
          ))}
          {justifications.lapsed.slice(0, LISTED).map((r) => (
            <li key={`l|${r.fingerprint}`}>
              {t('compare.justification', { status: C.justificationStatuses.lapsed[lang], finding: named(r), reason: r.last.justification?.reason ?? '' })}
            </li>
          ))}
        </ul>
      )}
      <DownloadButton kind="comparison" />
    </div>
  );
}
