import { Caption1, Select, Subtitle2, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { Lang } from '../../core/i18n/lang';
import { LANGS } from '../../core/i18n/lang';
import { useI18n } from '../i18n/i18n';
import { useSessionContext } from '../session/session';

/** Each language is named in itself, so a reader finds theirs whatever the pane speaks now. */
const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { fr: 'Français', nl: 'Nederlands', en: 'English' };

const useStyles = makeStyles({
  header: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  title: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  language: { width: '8.5rem' },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' },
});

export function Header({ onLangChange }: { onLangChange: (lang: Lang) => void }) {
  const { lang, t } = useI18n();
  const { host } = useSessionContext();
  const styles = useStyles();
  const languageId = useId('language');
  return (
    <header className={styles.header}>
      <div className={styles.title}>
        <Subtitle2 as="h1">{t('app.name')}</Subtitle2>
        <Caption1>{host ? host.name : t('app.tagline')}</Caption1>
      </div>
      <label htmlFor={languageId} className={styles.hidden}>{t('language.label')}</label>
      <Select
        id={languageId}
        className={styles.language}
        size="small"
        value={lang}
        onChange={(_, data) => onLangChange(data.value as Lang)}
      >
        {LANGS.map((option) => <option key={option} value={option} lang={option}>{LANGUAGE_NAMES[option]}</option>)}
      </Select>
    </header>
  );
}
