/**
 * The data contract (DATA-CONTRACT.md) as data: for every sheet kind, its display name and its
 * fields with their value type, whether they are required, the header synonyms that find them in
 * FR, NL and EN, the words of each enum value and a label for messages. The extractor, the UI's
 * mapping screen and the template command all read this one table.
 */
import type { Lang, Localized } from '../i18n/lang';
import type {
  AllocationItem,
  AppointedBy,
  ApplicationDecision,
  Attendance,
  DirectorRole,
  DistributionKind,
  ExitReason,
  MovementType,
  PersonType,
  RequestType,
  SheetKind,
  TrainingAudience,
  ValueType,
} from '../model';
import { normaliseLabel } from './values';

/** Words per language; the first word of each language is the one to show or write in a template. */
export type Words = Readonly<Record<Lang, readonly string[]>>;

export interface FieldSpec {
  field: string;
  type: ValueType;
  /** A sheet of this kind is incomplete without a column for this field, and every row needs a value. */
  required: boolean;
  /** Required only on rows where another field has this value (a represented member needs a proxy holder). */
  requiredWhen?: { field: string; value: string };
  /** The value when the cell is blank or the column absent. */
  defaultValue?: number | string;
  headers: Words;
  /** Enum fields: canonical value → the words that mean it. */
  values?: Readonly<Record<string, Words>>;
  label: Localized;
}

export interface SheetSpec {
  kind: SheetKind;
  name: Localized;
  /** Sheet names that hint at this kind; used only to break a tie between kinds. */
  nameHints: readonly string[];
  fields: readonly FieldSpec[];
}

const MEMBER_ID_HEADERS: Words = {
  fr: ['N° sociétaire', 'Numéro de sociétaire', 'N° coopérateur', 'Num. Coop', 'Numéro de registre', 'ID membre'],
  nl: ['Lidnummer', 'Aandeelhoudersnummer', 'Vennootnummer', 'Registernummer'],
  en: ['Member ID', 'Member number', 'Cooperator number', 'Register number'],
};
const MEMBER_ID_LABEL: Localized = { fr: 'n° de sociétaire', nl: 'lidnummer', en: 'member ID' };

const CATEGORY_HEADERS: Words = {
  fr: ['Catégorie', "Catégorie d'actions", "Classe d'actions"],
  nl: ['Categorie', 'Soort aandelen', 'Aandelenklasse'],
  en: ['Category', 'Share class'],
};
const CATEGORY_LABEL: Localized = { fr: 'catégorie', nl: 'categorie', en: 'category' };

const PERSON_TYPES: Readonly<Record<PersonType, Words>> = {
  natural: { fr: ['physique', 'personne physique'], nl: ['natuurlijk', 'natuurlijk persoon'], en: ['natural', 'natural person'] },
  legal: { fr: ['morale', 'personne morale'], nl: ['rechtspersoon'], en: ['legal', 'legal person', 'legal entity'] },
};

// Death and end of contract are departures by right (CONDITIONS.md T1 "departures by right").
const EXIT_REASONS: Readonly<Record<ExitReason, Words>> = {
  resignation: { fr: ['démission'], nl: ['uittreding', 'ontslag'], en: ['resignation'] },
  byRight: {
    fr: ['de plein droit', 'décès', 'fin de contrat'],
    nl: ['van rechtswege', 'overlijden', 'einde contract'],
    en: ['by right', 'death', 'end of contract'],
  },
  exclusion: { fr: ['exclusion'], nl: ['uitsluiting'], en: ['exclusion'] },
  transfer: { fr: ['cession'], nl: ['overdracht'], en: ['transfer'] },
};

const DECISIONS: Readonly<Record<ApplicationDecision, Words>> = {
  accepted: { fr: ['acceptée', 'accepté', 'admis'], nl: ['aanvaard'], en: ['accepted'] },
  refused: { fr: ['refusée', 'refusé'], nl: ['geweigerd'], en: ['refused'] },
  pending: { fr: ['en attente'], nl: ['in behandeling'], en: ['pending'] },
};

