import { statutesCondition } from '../shared/statutes';

/**
 * ES-4 — on liquidation, what remains after the debts and the repayment of the amounts actually paid
 * up and not yet refunded goes to a purpose as close as possible to the object: CSA/WVV art. 8:5 §1
 * and AR 28 June 2019, art. 6. A statutes clause, attested by its article.
 */
export default statutesCondition({
  id: 'ES-4',
  title: {
    fr: "En cas de liquidation, le patrimoine restant reçoit une affectation aussi proche que possible de l'objet",
    nl: 'Bij vereffening krijgt het overblijvende vermogen een bestemming die zo nauw mogelijk aansluit bij het voorwerp',
    en: 'On liquidation, the remaining assets go to a purpose as close as possible to the object',
  },
  legalBasis: {
    fr: 'CSA art. 8:5 §1 ; AR du 28 juin 2019, art. 6',
    nl: 'WVV art. 8:5 §1; KB van 28 juni 2019, art. 6',
    en: 'CSA art. 8:5 §1; Royal Decree of 28 June 2019, art. 6',
  },
});
