import { defineCondition } from '../condition';
import { eachDirectorInOffice, missingPayColumnsCell } from './pay';
import { messages } from './messages';

/**
 * ES-6 — the director's mandate is unpaid, unless the general meeting decides a limited allowance or
 * attendance fees: AR 28 June 2019 art. 6 ("het mandaat van bestuurder is onbezoldigd, tenzij de
 * algemene vergadering beslist over een beperkte onkostenvergoeding of presentiegeld").
 * Per director in office during the fiscal year: pay without a GA-authorised amount, above it, or
 * profit-linked (a profit share is neither an allowance nor an attendance fee) is a breach. "Limited"
 * has no official figure (legal.md §4.3): above `directorFeeCapPerYear` is a warning. The number of
 * board meetings is not in the data, so `directorFeeCapPerMeeting` can only be passed by fees of the
 * year that do not exceed one meeting's cap; above that it is a warning.
 */
export default defineCondition({
  id: 'ES-6',
  group: 'ES',
  kind: 'data',
  title: {
    fr: "Mandat d'administrateur gratuit, sauf indemnité limitée ou jetons de présence décidés par l'AG",
    nl: 'Onbezoldigd bestuurdersmandaat, tenzij de AV beslist over een beperkte onkostenvergoeding of presentiegeld',
    en: 'Unpaid director mandate, unless the GM decides a limited allowance or attendance fees',
  },
  legalBasis: {
    fr: 'AR du 28 juin 2019, art. 6',
    nl: 'KB van 28 juni 2019, art. 6',
    en: 'Royal Decree of 28 June 2019, art. 6',
  },
  requires: [{ sheet: 'directors', columns: ['name'] }],
  messages,
  evaluate({ model, parameters, fiscalYear }, report) {
    const { directorFeeCapPerYear, directorFeeCapPerMeeting } = parameters;
    const noPayColumn = missingPayColumnsCell(model.mappings.directors!);
    if (noPayColumn) report('payColumnsMissing', noPayColumn, noPayColumn.sheet, {});
    const { directors, paid, totalCents, highestCents } = eachDirectorInOffice(model.directors, fiscalYear, (director, payCents, payCell) => {
      const { name, origin } = director;
      if (director.profitLinked) report('profitLinkedPay', { origin, field: 'profitLinked' }, name, { director: name });
      if (payCents <= 0) return;
      const authorisedCents = director.gaAuthorisedAmount;
      if (authorisedCents === undefined) report('paidWithoutGaDecision', payCell, name, { director: name, payCents });
      else if (payCents > authorisedCents) report('payAboveGaAmount', payCell, name, { director: name, payCents, authorisedCents });
      if (directorFeeCapPerYear !== undefined && payCents > directorFeeCapPerYear) {
        report('payAboveYearlyCap', payCell, name, { director: name, payCents, capCents: directorFeeCapPerYear });
      }
      const feesCents = director.attendanceFees ?? 0;
      if (directorFeeCapPerMeeting !== undefined && feesCents > directorFeeCapPerMeeting) {
        report('feesAbovePerMeetingCap', { origin, field: 'attendanceFees' }, name, { director: name, feesCents, capCents: directorFeeCapPerMeeting });
      }
    });
    if (directors === 0) return { notApplicable: { messageId: 'noDirectorInYear', params: { year: fiscalYear.year } } };
    return { evidence: { messageId: 'directorsPay', params: { directors, paid, totalCents, highestCents } } };
  },
});
