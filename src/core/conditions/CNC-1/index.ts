import { defineCondition, type EvaluationResult, type MissingInput } from '../condition';
import type { Day } from '../../dates';
import { isoOfDay } from '../../dates';
import { messages } from './messages';

const APPLICATION_COLUMNS = ['applicant', 'applicationDate', 'decision'] as const;
const hasText = (value: string | undefined) => Boolean(value?.trim());

/**
 * CNC-1 — membership is voluntary; the cooperative may refuse an applicant or exclude a member only
 * when they do not meet, or no longer meet, the general admission conditions of the statutes, or
 * commit acts contrary to its interests (AR 8 January 1962 art. 1 §1 1°), and it gives the objective
 * reasons to whoever asks (art. 1 §2). Every refusal of the fiscal year — of an admission or of a
 * resignation (voluntary membership covers leaving too) — and every exclusion of the year must carry
 * a ground (breach without); the ground is free text, so whether it is one of the allowed grounds is
 * left to the reader. Reasons requested without a date sent is a warning.
 *
 * Refusals come from the applications sheet, exclusions from the register. Without the applications
 * sheet the refusals are unknown, and without an exit reason column the exclusions are: the part that
 * can be checked still is, but the condition never passes (CONDITIONS.md "Outcomes"). A row without a
 * date is checked with the year's, rather than skipped.
 */
export default defineCondition({
  id: 'CNC-1',
  group: 'CNC',
  kind: 'data',
  title: {
    fr: 'Adhésion volontaire ; refus et exclusion uniquement pour les motifs des statuts, raisons communiquées sur demande',
    nl: 'Vrijwillige toetreding; weigering en uitsluiting enkel op statutaire gronden, redenen meegedeeld op verzoek',
    en: 'Voluntary membership; refusal and exclusion only on statutory grounds, reasons given on request',
  },
  legalBasis: {
    fr: 'AR du 8 janvier 1962, art. 1 §1 1° et §2',
    nl: 'KB van 8 januari 1962, art. 1 §1 1° en §2',
    en: 'Royal Decree of 8 January 1962, art. 1 §1 1° and §2',
  },
  description: {
    fr: "L'adhésion est volontaire : la coopérative ne peut refuser une adhésion ni exclure un sociétaire que s'il ne remplit pas (ou plus) les conditions générales d'admission des statuts ou commet des actes contraires aux intérêts de la société, et elle communique les raisons objectives à qui les demande. CoopCheck vérifie que chaque refus de l'exercice — d'une adhésion ou d'une démission — (feuille des demandes) et chaque exclusion de l'exercice (registre) porte un motif, et que les raisons demandées ont une date d'envoi (avertissement sinon). Le motif est du texte libre : sa conformité aux statuts reste à juger par le lecteur. Sans feuille des demandes, les refus sont inconnus et la condition ne peut pas être « réussie ».",
    nl: 'De toetreding is vrijwillig: de coöperatie mag een toetreding enkel weigeren of een aandeelhouder enkel uitsluiten als die niet (meer) voldoet aan de algemene toetredingsvoorwaarden van de statuten of handelingen verricht die strijdig zijn met de belangen van de vennootschap, en ze deelt de objectieve redenen mee aan wie erom vraagt. CoopCheck gaat na dat elke weigering van het boekjaar — van een toetreding of van een uittreding — (blad met aanvragen) en elke uitsluiting van het boekjaar (register) een reden vermeldt, en dat gevraagde redenen een verzenddatum hebben (anders een waarschuwing). De reden is vrije tekst: of ze met de statuten strookt, beoordeelt de lezer. Zonder blad met aanvragen zijn de weigeringen onbekend en kan de voorwaarde niet ‘geslaagd’ zijn.',
    en: "Membership is voluntary: the cooperative may refuse an admission or exclude a member only when they do not (or no longer) meet the general admission conditions of the statutes or commit acts contrary to the company's interests, and it gives the objective reasons to whoever asks. CoopCheck checks that every refusal of the fiscal year — of an admission or of a resignation — (applications sheet) and every exclusion of the year (register) carries a ground, and that reasons requested have a date sent (a warning otherwise). The ground is free text: whether it matches the statutes is for the reader to judge. Without the applications sheet the refusals are unknown and the condition cannot pass.",
  },
  parameters: ['fiscalYear'],
  requires: [
    { sheet: 'members', columns: ['memberId'] },
    { sheet: 'applications', columns: APPLICATION_COLUMNS, neededToPass: true },
  ],
  messages,
  evaluate({ model, fiscalYear }, report): EvaluationResult | void {
    const inYear = (day: Day | undefined) => day === undefined || (day >= fiscalYear.start && day <= fiscalYear.end);
    const isoOrBlank = (day: Day | undefined) => (day === undefined ? '' : isoOfDay(day));
    const members = model.mappings.members!;
    const applications = model.mappings.applications;
    const missing: MissingInput[] = [];

    // A finding points to the cell that should hold the missing value, or to the row's decision or exit reason without that column.
    const groundField = applications?.columns.ground !== undefined ? 'ground' : 'decision';
    const reasonsSentField = applications?.columns.reasonsSentDate !== undefined ? 'reasonsSentDate' : 'reasonsRequested';
    const exitGroundField = members.columns.exitGround !== undefined ? 'exitGround' : 'exitReason';

    const tally = { refusedAdmissions: 0, refusedResignations: 0, exclusions: 0 };
    for (const application of applications ? model.applications : []) {
      if (application.decision !== 'refused' || !inYear(application.applicationDate)) continue;
      const { applicant, origin, requestType } = application;
      if (requestType === 'resignation') tally.refusedResignations += 1;
      else tally.refusedAdmissions += 1;
      const applicationDate = isoOrBlank(application.applicationDate);
      const subject = applicationDate ? `${applicant} ${applicationDate}` : applicant;
      const params = { applicant, applicationDate, requestType };
      if (!hasText(application.ground)) report('refusalWithoutGround', { origin, field: groundField }, subject, params);
      if (application.reasonsRequested && application.reasonsSentDate === undefined) {
        report('reasonsNotSent', { origin, field: reasonsSentField }, subject, params);
      }
    }

    if (members.columns.exitReason === undefined) missing.push({ sheet: 'members', columns: ['exitReason'] });
    else {
      for (let i = 0; i < model.members.length; i++) {
        const member = model.members[i]!;
        if (member.exitReason !== 'exclusion' || !inYear(member.exitDate)) continue;
        tally.exclusions += 1;
        if (hasText(member.exitGround)) continue;
        const { memberId, origin } = member;
        report('exclusionWithoutGround', { origin, field: exitGroundField }, memberId, { memberId, exitDate: isoOrBlank(member.exitDate) });
      }
    }

    const refusalsKnown = applications !== undefined && APPLICATION_COLUMNS.every((c) => applications.columns[c] !== undefined);
    const known = {
      ...(refusalsKnown && { refusedAdmissions: tally.refusedAdmissions, refusedResignations: tally.refusedResignations }),
      ...(members.columns.exitReason !== undefined && { exclusions: tally.exclusions }),
    };
    const total = tally.refusedAdmissions + tally.refusedResignations + tally.exclusions;
    // Not applicable only when both parts were checked: an unknown part is never "nothing to check".
    if (total === 0 && refusalsKnown && !missing.length) return { notApplicable: { messageId: 'noRefusalOrExclusion', params: { year: fiscalYear.year } } };
    return { evidence: { messageId: 'groundsChecked', params: known }, ...(missing.length ? { missing } : {}) };
  },
});