const REQUEST_TYPES: Readonly<Record<RequestType, Words>> = {
  admission: { fr: ['adhésion', 'admission'], nl: ['toetreding'], en: ['admission'] },
  resignation: { fr: ['démission'], nl: ['uittreding'], en: ['resignation'] },
};

const MOVEMENT_TYPES: Readonly<Record<MovementType, Words>> = {
  subscription: { fr: ['souscription'], nl: ['inschrijving'], en: ['subscription'] },
  payment: { fr: ['libération'], nl: ['storting'], en: ['payment'] },
  refund: { fr: ['remboursement'], nl: ['terugbetaling'], en: ['refund', 'sell back'] },
  transferIn: { fr: ['cession reçue'], nl: ['overdracht ontvangen'], en: ['transfer in'] },
  transferOut: { fr: ['cession'], nl: ['overdracht'], en: ['transfer out'] },
  conversion: { fr: ['conversion'], nl: ['conversie'], en: ['conversion'] },
};

const DISTRIBUTION_KINDS: Readonly<Record<DistributionKind, Words>> = {
  dividend: { fr: ['dividende'], nl: ['dividend'], en: ['dividend'] },
  interest: { fr: ['intérêt'], nl: ['interest'], en: ['interest'] },
  ristourne: { fr: ['ristourne'], nl: ['ristorno'], en: ['patronage refund'] },
  other: { fr: ['autre'], nl: ['ander'], en: ['other'] },
};

const ATTENDANCES: Readonly<Record<Attendance, Words>> = {
  present: { fr: ['présent', 'présente'], nl: ['aanwezig'], en: ['present'] },
  represented: { fr: ['représenté', 'représentée'], nl: ['vertegenwoordigd'], en: ['represented'] },
  absent: { fr: ['absent', 'absente'], nl: ['afwezig'], en: ['absent'] },
};

const APPOINTED_BY: Readonly<Record<AppointedBy, Words>> = {
  ga: { fr: ['AG', 'assemblée générale'], nl: ['AV', 'algemene vergadering'], en: ['GM', 'general meeting'] },
  statutes: { fr: ['statuts'], nl: ['statuten'], en: ['statutes'] },
  cooptation: { fr: ['cooptation'], nl: ['coöptatie'], en: ['co-optation'] },
  board: { fr: ['CA', "conseil d'administration"], nl: ['RvB', 'raad van bestuur'], en: ['board'] },
};

const DIRECTOR_ROLES: Readonly<Record<DirectorRole, Words>> = {
  director: { fr: ['administrateur', 'administratrice'], nl: ['bestuurder'], en: ['director'] },
  controller: { fr: ['associé chargé du contrôle', 'associée chargée du contrôle'], nl: ['controlerende vennoot'], en: ['controlling member'] },
  auditor: { fr: ['commissaire', 'réviseur', "réviseur d'entreprises"], nl: ['commissaris', 'bedrijfsrevisor'], en: ['statutory auditor', 'auditor'] },
};

const AUDIENCES: Readonly<Record<TrainingAudience, Words>> = {
  members: { fr: ['membres'], nl: ['leden'], en: ['members'] },
  prospects: { fr: ['candidats'], nl: ['kandidaten'], en: ['prospects'] },
  public: { fr: ['grand public'], nl: ['publiek'], en: ['public'] },
  staff: { fr: ['personnel'], nl: ['personeel'], en: ['staff'] },
};

