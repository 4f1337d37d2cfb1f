/**
 * The catalogue, in the order of the compliance table: DATA first, then ES, then CNC
 * (CONDITIONS.md). The catalogue test checks this list against CONDITIONS.md both ways.
 */
import type { Condition } from './condition';
import ES7 from './ES-7';

export const CONDITIONS: readonly Condition[] = [
  ES7,
];
