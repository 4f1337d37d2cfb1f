import { defineCondition, type MissingInput } from '../condition';
import { eachMandateInOffice, largestPayField, MANDATE_PAY_FIELDS, missingPayColumns, missingPayEvidence } from '../shared/mandate-pay';
import { messages } from './messages';

/**
 * ES-6 — the director's mandate is unpaid, unless the general meeting decides a limited allowance or
 * attendance fees: AR 28 June 2019 art. 6 ("het mandaat van bestuurder is onbezoldigd, tenzij de
 * algemene vergadering beslist over een beperkte onkostenvergoeding of presentiegeld").
 * Per director (role director) in office during the fiscal year:
 *
 * - any `remuneration` for the mandate is a breach, even when the GA voted it: fixed pay is neither
 *   an allowance nor an attendance fee (second edition, rule 4);
 * - profit-linked pay is a breach;
 * - allowance + attendance fees without a GA-decided amount, or above it, are a breach;
 * - "limited" has no official figure (legal.md §4.3): allowance + fees above `directorFeeCapPerYear`,
 *   or fees above `directorFeeCapPerMeeting` × the meetings attended, are warnings; fees above one
 *   meeting's cap with no meetings count are a warning asking for the count.
 *
 * Never on half the evidence: without any pay column, or, once someone is paid, without the
 * GA-amount or profit-linked column, the condition cannot pass (it names the missing column).
 */
