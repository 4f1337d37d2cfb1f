/**
 * The texts of the draft special report in FR, NL and EN: fixed wording, and sentences generated
 * from the figures (functions of already-formatted values, so that each language builds its own
 * grammar and plurals). The structure follows the two seed reports: the ES report by condition,
 * the CNC report by the seven ICA principles.
 */
import type { Lang, Localized } from '../../i18n/lang';

const l = (fr: string, nl: string, en: string): Localized => ({ fr, nl, en });

/** A sentence built per language from its values. */
export type Sentence<V> = Readonly<Record<Lang, (v: V) => string>>;

/** "1 sociétaire", "2 sociétaires", "0 sociétaire" (French counts 0 as singular). */
export type Plural = (n: number, one: string, other: string) => string;

const plural = (lang: Lang): Intl.PluralRules => new Intl.PluralRules(lang === 'en' ? 'en-GB' : lang === 'nl' ? 'nl-BE' : 'fr-BE');
const RULES: Readonly<Record<Lang, Intl.PluralRules>> = { fr: plural('fr'), nl: plural('nl'), en: plural('en') };
export const isOne = (lang: Lang, n: number): boolean => RULES[lang].select(n) === 'one';
const s = (lang: Lang) => (n: number, one: string, other: string) => (isOne(lang, n) ? one : other);
const fr = s('fr');
const nl = s('nl');
const en = s('en');

