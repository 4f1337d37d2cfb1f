/**
 * Conditions carried by a clause of the statutes (ES-1, ES-2, ES-4). CoopCheck cannot read the
 * statutes, so the condition is attested by the row of the `statutes` sheet that names the article
 * carrying it (legal.md §1.1: "a checklist item with a manual attestation … reference to the statutes
 * article"), and lacks evidence without one.
 */
import { defineCondition, type Condition, type EvaluationResult } from '../condition';
import { defineMessages, type MessageDef } from '../../findings';
import type { Localized } from '../../i18n/lang';
import type { StatuteReference } from '../../model';
import { normaliseLabel } from '../../extract/values';

export const statuteMessages = defineMessages({
  articleGiven: {
    severity: 'info',
    text: {
      fr: (p) => `Statuts, ${p.article}${p.excerpt ? ` : « ${p.excerpt} »` : ''}`,
      nl: (p) => `Statuten, ${p.article}${p.excerpt ? `: "${p.excerpt}"` : ''}`,
      en: (p) => `Articles of association, ${p.article}${p.excerpt ? `: "${p.excerpt}"` : ''}`,
    },
  } satisfies MessageDef<{ article: string; excerpt?: string }>,
  noArticle: {
    severity: 'info',
    text: {
      fr: (p) =>
        `Aucun article des statuts n'est indiqué pour ${p.conditionId} dans la feuille des statuts. CoopCheck ne lit pas les statuts : inscrivez dans cette feuille l'article qui porte la condition (et, si possible, son extrait).`,
      nl: (p) =>
        `Er is geen artikel van de statuten opgegeven voor ${p.conditionId} in het blad met de statuten. CoopCheck leest de statuten niet: vul in dat blad het artikel in dat de voorwaarde bevat (en zo mogelijk het uittreksel).`,
      en: (p) =>
        `No article of the articles of association is given for ${p.conditionId} in the statutes sheet. CoopCheck does not read the statutes: enter in that sheet the article that carries the condition (and, if possible, its excerpt).`,
    },
  } satisfies MessageDef<{ conditionId: string }>,
});

/** "ES-1", "es 1" and "ES1" name the same condition. */
function conditionKey(text: string): string {
  return normaliseLabel(text).replace(/ /g, '');
}

/** The article(s) the statutes sheet gives for a condition, with the first excerpt given. */
export interface StatuteArticles {
  article: string;
  excerpt?: string;
}

/** Every row naming the condition counts: their articles are listed together, with the first excerpt given. */
export function statuteArticlesOf(statutes: readonly StatuteReference[], conditionId: string): StatuteArticles | undefined {
  const key = conditionKey(conditionId);
  const articles: string[] = [];
  let excerpt: string | undefined;
  for (const row of statutes) {
    if (conditionKey(row.conditionId) !== key || !row.article?.trim()) continue;
    articles.push(row.article.trim());
    excerpt ??= row.excerpt?.trim() || undefined;
  }
  if (!articles.length) return undefined;
  return { article: articles.join('; '), ...(excerpt && { excerpt }) };
}

export function attestFromStatutes(statutes: readonly StatuteReference[], conditionId: string): EvaluationResult {
  const found = statuteArticlesOf(statutes, conditionId);
  if (!found) return { attestation: { attested: false, messageId: 'noArticle', params: { conditionId } } };
  return { attestation: { attested: true, messageId: 'articleGiven', params: { ...found } } };
}

export function statutesCondition(definition: {
  id: string;
  title: Localized;
  legalBasis: Localized;
  description: Localized;
}): Condition<typeof statuteMessages> {
  return defineCondition({
    ...definition,
    group: 'ES',
    kind: 'statutes',
    parameters: [],
    requires: [{ sheet: 'statutes', columns: ['conditionId', 'article'] }],
    messages: statuteMessages,
    evaluate: ({ model }) => attestFromStatutes(model.statutes, definition.id),
  });
}
