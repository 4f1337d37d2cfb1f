/**
 * Which sheet holds what: per kind of sheet, the sheet found and the column found for each field,
 * each correctable. A correction re-checks at once (from the cells already read) and is saved with
 * the workbook in Excel, or, on the standalone page, in the state sheet of the checked copy.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Field,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowResetRegular, PlayRegular, WarningRegular } from '@fluentui/react-icons';
import {
  type MappingOverride,
  SHEET_SPECS,
  cellText,
  isBlank,
  type Lang,
  LOCALE_OF,
  type SheetKind,
  SHEET_KINDS,
  type CellValue,
  columnLetters,
} from '../../core';
import type { SheetHead } from '../worker/protocol';
import { useI18n } from '../i18n/i18n';
import { typeset } from '../i18n/typography';
import type { CheckRun } from '../session/session';
import { useSessionContext } from '../session/session';
import { ActivityProgress, progressLabel } from '../shell/ActivityProgress';
import { ErrorBar } from '../shell/ErrorBar';

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    textAlign: 'start',
    paddingBlock: tokens.spacingVerticalXS,
  },
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  missing: { color: tokens.colorPaletteDarkOrangeForeground1, display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXXS },
});

export function DataStep() {
  const { t } = useI18n();
  const { activity, cancel, checkWorkbook, error, host, mapping, run, setMapping } = useSessionContext();
  const styles = useStyles();
  const busy = activity.kind === 'reading' || activity.kind === 'checking' ? activity : undefined;
  if (!run) {
    return (
      <div className={styles.step}>
        <Text>{t('data.notRead')}</Text>
        <div>
          <Button appearance="primary" icon={<PlayRegular />} disabledFocusable={activity.kind !== 'idle'} onClick={() => void checkWorkbook()}>
            {t('data.read')}
          </Button>
        </div>
        {busy && <ActivityProgress label={progressLabel(busy.progress, t)} progress={busy.progress} onCancel={cancel} />}
        {error !== undefined && <ErrorBar error={error} />}
      </div>
    );
  }
  const unused = run.model.unrecognisedSheets;
  return (
    <div className={styles.step}>
      <Text tabIndex={-1} data-focus-after-read>
        {t('data.intro')}
      </Text>
      {busy && <ActivityProgress label={progressLabel(busy.progress, t)} progress={busy.progress} onCancel={cancel} />}
      <Caption1>{t(host?.kind === 'excel' ? 'data.savedInWorkbook' : 'data.savedInCheckedCopy')}</Caption1>
      {error !== undefined && <ErrorBar error={error} />}
      <Accordion multiple collapsible>
        {SHEET_KINDS.map((kind) => (
          <SheetKindItem key={kind} kind={kind} run={run} mapping={mapping} onChange={(next) => void setMapping(next)} />
        ))}
      </Accordion>
      {unused.length > 0 && <Caption1>{t('data.unusedSheets', { sheets: unused.join(', ') })}</Caption1>}
      {Object.keys(mapping).length > 0 && (
        <div className={styles.actions}>
          <Button icon={<ArrowResetRegular />} onClick={() => void setMapping({})}>
            {t('data.reset')}
          </Button>
        </div>
      )}
    </div>
  );
}

/** The contract's field labels are written for use inside sentences; as a form label they start with a capital. */
function capitalised(text: string, lang: Lang): string {
  return text.charAt(0).toLocaleUpperCase(LOCALE_OF[lang]) + text.slice(1);
}

function headerCells(sheets: readonly SheetHead[], sheet: string, headerRow: number): readonly CellValue[] {
  return sheets.find((s) => s.name === sheet)?.rows[headerRow - 1] ?? [];
}

function SheetKindItem({
  kind,
  run,
  mapping,
  onChange,
}: {
  kind: SheetKind;
  run: CheckRun;
  mapping: MappingOverride;
  onChange: (mapping: MappingOverride) => void;
}) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const spec = SHEET_SPECS[kind];
  const found = run.model.mappings[kind];
  const kindName = typeset(spec.name[lang], lang);
  const headers = found ? headerCells(run.sheets, found.sheet, found.headerRow) : [];
  // Every headed column, and any column given by letter whose header cell is blank.
  const mappedColumns = new Set(Object.values(found?.columns ?? {}));
  const columnCount = Math.max(headers.length, ...[...mappedColumns].map((c) => c + 1));
  const columnOptions = Array.from({ length: columnCount }, (_, column) => {
    const value = headers[column];
    return { column, letter: columnLetters(column), header: isBlank(value ?? null) ? '' : cellText(value) };
  }).filter((option) => option.header || mappedColumns.has(option.column));

  const chooseSheet = (sheet: string) => onChange({ ...mapping, [kind]: { sheet } });
  const chooseColumn = (field: string, letter: string) => {
    const current = mapping[kind] ?? {};
    onChange({ ...mapping, [kind]: { ...current, sheet: current.sheet ?? found?.sheet, columns: { ...current.columns, [field]: letter } } });
  };

  return (
    <AccordionItem value={kind} data-sheet-kind={kind}>
      <AccordionHeader size="small">
        <span className={styles.header}>
          <Text weight="semibold">{kindName}</Text>
          {found ? (
            <Badge appearance="tint" color={found.missingRequired.length ? 'warning' : 'success'}>
              {found.sheet}
            </Badge>
          ) : (
            <Badge appearance="outline" color="informative">
              {t('data.notFound')}
            </Badge>
          )}
          {/* Said in words, not only by the badge's colour, before the sheet is opened. */}
          {found && found.missingRequired.length > 0 && (
            <Caption1 className={styles.missing}>
              <WarningRegular aria-hidden /> {t('data.missingColumns', { count: found.missingRequired.length })}
            </Caption1>
          )}
        </span>
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>
        <Field
          label={t('data.sheet')}
          hint={found ? t('data.headerRow', { row: found.headerRow, rows: Math.max(found.lastRow - found.headerRow, 0) }) : undefined}
        >
          <Select value={found?.sheet ?? ''} onChange={(_, data) => chooseSheet(data.value)}>
            {!found && <option value="">{t('data.notFound')}</option>}
            {run.sheets.map((sheet) => (
              <option key={sheet.name} value={sheet.name}>
                {sheet.name}
              </option>
            ))}
          </Select>
        </Field>
        {found &&
          spec.fields.map((field) => {
            const column = found.columns[field.field];
            const missing = column === undefined;
            const name = typeset(capitalised(field.label[lang], lang), lang);
            const label = field.required ? t('data.requiredField', { field: name }) : name;
            return (
              <Field
                key={field.field}
                label={label}
                validationState={missing && field.required ? 'warning' : 'none'}
                validationMessage={missing && field.required ? t('data.requiredMissing') : undefined}
              >
                <Select value={missing ? '' : columnLetters(column)} onChange={(_, data) => chooseColumn(field.field, data.value)} data-field={field.field}>
                  {missing && <option value="">{t('data.notFound')}</option>}
                  {columnOptions.map((option) => (
                    <option key={option.letter} value={option.letter}>
                      {option.header ? `${option.letter} · ${option.header}` : option.letter}
                    </option>
                  ))}
                </Select>
              </Field>
            );
          })}
      </AccordionPanel>
    </AccordionItem>
  );
}
