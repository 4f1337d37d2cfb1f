/**
 * The fixed texts of the special report (CONDITIONS.md "The special report the checker writes"):
 * sheet name, header labels, table titles, column headers and notes.
 */
import type { Accreditation } from '../conditions/condition';
import type { VotingMode } from '../parameters';
import type { Localized } from './lang';

const l = (fr: string, nl: string, en: string): Localized => ({ fr, nl, en });

export const REPORT_TEXTS = {
  sheetName: l('Rapport spécial', 'Bijzonder verslag', 'Special report'),
  title: l('Rapport spécial — exercice {year}', 'Bijzonder verslag — boekjaar {year}', 'Special report — fiscal year {year}'),
  header: {
    cooperative: l('Coopérative', 'Coöperatie', 'Cooperative'),
    companyNumber: l("Numéro d'entreprise", 'Ondernemingsnummer', 'Company number'),
    fiscalYear: l('Exercice', 'Boekjaar', 'Fiscal year'),
    accreditations: l('Agréments', 'Erkenningen', 'Accreditations'),
    checkedAt: l('Date de la vérification', 'Datum van de controle', 'Date of the check'),
    tool: l("Version de l'outil", 'Versie van de tool', 'Tool version'),
    file: l('Fichier vérifié', 'Gecontroleerd bestand', 'File checked'),
    sha256: l('Empreinte SHA-256 du fichier', 'SHA-256-vingerafdruk van het bestand', 'SHA-256 of the file'),
    loosened: l('Paramètres moins stricts que la loi', 'Parameters minder streng dan de wet', 'Parameters less strict than the law'),
    notGiven: l('(non renseigné)', '(niet ingevuld)', '(not given)'),
    inferred: l(
      'déduit des données (aucun exercice indiqué dans les paramètres)',
      'afgeleid uit de gegevens (geen boekjaar opgegeven in de parameters)',
      'inferred from the data (no fiscal year given in the parameters)',
    ),
  },
  compliance: {
    title: l("Respect des conditions d'agrément", 'Naleving van de erkenningsvoorwaarden', 'Compliance with the accreditation conditions'),
    id: l('Id', 'Id', 'Id'),
    condition: l('Condition', 'Voorwaarde', 'Condition'),
    legalBasis: l('Base légale', 'Rechtsgrond', 'Legal basis'),
    outcome: l('Résultat', 'Resultaat', 'Outcome'),
    evidence: l('Justification', 'Toelichting', 'Evidence'),
    findings: l('Constats', 'Bevindingen', 'Findings'),
  },
  membership: {
    title: l('T1 Mouvements des membres', 'T1 Ledenbewegingen', 'T1 Membership movements'),
    category: l('Catégorie', 'Categorie', 'Category'),
    start: l('Membres en début d’exercice', 'Leden bij het begin van het boekjaar', 'Members at the start'),
    admitted: l('Admissions', 'Toetredingen', 'Admissions'),
    refused: l('Admissions refusées', 'Geweigerde toetredingen', 'Admissions refused'),
    resigned: l('Démissions', 'Uittredingen', 'Resignations'),
    leftByRight: l('Sorties de plein droit', 'Uittredingen van rechtswege', 'Departures by right'),
    excluded: l('Exclusions', 'Uitsluitingen', 'Exclusions'),
    transferred: l('Cessions', 'Overdrachten', 'Transfers'),
    exitsRefused: l('Sorties refusées', 'Geweigerde uittredingen', 'Exits refused'),
    end: l('Membres en fin d’exercice', 'Leden op het einde van het boekjaar', 'Members at the end'),
    total: l('Total', 'Totaal', 'Total'),
    noCategory: l('(sans catégorie)', '(zonder categorie)', '(no category)'),
    empty: l('Aucun membre trouvé dans le registre.', 'Geen leden gevonden in het register.', 'No member found in the register.'),
    refusedNote: l(
      'Les admissions refusées proviennent des demandes d’adhésion, qui ne portent pas de catégorie : elles figurent au total.',
      'Geweigerde toetredingen komen uit de toetredingsaanvragen, die geen categorie hebben: ze staan in het totaal.',
      'Refused admissions come from the applications, which carry no category: they appear in the total.',
    ),
  },
  meetings: {
    title: l('T2 Assemblées générales', 'T2 Algemene vergaderingen', 'T2 General meetings'),
    date: l('Date', 'Datum', 'Date'),
    meeting: l('Assemblée', 'Vergadering', 'Meeting'),
    votingMode: l('Mode de vote', 'Stemwijze', 'Voting mode'),
    present: l('Présents', 'Aanwezig', 'Present'),
    represented: l('Représentés', 'Vertegenwoordigd', 'Represented'),
    voters: l('Votants', 'Stemmers', 'Voters'),
    votesRepresented: l('Voix présentes ou représentées', 'Aanwezige of vertegenwoordigde stemmen', 'Votes present or represented'),
    cap: l('Plafond (1/10, en voix)', 'Plafond (1/10, in stemmen)', 'Cap (1/10, in votes)'),
    aboveCap: l('Votants au-delà du plafond', 'Stemmers boven het plafond', 'Voters above the cap'),
    empty: l(
      "Aucune assemblée générale datée de l'exercice.",
      'Geen algemene vergadering gedateerd in het boekjaar.',
      'No general meeting dated in the fiscal year.',
    ),
  },
  board: {
    title: l('T3 Administration et contrôle', 'T3 Bestuursorgaan en controle', 'T3 Board and control'),
    name: l('Nom', 'Naam', 'Name'),
    role: l('Fonction', 'Functie', 'Role'),
    roles: {
      director: l('Administrateur', 'Bestuurder', 'Director'),
      controller: l('Sociétaire chargé du contrôle', 'Controlerend aandeelhouder', 'Controlling member'),
      auditor: l('Commissaire', 'Commissaris', 'Statutory auditor'),
    },
    mandateKind: l("Mandat de l'exercice", 'Mandaat van het boekjaar', 'Mandate of the year'),
    mandateKinds: {
      new: l('Nouveau', 'Nieuw', 'New'),
      renewed: l('Renouvelé', 'Hernieuwd', 'Renewed'),
      coopted: l('Coopté', 'Gecoöpteerd', 'Co-opted'),
    },
    summary: l(
      "Mandats d'administrateur commencés pendant l'exercice : nouveaux {new}, renouvelés {renewed}, cooptés {coopted}. Administrateurs en fonction au {date} : {inOffice}.",
      'Bestuurdersmandaten begonnen tijdens het boekjaar: nieuw {new}, hernieuwd {renewed}, gecoöpteerd {coopted}. Bestuurders in functie op {date}: {inOffice}.',
      'Director mandates begun during the fiscal year: new {new}, renewed {renewed}, co-opted {coopted}. Directors in office on {date}: {inOffice}.',
    ),
    seats: l(
      'Sièges prévus par les statuts : {seats} ; sièges vacants : {vacancies}.',
      'Zetels volgens de statuten: {seats}; vacante zetels: {vacancies}.',
      'Seats in the statutes: {seats}; vacant seats: {vacancies}.',
    ),
    memberId: l('N° de sociétaire', 'Lidnummer', 'Member ID'),
    appointedBy: l('Nommé par', 'Benoemd door', 'Appointed by'),
    appointmentDate: l('Date de nomination', 'Datum benoeming', 'Appointment date'),
    confirmedByGaDate: l("Confirmé par l'AG le", 'Bevestigd door AV op', 'Confirmed by GM'),
    mandateEnd: l('Fin du mandat', 'Einde mandaat', 'Mandate end'),
    remuneration: l('Rémunération', 'Bezoldiging', 'Remuneration'),
    attendanceFees: l('Jetons de présence', 'Presentiegeld', 'Attendance fees'),
    allowance: l('Indemnité forfaitaire', 'Onkostenvergoeding', 'Allowance'),
    gaAuthorisedAmount: l("Montant autorisé par l'AG", 'Door AV toegestaan bedrag', 'GM-authorised amount'),
    profitLinked: l('Lié aux bénéfices', 'Winstgebonden', 'Profit-linked'),
    empty: l("Aucun mandat en cours pendant l'exercice.", 'Geen lopend mandaat tijdens het boekjaar.', 'No mandate in office during the fiscal year.'),
  },
  allocation: {
    title: l('T4 Affectation du résultat', 'T4 Resultaatbestemming', 'T4 Result allocation'),
    item: l('Poste', 'Post', 'Item'),
    amount: l('Montant', 'Bedrag', 'Amount'),
    empty: l("Aucune affectation du résultat pour l'exercice.", 'Geen resultaatbestemming voor het boekjaar.', 'No result allocation for the fiscal year.'),
    highestDividend: l(
      'Taux de dividende effectif le plus élevé : {rate} (sociétaire {memberId}).',
      'Hoogste effectieve dividendpercentage: {rate} (aandeelhouder {memberId}).',
      'Highest effective dividend rate: {rate} (member {memberId}).',
    ),
    allocated: l('montant affecté', 'voorbehouden bedrag', 'amount allocated'),
    fromPayments: l('payés selon la feuille des distributions', 'uitbetaald volgens het blad met de uitkeringen', 'paid according to the distributions sheet'),
    dividendsPaid: l(
      'Dividendes et intérêts payés pour l’exercice selon la feuille des distributions : {paid}, plus que l’affectation ({allocated}) ; le montant retenu est le plus élevé, comme pour ES-8.',
      'Dividenden en interesten uitbetaald voor het boekjaar volgens het blad met de uitkeringen: {paid}, meer dan de resultaatbestemming ({allocated}); het hoogste bedrag wordt aangehouden, zoals voor ES-8.',
      'Dividends and interest paid for the year according to the distributions sheet: {paid}, more than the allocation ({allocated}); the higher amount is used, as for ES-8.',
    ),
  },
  exits: {
    title: l('T5 Sorties et remboursements', 'T5 Uittredingen en terugbetalingen', 'T5 Exits and refunds'),
    memberId: l('N° de sociétaire', 'Lidnummer', 'Member ID'),
    exitDate: l('Date de sortie', 'Datum uittreding', 'Exit date'),
    exitReason: l('Motif', 'Reden', 'Reason'),
    refunded: l('Remboursé', 'Terugbetaald', 'Refunded'),
    cap: l('Maximum remboursable', 'Maximaal terug te betalen', 'Refund cap'),
    postponed: l('Remboursement postposé', 'Terugbetaling uitgesteld', 'Refund postponed'),
    empty: l("Aucune sortie pendant l'exercice.", 'Geen uittreding tijdens het boekjaar.', 'No exit during the fiscal year.'),
    item: l('Poste', 'Post', 'Item'),
    count: l('Nombre', 'Aantal', 'Number'),
    amount: l('Montant', 'Bedrag', 'Amount'),
    totals: {
      exits: l("Sorties de l'exercice", 'Uittredingen van het boekjaar', 'Exits of the year'),
      refunds: l("Remboursements de parts de l'exercice", 'Terugbetalingen van aandelen in het boekjaar', 'Refunds of shares in the year'),
      caps: l(
        'Maximum remboursable (valeur nominale, libérée)',
        'Maximaal terug te betalen (nominale waarde, volgestort)',
        'Refund cap (nominal value, paid up)',
      ),
      capUnknown: l('Remboursements au maximum inconnu', 'Terugbetalingen met onbekend maximum', 'Refunds whose cap is unknown'),
      aboveCap: l('Remboursements au-delà du maximum', 'Terugbetalingen boven het maximum', 'Refunds above their cap'),
      withoutRefund: l('Sorties sans remboursement', 'Uittredingen zonder terugbetaling', 'Exits without refund'),
      postponed: l('Remboursements postposés', 'Uitgestelde terugbetalingen', 'Postponed refunds'),
    },
    exceptionsTitle: l(
      'T5 Exceptions\u00a0: remboursements à examiner',
      'T5 Uitzonderingen: na te kijken terugbetalingen',
      'T5 Exceptions: refunds to look at',
    ),
    exception: l('Exception', 'Uitzondering', 'Exception'),
    refundDate: l('Date du remboursement', 'Datum terugbetaling', 'Refund date'),
    exceptions: {
      aboveCap: l('Au-delà du maximum', 'Boven het maximum', 'Above its cap'),
      withoutRefund: l('Sortie sans remboursement', 'Uittreding zonder terugbetaling', 'Exit without refund'),
      postponed: l('Remboursement postposé', 'Terugbetaling uitgesteld', 'Refund postponed'),
    },
    noException: l(
      'Aucune exception\u00a0: pas de remboursement au-delà du maximum, pas de sortie sans remboursement, pas de remboursement postposé.',
      'Geen uitzondering: geen terugbetaling boven het maximum, geen uittreding zonder terugbetaling, geen uitgestelde terugbetaling.',
      'No exception: no refund above its cap, no exit without refund, no postponed refund.',
    ),
    moreExceptions: l(
      '{shown} des {count} exceptions sont listées\u00a0; toutes figurent dans la feuille «\u00a0{sheet}\u00a0».',
      '{shown} van de {count} uitzonderingen staan hier; ze staan allemaal in het blad ‘{sheet}’.',
      '{shown} of the {count} exceptions are listed; all are in the sheet ‘{sheet}’.',
    ),
    annexNote: l(
      'La liste complète des sorties est dans la feuille «\u00a0{sheet}\u00a0».',
      'De volledige lijst van de uittredingen staat in het blad ‘{sheet}’.',
      'The full list of the exits is in the sheet ‘{sheet}’.',
    ),
    annexSheet: l('Annexe T5', 'Bijlage T5', 'Annex T5'),
    annexTitle: l("Annexe — T5 Sorties de l'exercice", 'Bijlage — T5 Uittredingen van het boekjaar', 'Annex — T5 Exits of the year'),
  },
  training: {
    title: l('T6 Information et formation', 'T6 Informatie en opleiding', 'T6 Information and training'),
    sessions: l('Sessions', 'Sessies', 'Sessions'),
    days: l('Jours', 'Dagen', 'Days'),
    participants: l('Participants', 'Deelnemers', 'Participants'),
    spent: l('Montant dépensé', 'Besteed bedrag', 'Amount spent'),
    share: l('Part des ressources annuelles', 'Aandeel in de jaarlijkse inkomsten', 'Share of annual resources'),
    audience: l('Public', 'Doelgroep', 'Audience'),
    audiences: {
      members: l('Sociétaires', 'Aandeelhouders', 'Members'),
      prospects: l('Candidats sociétaires', 'Kandidaat-aandeelhouders', 'Prospective members'),
      public: l('Grand public', 'Publiek', 'The public'),
      staff: l('Personnel (non compté)', 'Personeel (niet meegeteld)', 'Staff (not counted)'),
      unspecified: l('Public non indiqué (non compté)', 'Doelgroep niet vermeld (niet meegeteld)', 'Audience not given (not counted)'),
    },
    total: l('Total sociétaires, candidats et public', 'Totaal aandeelhouders, kandidaten en publiek', 'Total members, prospects and public'),
    allocated: l(
      'Montant affecté à l’information et à la formation dans l’affectation du résultat (T4) : {allocated}{share}. Le montant dépensé ci-dessus vient de la feuille de formation.',
      'Bedrag voorbehouden voor informatie en opleiding in de resultaatbestemming (T4): {allocated}{share}. Het bestede bedrag hierboven komt uit het opleidingsblad.',
      'Amount allocated to information and training in the result allocation (T4): {allocated}{share}. The amount spent above comes from the training sheet.',
    ),
    allocatedShare: l(' ({share} des ressources annuelles)', ' ({share} van de jaarlijkse inkomsten)', ' ({share} of annual resources)'),
    notAllocated: l(
      'Aucun montant affecté à l’information et à la formation dans l’affectation du résultat ; le montant ci-dessus est le montant dépensé (feuille de formation).',
      'Geen bedrag voorbehouden voor informatie en opleiding in de resultaatbestemming; het bedrag hierboven is het bestede bedrag (opleidingsblad).',
      'No amount allocated to information and training in the result allocation; the amount above is the amount spent (training sheet).',
    ),
    empty: l(
      'Aucune session d’information ou de formation dans l’exercice.',
      'Geen informatie- of opleidingssessie in het boekjaar.',
      'No information or training session in the fiscal year.',
    ),
  },
  findings: {
    title: l('Constats', 'Bevindingen', 'Findings'),
    number: l('N°', 'Nr.', 'No.'),
    severity: l('Gravité', 'Ernst', 'Severity'),
    condition: l('Condition', 'Voorwaarde', 'Condition'),
    subject: l('Objet', 'Betreft', 'Subject'),
    message: l('Constat', 'Bevinding', 'Finding'),
    cell: l('Cellule', 'Cel', 'Cell'),
    empty: l('Aucun constat.', 'Geen bevindingen.', 'No findings.'),
    more: {
      fr: (listed: string, all: string) =>
        `Les ${listed} premiers constats sur ${all}, les manquements d’abord. Chaque constat est signalé sur sa cellule et figure dans le rapport JSON et l’export CSV.`,
      nl: (listed: string, all: string) =>
        `De eerste ${listed} van ${all} bevindingen, de inbreuken eerst. Elke bevinding is op haar cel gemarkeerd en staat in het JSON-verslag en de CSV-export.`,
      en: (listed: string, all: string) =>
        `The first ${listed} of ${all} findings, breaches first. Every finding is flagged on its cell and listed in the JSON report and the CSV export.`,
    },
  },
  history: {
    title: l('Historique des vérifications', 'Geschiedenis van de controles', 'History of the checks'),
    note: l(
      'Les {count} dernières vérifications de ce classeur, la plus récente en premier.',
      'De laatste {count} controles van deze werkmap, de recentste eerst.',
      'The last {count} checks of this workbook, most recent first.',
    ),
    checkedAt: l('Date et heure', 'Datum en tijd', 'Date and time'),
    tool: l('Version', 'Versie', 'Version'),
    fiscalYear: l('Exercice', 'Boekjaar', 'Fiscal year'),
    sha256: l('SHA-256 (début)', 'SHA-256 (begin)', 'SHA-256 (start)'),
    parameters: l('Paramètres hors défaut', 'Parameters anders dan standaard', 'Parameters not at their default'),
    outcomes: l('Résultats', 'Resultaten', 'Outcomes'),
    breaches: l('Manquements', 'Inbreuken', 'Breaches'),
    warnings: l('Avertissements', 'Waarschuwingen', 'Warnings'),
    justified: l('Justifiés', 'Verantwoord', 'Justified'),
    none: l('aucun', 'geen', 'none'),
  },
  yes: l('oui', 'ja', 'yes'),
  no: l('non', 'nee', 'no'),
} as const;

export const ACCREDITATION_NAMES: Readonly<Record<Accreditation, Localized>> = {
  ES: l('Entreprise sociale (ES)', 'Sociale onderneming (ES)', 'Social enterprise (ES)'),
  CNC: l('Société coopérative agréée (CNC)', 'Erkende coöperatieve vennootschap (NRC)', 'Accredited cooperative (CNC)'),
};

export const VOTING_MODE_NAMES: Readonly<Record<VotingMode, Localized>> = {
  'one-member-one-vote': l('Un membre, une voix', 'Eén lid, één stem', 'One member, one vote'),
  capped: l("Plafond d'un dixième des voix", 'Plafond van een tiende van de stemmen', 'One-tenth cap on votes'),
};
