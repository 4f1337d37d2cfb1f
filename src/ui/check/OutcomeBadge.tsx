/**
 * An outcome as colour, icon and text together, so that it reads without colour too; "could not
 * check" (not evaluated, missing evidence, crashed) never shares a look with "passed".
 */
import { Badge } from '@fluentui/react-components';
import type { BadgeProps } from '@fluentui/react-components';
import {
  CheckmarkCircleRegular,
  DismissCircleRegular,
  DocumentCheckmarkRegular,
  DocumentQuestionMarkRegular,
  ErrorCircleRegular,
  QuestionCircleRegular,
  ShieldCheckmarkRegular,
  SubtractCircleRegular,
  WarningRegular,
} from '@fluentui/react-icons';
import { type ConditionResult, type Outcome, OUTCOMES, type ConditionKind, outcomeLabel } from '../../core';
import { useI18n } from '../i18n/i18n';

const LOOKS: Readonly<Record<Outcome, { color: BadgeProps['color']; appearance: BadgeProps['appearance']; icon: React.JSX.Element }>> = {
  passed: { color: 'success', appearance: 'filled', icon: <CheckmarkCircleRegular /> },
  attested: { color: 'success', appearance: 'tint', icon: <ShieldCheckmarkRegular /> },
  failed: { color: 'danger', appearance: 'filled', icon: <DismissCircleRegular /> },
  review: { color: 'warning', appearance: 'filled', icon: <WarningRegular /> },
  'missing-evidence': { color: 'severe', appearance: 'tint', icon: <DocumentQuestionMarkRegular /> },
  'not-evaluated': { color: 'important', appearance: 'outline', icon: <QuestionCircleRegular /> },
  'not-applicable': { color: 'informative', appearance: 'tint', icon: <SubtractCircleRegular /> },
  crashed: { color: 'important', appearance: 'filled', icon: <ErrorCircleRegular /> },
  // A documented exception: a reviewer justified every problem; never the look of "passed".
  justified: { color: 'brand', appearance: 'tint', icon: <DocumentCheckmarkRegular /> },
};

/** How many conditions have each outcome; ES-9/CNC-9's "attested" (a dated report) counted apart from the statutes'. */
export function outcomeCounts(conditions: readonly ConditionResult[]): { outcome: Outcome; kind?: ConditionKind; count: number }[] {
  const counts: { outcome: Outcome; kind?: ConditionKind; count: number }[] = [];
  for (const outcome of OUTCOMES) {
    const kinds: (ConditionKind | undefined)[] = outcome === 'attested' ? ['statutes', 'produced'] : [undefined];
    for (const kind of kinds) {
      const count = conditions.filter((c) => c.outcome === outcome && (kind === undefined || (kind === 'produced') === (c.kind === 'produced'))).length;
      if (count > 0) counts.push({ outcome, ...(kind && { kind }), count });
    }
  }
  return counts;
}

export function OutcomeBadge({ outcome, count, kind }: { outcome: Outcome; count?: number; kind?: ConditionKind }) {
  const { lang, t } = useI18n();
  const { color, appearance, icon } = LOOKS[outcome];
  const label = outcomeLabel(outcome, lang, kind);
  return (
    <Badge color={color} appearance={appearance} icon={icon} shape="rounded" data-outcome-badge={outcome}>
      {count === undefined ? label : t('check.outcomeCount', { outcome: label, count })}
    </Badge>
  );
}
