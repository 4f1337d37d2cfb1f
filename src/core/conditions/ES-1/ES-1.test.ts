import condition from '.';
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../i18n/render';
import { testCondition } from '../../testing/condition-tester';

const HEAD = ['Condition', 'Article', 'Extrait'];

testCondition(condition, [
  {
    name: 'an article given for ES-1 attests it',
    sheets: { Statuts: [HEAD, ['ES-1', 'art. 3', "La société a pour but principal, dans l'intérêt général…"], ['ES-4', 'art. 48', '']] },
    outcome: 'attested',
    note: ['articleGiven', { article: 'art. 3', excerpt: "La société a pour but principal, dans l'intérêt général…" }],
  },
  {
    name: 'the condition id may be written without its hyphen',
    sheets: { Statuts: [HEAD, ['es1', 'art. 3', '']] },
    outcome: 'attested',
  },
  {
    name: 'a row for ES-1 with a blank article lacks evidence',
    sheets: { Statuts: [HEAD, ['ES-1', '  ', 'texte sans article']] },
    outcome: 'missing-evidence',
  },
  {
    name: 'articles for other conditions only: missing evidence',
    sheets: { Statuts: [HEAD, ['ES-2', 'art. 4', ''], ['ES-4', 'art. 48', '']] },
    outcome: 'missing-evidence',
    note: ['noArticle', { conditionId: 'ES-1' }],
  },
  {
    name: 'a statutes sheet without an article column is not evaluated',
    sheets: {
      Statuts: [
        ['Condition', 'Extrait'],
        ['ES-1', 'art. 3'],
      ],
    },
    outcome: 'not-evaluated',
  },
  {
    name: 'no statutes sheet: not evaluated',
    sheets: {
      Registre: [
        ['N° sociétaire', "Date d'adhésion"],
        ['M001', '01/01/2020'],
      ],
    },
    outcome: 'not-evaluated',
  },
  {
    name: 'not applicable without the ES accreditation',
    sheets: { Statuts: [HEAD, ['ES-1', 'art. 3', '']] },
    parameters: { accreditations: 'CNC' },
    outcome: 'not-applicable',
  },
]);

describe('ES-1 notes, as read', () => {
  it('say what to do without an article, and name CoopCheck', () => {
    const note = { messageId: 'noArticle', params: { conditionId: 'ES-1' } };
    expect(renderMessage(note, condition, 'fr')).toBe(
      "Aucun article des statuts n'est indiqué pour ES-1 dans la feuille des statuts. CoopCheck ne lit pas les statuts : inscrivez dans cette feuille l'article qui porte la condition (et, si possible, son extrait).",
    );
    expect(renderMessage(note, condition, 'nl')).toBe(
      'Er is geen artikel van de statuten opgegeven voor ES-1 in het blad met de statuten. CoopCheck leest de statuten niet: vul in dat blad het artikel in dat de voorwaarde bevat (en zo mogelijk het uittreksel).',
    );
    expect(renderMessage(note, condition, 'en')).toBe(
      'No article of the articles of association is given for ES-1 in the statutes sheet. CoopCheck does not read the statutes: enter in that sheet the article that carries the condition (and, if possible, its excerpt).',
    );
  });
  it('has a description in each language', () => {
    for (const lang of ['fr', 'nl', 'en'] as const) expect(condition.description?.[lang].length).toBeGreaterThan(100);
  });
});
