import { type Condition, CONDITIONS } from '../../core';

export const CONDITION_BY_ID: ReadonlyMap<string, Condition> = new Map(CONDITIONS.map((c) => [c.id, c]));
