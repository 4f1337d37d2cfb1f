/**
 * The floor of exceljs's reading (the CLI's reader until issue 11, now a test oracle): its own part parsers (shared strings, styles, then
 * each sheet's WorksheetReader) fed the parts in the order they are needed, from the ZIP's central
 * directory (tests/oracles/exceljs/stream-source.ts), going through every row and doing nothing else.
 * Bundled and run by scripts/bench.ts.
 */
import { partParsers } from '../../tests/oracles/exceljs/internals';
import { RELATIONSHIP, XlsxPackage } from '../../src/adapters/xlsx-package/package';

const pkg = await XlsxPackage.open(process.argv[2]!);
const parsers = partParsers(pkg.zip.path);
await parsers._parseWorkbook(await pkg.stream(pkg.workbookPart));
const sharedStrings = pkg.workbookPartOfType(RELATIONSHIP.sharedStrings);
if (sharedStrings) for await (const _ of parsers._parseSharedStrings(await pkg.stream(sharedStrings)));
const styles = pkg.workbookPartOfType(RELATIONSHIP.styles);
if (styles) await parsers._parseStyles(await pkg.stream(styles));
let rows = 0;
for (const { part } of pkg.sheets) {
  for (const { value: sheetRows } of parsers._parseWorksheet(await pkg.stream(part), part)) for await (const row of sheetRows) if (row.values) rows += 1;
}
await pkg.close();
console.log(JSON.stringify({ rows }));
