import { defineCondition, type EvaluationResult } from '../condition';
import { rateOf } from '../../money';
import { allocatedAdvantages, analyseRistournes, distributionsMissing } from '../shared/distributions';
import { messages } from './messages';

/**
 * CNC-6 — the company's main purpose is an economic or social advantage to its members, and a
 * ristourne may only be allocated pro rata to the transactions members did with the company (AR 8
 * January 1962, art. 1 §1 6° and its ristourne paragraph). What the ristournes follow is decided in
 * shared/distributions.ts (analyseRistournes), which ES-3 shares:
 *
 * - A ristourne to a member with no transactions recorded (blank or zero) cannot follow transactions:
 *   a breach. A cell DATA-2 could not read is left to DATA-2.
 * - A scheme (the share category) whose ristournes are one rate of the nominal value of the shares,
 *   while the transactions rates differ, is pro rata to shares: a breach for each of its members.
 * - Otherwise ristourne ÷ transactions must be one rate per scheme: a member more than 0.5 % (relative)
 *   and more than 0.01 € off the median member's rate is a warning.
 * - A company also accredited as a social enterprise is exempt only from *reporting* on the members'
 *   economic or social advantage (CNC FAQ 78), not from the ristourne rule, which still applies.
 */
export default defineCondition({
  id: 'CNC-6',
  group: 'CNC',
  kind: 'data',
  title: {
    fr: 'Avantage économique ou social aux associés ; ristourne uniquement au prorata des opérations',
    nl: 'Economisch of sociaal voordeel voor de aandeelhouders; ristorno enkel naar rata van de verrichtingen',
    en: 'Economic or social advantage to members; patronage refunds only pro rata to transactions',
  },
  legalBasis: {
    fr: 'AR du 8 janvier 1962, art. 1er, §1er, 6°',
    nl: 'KB van 8 januari 1962, art. 1, §1, 6°',
    en: 'Royal Decree of 8 January 1962, art. 1 §1 6°',
  },
  description: {
    fr: "CoopCheck vérifie que les ristournes de l'exercice suivent les opérations de chaque sociétaire avec la coopérative. Une ristourne à un sociétaire sans opérations, ou des ristournes qui font toutes le même pourcentage de la valeur nominale des parts alors que les opérations diffèrent (au prorata des parts), sont des manquements. Dans chaque catégorie de parts, la ristourne divisée par les opérations doit donner un seul taux : un écart de plus de 0,5 % et de plus d'un centime est signalé pour examen. La règle s'applique aussi à une coopérative agréée comme entreprise sociale, qui n'est dispensée que de rendre compte de l'avantage économique ou social (FAQ du CNC n° 78). Sans ristourne, la condition est sans objet.",
    nl: 'CoopCheck gaat na of de ristorno’s van het boekjaar de verrichtingen van elke aandeelhouder met de coöperatie volgen. Een ristorno aan een aandeelhouder zonder verrichtingen, of ristorno’s die allemaal hetzelfde percentage van de nominale waarde van de aandelen bedragen terwijl de verrichtingen verschillen (naar rata van de aandelen), zijn inbreuken. Binnen elke aandelencategorie moet het ristorno gedeeld door de verrichtingen één percentage geven: een afwijking van meer dan 0,5 % en meer dan één cent wordt ter beoordeling gemeld. De regel geldt ook voor een coöperatie die als sociale onderneming is erkend; die is alleen vrijgesteld van verslag over het economisch of sociaal voordeel (FAQ van de NRC nr. 78). Zonder ristorno is de voorwaarde niet van toepassing.',
    en: 'CoopCheck checks that the patronage refunds of the fiscal year follow each member’s transactions with the cooperative. A refund to a member with no transactions, or refunds that are all the same percentage of the nominal value of the shares while the transactions differ (pro rata to shares), are breaches. Within each share category, refund divided by transactions must give one rate: a deviation of more than 0.5 % and more than one cent is flagged for review. The rule also applies to a cooperative accredited as a social enterprise, which is exempt only from reporting on the economic or social advantage (CNC FAQ no. 78). Without patronage refunds, the condition does not apply.',
  },
  parameters: ['distributionYear', 'proRataTemporis'],
  reads: ['distributions', 'allocation'],
  requires: [],
  messages,
  evaluate(context, report): EvaluationResult | void {
    const { model, fiscalYear } = context;
    const year = fiscalYear.year;
    const absent = distributionsMissing(model, ['memberId', 'kind', 'grossAmount']);
    if (absent.length) {
      // Without the distributions list, an allocation with no ristourne still shows there is none.
      const allocated = allocatedAdvantages(model, year);
      if (!model.mappings.distributions && allocated.known && allocated.ristournesCents <= 0) {
        return { notApplicable: { messageId: 'noRistourne', params: { year, source: 'allocation' } } };
      }
      return { missing: absent };
    }
    const analysis = analyseRistournes(context);
    if (!analysis.rows.length) return { notApplicable: { messageId: 'noRistourne', params: { year, source: 'distributions' } } };
    if (!analysis.transactionsColumn) return { missing: [{ sheet: 'distributions', columns: ['transactions'] }] };

    const byShares = new Set(analysis.members.filter((m) => m.verdict === 'proRataShares').map((m) => m.memberId));
    for (const row of analysis.withoutTransactions) {
      if (byShares.has(row.memberId)) continue;
      report('ristourneWithoutTransactions', { origin: row.origin, field: 'transactions' }, row.memberId, {
        memberId: row.memberId,
        year,
        ristourneCents: row.grossAmount!,
      });
    }
    let ristourneCents = 0;
    let transactionsCents = 0;
    let trading = 0;
    for (const member of analysis.members) {
      const { memberId, category } = member;
      if (member.verdict === 'proRataShares') {
        report('ristourneProRataShares', member.place, memberId, {
          memberId,
          year,
          category,
          ristourneCents: member.ristourne,
          transactionsCents: member.transactions,
          perNominalPpm: member.perNominalPpm!,
          members: member.schemeMembers!,
        });
      } else if (member.verdict === 'deviates') {
        report('ristourneRateDeviates', member.place, memberId, {
          memberId,
          category,
          ristourneCents: member.traded,
          transactionsCents: member.transactions,
          ratePpm: rateOf(member.traded, member.transactions)!,
          schemeRatePpm: member.schemeRatePpm!,
          expectedCents: member.expectedCents!,
          differenceCents: member.traded - member.expectedCents!,
        });
      }
      if (member.transactions > 0) {
        trading += 1;
        ristourneCents += member.traded;
        transactionsCents += member.transactions;
      }
    }
    if (!trading) return;
    return {
      evidence: {
        messageId: 'ristournesChecked',
        params: { members: trading, ristourneCents, transactionsCents, ratePpm: rateOf(ristourneCents, transactionsCents)! },
      },
    };
  },
});
