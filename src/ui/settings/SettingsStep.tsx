/**
 * The parameters of CONDITIONS.md: each shows the value in force and where it comes from (default,
 * the workbook's parameters sheet, or set here). A value set here wins for this session and re-checks
 * at once; a value less strict than the law's default reading is marked, as the report marks it.
 */
import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Button, Caption1, Checkbox, Field, Input, Label, Select, Switch, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import { ArrowResetRegular } from '@fluentui/react-icons';
import {
  type Accreditation,
  ACCREDITATION_NAMES,
  percentFromPpm,
  type ParameterName,
  type ResolvedParameters,
  PARAMETER_SPECS,
  resolveParameters,
  emptyModel,
  type CellValue,
} from '../../core';
import type { I18n } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n';
import { typeset } from '../i18n/typography';
import { useSessionContext } from '../session/session';
import { PARAMETER_GROUPS, PARAMETER_TEXTS, optionLabel } from './parameter-texts';

const ACCREDITATIONS: readonly Accreditation[] = ['ES', 'CNC'];

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, border: 'none', margin: 0, padding: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  checkboxGroup: { display: 'flex', flexDirection: 'column' },
  hint: { color: tokens.colorNeutralForeground3 },
  // A native select is as wide as its longest option: keep it within the pane's width.
  select: { minWidth: 0, maxWidth: '100%' },
});

export function SettingsStep() {
  const { t } = useI18n();
  const { overrides, resetOverrides, run } = useSessionContext();
  const styles = useStyles();
  // Resolved here rather than taken from the last check, so that a control shows its new value at
  // once while the re-check runs. The fiscal year, when not set, is the one the check found.
  const resolved = resolveParameters(run && { ...emptyModel(), ...run.model }, overrides);
  resolved.parameters.fiscalYear ??= run?.result.fiscalYear.year;
  return (
    <section className={styles.step}>
      <Text>{t('settings.intro')}</Text>
      {PARAMETER_GROUPS.map((group) => (
        <fieldset key={group.title} className={styles.group}>
          <legend className={styles.legend}>
            <Text weight="semibold">{t(group.title)}</Text>
          </legend>
          {group.names.map((name) => (
            <ParameterField key={name} name={name} resolved={resolved} />
          ))}
        </fieldset>
      ))}
      {Object.keys(overrides).length > 0 && (
        <div>
          <Button icon={<ArrowResetRegular />} onClick={resetOverrides}>
            {t('settings.reset')}
          </Button>
        </div>
      )}
    </section>
  );
}

/** The value in force as the text a user would type: 6 for 6 %, 1 234,5 for an amount, 31/12 for a start day. */
function displayValue(name: ParameterName, value: unknown, { format }: I18n): string {
  if (value === undefined) return '';
  switch (PARAMETER_SPECS[name].type) {
    case 'rate':
      return format.number(percentFromPpm(value as number));
    case 'amount':
      return format.number((value as number) / 100);
    // Day first, as the pane's language writes it (not the browser's date picker, which follows the browser's locale).
    case 'date':
      return format.date(value as number);
    case 'monthDay': {
      const [month, day] = (value as string).split('-');
      return `${day}/${month}`;
    }
    default:
      return String(value);
  }
}

function ParameterField({ name, resolved }: { name: ParameterName; resolved: ResolvedParameters }) {
  const i18n = useI18n();
  const { lang, t } = i18n;
  const styles = useStyles();
  const groupId = useId('parameter');
  const { overrides, setOverride } = useSessionContext();
  const spec = PARAMETER_SPECS[name];
  const text = PARAMETER_TEXTS[name];
  const value = resolved.parameters[name];
  const source = resolved.sources[name];
  const rejected = name in overrides && resolved.problems.some((p) => p.name === name && p.sheet === undefined);
  const loosened = resolved.loosened.includes(name);
  const sourceText =
    value === undefined
      ? t('settings.unset')
      : name === 'fiscalYear' && source === 'default'
        ? t('settings.sourceDetected')
        : t(`settings.source.${source ?? 'default'}`);
  const hint = typeset([text.hint?.[lang], sourceText].filter(Boolean).join(' '), lang);
  const validation = rejected
    ? { validationState: 'error' as const, validationMessage: t('settings.rejected') }
    : loosened
      ? { validationState: 'warning' as const, validationMessage: t('settings.loosened') }
      : {};
  const label = typeset(text.label[lang], lang);

  if (spec.type === 'accreditations') {
    const held = value as readonly Accreditation[];
    const toggle = (accreditation: Accreditation, checked: boolean) => {
      const next = ACCREDITATIONS.filter((a) => (a === accreditation ? checked : held.includes(a)));
      setOverride(name, next.join(','));
    };
    // A group of its own rather than a Field: a Field hands its one id to every control inside it.
    return (
      <div role="group" aria-labelledby={groupId} className={styles.checkboxGroup}>
        <Label id={groupId}>{label}</Label>
        {ACCREDITATIONS.map((accreditation) => (
          <Checkbox
            key={accreditation}
            label={ACCREDITATION_NAMES[accreditation][lang]}
            checked={held.includes(accreditation)}
            // At least one accreditation: a cooperative checked against none would have nothing to check.
            disabled={held.length === 1 && held.includes(accreditation)}
            onChange={(_, data) => toggle(accreditation, data.checked === true)}
          />
        ))}
        <Caption1 className={styles.hint}>{hint}</Caption1>
      </div>
    );
  }
  if (spec.type === 'boolean') {
    return (
      <Field hint={hint} {...validation}>
        <Switch label={label} checked={value === true} onChange={(_, data) => setOverride(name, data.checked)} />
      </Field>
    );
  }
  if (Array.isArray(spec.type)) {
    const options = spec.type as readonly string[];
    return (
      <Field label={label} hint={hint} {...validation}>
        <Select className={styles.select} value={String(value)} onChange={(_, data) => setOverride(name, data.value)}>
          {options.map((option) => (
            <option key={option} value={option}>
              {typeset(optionLabel(option, lang), lang)}
            </option>
          ))}
        </Select>
      </Field>
    );
  }
  return (
    <Field label={label} hint={hint} {...validation}>
      <TypedInput name={name} shown={rejected ? String(overrides[name]) : displayValue(name, value, i18n)} onCommit={(raw) => setOverride(name, raw)} />
    </Field>
  );
}

/** A text box that commits on Enter or when left, so that a half-typed value never triggers a check. */
function TypedInput({ name, shown, onCommit }: { name: ParameterName; shown: string; onCommit: (raw: CellValue | undefined) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<string>();
  const type = PARAMETER_SPECS[name].type;
  const commit = () => {
    if (draft === undefined) return;
    const raw = draft.trim();
    setDraft(undefined);
    if (raw === shown) return;
    // An emptied box gives the parameter back to the parameters sheet or the default.
    onCommit(raw === '' ? undefined : type === 'rate' ? `${raw} %` : raw);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') commit();
  };
  return (
    <Input
      value={draft ?? shown}
      type="text"
      placeholder={type === 'date' ? t('settings.dateFormat') : undefined}
      inputMode={type === 'integer' ? 'numeric' : type === 'rate' || type === 'amount' ? 'decimal' : undefined}
      contentAfter={type === 'rate' ? <Caption1>%</Caption1> : type === 'amount' ? <Caption1>€</Caption1> : undefined}
      onChange={(_, data) => setDraft(data.value)}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  );
}
