/** The draft special report (.docx content) as plain data: see build.ts. */
export { buildDraftReport, sectionKey, ANNEX_FINDINGS_SHOWN, type DraftInput } from './build';
export { seedFormat, type SeedFormat } from './format';
export type * from './types';
