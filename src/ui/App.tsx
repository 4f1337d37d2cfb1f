/**
 * The pane, the same inside Excel and as the standalone page: a header with the workbook's name,
 * the file picker when no workbook is open in Excel, the steps check → data → settings → report,
 * and the language at the foot (the top-right corner belongs to Office's own menu).
 *
 * Screen readers: Fluent's AriaLiveAnnouncer carries every MessageBar (errors, confirmations) and
 * the pane's own announcements (a check done); the steps are tabs over one tab panel inside the
 * page's main landmark, each with its heading; after a workbook is read, focus goes to the results.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  AriaLiveAnnouncer,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
  useAnnounce,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { outcomeLabel, type Lang, LOCALE_OF } from '../core';
import { outcomeCounts } from './check/OutcomeBadge';
import type { HostConnection } from './office-host';
import { I18nProvider, i18nFor, initialLang, rememberLang, useI18n } from './i18n/i18n';
import type { UiStringKey } from './i18n/strings';
import { SessionProvider, useSession, useSessionContext } from './session/session';
import { ErrorBar } from './shell/ErrorBar';
import { Header, LanguageFooter } from './shell/Header';
import { VisuallyHidden } from './shell/VisuallyHidden';
import { FilePicker } from './standalone/FilePicker';
import { DataStep } from './data/DataStep';
import { SettingsStep } from './settings/SettingsStep';
import { CheckStep } from './check/CheckStep';
import { ReportStep } from './report/ReportStep';

type Step = 'check' | 'data' | 'settings' | 'report';

const STEPS: readonly { step: Step; label: UiStringKey }[] = [
  { step: 'check', label: 'step.check' },
  { step: 'data', label: 'step.data' },
  { step: 'settings', label: 'step.settings' },
  { step: 'report', label: 'step.report' },
];

const useStyles = makeStyles({
  provider: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    overflowWrap: 'anywhere',
  },
  // Four short tabs fit on one row at 320 px (no icons, tight padding); they never wrap.
  steps: { flexWrap: 'nowrap' },
  tab: { paddingLeft: tokens.spacingHorizontalXXS, paddingRight: tokens.spacingHorizontalXXS, minWidth: 0 },
  tabContent: { paddingLeft: 0, paddingRight: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  main: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, flexGrow: 1 },
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

function useDarkTheme(connection: HostConnection): boolean {
  const query = '(prefers-color-scheme: dark)';
  const [prefersDark, setPrefersDark] = useState(() => window.matchMedia?.(query).matches ?? false);
  useEffect(() => {
    if (connection.kind === 'excel') return;
    const media = window.matchMedia?.(query);
    const onChange = () => setPrefersDark(media.matches);
    media?.addEventListener('change', onChange);
    return () => media?.removeEventListener('change', onChange);
  }, [connection.kind]);
  return connection.kind === 'excel' ? connection.darkTheme : prefersDark;
}

export function App({ connection }: { connection: HostConnection }) {
  const [lang, setLang] = useState<Lang>(() =>
    initialLang(connection.kind === 'excel' ? [connection.displayLanguage] : (navigator.languages ?? [navigator.language])),
  );
  const i18n = useMemo(() => i18nFor(lang), [lang]);
  const dark = useDarkTheme(connection);
  const session = useSession(connection);
  const styles = useStyles();

  useEffect(() => {
    document.documentElement.lang = LOCALE_OF[lang];
  }, [lang]);

  const changeLang = (next: Lang) => {
    rememberLang(next);
    setLang(next);
  };

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={styles.provider}>
      <AriaLiveAnnouncer>
        <I18nProvider value={i18n}>
          <SessionProvider value={session}>
            <Header />
            <Pane />
            <LanguageFooter onLangChange={changeLang} />
          </SessionProvider>
        </I18nProvider>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}

function Pane() {
  const { lang, t, format } = useI18n();
  const session = useSessionContext();
  const { connection, host, run } = session;
  const { announce } = useAnnounce();
  const [step, setStep] = useState<Step>('check');
  const styles = useStyles();
  const lastRun = useRef<number>(undefined);

  // A workbook just read: its results (or, in the data step, its sheets) take the focus, so that a
  // keyboard or screen-reader user goes on from there rather than from the top of the page.
  useEffect(() => {
    if (!run || run.serial === lastRun.current) return;
    lastRun.current = run.serial;
    const summary = format.list(
      outcomeCounts(run.result.conditions).map(({ outcome, kind, count }) => t('check.outcomeCount', { outcome: outcomeLabel(outcome, lang, kind), count })),
    );
    announce(t('check.announce', { summary }), { polite: true });
    if (run.cause !== 'read') return;
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-focus-after-read]')?.focus());
  }, [announce, format, lang, run, t]);

  const current = STEPS.find((s) => s.step === step)!;
  return (
    <main className={styles.main}>
      {connection.kind === 'standalone' && connection.officeUnavailable && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('host.officeUnavailable')}</MessageBarBody>
        </MessageBar>
      )}
      {connection.kind === 'standalone' && <FilePicker onChosen={() => setStep('check')} />}
      {connection.kind === 'excel' &&
        !host &&
        (session.error === undefined ? <Spinner size="small" label={t('host.connecting')} /> : <ErrorBar error={session.error} />)}
      {host && (
        <>
          <TabList
            className={styles.steps}
            size="small"
            selectedValue={step}
            onTabSelect={(_, data) => setStep(data.value as Step)}
            aria-label={t('step.list')}
          >
            {STEPS.map(({ step: value, label }) => (
              <Tab key={value} value={value} id={`tab-${value}`} aria-controls="step-panel" className={styles.tab} content={{ className: styles.tabContent }}>
                {t(label)}
              </Tab>
            ))}
          </TabList>
          <div className={styles.panel} role="tabpanel" id="step-panel" aria-labelledby={`tab-${step}`}>
            <VisuallyHidden as="h2">{t(current.label)}</VisuallyHidden>
            {step === 'check' && <CheckStep />}
            {step === 'data' && <DataStep />}
            {step === 'settings' && <SettingsStep />}
            {step === 'report' && <ReportStep />}
          </div>
        </>
      )}
    </main>
  );
}
