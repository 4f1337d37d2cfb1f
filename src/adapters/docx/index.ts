/** The draft special report as a .docx (Node and browser): see draft-docx.ts. */
export { draftDocument, draftReportDocx } from './draft-docx';
