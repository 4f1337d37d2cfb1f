import { defineCondition } from '../condition';
import type { Day } from '../../dates';
import { isoOfDay } from '../../dates';
import { a1 } from '../../snapshot';
import { messages } from './messages';

const hasText = (value: string | undefined) => Boolean(value?.trim());

/**
 * CNC-1 — membership is voluntary; the cooperative may refuse an applicant or exclude a member only
 * when they do not meet, or no longer meet, the general admission conditions of the statutes, or
 * commit acts contrary to its interests (AR 8 January 1962 art. 1 §1 1°), and it gives the objective
 * reasons to whoever asks (art. 1 §2). Every refusal and every exclusion of the fiscal year must
 * carry a ground (breach without); the ground is free text, so whether it is one of the two allowed
 * grounds is left to the reader. Reasons requested without a date sent is a warning.
 *
 * Refusals come from the applications sheet, exclusions from the register: each part is checked when
 * its input exists and the evidence note says which part was not. A row without a date is checked
 * with the year's, rather than skipped.
 */
export default defineCondition({
  id: 'CNC-1',
  group: 'CNC',
  kind: 'data',
  title: {
    fr: "Adhésion volontaire ; refus et exclusion uniquement pour les motifs des statuts, raisons communiquées sur demande",
    nl: 'Vrijwillige toetreding; weigering en uitsluiting enkel op statutaire gronden, redenen meegedeeld op verzoek',
    en: 'Voluntary membership; refusal and exclusion only on statutory grounds, reasons given on request',
  },
  legalBasis: {
    fr: 'AR du 8 janvier 1962, art. 1 §1 1° et §2',
    nl: 'KB van 8 januari 1962, art. 1 §1 1° en §2',
    en: 'Royal Decree of 8 January 1962, art. 1 §1 1° and §2',
  },
  requires: [{ sheet: 'members', columns: ['memberId'] }],
  messages,
  evaluate({ model, fiscalYear }, report) {
    const inYear = (day: Day | undefined) => day === undefined || (day >= fiscalYear.start && day <= fiscalYear.end);
    const isoOrBlank = (day: Day | undefined) => (day === undefined ? '' : isoOfDay(day));
    const members = model.mappings.members!;
    const applications = model.mappings.applications;
    const coverage = { refusalsChecked: applications !== undefined, exclusionsChecked: members.columns.exitReason !== undefined };
    if (!coverage.refusalsChecked && !coverage.exclusionsChecked) {
      report('inputsMissing', { sheet: members.sheet, cell: a1(0, members.headerRow) }, members.sheet, {});
      return;
    }

    // A finding points to the cell that should hold the missing value, or to the row's decision or exit reason without that column.
    const groundField = applications?.columns.ground !== undefined ? 'ground' : 'decision';
    const reasonsSentField = applications?.columns.reasonsSentDate !== undefined ? 'reasonsSentDate' : 'reasonsRequested';
    const exitGroundField = members.columns.exitGround !== undefined ? 'exitGround' : 'exitReason';

    let refusals = 0;
    for (const application of applications ? model.applications : []) {
      if (application.decision !== 'refused' || !inYear(application.applicationDate)) continue;
      refusals += 1;
      const { applicant, origin } = application;
      const applicationDate = isoOrBlank(application.applicationDate);
      const subject = applicationDate ? `${applicant} ${applicationDate}` : applicant;
      if (!hasText(application.ground)) report('refusalWithoutGround', { origin, field: groundField }, subject, { applicant, applicationDate });
      if (application.reasonsRequested && application.reasonsSentDate === undefined) {
        report('reasonsNotSent', { origin, field: reasonsSentField }, subject, { applicant, applicationDate });
      }
    }

    let exclusions = 0;
    for (const member of model.members) {
      if (member.exitReason !== 'exclusion' || !inYear(member.exitDate)) continue;
      exclusions += 1;
      if (hasText(member.exitGround)) continue;
      const { memberId, origin } = member;
      report('exclusionWithoutGround', { origin, field: exitGroundField }, memberId, { memberId, exitDate: isoOrBlank(member.exitDate) });
    }

    if (refusals + exclusions === 0) return { notApplicable: { messageId: 'noRefusalOrExclusion', params: { year: fiscalYear.year, ...coverage } } };
    return { evidence: { messageId: 'groundsChecked', params: { refusals, exclusions, ...coverage } } };
  },
});
