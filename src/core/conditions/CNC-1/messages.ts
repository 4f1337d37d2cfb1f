import { defineMessages, type MessageDef } from '../../findings';
import type { Format, Lang } from '../../i18n/lang';
import type { RequestType } from '../../model';

const onDate = {
  fr: (date: string, f: Format) => (date ? ` du ${f.date(date)}` : ''),
  nl: (date: string, f: Format) => (date ? ` van ${f.date(date)}` : ''),
  en: (date: string, f: Format) => (date ? ` of ${f.date(date)}` : ''),
};

/** "La demande d'adhésion" / "La demande de démission", per request type. */
const REQUEST: Readonly<Record<Lang, Record<RequestType, string>>> = {
  fr: { admission: "La demande d'adhésion", resignation: 'La demande de démission' },
  nl: { admission: 'De toetredingsaanvraag', resignation: 'De uittredingsaanvraag' },
  en: { admission: 'The application to join', resignation: 'The resignation request' },
};
const request = (lang: Lang, type: string) => REQUEST[lang][type === 'resignation' ? 'resignation' : 'admission'];

type Refusal = { applicant: string; applicationDate: string; requestType: RequestType };
type Tally = { refusedAdmissions: number; refusedResignations: number; exclusions: number };

export const messages = defineMessages({
  refusalWithoutGround: {
    severity: 'breach',
    text: {
      fr: (p, f) =>
        `${request('fr', p.requestType)} de ${p.applicant}${onDate.fr(p.applicationDate, f)} a été refusée sans motif inscrit, contrairement à l'AR du 8 janvier 1962, art. 1er, §1er, 1° : ${p.requestType === 'resignation' ? "l'adhésion est volontaire, et une démission ne peut être refusée que pour un motif prévu par les statuts ou la loi" : "un refus n'est permis que si le candidat ne remplit pas les conditions générales d'admission prévues par les statuts ou commet des actes contraires aux intérêts de la société"}. Inscrivez le motif du refus ou faites revoir la décision.`,
      nl: (p, f) =>
        `${request('nl', p.requestType)} van ${p.applicant}${onDate.nl(p.applicationDate, f)} werd geweigerd zonder vermelde reden, in strijd met het KB van 8 januari 1962, art. 1, §1, 1°: ${p.requestType === 'resignation' ? 'de toetreding is vrijwillig, en een uittreding kan enkel worden geweigerd om een reden die de statuten of de wet bepalen' : 'een weigering is enkel toegestaan als de kandidaat niet voldoet aan de algemene toetredingsvoorwaarden van de statuten of handelingen verricht die strijdig zijn met de belangen van de vennootschap'}. Vul de reden van de weigering in of laat de beslissing herzien.`,
      en: (p, f) =>
        `${request('en', p.requestType)} of ${p.applicant}${onDate.en(p.applicationDate, f)} was refused with no ground entered, contrary to the Royal Decree of 8 January 1962, art. 1 §1 1°: ${p.requestType === 'resignation' ? 'membership is voluntary, and a resignation may be refused only on a ground set by the statutes or the law' : "a refusal is allowed only when the applicant does not meet the general admission conditions of the statutes or commits acts contrary to the company's interests"}. Enter the ground of the refusal or have the decision reviewed.`,
    },
    example: { applicant: 'Jean Martin', applicationDate: '2025-03-10', requestType: 'admission' },
  } satisfies MessageDef<Refusal>,
  exclusionWithoutGround: {
    severity: 'breach',
    text: {
      fr: (p, f) =>
        `Le sociétaire ${p.memberId} a été exclu${p.exitDate ? ` le ${f.date(p.exitDate)}` : ''} sans motif d'exclusion inscrit, contrairement à l'AR du 8 janvier 1962, art. 1er, §1er, 1° : une exclusion n'est permise que si le sociétaire cesse de remplir les conditions générales d'admission prévues par les statuts ou commet des actes contraires aux intérêts de la société. Inscrivez le motif de l'exclusion dans le registre.`,
      nl: (p, f) =>
        `Aandeelhouder ${p.memberId} werd${p.exitDate ? ` op ${f.date(p.exitDate)}` : ''} uitgesloten zonder vermelde reden van uitsluiting, in strijd met het KB van 8 januari 1962, art. 1, §1, 1°: een uitsluiting is enkel toegestaan als de aandeelhouder niet langer voldoet aan de algemene toetredingsvoorwaarden van de statuten of handelingen verricht die strijdig zijn met de belangen van de vennootschap. Vul de reden van de uitsluiting in het register in.`,
      en: (p, f) =>
        `Member ${p.memberId} was excluded${p.exitDate ? ` on ${f.date(p.exitDate)}` : ''} with no exclusion ground entered, contrary to the Royal Decree of 8 January 1962, art. 1 §1 1°: an exclusion is allowed only when the member no longer meets the general admission conditions of the statutes or commits acts contrary to the company's interests. Enter the ground of the exclusion in the register.`,
    },
    example: { memberId: 'M0412', exitDate: '2025-04-05' },
  } satisfies MessageDef<{ memberId: string; exitDate: string }>,
  reasonsNotSent: {
    severity: 'warning',
    text: {
      fr: (p, f) =>
        `${p.applicant} a demandé les raisons du refus de sa ${p.requestType === 'resignation' ? 'démission' : "demande d'adhésion"}${onDate.fr(p.applicationDate, f)}, mais aucune date d'envoi des raisons n'est inscrite : la société communique les raisons objectives du refus à l'intéressé qui les demande (AR du 8 janvier 1962, art. 1er, §2). Inscrivez la date d'envoi, ou envoyez-les.`,
      nl: (p, f) =>
        `${p.applicant} heeft de redenen gevraagd voor de weigering van ${p.requestType === 'resignation' ? 'de uittreding' : 'de toetredingsaanvraag'}${onDate.nl(p.applicationDate, f)}, maar er is geen datum van verzending van de redenen ingevuld: de vennootschap deelt de objectieve redenen van de weigering mee aan de betrokkene die erom verzoekt (KB van 8 januari 1962, art. 1, §2). Vul de verzenddatum in, of verstuur ze.`,
      en: (p, f) =>
        `${p.applicant} asked for the reasons for the refusal of ${p.requestType === 'resignation' ? 'the resignation' : 'the application to join'}${onDate.en(p.applicationDate, f)}, but no date on which they were sent is entered: the company gives the objective reasons for a refusal to the person who asks for them (Royal Decree of 8 January 1962, art. 1 §2). Enter the date they were sent, or send them.`,
    },
    example: { applicant: 'Jean Martin', applicationDate: '2025-03-10', requestType: 'admission' },
  } satisfies MessageDef<Refusal>,
  groundsChecked: {
    severity: 'info',
    text: {
      fr: (p, f) =>
        `Dans l'exercice : ${[
          p.refusedAdmissions !== undefined && f.count(p.refusedAdmissions, 'adhésion refusée', 'adhésions refusées'),
          p.refusedResignations !== undefined && f.count(p.refusedResignations, 'démission refusée', 'démissions refusées'),
          p.exclusions !== undefined && f.count(p.exclusions, 'exclusion', 'exclusions'),
        ]
          .filter(Boolean)
          .join(', ')}.`,
      nl: (p, f) =>
        `In het boekjaar: ${[
          p.refusedAdmissions !== undefined && f.count(p.refusedAdmissions, 'geweigerde toetreding', 'geweigerde toetredingen'),
          p.refusedResignations !== undefined && f.count(p.refusedResignations, 'geweigerde uittreding', 'geweigerde uittredingen'),
          p.exclusions !== undefined && f.count(p.exclusions, 'uitsluiting', 'uitsluitingen'),
        ]
          .filter(Boolean)
          .join(', ')}.`,
      en: (p, f) =>
        `In the fiscal year: ${[
          p.refusedAdmissions !== undefined && f.count(p.refusedAdmissions, 'admission refused', 'admissions refused'),
          p.refusedResignations !== undefined && f.count(p.refusedResignations, 'resignation refused', 'resignations refused'),
          p.exclusions !== undefined && f.count(p.exclusions, 'exclusion', 'exclusions'),
        ]
          .filter(Boolean)
          .join(', ')}.`,
    },
  } satisfies MessageDef<Partial<Tally>>,
  noRefusalOrExclusion: {
    severity: 'info',
    text: {
      fr: (p) => `Aucun refus d'adhésion ou de démission ni aucune exclusion dans l'exercice ${p.year}.`,
      nl: (p) => `Geen weigering van toetreding of uittreding en geen uitsluiting in boekjaar ${p.year}.`,
      en: (p) => `No refusal of admission or resignation and no exclusion in fiscal year ${p.year}.`,
    },
  } satisfies MessageDef<{ year: number }>,
});
