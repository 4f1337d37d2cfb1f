// exceljs loading the whole workbook in memory (what the browser and the checked copy use).
import ExcelJS from 'exceljs';

const workbook = new ExcelJS.Workbook();
await workbook.xlsx.readFile(process.argv[2]);
let rows = 0;
workbook.eachSheet((sheet) => {
  rows += sheet.actualRowCount;
});
console.log(JSON.stringify({ rows }));
