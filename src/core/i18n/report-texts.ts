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
    inferred: l('déduit des données (aucun exercice indiqué dans les paramètres)', 'afgeleid uit de gegevens (geen boekjaar opgegeven in de parameters)', 'inferred from the data (no fiscal year given in the parameters)'),
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
    votingMode: l('Mode de vote', 'Stemwijze', 'Voting mode'),
    present: l('Présents', 'Aanwezig', 'Present'),
    represented: l('Représentés', 'Vertegenwoordigd', 'Represented'),
    voters: l('Votants', 'Stemgerechtigden', 'Voters'),
    votesRepresented: l('Voix présentes ou représentées', 'Aanwezige of vertegenwoordigde stemmen', 'Votes present or represented'),
    cap: l('Plafond (1/10)', 'Plafond (1/10)', 'Cap (1/10)'),
    aboveCap: l('Votants au-delà du plafond', 'Stemmers boven het plafond', 'Voters above the cap'),
    empty: l("Aucune assemblée générale datée de l'exercice.", 'Geen algemene vergadering gedateerd in het boekjaar.', 'No general meeting dated in the fiscal year.'),
  },
  board: {
    title: l("T3 Conseil d'administration", 'T3 Raad van bestuur', 'T3 Board'),
    name: l('Administrateur', 'Bestuurder', 'Director'),
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
    empty: l("Aucun administrateur en fonction pendant l'exercice.", 'Geen bestuurder in functie tijdens het boekjaar.', 'No director in office during the fiscal year.'),
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
  },
  training: {
    title: l('T6 Information et formation', 'T6 Informatie en opleiding', 'T6 Information and training'),
    sessions: l('Sessions', 'Sessies', 'Sessions'),
    days: l('Jours', 'Dagen', 'Days'),
    participants: l('Participants', 'Deelnemers', 'Participants'),
    amount: l('Montant consacré', 'Besteed bedrag', 'Amount spent'),
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
