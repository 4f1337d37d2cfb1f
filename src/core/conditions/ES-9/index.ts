import { specialReportCondition } from '../shared/special-report';

/**
 * ES-9 — the board draws up each year a special report on how the company monitors compliance with
 * the accreditation conditions: AR 28 June 2019, art. 6. CoopCheck produces the report's tables;
 * the report date (after the year's end, within 12 months of it) attests it.
 */
export default specialReportCondition({
  id: 'ES-9',
  group: 'ES',
  title: {
    fr: "Rapport spécial annuel sur la manière dont la société veille au respect des conditions d'agrément",
    nl: 'Jaarlijks bijzonder verslag over de wijze waarop de vennootschap toeziet op de naleving van de erkenningsvoorwaarden',
    en: 'Annual special report on how the company monitors compliance with the accreditation conditions',
  },
  description: {
    fr: "Le conseil d'administration établit chaque année un rapport spécial sur la manière dont la société veille au respect des conditions d'agrément. CoopCheck en écrit les tableaux (feuille de synthèse et projet de rapport) ; le rapport lui-même est celui du conseil. La condition est attestée par la date du rapport donnée dans les paramètres (ou, à défaut, sa date d'approbation par le conseil), seulement si cette date suit la clôture de l'exercice et tombe dans les 12 mois qui suivent. Sans date, ou avec une date hors de cette période, le résultat est « À examiner » et la note dit pourquoi.",
    nl: 'Het bestuursorgaan stelt elk jaar een bijzonder verslag op over de wijze waarop de vennootschap toeziet op de naleving van de erkenningsvoorwaarden. CoopCheck schrijft de tabellen ervan (overzichtsblad en ontwerpverslag); het verslag zelf is dat van het bestuursorgaan. De voorwaarde is gestaafd door de datum van het verslag in de parameters (of anders de datum van goedkeuring door het bestuursorgaan), alleen als die datum na de afsluiting van het boekjaar valt en binnen de 12 maanden daarna. Zonder datum, of met een datum buiten die periode, is het resultaat ‘na te kijken’ en zegt de toelichting waarom.',
    en: "The board draws up each year a special report on how the company monitors compliance with the accreditation conditions. CoopCheck writes its tables (the summary sheet and the draft report); the report itself is the board's. The condition is attested by the report date given in the parameters (or else the date the board approved it), only when that date follows the end of the fiscal year and falls within the 12 months after it. Without a date, or with a date outside that period, the outcome is ‘To review’ and the note says why.",
  },
  legalBasis: {
    fr: 'AR du 28 juin 2019, art. 6',
    nl: 'KB van 28 juni 2019, art. 6',
    en: 'Royal Decree of 28 June 2019, art. 6',
  },
});
