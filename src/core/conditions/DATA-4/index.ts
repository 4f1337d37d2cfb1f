import { defineCondition } from '../condition';
import type { Origin, SheetKind } from '../../model';
import { REGISTER_BASIS } from '../shared/data-texts';
import { messages } from './messages';

interface Unknown {
  origin: Origin;
  field: string;
  rows: number;
}

/**
 * DATA-4 — every member id used in another sheet is in the register. One finding per unknown id and
 * sheet, on its first row, with the number of rows: a member missing from the register is one
 * problem however many movements they have. Blank ids are DATA-2's.
 */
export default defineCondition({
  id: 'DATA-4',
  group: 'DATA',
  kind: 'data',
  title: {
    fr: 'Chaque n° de sociétaire utilisé figure au registre',
    nl: 'Elk gebruikt lidnummer staat in het register',
    en: 'Every member ID used is in the register',
  },
  legalBasis: REGISTER_BASIS,
  description: {
    fr: "Chaque n° de sociétaire utilisé dans les mouvements de parts, les distributions, les présences à l'AG (mandataires compris) et la liste des administrateurs doit figurer au registre. Un constat par n° inconnu et par feuille, sur sa première ligne, avec le nombre de lignes concernées. De même, chaque justification de la feuille des justifications doit viser un constat de cette vérification (sinon elle est périmée) et un seul constat ne se justifie qu'une fois.",
    nl: 'Elk lidnummer dat gebruikt wordt in de aandelenbewegingen, de uitkeringen, de aanwezigheden op de AV (volmachtdragers inbegrepen) en de lijst van bestuurders moet in het register staan. Eén bevinding per onbekend nummer en per blad, op de eerste rij, met het aantal betrokken rijen. Evenzo moet elke verantwoording in het blad met verantwoordingen naar een bevinding van deze controle verwijzen (anders is ze verouderd), en één bevinding wordt maar één keer verantwoord.',
    en: 'Every member ID used in the share movements, the distributions, the general-meeting attendance (proxy holders included) and the directors list must be in the register. One finding per unknown ID and sheet, on its first row, with the number of rows concerned. Likewise, every justification of the justifications sheet must name a finding of this check (else it is stale), and a finding is justified only once.',
  },
  reads: ['movements', 'distributions', 'meetings', 'directors', 'justifications'],
  requires: [{ sheet: 'members', columns: ['memberId'] }],
  messages,
  evaluate({ model, index }, report) {
    const { membersById } = index;
    let references = 0;
    /** Unknown id → its first row and how many rows use it. */
    type Unknowns = Map<string, Unknown>;
    const check = (unknowns: Unknowns, id: string | undefined, origin: Origin, field: string) => {
      if (!id) return;
      references += 1;
      if (membersById.has(id)) return;
      const unknown = unknowns.get(id);
      if (unknown) unknown.rows += 1;
      else unknowns.set(id, { origin, field, rows: 1 });
    };
    const unknownIds = new Map<SheetKind, Unknowns>((['movements', 'distributions', 'meetings', 'directors'] as const).map((kind) => [kind, new Map()]));
    const unknownHolders: Unknowns = new Map();

    for (const kind of ['movements', 'distributions'] as const) {
      const rows = model[kind];
      const unknowns = unknownIds.get(kind)!;
      for (let i = 0; i < rows.length; i++) check(unknowns, rows[i]!.memberId, rows[i]!.origin, 'memberId');
    }
    for (const row of model.meetings) {
      check(unknownIds.get('meetings')!, row.memberId, row.origin, 'memberId');
      check(unknownHolders, row.proxyHolderId, row.origin, 'proxyHolderId');
    }
    for (const row of model.directors) check(unknownIds.get('directors')!, row.memberId, row.origin, 'memberId');

    for (const [sheetKind, unknowns] of unknownIds) {
      for (const [memberId, { origin, field, rows }] of unknowns) {
        report('unknownMemberId', { origin, field }, `${sheetKind} ${memberId}`, { sheetKind, memberId, rows });
      }
    }
    for (const [proxyHolderId, { origin, field, rows }] of unknownHolders) {
      report('unknownProxyHolder', { origin, field }, proxyHolderId, { proxyHolderId, rows });
    }
    return { evidence: { messageId: 'referencesChecked', params: { references } } };
  },
});