/** Items of the result-allocation list, recognised by their label. */
export const ALLOCATION_ITEMS: Readonly<Record<AllocationItem, Words>> = {
  result: { fr: ['Résultat à affecter', "Bénéfice de l'exercice"], nl: ['Te bestemmen resultaat'], en: ['Result to allocate'] },
  legalReserve: { fr: ['Réserve légale'], nl: ['Wettelijke reserve'], en: ['Legal reserve'] },
  objectReserve: {
    fr: ['Réserve pour projets', "Réserve affectée à l'objet", "Réserve pour la réalisation de l'objet"],
    nl: ['Reserve voor projecten', 'Reserve voor het doel'],
    en: ['Reserve for the object'],
  },
  // ES-8: counts as the reserve for the object only when the statutes say so (indivisibleReserveServesObject).
  indivisibleReserve: { fr: ['Réserve impartageable', 'Réserves indisponibles'], nl: ['Onverdeelbare reserve'], en: ['Indivisible reserve'] },
  otherReserves: { fr: ['Autres réserves'], nl: ['Andere reserves'], en: ['Other reserves'] },
  // The annual accounts' own wordings (CONDITIONS.md ES-8).
  dividends: {
    fr: ['Dividendes', 'Dividende', 'Rémunération du capital'],
    nl: ['Dividenden', 'Dividend', 'Vergoeding van het kapitaal'],
    en: ['Dividends', 'Dividend', 'Return on capital'],
  },
  ristournes: { fr: ['Ristournes'], nl: ["Ristorno's"], en: ['Patronage refunds'] },
  carriedForward: { fr: ['Report à nouveau'], nl: ['Over te dragen resultaat'], en: ['Carried forward'] },
  trainingInformation: { fr: ['Information et formation'], nl: ['Informatie en opleiding'], en: ['Information and training'] },
  annualResources: { fr: ['Ressources annuelles', 'Produits'], nl: ['Jaarlijkse inkomsten'], en: ['Annual resources'] },
};

type FieldOptions = Partial<Pick<FieldSpec, 'required' | 'requiredWhen' | 'defaultValue' | 'values'>>;

function field(name: string, type: ValueType, headers: Words, label: Localized, options: FieldOptions = {}): FieldSpec {
  return { field: name, type, required: false, headers, label, ...options };
}
const REQUIRED = { required: true } as const;
const h = (fr: readonly string[], nl: readonly string[], en: readonly string[]): Words => ({ fr, nl, en });
const l = (fr: string, nl: string, en: string): Localized => ({ fr, nl, en });