export const DRAFT_TEXTS = {
  title: l(
    "Rapport spécial du conseil d'administration — exercice {year}",
    'Bijzonder verslag van het bestuursorgaan — boekjaar {year}',
    'Special report of the board of directors — fiscal year {year}',
  ),
  theCooperative: l('La coopérative', 'De coöperatie', 'The cooperative'),
  companyNumber: l("Numéro d'entreprise : {number}", 'Ondernemingsnummer: {number}', 'Company number: {number}'),
  fiscalYear: l('Exercice du {start} au {end}', 'Boekjaar van {start} tot {end}', 'Fiscal year from {start} to {end}'),
  draftNotice: l(
    "Projet établi par CoopCheck {version} le {date} à partir du fichier {file} (SHA-256 {sha}). Les phrases chiffrées sont générées à partir des données vérifiées et peuvent être contrôlées dans le classeur ; les passages surlignés sont à compléter par le conseil d'administration ; l'annexe interne (résultats de la vérification) est à retirer avant l'approbation du rapport.",
    'Ontwerp opgesteld door CoopCheck {version} op {date} op basis van het bestand {file} (SHA-256 {sha}). De zinnen met cijfers zijn gegenereerd uit de gecontroleerde gegevens en kunnen in de werkmap worden nagekeken; de gemarkeerde passages moeten door het bestuursorgaan worden aangevuld; de interne bijlage (resultaten van de controle) moet vóór de goedkeuring van het verslag worden verwijderd.',
    'Draft prepared by CoopCheck {version} on {date} from the file {file} (SHA-256 {sha}). The sentences with figures are generated from the checked data and can be checked in the workbook; the highlighted passages are for the board to complete; the internal annex (results of the check) is to be removed before the report is approved.',
  ),
  footer: l(
    'Projet de rapport spécial — {coop} — exercice {year}',
    'Ontwerp van bijzonder verslag — {coop} — boekjaar {year}',
    'Draft special report — {coop} — fiscal year {year}',
  ),
  page: l('Page', 'Pagina', 'Page'),
  placeholder: l(
    "[À compléter par le conseil d'administration : {what}]",
    '[In te vullen door het bestuursorgaan: {what}]',
    '[To be completed by the board: {what}]',
  ),
  labels: {
    condition: l('Condition : ', 'Voorwaarde: ', 'Condition: '),
    legalBasis: l('Base légale : ', 'Rechtsgrond: ', 'Legal basis: '),
    howMet: l('Mise en œuvre : ', 'Naleving: ', 'How it is met: '),
    statutes: l('Statuts : ', 'Statuten: ', 'Articles of association: '),
    figures: l('Exercice {year} : ', 'Boekjaar {year}: ', 'Fiscal year {year}: '),
    narrative: l(
      'Texte du rapport précédent, repris tel quel (à relire et mettre à jour) :',
      'Tekst uit het vorige verslag, ongewijzigd overgenomen (na te lezen en bij te werken):',
      "Text of last year's report, carried over as written (to review and update):",
    ),
  },
  placeholders: {
    statutesArticle: l(
      "l'article des statuts qui prévoit cette condition",
      'het artikel van de statuten dat in deze voorwaarde voorziet',
      'the article of the articles of association that provides for this condition',
    ),
    failure: l(
      'la cause du manquement et les mesures prises pour y remédier',
      'de oorzaak van de inbreuk en de maatregelen om ze te verhelpen',
      'the cause of the breach and the measures taken to remedy it',
    ),
    review: l(
      'la position du conseil sur les points relevés',
      'het standpunt van het bestuursorgaan over de vastgestelde punten',
      "the board's position on the points raised",
    ),
    missing: l(
      'la manière dont la condition a été respectée, les données de CoopCheck ne permettant pas de la vérifier',
      'de wijze waarop de voorwaarde werd nageleefd, aangezien de gegevens van CoopCheck niet volstaan om ze te controleren',
      'how the condition was met, as the data given to CoopCheck do not allow it to be checked',
    ),
    reportDate: l('date du rapport', 'datum van het verslag', 'date of the report'),
    cooperativeName: l('nom de la coopérative', 'naam van de coöperatie', 'name of the cooperative'),
    activities: l(
      "les activités de l'exercice au service de l'impact sociétal, et la manière dont les investissements, les frais de fonctionnement et les rémunérations sont conçus pour privilégier cet objectif",
      'de activiteiten van het boekjaar ten dienste van de maatschappelijke impact, en de wijze waarop de investeringen, de werkingskosten en de vergoedingen zijn opgevat om die doelstelling te bevoordelen',
      "the year's activities serving the societal impact, and how investment, operating costs and remuneration are designed to favour that purpose",
    ),
    intro: l(
      "la présentation de la coopérative et les faits marquants de l'exercice",
      'de voorstelling van de coöperatie en de belangrijkste feiten van het boekjaar',
      'an introduction to the cooperative and the highlights of the year',
    ),
    advantage: l(
      "l'avantage économique ou social procuré aux associés (services, conditions, ristournes)",
      'het economisch of sociaal voordeel voor de aandeelhouders (diensten, voorwaarden, ristorno’s)',
      'the economic or social advantage given to the members (services, terms, patronage refunds)',
    ),
    P4: l(
      "l'autonomie et l'indépendance de la coopérative : financements, partenariats, absence de contrôle par un associé dominant",
      'de autonomie en onafhankelijkheid van de coöperatie: financiering, partnerschappen, geen controle door een dominante vennoot',
      "the cooperative's autonomy and independence: financing, partnerships, no control by a dominant member",
    ),
    P6: l(
      'la coopération avec d’autres coopératives : fédérations, projets communs',
      'de samenwerking met andere coöperaties: federaties, gezamenlijke projecten',
      'cooperation with other cooperatives: federations, joint projects',
    ),
    P7: l(
      "l'engagement envers la communauté : impact de l'exercice, projets soutenus",
      'de betrokkenheid bij de gemeenschap: impact van het boekjaar, gesteunde projecten',
      "concern for community: the year's impact, projects supported",
    ),
    board: l(
      "la composition du conseil d'administration et les mandats de l'exercice",
      'de samenstelling van het bestuursorgaan en de mandaten van het boekjaar',
      "the board's composition and the mandates of the year",
    ),
    meetings: l(
      "l'assemblée générale de l'exercice : date, présences, procurations",
      'de algemene vergadering van het boekjaar: datum, aanwezigheden, volmachten',
      "the year's general meeting: date, attendance, proxies",
    ),
    placeDate: l('lieu et date', 'plaats en datum', 'place and date'),
    signatures: l('noms et signatures des administrateurs', 'namen en handtekeningen van de bestuurders', "the directors' names and signatures"),
  },

  es: {
    title: l(
      'Rapport spécial — agrément comme entreprise sociale',
      'Bijzonder verslag — erkenning als sociale onderneming',
      'Special report — accreditation as a social enterprise',
    ),
    subtitle: l(
      "Article 8:5, §1er, du Code des sociétés et des associations et article 6 de l'arrêté royal du 28 juin 2019",
      'Artikel 8:5, §1, van het Wetboek van vennootschappen en verenigingen en artikel 6 van het koninklijk besluit van 28 juni 2019',
      'Article 8:5 §1 of the Code of Companies and Associations and article 6 of the Royal Decree of 28 June 2019',
    ),
    framework: l('Cadre légal', 'Wettelijk kader', 'Legal framework'),
    frameworkText: l(
      "{coop} est agréée comme entreprise sociale en application de l'article 8:5 du Code des sociétés et des associations (CSA). L'arrêté royal du 28 juin 2019 fixant les conditions de cet agrément impose à l'organe d'administration d'établir chaque année un rapport spécial sur la manière dont la société a veillé au respect des conditions d'agrément. Le présent rapport reprend ces conditions une à une : la condition, la manière dont elle est mise en œuvre, l'article des statuts qui la prévoit et les chiffres de l'exercice {year}.",
      '{coop} is erkend als sociale onderneming overeenkomstig artikel 8:5 van het Wetboek van vennootschappen en verenigingen (WVV). Het koninklijk besluit van 28 juni 2019 tot vaststelling van de erkenningsvoorwaarden verplicht het bestuursorgaan om jaarlijks een bijzonder verslag op te stellen over de wijze waarop de vennootschap heeft toegezien op de naleving van de erkenningsvoorwaarden. Dit verslag overloopt die voorwaarden één voor één: de voorwaarde, de wijze waarop ze wordt nageleefd, het artikel van de statuten dat erin voorziet en de cijfers van boekjaar {year}.',
      '{coop} is accredited as a social enterprise under article 8:5 of the Code of Companies and Associations (CCA). The Royal Decree of 28 June 2019 setting the conditions of that accreditation requires the board to draw up each year a special report on how the company has ensured that the accreditation conditions are met. This report takes the conditions one by one: the condition, how it is met, the article of the articles of association that provides for it, and the figures of fiscal year {year}.',
    ),
    activities: l('Activités et moyens', 'Activiteiten en middelen', 'Activities and means'),
    howMet: {
      'ES-1': l(
        "Le but principal de la société est inscrit dans ses statuts ; le conseil d'administration veille à ce que ses activités le poursuivent.",
        'Het hoofddoel van de vennootschap staat in haar statuten; het bestuursorgaan ziet erop toe dat haar activiteiten het nastreven.',
        "The company's main purpose is written in its articles of association; the board sees to it that its activities pursue it.",
      ),
      'ES-2': l(
        "L'objet décrit dans les statuts précise les activités par lesquelles la société sert cet impact sociétal.",
        'Het voorwerp in de statuten omschrijft de activiteiten waarmee de vennootschap die maatschappelijke impact dient.',
        'The object in the articles of association describes the activities through which the company serves that societal impact.',
      ),
      'ES-3': l(
        "Les statuts limitent l'avantage patrimonial distribué aux associés au taux fixé par le Roi ; l'assemblée générale décide de toute distribution sur proposition du conseil d'administration.",
        'De statuten beperken het vermogensvoordeel voor de aandeelhouders tot het door de Koning vastgestelde percentage; de algemene vergadering beslist over elke uitkering op voorstel van het bestuursorgaan.',
        'The articles of association limit the patrimonial advantage distributed to members to the rate set by the King; the general meeting decides on any distribution on a proposal of the board.',
      ),
      'ES-4': l(
        "Les statuts prévoient qu'en cas de liquidation, le patrimoine restant après l'apurement du passif et le remboursement des apports reçoit une affectation aussi proche que possible de l'objet.",
        'De statuten bepalen dat bij vereffening het vermogen dat overblijft na aanzuivering van de schulden en terugbetaling van de inbreng een bestemming krijgt die zo nauw mogelijk aansluit bij het voorwerp.',
        'The articles of association provide that on liquidation the assets left after the debts are settled and the contributions repaid go to a purpose as close as possible to the object.',
      ),
      'ES-5': l(
        "Les statuts limitent le remboursement des parts, à la sortie, à la valeur nominale de l'apport réellement libéré et non encore remboursé.",
        'De statuten beperken de terugbetaling van de aandelen bij uittreding tot de nominale waarde van de werkelijk gestorte en nog niet terugbetaalde inbreng.',
        'The articles of association limit the refund of shares on exit to the nominal value of the contribution actually paid up and not yet refunded.',
      ),
      'ES-6': l(
        "Le mandat d'administrateur est exercé à titre gratuit, sauf indemnité limitée ou jetons de présence décidés par l'assemblée générale.",
        'Het bestuurdersmandaat is onbezoldigd, behoudens een beperkte onkostenvergoeding of presentiegeld waartoe de algemene vergadering beslist.',
        'Director mandates are unpaid, except for a limited allowance or attendance fees decided by the general meeting.',
      ),
      'ES-7': l(
        'Nul ne peut prendre part au vote, pour lui-même et comme mandataire, pour plus du dixième des voix présentes ou représentées.',
        'Niemand kan aan de stemming deelnemen, voor zichzelf en als volmachtdrager, voor meer dan een tiende van de aanwezige of vertegenwoordigde stemmen.',
        'Nobody may vote, for themselves and as proxy holder, for more than one tenth of the votes present or represented.',
      ),
      'ES-8': l(
        "Avant de fixer un dividende, l'assemblée générale réserve un montant aux projets qui servent l'objet de la société.",
        'Vooraleer een dividend te bepalen, behoudt de algemene vergadering een bedrag voor aan projecten die het voorwerp van de vennootschap dienen.',
        "Before fixing a dividend, the general meeting reserves an amount for projects serving the company's object.",
      ),
      'ES-9': l(
        "Le conseil d'administration établit chaque année le présent rapport spécial, intégré au rapport de gestion.",
        'Het bestuursorgaan stelt jaarlijks dit bijzonder verslag op, dat in het jaarverslag wordt opgenomen.',
        'The board draws up this special report each year, as part of the management report.',
      ),
    } as Readonly<Record<string, Localized>>,
  },

  cnc: {
    title: l(
      'Rapport spécial — agrément comme société coopérative',
      'Bijzonder verslag — erkenning als coöperatieve vennootschap',
      'Special report — accreditation as a cooperative society',
    ),
    subtitle: l(
      'Loi du 20 juillet 1955 et arrêté royal du 8 janvier 1962, article 1er',
      'Wet van 20 juli 1955 en koninklijk besluit van 8 januari 1962, artikel 1',
      'Law of 20 July 1955 and Royal Decree of 8 January 1962, article 1',
    ),
    intro: l('Introduction', 'Inleiding', 'Introduction'),
    introText: l(
      "{coop} est agréée comme société coopérative en application de la loi du 20 juillet 1955 et de l'arrêté royal du 8 janvier 1962. Le conseil d'administration rend compte ci-dessous de la manière dont la société a réalisé, au cours de l'exercice {year}, les conditions de son agrément, en suivant les sept principes coopératifs de l'Alliance coopérative internationale.",
      '{coop} is erkend als coöperatieve vennootschap overeenkomstig de wet van 20 juli 1955 en het koninklijk besluit van 8 januari 1962. Het bestuursorgaan brengt hieronder verslag uit over de wijze waarop de vennootschap in de loop van boekjaar {year} de erkenningsvoorwaarden heeft verwezenlijkt, aan de hand van de zeven coöperatieve beginselen van de Internationale Coöperatieve Alliantie.',
      '{coop} is accredited as a cooperative society under the law of 20 July 1955 and the Royal Decree of 8 January 1962. The board reports below on how the company met the conditions of its accreditation during fiscal year {year}, following the seven cooperative principles of the International Cooperative Alliance.',
    ),
    principles: {
      P1: l('1. Adhésion volontaire et ouverte à tous', '1. Vrijwillig en open lidmaatschap', '1. Voluntary and open membership'),
      P2: l('2. Pouvoir démocratique exercé par les membres', '2. Democratische controle door de leden', '2. Democratic member control'),
      P3: l('3. Participation économique des membres', '3. Economische participatie van de leden', "3. Members' economic participation"),
      P4: l('4. Autonomie et indépendance', '4. Autonomie en onafhankelijkheid', '4. Autonomy and independence'),
      P5: l('5. Éducation, formation et information', '5. Onderwijs, opleiding en informatie', '5. Education, training and information'),
      P6: l('6. Coopération entre les coopératives', '6. Samenwerking tussen coöperaties', '6. Cooperation among cooperatives'),
      P7: l('7. Engagement envers la communauté', '7. Betrokkenheid bij de gemeenschap', '7. Concern for community'),
    } as Readonly<Record<string, Localized>>,
    advantageExempt: l(
      "Agréée aussi comme entreprise sociale, la coopérative est dispensée de faire rapport sur l'avantage économique ou social procuré aux associés.",
      'Als ook erkende sociale onderneming is de coöperatie vrijgesteld van verslag over het economisch of sociaal voordeel voor de vennoten.',
      'Being also accredited as a social enterprise, the cooperative is exempt from reporting on the economic or social advantage given to members.',
    ),
    oneMemberOneVote: l(
      'Chaque sociétaire dispose d’une voix, quel que soit le nombre de ses parts.',
      'Elke aandeelhouder heeft één stem, ongeacht het aantal aandelen.',
      'Each member has one vote, whatever the number of shares held.',
    ),
    capped: l(
      'Nul ne peut voter pour plus du dixième des voix présentes ou représentées.',
      'Niemand kan stemmen voor meer dan een tiende van de aanwezige of vertegenwoordigde stemmen.',
      'Nobody may vote for more than one tenth of the votes present or represented.',
    ),
  },

  signature: {
    heading: l('Approbation', 'Goedkeuring', 'Approval'),
    text: l(
      "Le présent rapport a été établi par le conseil d'administration.",
      'Dit verslag werd opgesteld door het bestuursorgaan.',
      'This report was drawn up by the board of directors.',
    ),
  },

  annex: {
    title: l('Annexe interne — résultats de la vérification', 'Interne bijlage — resultaten van de controle', 'Internal annex — results of the check'),
    subtitle: l(
      "Document de travail du conseil d'administration, à retirer avant l'approbation et la publication du rapport.",
      'Werkdocument van het bestuursorgaan, te verwijderen vóór de goedkeuring en de publicatie van het verslag.',
      'Working document of the board, to be removed before the report is approved and published.',
    ),
    compliance: l('Conditions vérifiées', 'Gecontroleerde voorwaarden', 'Conditions checked'),
    findings: l('Constats', 'Bevindingen', 'Findings'),
    findingsCapped: l(
      'Les {shown} premiers constats sur {total} ; la liste complète figure dans la copie vérifiée du classeur.',
      'De eerste {shown} van {total} bevindingen; de volledige lijst staat in de gecontroleerde kopie van de werkmap.',
      'The first {shown} of {total} findings; the full list is in the checked copy of the workbook.',
    ),
    noFindings: l('Aucun constat.', 'Geen bevindingen.', 'No findings.'),
    exceptionsCapped: l(
      'Les {shown} premières exceptions sur {total} ; la liste complète figure dans la feuille « Rapport spécial » de la copie vérifiée.',
      'De eerste {shown} van {total} uitzonderingen; de volledige lijst staat in het blad ‘Bijzonder verslag’ van de gecontroleerde kopie.',
      "The first {shown} of {total} exceptions; the full list is in the 'Special report' sheet of the checked copy.",
    ),
    narrativeUnused: l(
      'Textes de la feuille « Texte du rapport » non repris (section inconnue) : {sections}.',
      'Teksten van het blad ‘Tekst verslag’ die niet werden overgenomen (onbekende sectie): {sections}.',
      "Texts of the 'Report text' sheet not carried over (unknown section): {sections}.",
    ),
    columns: {
      id: l('Id', 'Id', 'Id'),
      condition: l('Condition', 'Voorwaarde', 'Condition'),
      outcome: l('Résultat', 'Resultaat', 'Outcome'),
      evidence: l('Justification', 'Toelichting', 'Evidence'),
      number: l('N°', 'Nr.', 'No.'),
      severity: l('Gravité', 'Ernst', 'Severity'),
      subject: l('Objet', 'Betreft', 'Subject'),
      message: l('Constat', 'Bevinding', 'Finding'),
      cell: l('Cellule', 'Cel', 'Cell'),
    },
  },

  tables: {
    t1: l('Mouvements des sociétaires en {year}', 'Ledenbewegingen in {year}', 'Membership movements in {year}'),
    t2: l('Assemblées générales de {year}', 'Algemene vergaderingen in {year}', 'General meetings in {year}'),
    t3: l("Conseil d'administration en {year}", 'Bestuursorgaan in {year}', 'Board of directors in {year}'),
    t4: l('Affectation du résultat de {year}', 'Resultaatbestemming {year}', 'Allocation of the {year} result'),
    t5: l('Sorties et remboursements de parts en {year}', 'Uittredingen en terugbetalingen in {year}', 'Exits and refunds in {year}'),
    t5exceptions: l('Sorties et remboursements de parts : exceptions', 'Uittredingen en terugbetalingen: uitzonderingen', 'Exits and refunds: exceptions'),
    exits: l('Sorties', 'Uittredingen', 'Exits'),
    refunds: l('Remboursements', 'Terugbetalingen', 'Refunds'),
    caps: l('Maximum remboursable', 'Maximaal terug te betalen', 'Refund caps'),
    withoutRefund: l('Sans remboursement', 'Zonder terugbetaling', 'Without refund'),
    postponedCount: l('Postposés', 'Uitgesteld', 'Postponed'),
    t6: l('Information et formation en {year}', 'Informatie en opleiding in {year}', 'Information and training in {year}'),
    category: l('Catégorie', 'Categorie', 'Category'),
    figure: l('Chiffre', 'Cijfer', 'Figure'),
    movement: l('Mouvement', 'Beweging', 'Movement'),
    meeting: l('Assemblée', 'Vergadering', 'Meeting'),
    start: l('Au {date}', 'Op {date}', 'At {date}'),
    admitted: l('Admissions', 'Toetredingen', 'Admissions'),
    refused: l('Refus', 'Weigeringen', 'Refusals'),
    resigned: l('Démissions', 'Uittredingen', 'Resignations'),
    leftByRight: l('De plein droit', 'Van rechtswege', 'By right'),
    excluded: l('Exclusions', 'Uitsluitingen', 'Exclusions'),
    transferred: l('Cessions', 'Overdrachten', 'Transfers'),
    end: l('Au {date}', 'Op {date}', 'At {date}'),
    total: l('Total', 'Totaal', 'Total'),
    noCategory: l('(sans catégorie)', '(zonder categorie)', '(no category)'),
    refusedNote: l(
      'Les refus proviennent des demandes d’adhésion, qui ne portent pas de catégorie : ils figurent au total.',
      'Weigeringen komen uit de toetredingsaanvragen, die geen categorie hebben: ze staan in het totaal.',
      'Refusals come from the applications, which carry no category: they appear in the total.',
    ),
    date: l('Date', 'Datum', 'Date'),
    present: l('Présents', 'Aanwezig', 'Present'),
    represented: l('Représentés', 'Vertegenwoordigd', 'Represented'),
    voters: l('Votants', 'Stemmers', 'Voters'),
    votes: l('Voix', 'Stemmen', 'Votes'),
    cap: l('Dixième des voix', 'Tiende van de stemmen', 'One tenth of votes'),
    aboveCap: l('Au-delà du dixième', 'Boven het tiende', 'Above one tenth'),
    director: l('Administrateur', 'Bestuurder', 'Director'),
    appointedBy: l('Nommé par', 'Benoemd door', 'Appointed by'),
    appointmentDate: l('Nomination', 'Benoeming', 'Appointed on'),
    mandateEnd: l('Fin du mandat', 'Einde mandaat', 'Mandate end'),
    pay: l('Rémunération, jetons et indemnités', 'Bezoldiging, presentiegeld en vergoedingen', 'Pay, fees and allowances'),
    item: l('Poste', 'Post', 'Item'),
    amount: l('Montant', 'Bedrag', 'Amount'),
    member: l('N° de sociétaire', 'Lidnummer', 'Member ID'),
    exitDate: l('Date de sortie', 'Datum uittreding', 'Exit date'),
    refunded: l('Remboursé', 'Terugbetaald', 'Refunded'),
    refundCap: l('Maximum remboursable', 'Maximaal terug te betalen', 'Refund cap'),
    exception: l('Exception', 'Uitzondering', 'Exception'),
    aboveRefundCap: l('au-delà du maximum', 'boven het maximum', 'above the cap'),
    aboveRefundCapHeader: l('Au-delà du maximum', 'Boven het maximum', 'Above the cap'),
    noRefund: l('aucun remboursement enregistré', 'geen terugbetaling geboekt', 'no refund recorded'),
    postponed: l('remboursement postposé', 'terugbetaling uitgesteld', 'refund postponed'),
    sessions: l('Sessions', 'Sessies', 'Sessions'),
    days: l('Jours', 'Dagen', 'Days'),
    participants: l('Participants', 'Deelnemers', 'Participants'),
    spent: l('Coût des formations', 'Kost van de opleidingen', 'Cost of the training'),
    allocated: l('Montant affecté', 'Toegewezen bedrag', 'Amount allocated'),
  },

  /** A category in a sentence: "45.473 en catégorie A". */
  inCategory: {
    fr: (v: { n: string; category: string }) => `${v.n} en catégorie ${v.category}`,
    nl: (v: { n: string; category: string }) => `${v.n} in categorie ${v.category}`,
    en: (v: { n: string; category: string }) => `${v.n} in category ${v.category}`,
  } satisfies Sentence<{ n: string; category: string }>,
} as const;

