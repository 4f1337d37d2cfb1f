import { statutesCondition } from '../shared/statutes';

/**
 * ES-2 — the object described in the statutes expressly serves the societal impact of ES-1: CSA/WVV
 * art. 8:5 §1. Attested by the article holding the object clause.
 */
export default statutesCondition({
  id: 'ES-2',
  title: {
    fr: "L'objet décrit dans les statuts sert expressément cet impact sociétal",
    nl: 'Het voorwerp in de statuten dient uitdrukkelijk die maatschappelijke impact',
    en: 'The object described in the statutes expressly serves that societal impact',
  },
  legalBasis: {
    fr: 'CSA art. 8:5 §1',
    nl: 'WVV art. 8:5 §1',
    en: 'CSA art. 8:5 §1',
  },
});
