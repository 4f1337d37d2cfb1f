/** The draft special report as a .docx (Node and browser): see draft-docx.ts. */
export { draftReportDocx } from './draft-docx';
