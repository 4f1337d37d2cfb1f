/**
 * The catalogue, in the order of the compliance table: DATA first, then ES, then CNC
 * (CONDITIONS.md). The catalogue test checks this list against CONDITIONS.md both ways.
 */
import type { Condition } from './condition';
import DATA1 from './DATA-1';
import DATA2 from './DATA-2';
import DATA3 from './DATA-3';
import DATA4 from './DATA-4';
import DATA5 from './DATA-5';
import DATA6 from './DATA-6';
import ES1 from './ES-1';
import ES2 from './ES-2';
import ES3 from './ES-3';
import ES4 from './ES-4';
import ES5 from './ES-5';
import ES6 from './ES-6';
import ES7 from './ES-7';
import ES8 from './ES-8';
import ES9 from './ES-9';
import CNC1 from './CNC-1';
import CNC2 from './CNC-2';
import CNC3 from './CNC-3';
import CNC4 from './CNC-4';
import CNC5 from './CNC-5';
import CNC6 from './CNC-6';
import CNC7 from './CNC-7';
import CNC8 from './CNC-8';
import CNC9 from './CNC-9';

export const CONDITIONS: readonly Condition[] = [
  DATA1,
  DATA2,
  DATA3,
  DATA4,
  DATA5,
  DATA6,
  ES1,
  ES2,
  ES3,
  ES4,
  ES5,
  ES6,
  ES7,
  ES8,
  ES9,
  CNC1,
  CNC2,
  CNC3,
  CNC4,
  CNC5,
  CNC6,
  CNC7,
  CNC8,
  CNC9,
];
