// The read floor: exceljs's streaming reader (WorkbookReader) going through every row of every sheet
// and doing nothing else, with the options the exceljs oracle reads with (tests/oracles/exceljs/internals.ts).
import ExcelJS from 'exceljs';

const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[2], {
  sharedStrings: 'cache',
  hyperlinks: 'ignore',
  styles: 'cache',
  worksheets: 'emit',
});
let rows = 0;
for await (const worksheet of reader) for await (const row of worksheet) if (row.values) rows += 1;
console.log(JSON.stringify({ rows }));
