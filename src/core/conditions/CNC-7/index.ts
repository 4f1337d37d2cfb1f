import { defineCondition, type MissingInput } from '../condition';
import { eachMandateInOffice, MANDATE_PAY_FIELDS, missingPayColumns, missingPayEvidence, servedInYear } from '../shared/mandate-pay';
import { messages } from './messages';

/**
 * CNC-7 — the mandate of directors and of members in charge of control is unpaid (AR 8 January 1962,
 * art. 1 §1 7°), unless the statutes provide for pay (`directorPayAllowedByStatutes`) and the general
 * meeting fixes it (`gaAuthorisedAmount`); a profit share is never allowed (AR 4 May 2016; Cera: "zeker
 * geen deelname in de winst"). Pay for the mandate is remuneration, attendance fees and allowance.
 *
 * Directors and controlling members (role director or controller) are checked; the statutory
 * auditor's fees are not mandate pay: the GA fixes them under the company code (second edition,
 * rule 13). Unlike ES-6 there is no "limited" in this text, so the fee caps of ES-6 do not apply.
 * Pay the statutes do not allow is reported as that alone: a GA decision cannot make it lawful.
 */
export default defineCondition({
  id: 'CNC-7',
  group: 'CNC',
  kind: 'data',
  title: {
    fr: "Mandats d'administrateur et de contrôle gratuits, sauf rémunération prévue par les statuts et fixée par l'AG, jamais liée aux bénéfices",
    nl: 'Onbezoldigde bestuurders- en controlemandaten, tenzij de statuten een bezoldiging voorzien en de AV ze vaststelt, nooit winstgebonden',
    en: 'Director and control mandates unpaid, unless the statutes allow pay and the GM fixes it, never profit-linked',
  },
  legalBasis: {
    fr: 'AR du 8 janvier 1962, art. 1er, §1er, 7°',
    nl: 'KB van 8 januari 1962, art. 1, §1, 7°',
    en: 'Royal Decree of 8 January 1962, art. 1 §1 7°',
  },
  description: {
    fr: "Pour chaque administrateur et chaque sociétaire chargé du contrôle en fonction pendant l'exercice, CoopCheck vérifie que le mandat est gratuit, ou que sa rémunération (rémunération, jetons de présence et indemnité) est prévue par les statuts et ne dépasse pas le montant fixé par l'assemblée générale. Une rémunération liée aux bénéfices est toujours une infraction. Les honoraires du commissaire ne sont pas la rémunération d'un mandat : l'AG les fixe selon le Code des sociétés et des associations, et CoopCheck ne les compte pas. Sans colonne de rémunération, ou, si quelqu'un est payé, sans la colonne du montant fixé par l'AG ou celle du lien aux bénéfices, la condition ne peut pas être réussie.",
    nl: 'Voor elke bestuurder en elke controlerende aandeelhouder in functie tijdens het boekjaar gaat CoopCheck na dat het mandaat onbezoldigd is, of dat de bezoldiging (bezoldiging, presentiegeld en onkostenvergoeding) door de statuten voorzien is en niet hoger is dan het bedrag dat de algemene vergadering vaststelde. Een winstgebonden bezoldiging is altijd een inbreuk. Het honorarium van de commissaris is geen bezoldiging van een mandaat: de AV stelt het vast volgens het Wetboek van vennootschappen en verenigingen, en CoopCheck telt het niet mee. Zonder kolom voor de bezoldiging, of, als iemand betaald wordt, zonder de kolom met het door de AV vastgestelde bedrag of de kolom winstgebonden, kan de voorwaarde niet geslaagd zijn.',
    en: 'For every director and controlling member in office during the fiscal year, CoopCheck checks that the mandate is unpaid, or that its pay (remuneration, attendance fees and allowance) is provided for by the statutes and no more than the amount fixed by the general meeting. Profit-linked pay is always a breach. The statutory auditor’s fees are not pay for a mandate: the GM fixes them under the Code of companies and associations, and CoopCheck does not count them. Without a pay column, or, once someone is paid, without the GM-amount or profit-linked column, the condition cannot pass.',
  },
  parameters: ['directorPayAllowedByStatutes'],
  requires: [{ sheet: 'directors', columns: ['name'] }],
  messages,
  evaluate({ model, parameters, fiscalYear }, report) {
    const mapping = model.mappings.directors!;
    let paidSomeone = false;
    let payWithoutGaColumn = false;
    const tally = eachMandateInOffice(model.directors, fiscalYear, ['director', 'controller'], MANDATE_PAY_FIELDS, (director, payCents, payCell) => {
      const { name, origin, role } = director;
      if (director.profitLinked) report('profitLinkedPay', { origin, field: 'profitLinked' }, name, { director: name, role, payCents });
      if (payCents <= 0) return;
      paidSomeone = true;
      const authorisedCents = director.gaAuthorisedAmount;
      if (!parameters.directorPayAllowedByStatutes) report('payNotAllowedByStatutes', payCell, name, { director: name, role, payCents });
      else if (authorisedCents === undefined) {
        if (mapping.columns.gaAuthorisedAmount === undefined) payWithoutGaColumn = true;
        else report('paidWithoutGaDecision', payCell, name, { director: name, role, payCents });
      } else if (payCents > authorisedCents) {
        report('payAboveGaAmount', payCell, name, { director: name, role, payCents, authorisedCents, excessCents: payCents - authorisedCents });
      }
    });
    if (tally.directors === 0) return { notApplicable: { messageId: 'noDirectorInYear', params: { year: fiscalYear.year } } };
    const missing: MissingInput[] = [];
    const noPayColumn = missingPayColumns(mapping);
    if (noPayColumn) missing.push(noPayColumn);
    const evidence = missingPayEvidence(mapping, [
      ...(payWithoutGaColumn ? ['gaAuthorisedAmount' as const] : []),
      ...(paidSomeone ? ['profitLinked' as const] : []),
    ]);
    if (evidence) missing.push(evidence);
    if (missing.length) return { missing };
    const auditors = model.directors.filter((d) => d.role === 'auditor' && servedInYear(d, fiscalYear)).length;
    return { evidence: { messageId: 'directorsPay', params: { ...tally, auditors } } };
  },
});
