import { defineCondition } from '../condition';
import { DATA_CONTRACT_BASIS } from '../shared/data-texts';
import { messages } from './messages';

/**
 * DATA-2 — every cell reads as its column's type and every required value is there. The row of a
 * bad cell is kept for the checks that do not need that value; the cell itself is the finding. A
 * blank member id in the register is left to DATA-3, which owns the register's ids. Parameter
 * problems are reported when they come from the parameters sheet; an override given on the command
 * line or in the task pane is validated where it is typed.
 */
export default defineCondition({
  id: 'DATA-2',
  group: 'DATA',
  kind: 'data',
  title: {
    fr: 'Chaque cellule est lisible dans son type',
    nl: 'Elke cel is leesbaar in haar type',
    en: 'Every cell reads as its type',
  },
  legalBasis: DATA_CONTRACT_BASIS,
  description: {
    fr: 'Chaque cellule lue doit se lire dans le type de sa colonne : date (date Excel ou texte jour/mois/année), montant (€, séparateurs belges), nombre entier, oui/non ou une des valeurs admises. Une cellule illisible est un manquement sur cette cellule : la ligne reste vérifiée pour le reste, mais aucune condition ne se fonde sur cette valeur. Une valeur requise vide et un paramètre illisible de la feuille des paramètres sont aussi des constats.',
    nl: 'Elke gelezen cel moet leesbaar zijn in het type van haar kolom: datum (Excel-datum of tekst dag/maand/jaar), bedrag (€, Belgische scheidingstekens), geheel getal, ja/nee of een van de aanvaarde waarden. Een onleesbare cel is een inbreuk op die cel: de rij wordt voor de rest gecontroleerd, maar geen voorwaarde steunt op die waarde. Een lege vereiste waarde en een onleesbare parameter in het parameterblad zijn ook bevindingen.',
    en: "Every cell read must read as its column's type: a date (an Excel date or day/month/year text), an amount (€, Belgian separators), a whole number, yes/no, or one of the accepted values. A cell that cannot be read is a breach on that cell: the rest of the row is still checked, but no condition relies on that value. An empty required value and an unreadable parameter in the parameters sheet are findings too.",
  },
  requires: [],
  messages,
  evaluate({ model, parameterProblems }, report) {
    let problems = 0;
    for (const issue of model.issues) {
      if (issue.kind === 'cellUnparsable') {
        const { sheetKind, field, expected, raw } = issue;
        report('cellUnparsable', issue, `${issue.sheet}!${issue.cell}`, { sheetKind, field, expected, raw });
      } else if (issue.kind === 'requiredValueMissing' && !(issue.sheetKind === 'members' && issue.field === 'memberId')) {
        report('requiredValueMissing', issue, `${issue.sheet}!${issue.cell}`, { sheetKind: issue.sheetKind, field: issue.field });
      } else {
        continue;
      }
      problems += 1;
    }
    for (const problem of parameterProblems) {
      if (problem.sheet === undefined || problem.cell === undefined) continue;
      const at = { sheet: problem.sheet, cell: problem.cell };
      if (problem.problem === 'unparsable') report('parameterUnparsable', at, problem.name, { name: problem.name, raw: problem.raw });
      else report('parameterUnknown', at, problem.name, { name: problem.name });
      problems += 1;
    }
    return { evidence: { messageId: 'cellsRead', params: { problems } } };
  },
});
