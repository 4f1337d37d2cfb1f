import { defineCondition, type Place } from '../condition';
import { allocationOfYear } from '../shared/allocation';
import { trainingOfYear } from '../shared/training';
import { rateOf } from '../../money';
import { a1 } from '../../snapshot';
import { messages } from './messages';

/**
 * CNC-8 — part of the annual resources is set aside for the information and training of members,
 * prospective members or the general public: AR 8 January 1962, art. 1 §1 8°. No minimum is set
 * (legal.md §2.1), so any amount above zero meets it: the costs of the year's training sessions, or
 * else the allocation's information-and-training line (an amount reserved counts as set aside).
 *
 * The allocation sheet is required: the condition is about the year's resources, and that sheet
 * carries both the reserved amount and the annual resources the share is computed on.
 */
export default defineCondition({
  id: 'CNC-8',
  group: 'CNC',
  kind: 'data',
  title: {
    fr: "Une partie des ressources annuelles est consacrée à l'information et à la formation des associés et du public",
    nl: 'Een deel van de jaarlijkse inkomsten wordt voorbehouden voor informatie en opleiding van de vennoten en het publiek',
    en: 'Part of the annual resources goes to information and training of members and the public',
  },
  legalBasis: {
    fr: 'AR du 8 janvier 1962, art. 1er, §1er, 8°',
    nl: 'KB van 8 januari 1962, art. 1, §1, 8°',
    en: 'Royal Decree of 8 January 1962, art. 1 §1 8°',
  },
  requires: [{ sheet: 'allocation', columns: ['item', 'amount'] }],
  messages,
  evaluate({ model, fiscalYear }, report) {
    const year = fiscalYear.year;
    const allocation = allocationOfYear(model.allocation, year);
    const { sessions, days, participants, costs: spent, first } = trainingOfYear(model.training, fiscalYear);
    const firstSession: Place | undefined = first && { origin: first.origin, field: 'cost' };
    const reserved = allocation.get('trainingInformation');
    const amountCents = spent > 0 ? spent : reserved?.amount ?? 0;
    if (amountCents <= 0) {
      // The line at zero, else the sessions without a cost, else the allocation list that lacks the line.
      const mapping = model.mappings.allocation!;
      const place: Place = reserved
        ? { origin: reserved.line.origin, field: 'amount' }
        : firstSession ?? { sheet: mapping.sheet, cell: a1(mapping.columns.item!, mapping.headerRow) };
      report('noTrainingAmount', place, String(year), { year });
      return;
    }
    const resources = allocation.get('annualResources')?.amount;
    const sharePpm = resources !== undefined && resources > 0 ? rateOf(amountCents, resources) : undefined;
    const params = { amountCents, sessions, days, participants, ...(sharePpm !== undefined && { sharePpm }) };
    return { evidence: { messageId: 'trainingAmount', params } };
  },
});