/** Values of the membership sentences: formatted numbers plus the raw ones for plurals. */
export interface MembershipValues {
  year: string;
  admitted: number;
  admittedText: string;
  refused: number;
  refusedText: string;
  resigned: number;
  resignedText: string;
  leftByRight: number;
  leftByRightText: string;
  excluded: number;
  excludedText: string;
  transferred: number;
  transferredText: string;
  exitsRefused: number;
  exitsRefusedText: string;
  end: number;
  endText: string;
  endDate: string;
  start: number;
  startText: string;
  startDate: string;
  /** "45.473 en catégorie A, 101 en catégorie B et 24 en catégorie C", or empty. */
  categories: string;
}

export const SENTENCES = {
  admissions: {
    fr: (v: MembershipValues) =>
      `En ${v.year}, ${v.admittedText} ${fr(v.admitted, 'sociétaire a rejoint', 'sociétaires ont rejoint')} la coopérative ; ${v.refused === 0 ? "aucune demande d'adhésion n'a été refusée" : `${v.refusedText} ${fr(v.refused, "demande d'adhésion a été refusée", "demandes d'adhésion ont été refusées")}`}.`,
    nl: (v: MembershipValues) =>
      `In ${v.year} ${nl(v.admitted, 'is', 'zijn')} ${v.admittedText} ${nl(v.admitted, 'aandeelhouder', 'aandeelhouders')} tot de coöperatie toegetreden; ${v.refused === 0 ? 'geen enkele aanvraag tot toetreding werd geweigerd' : `${v.refusedText} ${nl(v.refused, 'aanvraag tot toetreding werd', 'aanvragen tot toetreding werden')} geweigerd`}.`,
    en: (v: MembershipValues) =>
      `In ${v.year}, ${v.admittedText} ${en(v.admitted, 'member', 'members')} joined the cooperative; ${v.refused === 0 ? 'no application to join was refused' : `${v.refusedText} ${en(v.refused, 'application to join was', 'applications to join were')} refused`}.`,
  } satisfies Sentence<MembershipValues>,
  exits: {
    fr: (v: MembershipValues) => {
      const parts = [
        `${v.resignedText} ${fr(v.resigned, 'sociétaire a démissionné', 'sociétaires ont démissionné')}`,
        `${v.leftByRightText} ${fr(v.leftByRight, 'est sorti', 'sont sortis')} de plein droit (décès, fin de contrat…)`,
        `${v.excludedText} ${fr(v.excluded, 'a été exclu', 'ont été exclus')}`,
      ];
      if (v.transferred) parts.push(`${v.transferredText} ${fr(v.transferred, 'a cédé toutes ses parts', 'ont cédé toutes leurs parts')}`);
      const last = parts.pop()!;
      const refused = v.exitsRefused ? ` ; ${v.exitsRefusedText} ${fr(v.exitsRefused, 'démission a été refusée', 'démissions ont été refusées')}` : '';
      return `Au cours de l'exercice, ${parts.join(', ')} et ${last}${refused}.`;
    },
    nl: (v: MembershipValues) => {
      const parts = [
        `${v.resignedText} ${nl(v.resigned, 'uittreding', 'uittredingen')}`,
        `${v.leftByRightText} ${nl(v.leftByRight, 'uittreding', 'uittredingen')} van rechtswege (overlijden, einde contract…)`,
        `${v.excludedText} ${nl(v.excluded, 'uitsluiting', 'uitsluitingen')}`,
      ];
      if (v.transferred) parts.push(`${v.transferredText} ${nl(v.transferred, 'overdracht', 'overdrachten')} van alle aandelen`);
      if (v.exitsRefused) parts.push(`${v.exitsRefusedText} ${nl(v.exitsRefused, 'geweigerde uittreding', 'geweigerde uittredingen')}`);
      const last = parts.pop()!;
      return `Tijdens het boekjaar: ${parts.join(', ')} en ${last}.`;
    },
    en: (v: MembershipValues) => {
      const parts = [
        `${v.resignedText} ${en(v.resigned, 'member', 'members')} resigned`,
        `${v.leftByRightText} left by right (death, end of contract…)`,
        `${v.excludedText} ${en(v.excluded, 'was', 'were')} excluded`,
      ];
      if (v.transferred) parts.push(`${v.transferredText} transferred all their shares`);
      const last = parts.pop()!;
      const refused = v.exitsRefused ? `; ${v.exitsRefusedText} ${en(v.exitsRefused, 'resignation was', 'resignations were')} refused` : '';
      return `During the year, ${parts.join(', ')} and ${last}${refused}.`;
    },
  } satisfies Sentence<MembershipValues>,
  members: {
    fr: (v: MembershipValues) =>
      `La coopérative comptait ${v.endText} ${fr(v.end, 'sociétaire', 'sociétaires')} au ${v.endDate}${v.categories ? ` (${v.categories})` : ''}, contre ${v.startText} au ${v.startDate}.`,
    nl: (v: MembershipValues) =>
      `De coöperatie telde ${v.endText} ${nl(v.end, 'aandeelhouder', 'aandeelhouders')} op ${v.endDate}${v.categories ? ` (${v.categories})` : ''}, tegenover ${v.startText} op ${v.startDate}.`,
    en: (v: MembershipValues) =>
      `The cooperative had ${v.endText} ${en(v.end, 'member', 'members')} at ${v.endDate}${v.categories ? ` (${v.categories})` : ''}, against ${v.startText} at ${v.startDate}.`,
  } satisfies Sentence<MembershipValues>,

  meeting: {
    fr: (v: MeetingValues) =>
      `L'assemblée générale du ${v.date} a réuni ${v.votersText} ${fr(v.voters, 'sociétaire présent ou représenté', 'sociétaires présents ou représentés')} (${v.presentText} ${fr(v.present, 'présent', 'présents')}, ${v.representedText} ${fr(v.represented, 'représenté', 'représentés')} par procuration), ${fr(v.voters, 'portant', 'portant ensemble')} ${v.votesText} ${fr(v.votes, 'voix', 'voix')} ; ${v.aboveCap === 0 ? "aucun votant n'a disposé de plus du dixième des voix" : `${v.aboveCapText} ${fr(v.aboveCap, 'votant a disposé', 'votants ont disposé')} de plus du dixième des voix (${v.capText})`}.`,
    nl: (v: MeetingValues) =>
      `Op de algemene vergadering van ${v.date} waren ${v.votersText} ${nl(v.voters, 'aandeelhouder', 'aandeelhouders')} aanwezig of vertegenwoordigd (${v.presentText} aanwezig, ${v.representedText} vertegenwoordigd bij volmacht), samen goed voor ${v.votesText} ${nl(v.votes, 'stem', 'stemmen')}; ${v.aboveCap === 0 ? 'geen enkele stemmer beschikte over meer dan een tiende van de stemmen' : `${v.aboveCapText} ${nl(v.aboveCap, 'stemmer beschikte', 'stemmers beschikten')} over meer dan een tiende van de stemmen (${v.capText})`}.`,
    en: (v: MeetingValues) =>
      `The general meeting of ${v.date} brought together ${v.votersText} ${en(v.voters, 'member', 'members')} present or represented (${v.presentText} present, ${v.representedText} represented by proxy), holding ${v.votesText} ${en(v.votes, 'vote', 'votes')}; ${v.aboveCap === 0 ? 'no voter held more than one tenth of the votes' : `${v.aboveCapText} ${en(v.aboveCap, 'voter held', 'voters held')} more than one tenth of the votes (${v.capText})`}.`,
  } satisfies Sentence<MeetingValues>,
  noMeeting: l(
    "Aucune assemblée générale datée de l'exercice {year} ne figure dans les données.",
    'In de gegevens staat geen algemene vergadering gedateerd in boekjaar {year}.',
    'The data hold no general meeting dated in fiscal year {year}.',
  ),

  board: {
    fr: (v: BoardValues) =>
      `En ${v.year}, le conseil d'administration comptait ${v.directorsText} ${fr(v.directors, 'administrateur', 'administrateurs')}${v.allByGa ? `, ${fr(v.directors, "nommé par l'assemblée générale", "tous nommés par l'assemblée générale")}` : ''} ; ${v.mandates ? `l'exercice a compté ${v.mandates}` : "aucun mandat n'a été conféré ni renouvelé pendant l'exercice"}${v.vacancies ? ` ; ${v.vacanciesText} ${fr(v.vacancies, 'siège est vacant', 'sièges sont vacants')}` : ''}.`,
    nl: (v: BoardValues) =>
      `In ${v.year} telde het bestuursorgaan ${v.directorsText} ${nl(v.directors, 'bestuurder', 'bestuurders')}${v.allByGa ? `, ${nl(v.directors, 'benoemd', 'allen benoemd')} door de algemene vergadering` : ''}; ${v.mandates ? `het boekjaar telde ${v.mandates}` : 'tijdens het boekjaar werd geen mandaat toegekend of hernieuwd'}${v.vacancies ? `; ${v.vacanciesText} ${nl(v.vacancies, 'zetel is', 'zetels zijn')} vacant` : ''}.`,
    en: (v: BoardValues) =>
      `In ${v.year}, the board had ${v.directorsText} ${en(v.directors, 'director', 'directors')}${v.allByGa ? `, ${en(v.directors, 'appointed', 'all appointed')} by the general meeting` : ''}; ${v.mandates ? `the year saw ${v.mandates}` : 'no mandate was conferred or renewed during the year'}${v.vacancies ? `; ${v.vacanciesText} ${en(v.vacancies, 'seat is', 'seats are')} vacant` : ''}.`,
  } satisfies Sentence<BoardValues>,
  mandates: {
    fr: {
      new: (n: number, t: string) => `${t} ${fr(n, 'nouveau mandat', 'nouveaux mandats')}`,
      renewed: (n: number, t: string) => `${t} ${fr(n, 'mandat renouvelé', 'mandats renouvelés')}`,
      coopted: (n: number, t: string) => `${t} ${fr(n, 'cooptation', 'cooptations')}`,
    },
    nl: {
      new: (n: number, t: string) => `${t} ${nl(n, 'nieuw mandaat', 'nieuwe mandaten')}`,
      renewed: (n: number, t: string) => `${t} ${nl(n, 'hernieuwd mandaat', 'hernieuwde mandaten')}`,
      coopted: (n: number, t: string) => `${t} ${nl(n, 'coöptatie', 'coöptaties')}`,
    },
    en: {
      new: (n: number, t: string) => `${t} ${en(n, 'new mandate', 'new mandates')}`,
      renewed: (n: number, t: string) => `${t} ${en(n, 'renewed mandate', 'renewed mandates')}`,
      coopted: (n: number, t: string) => `${t} ${en(n, 'co-optation', 'co-optations')}`,
    },
  },
  boardUnpaid: l(
    "Les administrateurs ont exercé leur mandat à titre gratuit : aucune rémunération, indemnité ni jeton de présence n'a été versé.",
    'De bestuurders hebben hun mandaat onbezoldigd uitgeoefend: er werd geen bezoldiging, vergoeding of presentiegeld betaald.',
    'The directors served unpaid: no remuneration, allowance or attendance fee was paid.',
  ),
  boardPaid: l(
    'Les administrateurs ont perçu au total {amounts}.',
    'De bestuurders ontvingen in totaal {amounts}.',
    'The directors received in total {amounts}.',
  ),
  payRemuneration: l('{amount} de rémunération', '{amount} bezoldiging', '{amount} of remuneration'),
  payFees: l('{amount} de jetons de présence', '{amount} presentiegeld', '{amount} of attendance fees'),
  payAllowance: l("{amount} d'indemnités", '{amount} onkostenvergoedingen', '{amount} of allowances'),
  noBoard: l(
    "Les données ne comprennent pas la liste des administrateurs de l'exercice.",
    'De gegevens bevatten geen lijst van de bestuurders van het boekjaar.',
    "The data do not include the list of the year's directors.",
  ),

  noDividend: l("En {year}, aucun dividende n'a été distribué.", 'In {year} werd geen dividend uitgekeerd.', 'In {year}, no dividend was distributed.'),
  dividend: l(
    'En {year}, un dividende de {amount} a été attribué aux sociétaires.',
    'In {year} werd een dividend van {amount} aan de aandeelhouders toegekend.',
    'In {year}, a dividend of {amount} was allocated to the members.',
  ),
  dividendRate: l(
    'Le taux effectif le plus élevé est de {rate}, pour un maximum de {max}.',
    'Het hoogste effectieve percentage bedraagt {rate}, voor een maximum van {max}.',
    'The highest effective rate is {rate}, against a maximum of {max}.',
  ),
  noRistourne: l("Aucune ristourne n'a été attribuée.", 'Er werd geen ristorno toegekend.', 'No patronage refund was allocated.'),
  ristourne: l(
    '{amount} ont été attribués en ristournes, au prorata des opérations des sociétaires avec la coopérative.',
    '{amount} werd toegekend als ristorno, naar rata van de verrichtingen van de aandeelhouders met de coöperatie.',
    '{amount} was allocated as patronage refunds, pro rata to the members’ transactions with the cooperative.',
  ),
  allocation: l(
    "L'affectation du résultat de l'exercice est la suivante : {items}.",
    'Het resultaat van het boekjaar wordt als volgt bestemd: {items}.',
    "The year's result is allocated as follows: {items}.",
  ),
  objectReserve: l(
    "En {year}, un dividende de {dividends} a été fixé après qu'un montant de {reserve} a été réservé aux projets servant l'objet.",
    'In {year} werd een dividend van {dividends} bepaald nadat een bedrag van {reserve} werd voorbehouden aan projecten die het voorwerp dienen.',
    'In {year}, a dividend of {dividends} was fixed after {reserve} had been reserved for projects serving the object.',
  ),
  noObjectReserve: l(
    "En {year}, un dividende de {dividends} a été fixé sans montant réservé aux projets servant l'objet.",
    'In {year} werd een dividend van {dividends} bepaald zonder een bedrag voorbehouden aan projecten die het voorwerp dienen.',
    'In {year}, a dividend of {dividends} was fixed with no amount reserved for projects serving the object.',
  ),

  refunds: {
    fr: (v: RefundValues) =>
      v.exits === 0 && v.refunds === 0
        ? `En ${v.year}, aucun sociétaire n'est sorti de la coopérative.`
        : v.refunds === 0
          ? `En ${v.year}, ${v.exitsText} ${fr(v.exits, 'sociétaire est sorti', 'sociétaires sont sortis')} ; aucun remboursement de parts n'est enregistré pour l'exercice${v.postponed ? ` et ${v.postponedText} ${fr(v.postponed, 'remboursement a été postposé', 'remboursements ont été postposés')}` : ''}.`
          : `En ${v.year}, ${v.exitsText} ${fr(v.exits, 'sociétaire est sorti', 'sociétaires sont sortis')} ; les remboursements de parts (${v.refundsText}, ${v.refundedText} au total) ${v.aboveCap === 0 ? "n'ont pas dépassé la valeur nominale de l'apport" : `ont dépassé la valeur nominale de l'apport dans ${v.aboveCapText} ${fr(v.aboveCap, 'cas', 'cas')}`}${v.postponed ? ` ; ${v.postponedText} ${fr(v.postponed, 'remboursement a été postposé', 'remboursements ont été postposés')}` : ''}.`,
    nl: (v: RefundValues) =>
      v.exits === 0 && v.refunds === 0
        ? `In ${v.year} is geen enkele aandeelhouder uit de coöperatie getreden.`
        : v.refunds === 0
          ? `In ${v.year} ${nl(v.exits, 'is', 'zijn')} ${v.exitsText} ${nl(v.exits, 'aandeelhouder', 'aandeelhouders')} uitgetreden; voor het boekjaar is geen terugbetaling van aandelen geboekt${v.postponed ? ` en ${nl(v.postponed, 'werd', 'werden')} ${v.postponedText} ${nl(v.postponed, 'terugbetaling', 'terugbetalingen')} uitgesteld` : ''}.`
          : `In ${v.year} ${nl(v.exits, 'is', 'zijn')} ${v.exitsText} ${nl(v.exits, 'aandeelhouder', 'aandeelhouders')} uitgetreden; de terugbetalingen van aandelen (${v.refundsText}, samen ${v.refundedText}) ${v.aboveCap === 0 ? 'overschreden de nominale waarde van de inbreng niet' : `overschreden de nominale waarde van de inbreng in ${v.aboveCapText} ${nl(v.aboveCap, 'geval', 'gevallen')}`}${v.postponed ? `; ${v.postponedText} ${nl(v.postponed, 'terugbetaling werd', 'terugbetalingen werden')} uitgesteld` : ''}.`,
    en: (v: RefundValues) =>
      v.exits === 0 && v.refunds === 0
        ? `In ${v.year}, no member left the cooperative.`
        : v.refunds === 0
          ? `In ${v.year}, ${v.exitsText} ${en(v.exits, 'member', 'members')} left; no refund of shares is recorded for the year${v.postponed ? ` and ${v.postponedText} ${en(v.postponed, 'refund was', 'refunds were')} postponed` : ''}.`
          : `In ${v.year}, ${v.exitsText} ${en(v.exits, 'member', 'members')} left; the refunds of shares (${v.refundsText}, ${v.refundedText} in total) ${v.aboveCap === 0 ? 'did not exceed the nominal value of the contribution' : `exceeded the nominal value of the contribution in ${v.aboveCapText} ${en(v.aboveCap, 'case', 'cases')}`}${v.postponed ? `; ${v.postponedText} ${en(v.postponed, 'refund was', 'refunds were')} postponed` : ''}.`,
  } satisfies Sentence<RefundValues>,

  training: {
    fr: (v: TrainingValues) =>
      v.sessions === 0
        ? `Aucune action d'information ou de formation n'est enregistrée pour ${v.year}.`
        : `En ${v.year}, la coopérative a organisé ${v.sessionsText} ${fr(v.sessions, "action d'information et de formation", "actions d'information et de formation")}, soit ${v.daysText} ${fr(v.days, 'journée', 'journées')} de formation, qui ${fr(v.sessions, 'a réuni', 'ont réuni')} ${v.participantsText} ${fr(v.participants, 'participant', 'participants')}.`,
    nl: (v: TrainingValues) =>
      v.sessions === 0
        ? `Voor ${v.year} is geen informatie- of opleidingsactiviteit geboekt.`
        : `In ${v.year} organiseerde de coöperatie ${v.sessionsText} ${nl(v.sessions, 'informatie- en opleidingsactiviteit', 'informatie- en opleidingsactiviteiten')}, samen ${v.daysText} ${nl(v.days, 'opleidingsdag', 'opleidingsdagen')}, met ${v.participantsText} ${nl(v.participants, 'deelnemer', 'deelnemers')}.`,
    en: (v: TrainingValues) =>
      v.sessions === 0
        ? `No information or training activity is recorded for ${v.year}.`
        : `In ${v.year}, the cooperative held ${v.sessionsText} information and training ${en(v.sessions, 'activity', 'activities')}, ${v.daysText} training ${en(v.days, 'day', 'days')} in all, with ${v.participantsText} ${en(v.participants, 'participant', 'participants')}.`,
  } satisfies Sentence<TrainingValues>,
  trainingSpent: l('{amount} ont été dépensés pour ces formations.', 'Aan deze opleidingen werd {amount} besteed.', '{amount} was spent on this training.'),
  trainingAllocated: l(
    "L'affectation du résultat consacre {amount} à l'information et à la formation.",
    'De resultaatbestemming behoudt {amount} voor aan informatie en opleiding.',
    'The allocation of the result sets aside {amount} for information and training.',
  ),

  reportDate: l('Le présent rapport est daté du {date}.', 'Dit verslag is gedateerd op {date}.', 'This report is dated {date}.'),

  outcome: {
    passed: l(
      "La vérification des données de l'exercice {year} n'a relevé aucun manquement à cette condition.",
      'De controle van de gegevens van boekjaar {year} bracht geen inbreuk op deze voorwaarde aan het licht.',
      'The check of the data of fiscal year {year} found no breach of this condition.',
    ),
    failed: l(
      "La vérification des données de l'exercice {year} montre que cette condition n'a pas été respectée ({count}).",
      'De controle van de gegevens van boekjaar {year} toont aan dat deze voorwaarde niet werd nageleefd ({count}).',
      'The check of the data of fiscal year {year} shows that this condition was not met ({count}).',
    ),
    review: l(
      "La vérification des données de l'exercice {year} a relevé des points que le conseil d'administration doit examiner ({count}).",
      'De controle van de gegevens van boekjaar {year} bracht punten aan het licht die het bestuursorgaan moet onderzoeken ({count}).',
      'The check of the data of fiscal year {year} raised points the board must examine ({count}).',
    ),
    notEvaluated: l(
      "Les données fournies ne permettent pas de vérifier cette condition pour l'exercice {year}.",
      'De verstrekte gegevens laten niet toe deze voorwaarde voor boekjaar {year} te controleren.',
      'The data given do not allow this condition to be checked for fiscal year {year}.',
    ),
    notApplicable: l(
      "Cette condition est sans objet pour l'exercice {year}.",
      'Deze voorwaarde is zonder voorwerp voor boekjaar {year}.',
      'This condition does not apply to fiscal year {year}.',
    ),
    crashed: l(
      "CoopCheck n'a pas pu vérifier cette condition.",
      'CoopCheck kon deze voorwaarde niet controleren.',
      'CoopCheck could not check this condition.',
    ),
    attested: l('Les statuts le prévoient ({article}).', 'De statuten voorzien erin ({article}).', 'The articles of association provide for it ({article}).'),
    noArticle: l(
      "Aucun article des statuts n'est indiqué pour cette condition dans la feuille « Statuts ».",
      'Voor deze voorwaarde is geen artikel van de statuten opgegeven in het blad ‘Statuten’.',
      "No article of the articles of association is given for this condition in the 'Articles of association' sheet.",
    ),
    breaches: {
      fr: (n: number, t: string) => `${t} ${fr(n, 'manquement relevé', 'manquements relevés')}`,
      nl: (n: number, t: string) => `${t} ${nl(n, 'inbreuk', 'inbreuken')} vastgesteld`,
      en: (n: number, t: string) => `${t} ${en(n, 'breach', 'breaches')} found`,
    },
    points: {
      fr: (n: number, t: string) => `${t} ${fr(n, 'point', 'points')}`,
      nl: (n: number, t: string) => `${t} ${nl(n, 'punt', 'punten')}`,
      en: (n: number, t: string) => `${t} ${en(n, 'point', 'points')}`,
    },
  },
} as const;

export interface MeetingValues {
  date: string;
  voters: number;
  votersText: string;
  present: number;
  presentText: string;
  represented: number;
  representedText: string;
  votes: number;
  votesText: string;
  aboveCap: number;
  aboveCapText: string;
  capText: string;
}

export interface BoardValues {
  year: string;
  directors: number;
  directorsText: string;
  allByGa: boolean;
  /** "2 nouveaux mandats, 1 mandat renouvelé et 1 cooptation", or empty. */
  mandates: string;
  vacancies: number;
  vacanciesText: string;
}

export interface RefundValues {
  year: string;
  exits: number;
  exitsText: string;
  refunds: number;
  refundsText: string;
  refundedText: string;
  aboveCap: number;
  aboveCapText: string;
  postponed: number;
  postponedText: string;
}

export interface TrainingValues {
  year: string;
  sessions: number;
  sessionsText: string;
  days: number;
  daysText: string;
  participants: number;
  participantsText: string;
}

export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
