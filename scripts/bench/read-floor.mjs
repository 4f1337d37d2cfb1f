// The read floor: exceljs's streaming reader going through every row of every sheet and doing
// nothing else. Options as the CLI's streaming path uses them.
import ExcelJS from 'exceljs';

const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[2], {
  entries: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit',
});
let rows = 0;
for await (const worksheet of reader) for await (const row of worksheet) if (row.values) rows += 1;
console.log(JSON.stringify({ rows }));
