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
  description: {
    fr: "L'objet décrit dans les statuts doit servir expressément l'impact sociétal du but principal (ES-1). CoopCheck ne lit pas les statuts : la condition est attestée par l'article qui contient la clause d'objet, indiqué dans la feuille des statuts, avec si possible son extrait. Sans article, la preuve manque.",
    nl: 'Het voorwerp in de statuten moet uitdrukkelijk de maatschappelijke impact van het hoofddoel (ES-1) dienen. CoopCheck leest de statuten niet: de voorwaarde is gestaafd door het artikel met de doelomschrijving, opgegeven in het blad met de statuten, zo mogelijk met het uittreksel. Zonder artikel ontbreekt het bewijs.',
    en: 'The object described in the statutes must expressly serve the societal impact of the main purpose (ES-1). CoopCheck does not read the statutes: the condition is attested by the article holding the object clause, given in the statutes sheet, with its excerpt when possible. Without an article the evidence is missing.',
  },
  legalBasis: {
    fr: 'CSA art. 8:5 §1',
    nl: 'WVV art. 8:5 §1',
    en: 'CSA art. 8:5 §1',
  },
});
