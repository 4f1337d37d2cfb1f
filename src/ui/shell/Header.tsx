import { Caption1, Label, Select, Subtitle2, makeStyles, tokens, useId } from '@fluentui/react-components';
import { type Lang, LANGS } from '../../core';
import { useI18n } from '../i18n/i18n';
import { useSessionContext } from '../session/session';

/** Each language is named in itself, so a reader finds theirs whatever the pane speaks now. */
const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { fr: 'Français', nl: 'Nederlands', en: 'English' };

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  footer: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  language: { width: '9rem' },
});

/** The pane's name and the workbook's; nothing in the top-right corner, where Office puts its own menu. */
export function Header() {
  const { t } = useI18n();
  const { host } = useSessionContext();
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Subtitle2 as="h1">{t('app.name')}</Subtitle2>
      <Caption1>{host ? host.name : t('app.tagline')}</Caption1>
    </header>
  );
}

/** The language, at the foot of the pane, with its label shown. */
export function LanguageFooter({ onLangChange }: { onLangChange: (lang: Lang) => void }) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const languageId = useId('language');
  return (
    <footer className={styles.footer}>
      <Label htmlFor={languageId} size="small">
        {t('language.label')}
      </Label>
      <Select id={languageId} className={styles.language} size="small" value={lang} onChange={(_, data) => onLangChange(data.value as Lang)}>
        {LANGS.map((option) => (
          <option key={option} value={option} lang={option}>
            {LANGUAGE_NAMES[option]}
          </option>
        ))}
      </Select>
    </footer>
  );
}
