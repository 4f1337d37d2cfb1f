import { defineCondition, type EvaluationResult, type MissingInput, type Place } from '../condition';
import { allocationOfYear } from '../shared/allocation';
import { trainingOfYear } from '../shared/training';
import { rateOf } from '../../money';
import { a1 } from '../../snapshot';
import { messages } from './messages';

const TRAINING_COLUMNS = ['audience', 'cost'] as const;

/**
 * CNC-8 — part of the annual resources is set aside ("consacrée" / "voorbehouden") for the
 * information and training of members, prospective members or the general public: AR 8 January
 * 1962, art. 1 §1 8°. No minimum is set (legal.md §2.1), so either of two things above zero meets
 * it: an amount set aside in the result allocation (the information-and-training line), or an amount
 * spent on members, prospects or the public in the training sheet. Training for staff only does not
 * count: set aside but only staff training recorded is a warning. The amount allocated and the
 * amount spent are always shown apart, never one for the other.
 *
 * Either input can prove the condition met, so neither stops it; but a breach needs both (nothing
 * set aside and nothing spent): with one missing and no proof in the other, it is not evaluated.
 */
export default defineCondition({
  id: 'CNC-8',
  group: 'CNC',
  kind: 'data',
  title: {
    fr: "Une partie des ressources annuelles est consacrée à l'information et à la formation des sociétaires et du public",
    nl: 'Een deel van de jaarlijkse inkomsten wordt voorbehouden voor informatie en opleiding van de aandeelhouders en het publiek',
    en: 'Part of the annual resources goes to information and training of members and the public',
  },
  legalBasis: {
    fr: 'AR du 8 janvier 1962, art. 1er, §1er, 8°',
    nl: 'KB van 8 januari 1962, art. 1, §1, 8°',
    en: 'Royal Decree of 8 January 1962, art. 1 §1 8°',
  },
  description: {
    fr: "Une partie des ressources de l'exercice doit être consacrée à l'information et à la formation des sociétaires, des candidats sociétaires ou du grand public. La condition est remplie par un montant affecté à l'information et à la formation dans l'affectation du résultat, ou par un montant dépensé pour ces publics dans la feuille de formation ; aucun minimum n'est fixé. Les formations du seul personnel ne comptent pas : un montant affecté avec uniquement des formations du personnel est un avertissement. Le montant affecté et le montant dépensé sont toujours montrés séparément, avec leur part des ressources annuelles, les jours et les participants.",
    nl: 'Een deel van de inkomsten van het boekjaar moet voorbehouden zijn voor informatie en opleiding van de aandeelhouders, kandidaat-aandeelhouders of het publiek. Aan de voorwaarde is voldaan met een bedrag voorbehouden voor informatie en opleiding in de resultaatbestemming, of met een bedrag besteed aan die doelgroepen in het opleidingsblad; er is geen minimum. Opleidingen voor alleen het personeel tellen niet mee: een voorbehouden bedrag met alleen opleidingen voor het personeel is een waarschuwing. Het voorbehouden en het bestede bedrag worden altijd apart getoond, met hun aandeel in de jaarlijkse inkomsten, de dagen en de deelnemers.',
    en: "Part of the year's resources must go to information and training of members, prospective members or the public. The condition is met by an amount allocated to information and training in the result allocation, or by an amount spent on those audiences in the training sheet; no minimum is set. Training for staff only does not count: an amount allocated with only staff training recorded is a warning. The amount allocated and the amount spent are always shown apart, with their share of annual resources, the days and the participants.",
  },
  parameters: [],
  reads: ['allocation', 'training'],
  requires: [],
  messages,
  evaluate({ model, fiscalYear }, report): EvaluationResult | void {
    const year = fiscalYear.year;
    const allocationMapping = model.mappings.allocation;
    const allocationKnown = allocationMapping?.columns.item !== undefined && allocationMapping.columns.amount !== undefined;
    const trainingMapping = model.mappings.training;
    const trainingColumnsMissing = TRAINING_COLUMNS.filter((c) => trainingMapping && trainingMapping.columns[c] === undefined);
    const trainingKnown = trainingMapping !== undefined && trainingColumnsMissing.length === 0;

    const allocation = allocationOfYear(model.allocation, year);
    const reserved = allocation.get('trainingInformation');
    const allocatedCents = allocationKnown ? (reserved?.amount ?? 0) : undefined;
    const training = trainingOfYear(model.training, fiscalYear);
    const spentCents = trainingKnown ? training.spent : 0;
    const staff = training.byAudience.staff;
    const staffParams = { staffSessions: staff?.sessions ?? 0, staffSpentCents: staff?.spent ?? 0 };

    if ((allocatedCents ?? 0) > 0 || spentCents > 0) {
      if (allocatedCents! > 0 && spentCents === 0 && staffParams.staffSessions > 0) {
        report('onlyStaffTraining', { origin: reserved!.line.origin, field: 'amount' }, String(year), {
          year,
          allocatedCents: allocatedCents!,
          ...staffParams,
        });
      }
      const resources = allocation.get('annualResources')?.amount;
      const share = (amount: number | undefined) =>
        amount !== undefined && amount > 0 && resources !== undefined && resources > 0 ? rateOf(amount, resources) : undefined;
      const allocatedSharePpm = share(allocatedCents);
      const spentSharePpm = share(spentCents);
      const { sessions, days, participants } = training;
      return {
        evidence: {
          messageId: 'trainingAmount',
          params: {
            ...(allocatedCents !== undefined && { allocatedCents }),
            ...(allocatedSharePpm !== undefined && { allocatedSharePpm }),
            spentCents,
            ...(spentSharePpm !== undefined && { spentSharePpm }),
            sessions,
            days,
            participants,
            ...staffParams,
          },
        },
      };
    }

    // Neither set aside nor spent: a breach only when both inputs were there to say so.
    const missing: MissingInput[] = [];
    if (!allocationKnown) {
      const columns = (['item', 'amount'] as const).filter((c) => allocationMapping && allocationMapping.columns[c] === undefined);
      missing.push(columns.length ? { sheet: 'allocation', columns } : { sheet: 'allocation' });
    }
    if (!trainingKnown) missing.push(trainingColumnsMissing.length ? { sheet: 'training', columns: trainingColumnsMissing } : { sheet: 'training' });
    if (missing.length) return { missing };

    const unspecified = training.byAudience.unspecified;
    if (unspecified && unspecified.spent > 0) {
      report('audienceNotGiven', { origin: training.firstUnspecified!.origin, field: 'audience' }, String(year), {
        year,
        sessions: unspecified.sessions,
        spentCents: unspecified.spent,
      });
      return;
    }
    // The line at zero, else the counted sessions without a cost, else the allocation list that lacks the line.
    const place: Place = reserved
      ? { origin: reserved.line.origin, field: 'amount' }
      : training.first
        ? { origin: training.first.origin, field: 'cost' }
        : { sheet: allocationMapping!.sheet, cell: a1(allocationMapping!.columns.item!, allocationMapping!.headerRow) };
    report('noTrainingAmount', place, String(year), { year, allocatedCents: allocatedCents ?? 0, spentCents, ...staffParams });
  },
});
