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
