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
  description: {
    fr: "La société a pour but principal de générer, dans l'intérêt général, un impact sociétal positif pour l'homme, l'environnement ou la société. C'est une question de statuts et d'activité que CoopCheck ne peut pas lire dans les données : la condition est attestée par l'article des statuts qui énonce ce but, indiqué dans la feuille des statuts. Sans article, la preuve manque ; l'adéquation de l'activité réelle reste à juger par le conseil et le lecteur du rapport.",
    nl: 'De vennootschap heeft als hoofddoel in het algemeen belang een positieve maatschappelijke impact op de mens, het milieu of de samenleving te bewerkstelligen. Dat is een zaak van statuten en activiteit die CoopCheck niet uit de gegevens kan lezen: de voorwaarde is gestaafd door het artikel van de statuten dat dat doel vermeldt, opgegeven in het blad met de statuten. Zonder artikel ontbreekt het bewijs; of de werkelijke activiteit ermee strookt, beoordelen het bestuursorgaan en de lezer van het verslag.',
    en: "The company's main purpose is to generate, in the general interest, a positive societal impact for people, the environment or society. This is a matter of the statutes and of the activity, which CoopCheck cannot read from the data: the condition is attested by the article of the statutes stating that purpose, given in the statutes sheet. Without an article the evidence is missing; whether the actual activity matches is for the board and the report's reader to judge.",
  },
  legalBasis: {
    fr: 'CSA art. 8:5 §1',
    nl: 'WVV art. 8:5 §1',
    en: 'CSA art. 8:5 §1',
  },
});
