import { defineMessages, type MessageDef } from '../../findings';
import type { Format, Lang } from '../../i18n/lang';

type Coverage = { refusalsChecked: boolean; exclusionsChecked: boolean };

/** Says which part could not be checked, so that a partial check never reads as a full one. */
const uncheckedText: Readonly<Record<Lang, (p: Coverage) => string>> = {
  fr: (p) => `${p.refusalsChecked ? '' : ' ; refus non vérifiés : pas de feuille des demandes d\'adhésion'}${p.exclusionsChecked ? '' : ' ; exclusions non vérifiées : pas de colonne du motif de sortie'}`,
  nl: (p) => `${p.refusalsChecked ? '' : '; weigeringen niet nagegaan: geen blad met toetredingsaanvragen'}${p.exclusionsChecked ? '' : '; uitsluitingen niet nagegaan: geen kolom met de reden van uittreding'}`,
  en: (p) => `${p.refusalsChecked ? '' : '; refusals not checked: no applications sheet'}${p.exclusionsChecked ? '' : '; exclusions not checked: no exit reason column'}`,
};

const onDate = {
  fr: (date: string, f: Format) => (date ? ` du ${f.date(date)}` : ''),
  nl: (date: string, f: Format) => (date ? ` van ${f.date(date)}` : ''),
  en: (date: string, f: Format) => (date ? ` of ${f.date(date)}` : ''),
};

export const messages = defineMessages({
  refusalWithoutGround: {
    severity: 'breach',
    text: {
      fr: (p, f) => `La demande d'adhésion de ${p.applicant}${onDate.fr(p.applicationDate, f)} est refusée sans motif : un refus n'est permis que si le candidat ne remplit pas les conditions générales d'admission prévues dans les statuts ou commet des actes contraires aux intérêts de la société.`,
      nl: (p, f) => `De toetredingsaanvraag van ${p.applicant}${onDate.nl(p.applicationDate, f)} is geweigerd zonder reden: een weigering is enkel toegestaan als de kandidaat niet voldoet aan de algemene toetredingsvoorwaarden van de statuten of handelingen verricht die strijdig zijn met de belangen van de vennootschap.`,
      en: (p, f) => `The application of ${p.applicant}${onDate.en(p.applicationDate, f)} is refused without a ground: a refusal is allowed only when the applicant does not meet the general admission conditions of the articles of association or commits acts contrary to the company's interests.`,
    },
  } satisfies MessageDef<{ applicant: string; applicationDate: string }>,
  exclusionWithoutGround: {
    severity: 'breach',
    text: {
      fr: (p, f) => `Le sociétaire ${p.memberId} est exclu${onDate.fr(p.exitDate, f)} sans motif d'exclusion : une exclusion n'est permise que si l'associé cesse de remplir les conditions générales d'admission prévues dans les statuts ou commet des actes contraires aux intérêts de la société.`,
      nl: (p, f) => `Aandeelhouder ${p.memberId} is uitgesloten${onDate.nl(p.exitDate, f)} zonder reden van uitsluiting: een uitsluiting is enkel toegestaan als de vennoot niet langer voldoet aan de algemene toetredingsvoorwaarden van de statuten of handelingen verricht die strijdig zijn met de belangen van de vennootschap.`,
      en: (p, f) => `Member ${p.memberId} is excluded${onDate.en(p.exitDate, f)} without an exclusion ground: an exclusion is allowed only when the member no longer meets the general admission conditions of the articles of association or commits acts contrary to the company's interests.`,
    },
  } satisfies MessageDef<{ memberId: string; exitDate: string }>,
  reasonsNotSent: {
    severity: 'warning',
    text: {
      fr: (p, f) => `${p.applicant} a demandé les motifs du refus de sa demande${onDate.fr(p.applicationDate, f)}, mais aucune date d'envoi des motifs n'est indiquée : la société communique les raisons objectives du refus à l'intéressé qui en fait la demande.`,
      nl: (p, f) => `${p.applicant} heeft de redenen gevraagd voor de weigering van de aanvraag${onDate.nl(p.applicationDate, f)}, maar er is geen datum van verzending van de redenen vermeld: de vennootschap deelt de objectieve redenen van de weigering mee aan de betrokkene die erom verzoekt.`,
      en: (p, f) => `${p.applicant} asked for the reasons of the refusal of the application${onDate.en(p.applicationDate, f)}, but no date on which they were sent is given: the company gives the objective reasons for a refusal to the person who asks for them.`,
    },
  } satisfies MessageDef<{ applicant: string; applicationDate: string }>,
  inputsMissing: {
    severity: 'warning',
    text: {
      fr: () => `Ni feuille des demandes d'adhésion ni colonne du motif de sortie dans le registre : les refus d'affiliation et les exclusions ne peuvent être vérifiés.`,
      nl: () => `Geen blad met toetredingsaanvragen en geen kolom met de reden van uittreding in het register: weigeringen tot toetreding en uitsluitingen kunnen niet worden nagegaan.`,
      en: () => `No applications sheet and no exit reason column in the register: refusals of admission and exclusions cannot be checked.`,
    },
  } satisfies MessageDef<Record<string, never>>,
  groundsChecked: {
    severity: 'info',
    text: {
      fr: (p, f) => `${f.number(p.refusals)} refus d'affiliation et ${f.number(p.exclusions)} exclusion(s) dans l'exercice${uncheckedText.fr(p)}`,
      nl: (p, f) => `${f.number(p.refusals)} weigering(en) tot toetreding en ${f.number(p.exclusions)} uitsluiting(en) in het boekjaar${uncheckedText.nl(p)}`,
      en: (p, f) => `${f.number(p.refusals)} refusal(s) of admission and ${f.number(p.exclusions)} exclusion(s) in the fiscal year${uncheckedText.en(p)}`,
    },
  } satisfies MessageDef<Coverage & { refusals: number; exclusions: number }>,
  noRefusalOrExclusion: {
    severity: 'info',
    text: {
      fr: (p) => `Aucun refus d'affiliation ni aucune exclusion dans l'exercice ${p.year}${uncheckedText.fr(p)}.`,
      nl: (p) => `Geen weigering tot toetreding en geen uitsluiting in boekjaar ${p.year}${uncheckedText.nl(p)}.`,
      en: (p) => `No refusal of admission and no exclusion in fiscal year ${p.year}${uncheckedText.en(p)}.`,
    },
  } satisfies MessageDef<Coverage & { year: number }>,
});