export const SHEET_SPECS: Readonly<Record<SheetKind, SheetSpec>> = {
  members: {
    kind: 'members',
    name: l('Registre des sociétaires', 'Aandeelhoudersregister', 'Members register'),
    nameHints: ['Registre', 'Sociétaires', 'Coopérateurs', 'Register', 'Aandeelhouders', 'Leden', 'Members'],
    fields: [
      field('memberId', 'text', MEMBER_ID_HEADERS, MEMBER_ID_LABEL, REQUIRED),
      field('name', 'text', h(['Nom', 'Nom et prénom', 'Dénomination'], ['Naam'], ['Name']), l('nom', 'naam', 'name')),
      field('personType', 'enum', h(['Type de personne'], ['Type persoon'], ['Person type']), l('type de personne', 'type persoon', 'person type'), {
        values: PERSON_TYPES,
      }),
      field('category', 'text', CATEGORY_HEADERS, CATEGORY_LABEL),
      field(
        'admissionDate',
        'date',
        h(
          ["Date d'adhésion", "Date d'admission", "Date d'entrée"],
          ['Datum toetreding', 'Toetredingsdatum'],
          ['Admission date', 'Join date', 'Effective date'],
        ),
        l("date d'adhésion", 'datum toetreding', 'admission date'),
        REQUIRED,
      ),
      field(
        'exitDate',
        'date',
        h(['Date de sortie', 'Date de démission'], ['Datum uittreding', 'Uittredingsdatum'], ['Exit date']),
        l('date de sortie', 'datum uittreding', 'exit date'),
      ),
      field(
        'exitReason',
        'enum',
        h(['Motif de sortie', 'Type de sortie'], ['Reden uittreding', 'Type uittreding'], ['Exit reason']),
        l('motif de sortie', 'reden uittreding', 'exit reason'),
        { values: EXIT_REASONS },
      ),
      field(
        'exitGround',
        'text',
        h(["Motif d'exclusion", 'Justification'], ['Reden uitsluiting', 'Motivering'], ['Exclusion ground', 'Ground']),
        l("motif d'exclusion", 'reden uitsluiting', 'exclusion ground'),
      ),
      field(
        'shares',
        'integer',
        h(['Nombre de parts', "Nombre d'actions", 'Parts'], ['Aantal aandelen'], ['Shares', 'Number of shares']),
        l('nombre de parts', 'aantal aandelen', 'shares'),
      ),
      field(
        'nominalValue',
        'amount',
        h(['Valeur nominale', 'Valeur nominale par part'], ['Nominale waarde'], ['Nominal value']),
        l('valeur nominale', 'nominale waarde', 'nominal value'),
      ),
      field(
        'paidUpAmount',
        'amount',
        h(['Montant libéré', 'Libéré'], ['Gestort bedrag'], ['Paid-up amount', 'Paid up']),
        l('montant libéré', 'gestort bedrag', 'paid-up amount'),
      ),
      field(
        'refundAmount',
        'amount',
        h(['Montant remboursé', 'Remboursement'], ['Terugbetaald bedrag'], ['Refund amount', 'Refunded']),
        l('montant remboursé', 'terugbetaald bedrag', 'refund amount'),
      ),
      field(
        'refundDate',
        'date',
        h(['Date de remboursement'], ['Datum terugbetaling'], ['Refund date']),
        l('date de remboursement', 'datum terugbetaling', 'refund date'),
      ),
      field(
        'refundPostponed',
        'boolean',
        h(['Remboursement postposé'], ['Terugbetaling uitgesteld'], ['Refund postponed']),
        l('remboursement postposé', 'terugbetaling uitgesteld', 'refund postponed'),
      ),
      field('founder', 'boolean', h(['Fondateur'], ['Oprichter'], ['Founder']), l('fondateur', 'oprichter', 'founder')),
      field('staff', 'boolean', h(['Membre du personnel'], ['Personeelslid'], ['Staff member']), l('membre du personnel', 'personeelslid', 'staff member')),
    ],
  },
  applications: {
    kind: 'applications',
    name: l("Demandes d'adhésion", 'Toetredingsaanvragen', 'Applications'),
    nameHints: ['Demandes', 'Candidatures', 'Aanvragen', 'Applications'],
    fields: [
      field(
        'applicant',
        'text',
        h(['Candidat', 'Demandeur', 'Nom'], ['Kandidaat', 'Aanvrager', 'Naam'], ['Applicant', 'Name']),
        l('candidat', 'kandidaat', 'applicant'),
        REQUIRED,
      ),
      field(
        'applicationDate',
        'date',
        h(['Date de la demande'], ['Datum aanvraag'], ['Application date']),
        l('date de la demande', 'datum aanvraag', 'application date'),
        REQUIRED,
      ),
      field('decision', 'enum', h(['Décision'], ['Beslissing'], ['Decision']), l('décision', 'beslissing', 'decision'), { required: true, values: DECISIONS }),
      field('ground', 'text', h(['Motif', 'Motif du refus'], ['Reden', 'Reden weigering'], ['Ground', 'Reason']), l('motif', 'reden', 'ground')),
      field(
        'reasonsRequested',
        'boolean',
        h(['Motifs demandés'], ['Redenen gevraagd'], ['Reasons requested']),
        l('motifs demandés', 'redenen gevraagd', 'reasons requested'),
      ),
      field(
        'reasonsSentDate',
        'date',
        h(["Date d'envoi des motifs"], ['Datum verzending redenen'], ['Reasons sent']),
        l("date d'envoi des motifs", 'datum verzending redenen', 'reasons sent'),
      ),
      field('requestType', 'enum', h(['Type de demande'], ['Soort aanvraag'], ['Request type']), l('type de demande', 'soort aanvraag', 'request type'), {
        values: REQUEST_TYPES,
        defaultValue: 'admission',
      }),
    ],
  },
  movements: {
    kind: 'movements',
    name: l('Mouvements de parts', 'Aandelenbewegingen', 'Share movements'),
    nameHints: ['Mouvements', 'Bewegingen', 'Movements'],
    fields: [
      field(
        'date',
        'date',
        h(['Date', "Date de l'opération"], ['Datum', 'Datum verrichting'], ['Date']),
        l("date de l'opération", 'datum verrichting', 'date'),
        REQUIRED,
      ),
      field('memberId', 'text', MEMBER_ID_HEADERS, MEMBER_ID_LABEL, REQUIRED),
      field(
        'type',
        'enum',
        h(['Type', 'Opération'], ['Type', 'Verrichting'], ['Type', 'Operation']),
        l("type d'opération", 'type verrichting', 'operation type'),
        { required: true, values: MOVEMENT_TYPES },
      ),
      field('shares', 'integer', h(['Nombre de parts'], ['Aantal aandelen'], ['Shares']), l('nombre de parts', 'aantal aandelen', 'shares')),
      field(
        'unitPrice',
        'amount',
        h(['Prix unitaire', 'Valeur nominale'], ['Eenheidsprijs'], ['Unit price']),
        l('prix unitaire', 'eenheidsprijs', 'unit price'),
      ),
      field('amount', 'amount', h(['Montant'], ['Bedrag'], ['Amount']), l('montant', 'bedrag', 'amount'), REQUIRED),
      field('category', 'text', CATEGORY_HEADERS, CATEGORY_LABEL),
      field('counterpartyId', 'text', h(['Contrepartie'], ['Tegenpartij'], ['Counterparty']), l('contrepartie', 'tegenpartij', 'counterparty')),
    ],
  },
  distributions: {
    kind: 'distributions',
    name: l('Dividendes et avantages', 'Uitkeringen', 'Distributions'),
    nameHints: ['Dividendes', 'Avantages', 'Uitkeringen', 'Dividenden', 'Distributions', 'Dividends'],
    fields: [
      field('memberId', 'text', MEMBER_ID_HEADERS, MEMBER_ID_LABEL, REQUIRED),
      field('fiscalYear', 'integer', h(['Exercice'], ['Boekjaar'], ['Fiscal year']), l('exercice', 'boekjaar', 'fiscal year')),
      field('kind', 'enum', h(['Nature', 'Type'], ['Aard', 'Type'], ['Kind', 'Type']), l('nature', 'aard', 'kind'), {
        required: true,
        values: DISTRIBUTION_KINDS,
      }),
      field('grossAmount', 'amount', h(['Montant brut'], ['Brutobedrag'], ['Gross amount']), l('montant brut', 'brutobedrag', 'gross amount'), REQUIRED),
      field(
        'withholdingTax',
        'amount',
        h(['Précompte mobilier'], ['Roerende voorheffing'], ['Withholding tax']),
        l('précompte mobilier', 'roerende voorheffing', 'withholding tax'),
      ),
      field('netAmount', 'amount', h(['Montant net'], ['Nettobedrag'], ['Net amount']), l('montant net', 'nettobedrag', 'net amount')),
      field(
        'transactions',
        'amount',
        h(['Opérations avec la coopérative', "Chiffre d'affaires membre"], ['Verrichtingen'], ['Member transactions']),
        l('opérations avec la coopérative', 'verrichtingen', 'member transactions'),
      ),
      field('paymentDate', 'date', h(['Date de paiement'], ['Betaaldatum'], ['Payment date']), l('date de paiement', 'betaaldatum', 'payment date')),
    ],
  },
  meetings: {
    kind: 'meetings',
    name: l('Assemblée générale : présences', 'Algemene vergadering: aanwezigheden', 'General meeting attendance'),
    nameHints: ['AG', 'Assemblée', 'Présences', 'AV', 'Vergadering', 'Aanwezigheden', 'Meeting', 'Attendance'],
    fields: [
      field(
        'meetingDate',
        'date',
        h(["Date de l'AG", "Date de l'assemblée"], ['Datum AV', 'Datum vergadering'], ['Meeting date']),
        l("date de l'AG", 'datum AV', 'meeting date'),
        REQUIRED,
      ),
      field(
        'meeting',
        'text',
        h(['AG', 'Assemblée', "Type d'AG"], ['AV', 'Vergadering', 'Soort AV'], ['Meeting', 'Meeting type']),
        l('assemblée', 'vergadering', 'meeting'),
      ),
      field('memberId', 'text', MEMBER_ID_HEADERS, MEMBER_ID_LABEL, REQUIRED),
      field('attendance', 'enum', h(['Présence'], ['Aanwezigheid'], ['Attendance']), l('présence', 'aanwezigheid', 'attendance'), {
        required: true,
        values: ATTENDANCES,
      }),
      field(
        'proxyHolderId',
        'text',
        h(['Mandataire', 'Représenté par'], ['Volmachtdrager', 'Vertegenwoordigd door'], ['Proxy holder']),
        l('mandataire', 'volmachtdrager', 'proxy holder'),
        { requiredWhen: { field: 'attendance', value: 'represented' } },
      ),
      field('votes', 'integer', h(['Voix', 'Nombre de voix'], ['Stemmen', 'Aantal stemmen'], ['Votes']), l('voix', 'stemmen', 'votes'), { defaultValue: 1 }),
    ],
  },
  directors: {
    kind: 'directors',
    name: l('Administrateurs', 'Bestuurders', 'Directors'),
    nameHints: ['Administrateurs', 'Conseil', 'Bestuurders', 'Bestuur', 'Directors', 'Board'],
    fields: [
      field(
        'name',
        'text',
        h(['Nom', 'Administrateur'], ['Naam', 'Bestuurder'], ['Name', 'Director']),
        l('administrateur', 'bestuurder', 'director'),
        REQUIRED,
      ),
      field('role', 'enum', h(['Fonction', 'Qualité'], ['Functie', 'Hoedanigheid'], ['Role']), l('fonction', 'functie', 'role'), {
        values: DIRECTOR_ROLES,
        defaultValue: 'director',
      }),
      field(
        'meetingsAttended',
        'integer',
        h(['Réunions', 'Présences au CA'], ['Vergaderingen'], ['Meetings attended']),
        l('réunions', 'vergaderingen', 'meetings attended'),
      ),
      field('memberId', 'text', MEMBER_ID_HEADERS, MEMBER_ID_LABEL),
      field('appointedBy', 'enum', h(['Nommé par'], ['Benoemd door'], ['Appointed by']), l('nommé par', 'benoemd door', 'appointed by'), {
        required: true,
        values: APPOINTED_BY,
      }),
      field(
        'appointmentDate',
        'date',
        h(['Date de nomination'], ['Datum benoeming'], ['Appointment date']),
        l('date de nomination', 'datum benoeming', 'appointment date'),
      ),
      field(
        'confirmedByGaDate',
        'date',
        h(["Confirmé par l'AG le"], ['Bevestigd door AV op'], ['Confirmed by GM']),
        l("confirmé par l'AG le", 'bevestigd door AV op', 'confirmed by GM'),
      ),
      field('mandateEnd', 'date', h(['Fin du mandat'], ['Einde mandaat'], ['Mandate end']), l('fin du mandat', 'einde mandaat', 'mandate end')),
      field('remuneration', 'amount', h(['Rémunération'], ['Bezoldiging'], ['Remuneration']), l('rémunération', 'bezoldiging', 'remuneration')),
      field(
        'attendanceFees',
        'amount',
        h(['Jetons de présence'], ['Presentiegeld'], ['Attendance fees']),
        l('jetons de présence', 'presentiegeld', 'attendance fees'),
      ),
      field(
        'allowance',
        'amount',
        h(['Indemnité', 'Défraiement forfaitaire'], ['Onkostenvergoeding'], ['Allowance']),
        l('indemnité', 'onkostenvergoeding', 'allowance'),
      ),
      field(
        'gaAuthorisedAmount',
        'amount',
        h(["Montant autorisé par l'AG"], ['Door AV toegestaan bedrag'], ['GM-authorised amount']),
        l("montant autorisé par l'AG", 'door AV toegestaan bedrag', 'GM-authorised amount'),
      ),
      field(
        'profitLinked',
        'boolean',
        h(['Lié aux bénéfices'], ['Winstgebonden'], ['Profit-linked']),
        l('lié aux bénéfices', 'winstgebonden', 'profit-linked'),
      ),
    ],
  },
  allocation: {
    kind: 'allocation',
    name: l('Affectation du résultat', 'Resultaatbestemming', 'Result allocation'),
    nameHints: ['Affectation', 'Résultat', 'Resultaatbestemming', 'Bestemming', 'Allocation'],
    fields: [
      field('item', 'text', h(['Poste', 'Rubrique', 'Libellé'], ['Post', 'Rubriek', 'Omschrijving'], ['Item']), l('poste', 'post', 'item'), REQUIRED),
      field('amount', 'amount', h(['Montant'], ['Bedrag'], ['Amount']), l('montant', 'bedrag', 'amount'), REQUIRED),
      field('year', 'integer', h(['Année', 'Exercice'], ['Jaar', 'Boekjaar'], ['Year', 'Fiscal year']), l('exercice', 'boekjaar', 'year')),
    ],
  },
  training: {
    kind: 'training',
    name: l('Formation et information', 'Opleiding en informatie', 'Training and information'),
    nameHints: ['Formation', 'Information', 'Opleiding', 'Informatie', 'Training'],
    fields: [
      field('date', 'date', h(['Date'], ['Datum'], ['Date']), l('date', 'datum', 'date')),
      field('title', 'text', h(['Intitulé', 'Formation'], ['Titel', 'Opleiding'], ['Title']), l('intitulé', 'titel', 'title')),
      field('audience', 'enum', h(['Public'], ['Doelgroep'], ['Audience']), l('public', 'doelgroep', 'audience'), { values: AUDIENCES }),
      field('days', 'number', h(['Jours'], ['Dagen'], ['Days']), l('jours', 'dagen', 'days')),
      field('participants', 'integer', h(['Participants'], ['Deelnemers'], ['Participants']), l('participants', 'deelnemers', 'participants')),
      field('cost', 'amount', h(['Coût'], ['Kost'], ['Cost']), l('coût', 'kost', 'cost')),
    ],
  },
  statutes: {
    kind: 'statutes',
    name: l('Statuts', 'Statuten', 'Articles of association'),
    nameHints: ['Statuts', 'Statuten', 'Statutes', 'Articles'],
    fields: [
      field('conditionId', 'text', h(['Condition'], ['Voorwaarde'], ['Condition']), l('condition', 'voorwaarde', 'condition'), REQUIRED),
      field('article', 'text', h(['Article'], ['Artikel'], ['Article']), l('article', 'artikel', 'article')),
      field('excerpt', 'text', h(['Extrait'], ['Uittreksel'], ['Excerpt']), l('extrait', 'uittreksel', 'excerpt')),
    ],
  },
  parameters: {
    kind: 'parameters',
    name: l('Paramètres', 'Parameters', 'Parameters'),
    nameHints: ['Paramètres', 'Parameters', 'Settings'],
    fields: [
      field('name', 'text', h(['Paramètre'], ['Parameter'], ['Parameter']), l('paramètre', 'parameter', 'parameter'), REQUIRED),
      // Kept raw: parameters.ts parses each value by its parameter's own type. Not required: a blank value keeps the default.
      field('value', 'text', h(['Valeur'], ['Waarde'], ['Value']), l('valeur', 'waarde', 'value')),
    ],
  },
  // Optional: reviewers' decisions on findings, written by the pane or by hand.
  justifications: {
    kind: 'justifications',
    name: l('Justifications', 'Verantwoordingen', 'Justifications'),
    nameHints: ['Justifications', 'Verantwoordingen'],
    fields: [
      field('fingerprint', 'text', h(['Empreinte'], ['Vingerafdruk'], ['Fingerprint']), l('empreinte', 'vingerafdruk', 'fingerprint')),
      field('conditionId', 'text', h(['Condition'], ['Voorwaarde'], ['Condition']), l('condition', 'voorwaarde', 'condition')),
      field('subject', 'text', h(['Objet', 'Sujet'], ['Onderwerp'], ['Subject']), l('objet', 'onderwerp', 'subject')),
      field('reason', 'text', h(['Motif', 'Justification'], ['Reden', 'Verantwoording'], ['Reason']), l('motif', 'reden', 'reason'), REQUIRED),
      field('by', 'text', h(['Par', 'Réviseur'], ['Door'], ['By']), l('par', 'door', 'by')),
      field('date', 'date', h(['Date'], ['Datum'], ['Date']), l('date', 'datum', 'date')),
    ],
  },
  // Optional: last year's texts of the special report, carried into the draft beside the new figures.
  narrative: {
    kind: 'narrative',
    name: l('Texte du rapport', 'Tekst verslag', 'Report text'),
    nameHints: ['Texte', 'Narratif', 'Tekst', 'Narrative'],
    fields: [
      field(
        'section',
        'text',
        h(['Section', 'Condition', 'Principe'], ['Sectie', 'Voorwaarde', 'Beginsel'], ['Section']),
        l('section', 'sectie', 'section'),
        REQUIRED,
      ),
      field('text', 'text', h(['Texte'], ['Tekst'], ['Text']), l('texte', 'tekst', 'text')),
    ],
  },
};

