import { defineCondition, type Place } from '../condition';
import { allocationOfYear } from '../shared/allocation';
import { isOfFiscalYear } from '../shared/distributions';
import { messages } from './messages';

/**
 * ES-8 — the dividend can only be fixed after an amount is reserved for projects or allocations
 * needed or useful to achieve the object: AR 28 June 2019, art. 6. No source sets a minimum
 * (legal.md §1.1), so any reserve for the object above zero meets it. The order of the GA's
 * resolutions is not in the data; the allocation list is read as one decision.
 *
 * A dividend is there when the allocation has a dividends line above zero or the distributions sheet
 * records dividends of the year: either shows the GA fixed one.
 */
export default defineCondition({
  id: 'ES-8',
  group: 'ES',
  kind: 'data',
  title: {
    fr: "Un dividende n'est fixé qu'après la réserve d'un montant pour les projets servant l'objet",
    nl: 'Een dividend wordt pas bepaald na een bedrag voorbehouden aan projecten die het voorwerp dienen',
    en: 'A dividend is fixed only after reserving an amount for projects serving the object',
  },
  legalBasis: {
    fr: 'AR du 28 juin 2019, art. 6',
    nl: 'KB van 28 juni 2019, art. 6',
    en: 'Royal Decree of 28 June 2019, art. 6',
  },
  requires: [{ sheet: 'allocation', columns: ['item', 'amount'] }],
  messages,
  evaluate({ model, fiscalYear }, report) {
    const year = fiscalYear.year;
    const allocation = allocationOfYear(model.allocation, year);
    const allocated = allocation.get('dividends');
    let paid = 0;
    let firstPaid: Place | undefined;
    for (const row of model.distributions) {
      if (row.kind !== 'dividend' || row.grossAmount === undefined || !isOfFiscalYear(row, fiscalYear)) continue;
      paid += row.grossAmount;
      firstPaid ??= { origin: row.origin, field: 'grossAmount' };
    }
    const dividendsCents = Math.max(allocated?.amount ?? 0, paid);
    if (dividendsCents <= 0) return { notApplicable: { messageId: 'noDividend', params: { year } } };

    const reserve = allocation.get('objectReserve');
    const objectReserveCents = reserve?.amount ?? 0;
    if (objectReserveCents > 0) return { evidence: { messageId: 'objectReserveBeforeDividend', params: { objectReserveCents, dividendsCents } } };
    // The reserve line at zero shows the problem; without one, the dividend decided or paid.
    const place: Place = reserve
      ? { origin: reserve.line.origin, field: 'amount' }
      : allocated && allocated.amount > 0 ? { origin: allocated.line.origin, field: 'amount' } : firstPaid!;
    report('dividendWithoutObjectReserve', place, String(year), { year, dividendsCents, objectReserveCents });
  },
});
