import type { Condition } from '../../core/conditions/condition';
import { CONDITIONS } from '../../core/conditions/registry';

export const CONDITION_BY_ID: ReadonlyMap<string, Condition> = new Map(CONDITIONS.map((c) => [c.id, c]));
