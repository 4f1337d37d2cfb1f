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
  description: {
    fr: "En cas de liquidation, le patrimoine qui reste après l'apurement du passif et le remboursement des sommes réellement versées par les actionnaires et non encore remboursées doit recevoir une affectation aussi proche que possible de l'objet de la société. C'est une clause des statuts : CoopCheck l'atteste par l'article indiqué dans la feuille des statuts, et la preuve manque sans article.",
    nl: 'Bij vereffening moet het vermogen dat overblijft na aanzuivering van het passief en terugbetaling van het door de aandeelhouders werkelijk gestorte en nog niet terugbetaalde bedrag een bestemming krijgen die zo nauw mogelijk aansluit bij het voorwerp van de vennootschap. Dat is een clausule van de statuten: CoopCheck staaft ze met het artikel opgegeven in het blad met de statuten, en zonder artikel ontbreekt het bewijs.',
    en: "On liquidation, the assets left after paying the debts and repaying the amounts actually paid in by the shareholders and not yet refunded must go to a purpose as close as possible to the company's object. This is a clause of the statutes: CoopCheck attests it by the article given in the statutes sheet, and the evidence is missing without one.",
  },
  legalBasis: {
    fr: 'CSA art. 8:5 §1 ; AR du 28 juin 2019, art. 6',
    nl: 'WVV art. 8:5 §1; KB van 28 juni 2019, art. 6',
    en: 'CSA art. 8:5 §1; Royal Decree of 28 June 2019, art. 6',
  },
});
