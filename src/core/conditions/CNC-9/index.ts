import { specialReportCondition } from '../shared/special-report';

/**
 * CNC-9 — the board draws up each year a special report on how the company met the accreditation
 * conditions, in particular the economic or social advantage and the information and training of
 * members: AR 8 January 1962, art. 1 (as replaced by AR 4 May 2016). The checker produces the
 * report's tables; the board's report date or approval date attests it.
 */
export default specialReportCondition({
  id: 'CNC-9',
  group: 'CNC',
  title: {
    fr: "Rapport spécial annuel sur la réalisation des conditions d'agrément, notamment l'avantage aux associés et l'information et la formation",
    nl: 'Jaarlijks bijzonder verslag over de verwezenlijking van de erkenningsvoorwaarden, in het bijzonder het voordeel voor de vennoten en de informatie en opleiding',
    en: 'Annual special report on how the accreditation conditions were met, in particular the members’ advantage and information and training',
  },
  legalBasis: {
    fr: 'AR du 8 janvier 1962, art. 1er',
    nl: 'KB van 8 januari 1962, art. 1',
    en: 'Royal Decree of 8 January 1962, art. 1',
  },
});
