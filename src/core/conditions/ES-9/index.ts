import { specialReportCondition } from '../shared/special-report';

/**
 * ES-9 — the board draws up each year a special report on how the company monitors compliance with
 * the accreditation conditions: AR 28 June 2019, art. 6. The checker produces the report's tables;
 * the board's report date or approval date attests it.
 */
export default specialReportCondition({
  id: 'ES-9',
  group: 'ES',
  title: {
    fr: "Rapport spécial annuel sur la manière dont la société veille au respect des conditions d'agrément",
    nl: 'Jaarlijks bijzonder verslag over de wijze waarop de vennootschap toeziet op de naleving van de erkenningsvoorwaarden',
    en: 'Annual special report on how the company monitors compliance with the accreditation conditions',
  },
  legalBasis: {
    fr: 'AR du 28 juin 2019, art. 6',
    nl: 'KB van 28 juni 2019, art. 6',
    en: 'Royal Decree of 28 June 2019, art. 6',
  },
});
