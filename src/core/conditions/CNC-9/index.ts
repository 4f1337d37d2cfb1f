import { specialReportCondition } from '../shared/special-report';

/**
 * CNC-9 — the board draws up each year a special report on how the company met the accreditation
 * conditions, in particular the economic or social advantage and the information and training of
 * members: AR 8 January 1962, art. 1 (as replaced by AR 4 May 2016). CoopCheck produces the
 * report's tables; the report date (after the year's end, within 12 months) attests it.
 */
export default specialReportCondition({
  id: 'CNC-9',
  group: 'CNC',
  title: {
    fr: "Rapport spécial annuel sur la réalisation des conditions d'agrément, notamment l'avantage aux sociétaires et l'information et la formation",
    nl: 'Jaarlijks bijzonder verslag over de verwezenlijking van de erkenningsvoorwaarden, in het bijzonder het voordeel voor de aandeelhouders en de informatie en opleiding',
    en: 'Annual special report on how the accreditation conditions were met, in particular the members’ advantage and information and training',
  },
  description: {
    fr: "Le conseil d'administration établit chaque année un rapport spécial sur la manière dont la société a réalisé les conditions d'agrément, notamment l'avantage économique ou social des sociétaires et leur information et formation. CoopCheck en écrit les tableaux (feuille de synthèse et projet de rapport) ; le rapport lui-même est celui du conseil. La condition est attestée par la date du rapport donnée dans les paramètres (ou, à défaut, sa date d'approbation par le conseil), seulement si cette date suit la clôture de l'exercice et tombe dans les 12 mois qui suivent. Sans date, ou avec une date hors de cette période, le résultat est « À examiner » et la note dit pourquoi.",
    nl: 'Het bestuursorgaan stelt elk jaar een bijzonder verslag op over de wijze waarop de vennootschap de erkenningsvoorwaarden heeft verwezenlijkt, in het bijzonder het economisch of sociaal voordeel voor de aandeelhouders en hun informatie en opleiding. CoopCheck schrijft de tabellen ervan (overzichtsblad en ontwerpverslag); het verslag zelf is dat van het bestuursorgaan. De voorwaarde is gestaafd door de datum van het verslag in de parameters (of anders de datum van goedkeuring door het bestuursorgaan), alleen als die datum na de afsluiting van het boekjaar valt en binnen de 12 maanden daarna. Zonder datum, of met een datum buiten die periode, is het resultaat ‘na te kijken’ en zegt de toelichting waarom.',
    en: "The board draws up each year a special report on how the company met the accreditation conditions, in particular the members' economic or social advantage and their information and training. CoopCheck writes its tables (the summary sheet and the draft report); the report itself is the board's. The condition is attested by the report date given in the parameters (or else the date the board approved it), only when that date follows the end of the fiscal year and falls within the 12 months after it. Without a date, or with a date outside that period, the outcome is ‘To review’ and the note says why.",
  },
  legalBasis: {
    fr: 'AR du 8 janvier 1962, art. 1er',
    nl: 'KB van 8 januari 1962, art. 1',
    en: 'Royal Decree of 8 January 1962, art. 1',
  },
});
