/**
 * The settings step's grouping of the parameters, as a finance person thinks of them. The labels
 * live in the core (core/i18n/parameter-texts.ts), typed against ParameterName, so a parameter added
 * without a label fails to compile; the grouping is checked by parameter-texts.test.ts.
 */
import type { ParameterName } from '../../core';
import type { UiStringKey } from '../i18n/strings';

export { OPTION_LABELS, PARAMETER_TEXTS, optionLabel, type ParameterText } from '../../core';

export interface ParameterGroup {
  title: UiStringKey;
  names: readonly ParameterName[];
}

export const PARAMETER_GROUPS: readonly ParameterGroup[] = [
  { title: 'settings.groupYear', names: ['accreditations', 'fiscalYear', 'fiscalYearStart'] },
  { title: 'settings.groupCooperative', names: ['cooperativeName', 'companyNumber', 'reportDate', 'boardApprovalDate'] },
  {
    title: 'settings.groupDividends',
    names: ['maxDividendRate', 'dividendBase', 'esRateNetOfTax', 'withholdingTaxRate', 'proRataTemporis', 'distributionYear', 'indivisibleReserveServesObject'],
  },
  { title: 'settings.groupVotes', names: ['votingMode', 'voteCapScope', 'maxProxiesPerHolder'] },
  {
    title: 'settings.groupDirectors',
    names: ['mandateYears', 'directorFeeCapPerYear', 'directorFeeCapPerMeeting', 'statutoryDirectorsAllowed', 'directorPayAllowedByStatutes', 'boardSeats'],
  },
];
