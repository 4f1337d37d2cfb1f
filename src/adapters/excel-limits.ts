/** Excel's limits that every workbook CoopCheck writes must respect, whichever adapter writes it. */

/** A cell (and a note) holds at most 32,767 characters; Excel repairs a file whose cell holds more. */
export const MAX_CELL_CHARACTERS = 32_767;

/** The text cut to fit a cell, ending in "…" when cut (a note on a cell with thousands of findings). */
export function fitInCell(text: string): string {
  return text.length <= MAX_CELL_CHARACTERS ? text : `${text.slice(0, MAX_CELL_CHARACTERS - 1)}…`;
}