export default defineCondition({
  id: 'ES-6',
  group: 'ES',
  kind: 'data',
  title: {
    fr: "Mandat d'administrateur gratuit, sauf indemnité limitée ou jetons de présence décidés par l'AG",
    nl: 'Onbezoldigd bestuurdersmandaat, tenzij de AV beslist over een beperkte onkostenvergoeding of presentiegeld',
    en: 'Unpaid director mandate, unless the GM decides a limited allowance or attendance fees',
  },
  legalBasis: {
    fr: 'AR du 28 juin 2019, art. 6',
    nl: 'KB van 28 juni 2019, art. 6',
    en: 'Royal Decree of 28 June 2019, art. 6',
  },
  description: {
    fr: "Pour chaque administrateur en fonction pendant l'exercice, CoopCheck vérifie que le mandat n'est payé que par une indemnité limitée ou des jetons de présence décidés par l'assemblée générale. Toute rémunération du mandat est une infraction, même votée par l'AG : une rémunération fixe n'est ni une indemnité ni un jeton de présence ; de même pour une participation aux bénéfices, et pour une indemnité ou des jetons sans montant décidé par l'AG ou au-delà de ce montant. « Limitée » n'a pas de chiffre officiel : au-delà du plafond annuel ou du plafond par réunion multiplié par les réunions suivies (si vous les indiquez), CoopCheck demande une appréciation. Les remboursements de frais justifiés, le salaire d'un emploi distinct et les honoraires du commissaire ne sont pas la rémunération du mandat.",
    nl: 'Voor elke bestuurder in functie tijdens het boekjaar gaat CoopCheck na dat het mandaat alleen wordt betaald met een beperkte onkostenvergoeding of presentiegeld waartoe de algemene vergadering besliste. Elke bezoldiging van het mandaat is een inbreuk, ook als de AV ze goedkeurde: een vaste bezoldiging is geen onkostenvergoeding en geen presentiegeld; hetzelfde geldt voor een deelname in de winst, en voor een vergoeding of presentiegeld zonder bedrag waartoe de AV besliste of boven dat bedrag. ‘Beperkt’ heeft geen officieel cijfer: boven het jaarplafond of boven het plafond per vergadering maal de bijgewoonde vergaderingen (als u die opgeeft) vraagt CoopCheck een beoordeling. Terugbetaling van bewezen kosten, het loon voor een afzonderlijke betrekking en het honorarium van de commissaris zijn geen bezoldiging van het mandaat.',
    en: 'For every director in office during the fiscal year, CoopCheck checks that the mandate is paid only by a limited allowance or attendance fees decided by the general meeting. Any remuneration for the mandate is a breach, even when the GM voted it: fixed pay is neither an allowance nor an attendance fee; so is a profit share, and an allowance or fees with no amount decided by the GM or above it. ‘Limited’ has no official figure: above the yearly cap, or above the cap per meeting times the meetings attended (when you give them), CoopCheck asks for a judgement. Refunds of documented expenses, the salary of a separate employment and the statutory auditor’s fees are not pay for the mandate.',
  },
  parameters: ['directorFeeCapPerYear', 'directorFeeCapPerMeeting'],
  requires: [{ sheet: 'directors', columns: ['name'] }],
  messages,
  evaluate({ model, parameters, fiscalYear }, report) {
    const { directorFeeCapPerYear, directorFeeCapPerMeeting } = parameters;
    const mapping = model.mappings.directors!;
    let paidSomeone = false;
    let allowanceWithoutGaColumn = false;
    const tally = eachMandateInOffice(model.directors, fiscalYear, ['director'], MANDATE_PAY_FIELDS, (director, payCents) => {
      const { name, origin } = director;
      if (payCents > 0) paidSomeone = true;
      if (director.profitLinked) report('profitLinkedPay', { origin, field: 'profitLinked' }, name, { director: name, payCents });
      const authorisedCents = director.gaAuthorisedAmount;
      const remunerationCents = director.remuneration ?? 0;
      if (remunerationCents > 0) {
        report('remunerationForMandate', { origin, field: 'remuneration' }, name, {
          director: name,
          remunerationCents,
          gaVoted: authorisedCents !== undefined && authorisedCents > 0,
        });
      }
      // What the GA may decide: an allowance and attendance fees.
      const allowed = ['attendanceFees', 'allowance'] as const;
      const allowedCents = (director.attendanceFees ?? 0) + (director.allowance ?? 0);
      if (allowedCents <= 0) return;
      const cell = { origin, field: largestPayField(director, allowed) };
      if (authorisedCents === undefined) {
        if (mapping.columns.gaAuthorisedAmount === undefined) allowanceWithoutGaColumn = true;
        else report('paidWithoutGaDecision', cell, name, { director: name, payCents: allowedCents });
      } else if (allowedCents > authorisedCents) {
        report('payAboveGaAmount', cell, name, { director: name, payCents: allowedCents, authorisedCents, excessCents: allowedCents - authorisedCents });
      }
      if (directorFeeCapPerYear !== undefined && allowedCents > directorFeeCapPerYear) {
        report('payAboveYearlyCap', cell, name, {
          director: name,
          payCents: allowedCents,
          capCents: directorFeeCapPerYear,
          excessCents: allowedCents - directorFeeCapPerYear,
        });
      }
      const feesCents = director.attendanceFees ?? 0;
      if (directorFeeCapPerMeeting === undefined || feesCents <= 0) return;
      const meetings = director.meetingsAttended;
      const feesCell = { origin, field: 'attendanceFees' };
      if (meetings !== undefined) {
        const maxCents = directorFeeCapPerMeeting * meetings;
        if (feesCents > maxCents) {
          report('feesAbovePerMeetingCap', feesCell, name, {
            director: name,
            feesCents,
            meetings,
            capCents: directorFeeCapPerMeeting,
            maxCents,
            excessCents: feesCents - maxCents,
          });
        }
      } else if (feesCents > directorFeeCapPerMeeting) {
        // Fees were paid, so at least one meeting was held: up to one meeting's cap passes whatever the count.
        report('feesMeetingsUnknown', feesCell, name, { director: name, feesCents, capCents: directorFeeCapPerMeeting });
      }
    });
    if (tally.directors === 0) return { notApplicable: { messageId: 'noDirectorInYear', params: { year: fiscalYear.year } } };
    const missing: MissingInput[] = [];
    const noPayColumn = missingPayColumns(mapping);
    if (noPayColumn) missing.push(noPayColumn);
    const evidence = missingPayEvidence(mapping, [
      ...(allowanceWithoutGaColumn ? ['gaAuthorisedAmount' as const] : []),
      ...(paidSomeone ? ['profitLinked' as const] : []),
    ]);
    if (evidence) missing.push(evidence);
    if (missing.length) return { missing };
    return { evidence: { messageId: 'directorsPay', params: { ...tally } } };
  },
});
