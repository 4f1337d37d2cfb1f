/**
 * The pane, the same inside Excel and as the standalone page: a header with the language, the file
 * picker when no workbook is open in Excel, and the steps data → settings → check → flags → report.
 */
import { useEffect, useMemo, useState } from 'react';
import {
  FluentProvider, MessageBar, MessageBarBody, Spinner, Tab, TabList, makeStyles, tokens, webDarkTheme, webLightTheme,
} from '@fluentui/react-components';
import {
  ClipboardTaskListLtrRegular, DocumentTextRegular, FlagRegular, SettingsRegular, TableRegular,
} from '@fluentui/react-icons';
import type { Lang } from '../core/i18n/lang';
import { LOCALE_OF } from '../core/i18n/lang';
import type { HostConnection } from './office-host';
import { I18nProvider, i18nFor, initialLang, rememberLang, useI18n } from './i18n/i18n';
import type { UiStringKey } from './i18n/strings';
import { SessionProvider, useSession, useSessionContext } from './session/session';
import { ErrorBar } from './shell/ErrorBar';
import { Header } from './shell/Header';
import { FilePicker } from './standalone/FilePicker';
import { DataStep } from './data/DataStep';
import { SettingsStep } from './settings/SettingsStep';
import { CheckStep } from './check/CheckStep';
import { FlagsStep } from './flags/FlagsStep';
import { ReportStep } from './report/ReportStep';

type Step = 'data' | 'settings' | 'check' | 'flags' | 'report';

const STEPS: readonly { step: Step; label: UiStringKey; icon: React.JSX.Element; excelOnly?: boolean }[] = [
  { step: 'data', label: 'step.data', icon: <TableRegular /> },
  { step: 'settings', label: 'step.settings', icon: <SettingsRegular /> },
  { step: 'check', label: 'step.check', icon: <ClipboardTaskListLtrRegular /> },
  // On the standalone page the flags go into the checked copy offered by the report step.
  { step: 'flags', label: 'step.flags', icon: <FlagRegular />, excelOnly: true },
  { step: 'report', label: 'step.report', icon: <DocumentTextRegular /> },
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
  steps: { flexWrap: 'wrap' },
  main: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
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
    initialLang(connection.kind === 'excel' ? [connection.displayLanguage] : navigator.languages ?? [navigator.language]));
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
      <I18nProvider value={i18n}>
        <SessionProvider value={session}>
          <Header onLangChange={changeLang} />
          <Pane />
        </SessionProvider>
      </I18nProvider>
    </FluentProvider>
  );
}

function Pane() {
  const { t } = useI18n();
  const session = useSessionContext();
  const { connection, host } = session;
  const [step, setStep] = useState<Step>(connection.kind === 'excel' ? 'data' : 'check');
  const styles = useStyles();
  const steps = STEPS.filter((s) => !s.excelOnly || connection.kind === 'excel');

  return (
    <>
      {connection.kind === 'standalone' && connection.officeUnavailable && (
        <MessageBar intent="warning"><MessageBarBody>{t('host.officeUnavailable')}</MessageBarBody></MessageBar>
      )}
      {connection.kind === 'standalone' && <FilePicker onChosen={() => setStep('check')} />}
      {connection.kind === 'excel' && !host && (session.error === undefined
        ? <Spinner size="small" label={t('host.connecting')} />
        : <ErrorBar error={session.error} />)}
      {host && (
        <>
          <TabList
            className={styles.steps}
            size="small"
            selectedValue={step}
            onTabSelect={(_, data) => setStep(data.value as Step)}
            aria-label={t('step.list')}
          >
            {steps.map(({ step: value, label, icon }) => <Tab key={value} value={value} icon={icon}>{t(label)}</Tab>)}
          </TabList>
          <main className={styles.main} role="tabpanel" aria-label={t(steps.find((s) => s.step === step)?.label ?? 'step.data')}>
            {step === 'data' && <DataStep />}
            {step === 'settings' && <SettingsStep />}
            {step === 'check' && <CheckStep />}
            {step === 'flags' && <FlagsStep />}
            {step === 'report' && <ReportStep />}
          </main>
        </>
      )}
    </>
  );
}
