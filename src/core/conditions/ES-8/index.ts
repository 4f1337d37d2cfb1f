import { defineCondition, type EvaluationResult, type Place } from '../condition';
import { allocationKnownForYear, allocationOfYear, dividendsOfYear } from '../shared/allocation';
import { distributionsMissing, nothingDistributed } from '../shared/distributions';
import { a1 } from '../../snapshot';
import { messages } from './messages';

/**
 * ES-8 — the dividend can only be fixed after an amount is reserved for projects or allocations
 * needed or useful to achieve the object: AR 28 June 2019, art. 6. No source sets a minimum
 * (legal.md §1.1), so any reserve for the object above zero meets it. The order of the GA's
 * resolutions is not in the data; the allocation list is read as one decision.
 *
 * The year's dividends are those of `dividendsOfYear` (shared with report table T4): the allocation's
 * dividends line under any label of the annual accounts, or the returns on capital paid for the year
 * when higher. An indivisible reserve stands for the reserve for the object only when the statutes
 * assign it to the object (`indivisibleReserveServesObject`); otherwise a person must judge (warning).
 * Nothing distributed is evidence (CONDITIONS.md "Outcomes"): passed, not not-applicable.
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
  description: {
    fr: "Lorsque l'affectation du résultat de l'exercice fixe un dividende (sous l'un des libellés des comptes annuels : « Dividende », « Dividendes », « Rémunération du capital »…) ou que la feuille des distributions montre des dividendes ou intérêts payés pour l'exercice, un montant doit être réservé aux projets ou affectations servant l'objet : une réserve pour l'objet supérieure à zéro, aucun minimum n'étant fixé. Une réserve impartageable ne compte comme telle que si les statuts l'affectent à l'objet (paramètre) ; sinon c'est un avertissement à juger. Sans dividende, la condition est remplie : rien n'a été distribué. L'ordre des décisions de l'assemblée n'étant pas dans les données, l'affectation est lue comme une seule décision.",
    nl: 'Als de resultaatbestemming van het boekjaar een dividend bepaalt (onder een van de benamingen van de jaarrekening: ‘Dividend’, ‘Dividenden’, ‘Vergoeding van het kapitaal’…) of het blad met de uitkeringen dividenden of interesten uitbetaald voor het boekjaar toont, moet een bedrag voorbehouden zijn aan projecten of bestemmingen die het voorwerp dienen: een reserve voor het voorwerp groter dan nul, want er is geen minimum vastgelegd. Een onverdeelbare reserve telt enkel mee als de statuten ze aan het voorwerp toewijzen (parameter); anders is het een waarschuwing om te beoordelen. Zonder dividend is aan de voorwaarde voldaan: er werd niets uitgekeerd. De volgorde van de besluiten van de vergadering staat niet in de gegevens; de bestemming wordt gelezen als één besluit.',
    en: "When the year's result allocation fixes a dividend (under any label of the annual accounts: ‘Dividend’, ‘Dividends’, ‘Return on capital’…) or the distributions sheet shows dividends or interest paid for the year, an amount must be reserved for projects or allocations serving the object: a reserve for the object above zero, as no minimum is set. An indivisible reserve counts as one only when the statutes assign it to the object (a parameter); otherwise it is a warning to judge. Without a dividend the condition is met: nothing was distributed. The order of the meeting's resolutions is not in the data, so the allocation is read as one decision.",
  },
  parameters: ['indivisibleReserveServesObject', 'distributionYear'],
  reads: ['distributions'],
  requires: [{ sheet: 'allocation', columns: ['item', 'amount'] }],
  messages,
  evaluate(context, report): EvaluationResult | void {
    const { model, fiscalYear, parameters } = context;
    const year = fiscalYear.year;
    const allocation = allocationOfYear(model.allocation, year);
    const dividends = dividendsOfYear(model, fiscalYear, parameters.distributionYear, allocation);
    const dividendsCents = dividends.amount;
    if (dividendsCents <= 0) {
      // Nothing distributed at all (the rule shared with ES-3 and CNC-5), or no dividend beside a ristourne.
      if (nothingDistributed(context)) return { evidence: { messageId: 'nothingDistributed', params: { year, noRistourne: true } } };
      const distributionsKnown = model.mappings.distributions !== undefined && distributionsMissing(model, ['kind', 'grossAmount']).length === 0;
      if (allocationKnownForYear(model, year) || distributionsKnown) {
        return { evidence: { messageId: 'nothingDistributed', params: { year, noRistourne: false } } };
      }
      const mapping = model.mappings.allocation!;
      report('noAllocationOfYear', { sheet: mapping.sheet, cell: a1(mapping.columns.item!, mapping.headerRow) }, String(year), { year });
      return;
    }

    const fromPayments = dividends.paid > (dividends.allocated?.amount ?? 0);
    // The workbook's wording names the amount only when the amount is the allocation's.
    const dividendLabel = fromPayments ? '' : (dividends.allocated?.label ?? '');
    const base = { year, dividendsCents, dividendLabel, fromPayments };
    const reserve = allocation.get('objectReserve');
    const indivisible = allocation.get('indivisibleReserve');
    if (reserve && reserve.amount > 0) {
      return {
        evidence: {
          messageId: 'objectReserveBeforeDividend',
          params: { objectReserveCents: reserve.amount, reserveLabel: reserve.label, viaIndivisible: false, dividendsCents, dividendLabel },
        },
      };
    }
    if (indivisible && indivisible.amount > 0) {
      if (parameters.indivisibleReserveServesObject) {
        return {
          evidence: {
            messageId: 'objectReserveBeforeDividend',
            params: { objectReserveCents: indivisible.amount, reserveLabel: indivisible.label, viaIndivisible: true, dividendsCents, dividendLabel },
          },
        };
      }
      report('indivisibleReserveOnly', { origin: indivisible.line.origin, field: 'amount' }, String(year), {
        ...base,
        indivisibleReserveCents: indivisible.amount,
        reserveLabel: indivisible.label,
      });
      return;
    }
    // The reserve line at zero shows the problem; without one, the dividend decided or paid.
    const place: Place = reserve
      ? { origin: reserve.line.origin, field: 'amount' }
      : dividends.allocated && dividends.allocated.amount > 0
        ? { origin: dividends.allocated.line.origin, field: 'amount' }
        : dividends.firstPaid!;
    report('dividendWithoutObjectReserve', place, String(year), { ...base, objectReserveCents: reserve?.amount ?? 0 });
  },
});
