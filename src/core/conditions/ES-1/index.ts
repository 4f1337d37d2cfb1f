import { statutesCondition } from '../shared/statutes';

/**
 * ES-1 — the company's main purpose is to generate, in the general interest, a positive societal
 * impact for people, the environment or society: CSA/WVV art. 8:5 §1. A matter of the statutes and of
 * the activity, attested by the statutes article that states it.
 */
export default statutesCondition({
  id: 'ES-1',
  title: {
    fr: "But principal : générer, dans l'intérêt général, un impact sociétal positif pour l'homme, l'environnement ou la société",
    nl: 'Hoofddoel: in het algemeen belang een positieve maatschappelijke impact op de mens, het milieu of de samenleving',
    en: 'Main purpose: a positive societal impact for people, the environment or society, in the general interest',
  },
  legalBasis: {
    fr: 'CSA art. 8:5 §1',
    nl: 'WVV art. 8:5 §1',
    en: 'CSA art. 8:5 §1',
  },
});
