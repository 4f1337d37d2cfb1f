import { defineCondition } from '../condition';
import { eachDirectorInOffice, missingPayColumnsCell } from '../ES-6/pay';
import { messages } from './messages';

/**
 * CNC-7 — the mandate of directors and of members in charge of control is unpaid (AR 8 January 1962,
 * art. 1 §1 7°), unless the statutes provide for pay (`directorPayAllowedByStatutes`) and the general
 * meeting fixes it (`gaAuthorisedAmount`); a profit share is never allowed (AR 4 May 2016; Cera: "zeker
 * geen deelname in de winst"). Pay for the mandate is counted as in ES-6. The directors sheet lists
 * both directors and members in charge of control; all are checked alike.
 *
 * Unlike ES-6 there is no "limited" in this text, so the fee caps of ES-6 do not apply here. Pay the
 * statutes do not allow is reported as that alone: a GA decision cannot make it lawful.
 */
export default defineCondition({
  id: 'CNC-7',
  group: 'CNC',
  kind: 'data',
  title: {
    fr: "Mandats d'administrateur et de contrôle gratuits, sauf rémunération prévue par les statuts et fixée par l'AG, jamais liée aux bénéfices",
    nl: 'Onbezoldigde bestuurders- en controlemandaten, tenzij de statuten een bezoldiging voorzien en de AV ze vaststelt, nooit winstgebonden',
    en: 'Director and control mandates unpaid, unless the statutes allow pay and the GM fixes it, never profit-linked',
  },
  legalBasis: {
    fr: 'AR du 8 janvier 1962, art. 1er, §1er, 7°',
    nl: 'KB van 8 januari 1962, art. 1, §1, 7°',
    en: 'Royal Decree of 8 January 1962, art. 1 §1 7°',
  },
  requires: [{ sheet: 'directors', columns: ['name'] }],
  messages,
  evaluate({ model, parameters, fiscalYear }, report) {
    const noPayColumn = missingPayColumnsCell(model.mappings.directors!);
    if (noPayColumn) report('payColumnsMissing', noPayColumn, noPayColumn.sheet, {});
    const { directors, paid, totalCents, highestCents } = eachDirectorInOffice(model.directors, fiscalYear, (director, payCents, payCell) => {
      const { name, origin } = director;
      if (director.profitLinked) report('profitLinkedPay', { origin, field: 'profitLinked' }, name, { director: name });
      if (payCents <= 0) return;
      const authorisedCents = director.gaAuthorisedAmount;
      if (!parameters.directorPayAllowedByStatutes) report('payNotAllowedByStatutes', payCell, name, { director: name, payCents });
      else if (authorisedCents === undefined) report('paidWithoutGaDecision', payCell, name, { director: name, payCents });
      else if (payCents > authorisedCents) report('payAboveGaAmount', payCell, name, { director: name, payCents, authorisedCents });
    });
    if (directors === 0) return { notApplicable: { messageId: 'noDirectorInYear', params: { year: fiscalYear.year } } };
    return { evidence: { messageId: 'directorsPay', params: { directors, paid, totalCents, highestCents } } };
  },
});