/** The field's spec; undefined for a kind or field the contract does not know (e.g. read back from an older report). */
export function fieldSpec(kind: SheetKind, fieldName: string): FieldSpec | undefined {
  return SHEET_SPECS[kind]?.fields.find((f) => f.field === fieldName);
}

/** Every header synonym of a field, all languages, without repeats (as a message lists what was looked for). */
export function headerSynonyms(spec: FieldSpec): string[] {
  return [...new Set([...spec.headers.fr, ...spec.headers.nl, ...spec.headers.en])];
}

/** The field's label in a language, or the field name for a field the contract does not know. */
export function fieldLabel(kind: SheetKind, fieldName: string, lang: Lang): string {
  return fieldSpec(kind, fieldName)?.label[lang] ?? fieldName;
}

/** Canonical value → every word for it, all languages: the shape values.ts enumLookup takes. */
export function enumWords(values: Readonly<Record<string, Words>>): Record<string, string[]> {
  const words: Record<string, string[]> = {};
  for (const [canonical, byLang] of Object.entries(values)) words[canonical] = [...byLang.fr, ...byLang.nl, ...byLang.en];
  return words;
}

/** Normalised allocation label → item; labels are compared like headers. */
export const ALLOCATION_ITEM_BY_LABEL: ReadonlyMap<string, AllocationItem> = (() => {
  const map = new Map<string, AllocationItem>();
  for (const [item, words] of Object.entries(ALLOCATION_ITEMS) as [AllocationItem, Words][]) {
    for (const word of [...words.fr, ...words.nl, ...words.en]) map.set(normaliseLabel(word), item);
  }
  return map;
})();
